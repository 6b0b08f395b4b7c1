/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api.indicators;

/** A double optional input chosen from a list. */
public class DoubleListDescription implements OptInputDescription {

    private double defaultValue;
    private double[] values;
    private String[] valueNames;

    public DoubleListDescription() {
    }

    public DoubleListDescription(double defaultValue, double[] values, String[] valueNames) {
        this.defaultValue = defaultValue;
        this.values = values;
        this.valueNames = valueNames;
    }

    @Override
    public Object getOptInputDefaultValue() {
        return Double.valueOf(defaultValue);
    }

    public double getDefaultValue() {
        return defaultValue;
    }

    public void setDefaultValue(double defaultValue) {
        this.defaultValue = defaultValue;
    }

    public double[] getValues() {
        return values;
    }

    public void setValues(double[] values) {
        this.values = values;
    }

    public String[] getValueNames() {
        return valueNames;
    }

    public void setValueNames(String[] valueNames) {
        this.valueNames = valueNames;
    }
}
