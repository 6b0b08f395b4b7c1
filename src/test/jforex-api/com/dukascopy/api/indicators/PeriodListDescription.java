/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api.indicators;

import com.dukascopy.api.Period;

/** A Period optional input chosen from a list (only the two-argument constructor exists). */
public class PeriodListDescription implements OptInputDescription {

    private Period defaultValue;
    private Period[] values;

    public PeriodListDescription(Period defaultValue, Period[] values) {
        this.defaultValue = defaultValue;
        this.values = values;
    }

    @Override
    public Object getOptInputDefaultValue() {
        return defaultValue;
    }

    public Period getDefaultValue() {
        return defaultValue;
    }

    public void setDefaultValue(Period defaultValue) {
        this.defaultValue = defaultValue;
    }

    public Period[] getValues() {
        return values;
    }

    public void setValues(Period[] values) {
        this.values = values;
    }
}
