/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api.indicators;

/** An int optional input in [min, max]. */
public class IntegerRangeDescription implements OptInputDescription {

    private int defaultValue;
    private int min;
    private int max;
    private int suggestedIncrement;

    public IntegerRangeDescription() {
    }

    public IntegerRangeDescription(int defaultValue, int min, int max, int suggestedIncrement) {
        this.defaultValue = defaultValue;
        this.min = min;
        this.max = max;
        this.suggestedIncrement = suggestedIncrement;
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

    public int getMin() {
        return min;
    }

    public void setMin(int min) {
        this.min = min;
    }

    public int getMax() {
        return max;
    }

    public void setMax(int max) {
        this.max = max;
    }

    public int getSuggestedIncrement() {
        return suggestedIncrement;
    }

    public void setSuggestedIncrement(int suggestedIncrement) {
        this.suggestedIncrement = suggestedIncrement;
    }
}
