/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api;

/** A bar (candle). Complete (jforex-api.md 3.8). */
public interface IBar extends ITimedData {

    double getOpen();

    double getClose();

    double getLow();

    double getHigh();

    double getVolume();
}
