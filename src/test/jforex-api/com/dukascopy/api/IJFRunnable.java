/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api;

/** Something the platform runs with a context: the parent of {@link IStrategy}. Implemented by us. */
public interface IJFRunnable<T extends IContext> {

    void onStart(T context) throws JFException;

    void onStop() throws JFException;
}
