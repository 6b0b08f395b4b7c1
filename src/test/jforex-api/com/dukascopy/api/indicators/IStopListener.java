/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api.indicators;

/** Indicator de-initialisation listener (a top-level interface of this package). Complete. */
public interface IStopListener {

    void onStop();
}
