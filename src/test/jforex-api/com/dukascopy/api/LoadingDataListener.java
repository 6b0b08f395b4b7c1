/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api;

/** Receives streamed ticks and bars from IHistory.read*. Implemented by us: complete (jforex-api.md 3.7). */
public interface LoadingDataListener {

    void newTick(Instrument instrument, long time, double ask, double bid, double askVol, double bidVol);

    /** Note the O-C-L-H parameter order. */
    void newBar(Instrument instrument, Period period, OfferSide side, long time, double open, double close, double low, double high,
            double vol);
}
