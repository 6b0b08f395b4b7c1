/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api.feed;

import com.dukascopy.api.DataType;
import com.dukascopy.api.Filter;
import com.dukascopy.api.Instrument;
import com.dukascopy.api.LineBreakLookback;
import com.dukascopy.api.OfferSide;
import com.dukascopy.api.Period;
import com.dukascopy.api.PriceRange;
import com.dukascopy.api.ReversalAmount;
import com.dukascopy.api.TickBarSize;

/** The bean implementation of IFeedDescriptor (a class). */
public class FeedDescriptor implements IFeedDescriptor {

    private DataType dataType;
    private Instrument instrument;
    private OfferSide offerSide;
    private Period period;
    private PriceRange priceRange;
    private ReversalAmount reversalAmount;
    private TickBarSize tickBarSize;
    private Filter filter;
    private Period timeSession;
    private CreationPoint creationPoint;
    private DataInterpolationDescriptor interpolationDescriptor;
    private LineBreakLookback lineBreakLookback;
    private RenkoType renkoType;
    private CalculationMethod calculationMethod;

    public FeedDescriptor() {
    }

    public FeedDescriptor(DataType dataType, Instrument instrument, Period period, OfferSide offerSide) {
        this(dataType, instrument, period, offerSide, null, null, null, null);
    }

    public FeedDescriptor(DataType dataType, Instrument instrument, Period period, OfferSide offerSide, PriceRange priceRange,
            ReversalAmount reversalAmount, TickBarSize tickBarSize, Filter filter) {
        this.dataType = dataType;
        this.instrument = instrument;
        this.period = period;
        this.offerSide = offerSide;
        this.priceRange = priceRange;
        this.reversalAmount = reversalAmount;
        this.tickBarSize = tickBarSize;
        this.filter = filter;
    }

    /** Copy constructor; a null period becomes DEFAULT_BASE_PERIOD. */
    public FeedDescriptor(IFeedDescriptor other) {
        this.dataType = other.getDataType();
        this.instrument = other.getInstrument();
        this.offerSide = other.getOfferSide();
        this.priceRange = other.getPriceRange();
        this.reversalAmount = other.getReversalAmount();
        this.tickBarSize = other.getTickBarSize();
        this.filter = other.getFilter();
        this.creationPoint = other.getCreationPoint();
        this.timeSession = other.getTimeSession();
        this.lineBreakLookback = other.getLineBreakLookback();
        this.interpolationDescriptor = other.getDataInterpolationDescriptor();
        this.renkoType = other.getRenkoType();
        this.calculationMethod = other.getCalculationMethod();
        this.period = other.getPeriod() == null ? DEFAULT_BASE_PERIOD : other.getPeriod();
    }

    @Override
    public Instrument getInstrument() {
        return instrument;
    }

    @Override
    public void setInstrument(Instrument instrument) {
        this.instrument = instrument;
    }

    @Override
    public OfferSide getOfferSide() {
        return offerSide;
    }

    @Override
    public void setOfferSide(OfferSide offerSide) {
        this.offerSide = offerSide;
    }

    @Override
    public DataType getDataType() {
        return dataType;
    }

    @Override
    public void setDataType(DataType dataType) {
        this.dataType = dataType;
    }

    @Override
    public Period getPeriod() {
        return period;
    }

    @Override
    public void setPeriod(Period period) {
        this.period = period;
    }

    @Override
    public PriceRange getPriceRange() {
        return priceRange;
    }

    @Override
    public void setPriceRange(PriceRange priceRange) {
        this.priceRange = priceRange;
    }

    @Override
    public ReversalAmount getReversalAmount() {
        return reversalAmount;
    }

    @Override
    public void setReversalAmount(ReversalAmount reversalAmount) {
        this.reversalAmount = reversalAmount;
    }

    @Override
    public TickBarSize getTickBarSize() {
        return tickBarSize;
    }

    @Override
    public void setTickBarSize(TickBarSize tickBarSize) {
        this.tickBarSize = tickBarSize;
    }

    @Override
    public Filter getFilter() {
        return filter;
    }

    @Override
    public void setFilter(Filter filter) {
        this.filter = filter;
    }

    @Deprecated
    @Override
    public void setRenkoSession(Period renkoSession) {
        setTimeSession(renkoSession);
    }

    @Deprecated
    @Override
    public Period getRenkoSession() {
        return getTimeSession();
    }

    @Override
    public void setTimeSession(Period timeSession) {
        this.timeSession = timeSession;
    }

    @Override
    public Period getTimeSession() {
        return timeSession;
    }

    @Deprecated
    @Override
    public void setRenkoCreationPoint(RenkoCreationPoint renkoCreationPoint) {
        this.creationPoint = RenkoCreationPoint.convertToCreationPoint(renkoCreationPoint);
    }

    @Deprecated
    @Override
    public RenkoCreationPoint getRenkoCreationPoint() {
        return CreationPoint.convertToRenkoCreationPoint(creationPoint);
    }

    @Override
    public void setCreationPoint(CreationPoint creationPoint) {
        this.creationPoint = creationPoint;
    }

    @Override
    public CreationPoint getCreationPoint() {
        return creationPoint;
    }

    /** Null becomes DataInterpolationDescriptor.DEFAULT. */
    @Override
    public void setDataInterpolationDescriptor(DataInterpolationDescriptor interpolationDescriptor) {
        this.interpolationDescriptor = interpolationDescriptor == null ? DataInterpolationDescriptor.DEFAULT : interpolationDescriptor;
    }

    @Override
    public DataInterpolationDescriptor getDataInterpolationDescriptor() {
        return interpolationDescriptor;
    }

    @Override
    public void setLineBreakLookback(LineBreakLookback numOfLines) {
        this.lineBreakLookback = numOfLines;
    }

    @Override
    public LineBreakLookback getLineBreakLookback() {
        return lineBreakLookback;
    }

    @Override
    public void setRenkoType(RenkoType renkoType) {
        this.renkoType = renkoType;
    }

    @Override
    public RenkoType getRenkoType() {
        return renkoType;
    }

    @Override
    public void setCalculationMethod(CalculationMethod calculationMethod) {
        this.calculationMethod = calculationMethod;
    }

    @Override
    public CalculationMethod getCalculationMethod() {
        return calculationMethod;
    }

    private Object[] state() {
        return new Object[] {dataType, instrument, offerSide, period, priceRange, reversalAmount, tickBarSize, filter, timeSession,
            creationPoint, interpolationDescriptor, lineBreakLookback, renkoType, calculationMethod};
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(state());
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof FeedDescriptor && java.util.Arrays.equals(state(), ((FeedDescriptor) obj).state());
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("FeedDescriptor [");
        String[] names = {"dataType", "instrument", "offerSide", "period", "priceRange", "reversalAmount", "tickBarSize", "filter",
            "timeSession", "creationPoint", "interpolationDescriptor", "lookbackLines", "renkoType", "calculationMethod"};
        Object[] values = state();
        String separator = "";
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                text.append(separator).append(names[i]).append('=').append(values[i]);
                separator = ", ";
            }
        }
        return text.append(']').toString();
    }
}
