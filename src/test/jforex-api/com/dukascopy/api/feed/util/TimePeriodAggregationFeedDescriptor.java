/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api.feed.util;

import com.dukascopy.api.DataType;
import com.dukascopy.api.Filter;
import com.dukascopy.api.IBar;
import com.dukascopy.api.Instrument;
import com.dukascopy.api.OfferSide;
import com.dukascopy.api.Period;
import com.dukascopy.api.feed.FeedDescriptor;
import com.dukascopy.api.feed.ITailoredFeedDescriptor;

/** Candle feed descriptor. */
public class TimePeriodAggregationFeedDescriptor extends FeedDescriptor implements ITailoredFeedDescriptor<IBar> {

    public TimePeriodAggregationFeedDescriptor(Instrument instrument, Period period, OfferSide offerSide, Filter filter) {
        setDataType(DataType.TIME_PERIOD_AGGREGATION);
        setInstrument(instrument);
        setPeriod(period);
        setOfferSide(offerSide);
        setFilter(filter);
    }

    /** With Filter.NO_FILTER. */
    public TimePeriodAggregationFeedDescriptor(Instrument instrument, Period period, OfferSide offerSide) {
        this(instrument, period, offerSide, Filter.NO_FILTER);
    }
}
