/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api.feed;

import com.dukascopy.api.IBar;
import com.dukascopy.api.Instrument;
import com.dukascopy.api.OfferSide;
import com.dukascopy.api.Period;

/** Bar receiver. Implemented by us: complete. */
public interface IBarFeedListener {

    void onBar(Instrument instrument, Period period, OfferSide offerSide, IBar bar);
}
