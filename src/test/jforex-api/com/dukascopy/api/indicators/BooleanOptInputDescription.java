/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api.indicators;

/** A boolean optional input. */
public class BooleanOptInputDescription implements OptInputDescription {

    private boolean defaultValue;

    public BooleanOptInputDescription() {
    }

    public BooleanOptInputDescription(boolean defaultValue) {
        this.defaultValue = defaultValue;
    }

    @Override
    public Object getOptInputDefaultValue() {
        return Boolean.valueOf(defaultValue);
    }

    public boolean getDefaultValue() {
        return defaultValue;
    }

    public void setDefaultValue(boolean defaultValue) {
        this.defaultValue = defaultValue;
    }
}
