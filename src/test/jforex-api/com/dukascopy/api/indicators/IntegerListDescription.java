/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api.indicators;

/** An int optional input chosen from a list. */
public class IntegerListDescription implements OptInputDescription {

    private int defaultValue;
    private int[] values;
    private String[] valueNames;

    public IntegerListDescription() {
    }

    public IntegerListDescription(int defaultValue, int[] values, String[] valueNames) {
        this.defaultValue = defaultValue;
        this.values = values;
        this.valueNames = valueNames;
    }

    @Override
    public Object getOptInputDefaultValue() {
        return Integer.valueOf(defaultValue);
    }

    public int getDefaultValue() {
        return defaultValue;
    }

    public void setDefaultValue(int defaultValue) {
        this.defaultValue = defaultValue;
    }

    public int[] getValues() {
        return values;
    }

    public void setValues(int[] values) {
        this.values = values;
    }

    public String[] getValueNames() {
        return valueNames;
    }

    public void setValueNames(String[] valueNames) {
        this.valueNames = valueNames;
    }
}
