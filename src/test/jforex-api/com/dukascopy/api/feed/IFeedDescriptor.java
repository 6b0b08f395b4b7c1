/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api.feed;

import com.dukascopy.api.DataType;
import com.dukascopy.api.Filter;
import com.dukascopy.api.Instrument;
import com.dukascopy.api.JFTimeZone;
import com.dukascopy.api.LineBreakLookback;
import com.dukascopy.api.OfferSide;
import com.dukascopy.api.Period;
import com.dukascopy.api.PriceRange;
import com.dukascopy.api.ReversalAmount;
import com.dukascopy.api.TickBarSize;
import com.dukascopy.api.Unit;

/**
 * Describes a data feed (package com.dukascopy.api.feed; there is no com.dukascopy.api.IFeedDescriptor).
 * Complete, with the deprecated renko accessors.
 */
public interface IFeedDescriptor {

    /** One week starting on the EET day boundary: the default base period of price-aggregation feeds. */
    Period DEFAULT_BASE_PERIOD = Period.createCustomPeriod(Unit.Day, 7, JFTimeZone.EET);

    Period INFINITE_BASE_PERIOD = Period.INFINITY;

    Instrument getInstrument();

    void setInstrument(Instrument instrument);

    OfferSide getOfferSide();

    void setOfferSide(OfferSide offerSide);

    DataType getDataType();

    void setDataType(DataType dataType);

    Period getPeriod();

    void setPeriod(Period period);

    PriceRange getPriceRange();

    void setPriceRange(PriceRange priceRange);

    ReversalAmount getReversalAmount();

    void setReversalAmount(ReversalAmount reversalAmount);

    TickBarSize getTickBarSize();

    void setTickBarSize(TickBarSize tickBarSize);

    Filter getFilter();

    void setFilter(Filter filter);

    @Deprecated
    void setRenkoSession(Period renkoSession);

    @Deprecated
    Period getRenkoSession();

    void setTimeSession(Period timeSession);

    Period getTimeSession();

    @Deprecated
    void setRenkoCreationPoint(RenkoCreationPoint renkoCreationPoint);

    @Deprecated
    RenkoCreationPoint getRenkoCreationPoint();

    void setCreationPoint(CreationPoint creationPoint);

    CreationPoint getCreationPoint();

    void setDataInterpolationDescriptor(DataInterpolationDescriptor interpolationDescriptor);

    DataInterpolationDescriptor getDataInterpolationDescriptor();

    void setLineBreakLookback(LineBreakLookback numOfLines);

    LineBreakLookback getLineBreakLookback();

    void setRenkoType(RenkoType renkoType);

    RenkoType getRenkoType();

    void setCalculationMethod(CalculationMethod calculationMethod);

    CalculationMethod getCalculationMethod();
}
