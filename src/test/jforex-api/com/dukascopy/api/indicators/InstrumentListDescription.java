/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api.indicators;

import com.dukascopy.api.Instrument;

/** An Instrument optional input chosen from a list (only the two-argument constructor exists). */
public class InstrumentListDescription implements OptInputDescription {

    private Instrument defaultValue;
    private Instrument[] values;

    public InstrumentListDescription(Instrument defaultValue, Instrument[] values) {
        this.defaultValue = defaultValue;
        this.values = values;
    }

    @Override
    public Object getOptInputDefaultValue() {
        return defaultValue;
    }

    public Instrument getDefaultValue() {
        return defaultValue;
    }

    public void setDefaultValue(Instrument defaultValue) {
        this.defaultValue = defaultValue;
    }

    public Instrument[] getValues() {
        return values;
    }

    public void setValues(Instrument[] values) {
        this.values = values;
    }
}
