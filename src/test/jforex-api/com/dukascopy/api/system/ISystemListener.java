/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api.system;

/** SDK system events. Implemented by us: complete (jforex-api.md 5.1). */
public interface ISystemListener {

    void onStart(long processId);

    void onStop(long processId);

    void onConnect();

    void onDisconnect();
}
