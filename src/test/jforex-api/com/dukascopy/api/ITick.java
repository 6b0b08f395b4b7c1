/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api;

/**
 * A tick. Complete (jforex-api.md 3.8). Depth arrays have one level in history and in the tester.
 * Production code must not implement it (newer API versions may add methods); test doubles may.
 */
public interface ITick extends ITimedData {

    double getAsk();

    double getBid();

    double getAskVolume();

    double getBidVolume();

    double[] getAsks();

    double[] getBids();

    double[] getAskVolumes();

    double[] getBidVolumes();

    double getTotalAskVolume();

    double getTotalBidVolume();
}
