/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api;

import com.dukascopy.api.feed.IFeedDescriptor;

/** System data (first-data times, sentiment, ...). Called only: a small subset. */
public interface IDataService {

    long getTimeOfFirstCandle(IFeedDescriptor feedDescriptor);

    long getTimeOfFirstTick(Instrument instrument);

    long getTimeOfFirstCandle(Instrument instrument, Period period);
}
