/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api.indicators;

/** A String optional input. */
public class StringOptInputDescription implements OptInputDescription {

    private String defaultValue;

    public StringOptInputDescription() {
    }

    public StringOptInputDescription(String defaultValue) {
        this.defaultValue = defaultValue;
    }

    @Override
    public Object getOptInputDefaultValue() {
        return defaultValue;
    }

    public String getDefaultValue() {
        return defaultValue;
    }

    public void setDefaultValue(String defaultValue) {
        this.defaultValue = defaultValue;
    }
}
