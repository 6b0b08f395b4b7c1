/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api.feed.util;

import com.dukascopy.api.DataType;
import com.dukascopy.api.Instrument;
import com.dukascopy.api.Period;
import com.dukascopy.api.feed.FeedDescriptor;

/** Tick feed descriptor. In API 2.13.63 it extends FeedDescriptor only (it is not an ITailoredFeedDescriptor). */
public class TicksFeedDescriptor extends FeedDescriptor {

    public TicksFeedDescriptor(Instrument instrument) {
        setDataType(DataType.TICKS);
        setPeriod(Period.TICK);
        setInstrument(instrument);
    }
}
