/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api.indicators;

import com.dukascopy.api.Filter;
import com.dukascopy.api.IIndicators;
import com.dukascopy.api.Instrument;
import com.dukascopy.api.JFTimeZone;
import com.dukascopy.api.OfferSide;
import com.dukascopy.api.Period;

/** Describes an indicator input (a working bean). There is no TICK input type. */
public class InputParameterInfo {

    /** Input kinds: PRICE (double[][] o,c,h,l,v), DOUBLE (double[]), BAR (IBar[]). */
    public enum Type {
        PRICE, DOUBLE, BAR
    }

    private String name;
    private Type type;
    private IIndicators.AppliedPrice appliedPrice;
    private OfferSide offerSide;
    private Period period;
    private boolean autoAdjustTimeZone = true;
    private Instrument instrument;
    private Filter filter;
    private boolean allowIndependentPeriod;

    public InputParameterInfo() {
    }

    public InputParameterInfo(String name, Type type) {
        this.name = name;
        this.type = type;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Type getType() {
        return type;
    }

    public void setType(Type type) {
        this.type = type;
    }

    public IIndicators.AppliedPrice getAppliedPrice() {
        return appliedPrice;
    }

    public void setAppliedPrice(IIndicators.AppliedPrice appliedPrice) {
        this.appliedPrice = appliedPrice;
    }

    public OfferSide getOfferSide() {
        return offerSide;
    }

    public void setOfferSide(OfferSide offerSide) {
        this.offerSide = offerSide;
    }

    public Period getPeriod() {
        return period;
    }

    /** The period moved to the given zone when auto-adjust is on and the zone suits it. */
    public Period getPeriod(JFTimeZone timeZone) {
        Period result = period;
        if (result != null && autoAdjustTimeZone && Period.isTimeZoneValid(result.getUnit(), result.getNumOfUnits(), timeZone)) {
            result = Period.createCustomPeriod(result.getUnit(), result.getNumOfUnits(), timeZone);
        }
        return result;
    }

    public void setPeriod(Period period) {
        this.period = period;
    }

    public Instrument getInstrument() {
        return instrument;
    }

    public void setInstrument(Instrument instrument) {
        this.instrument = instrument;
    }

    public Filter getFilter() {
        return filter;
    }

    public void setFilter(Filter filter) {
        this.filter = filter;
    }

    public boolean isAllowIndependentPeriod() {
        return allowIndependentPeriod;
    }

    public void setAllowIndependentPeriod(boolean allowIndependentPeriod) {
        this.allowIndependentPeriod = allowIndependentPeriod;
    }

    public boolean isAutoAdjustTimeZone() {
        return autoAdjustTimeZone;
    }

    public void setAutoAdjustTimeZone(boolean autoAdjustTimeZone) {
        this.autoAdjustTimeZone = autoAdjustTimeZone;
    }
}
