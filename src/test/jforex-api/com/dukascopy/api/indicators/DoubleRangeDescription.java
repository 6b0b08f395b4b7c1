/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api.indicators;

/** A double optional input in [min, max] shown with a precision. */
public class DoubleRangeDescription implements OptInputDescription {

    private double defaultValue;
    private double min;
    private double max;
    private double suggestedIncrement;
    private int precision;

    public DoubleRangeDescription() {
    }

    public DoubleRangeDescription(double defaultValue, double min, double max, double suggestedIncrement, int precision) {
        this.defaultValue = defaultValue;
        this.min = min;
        this.max = max;
        this.suggestedIncrement = suggestedIncrement;
        this.precision = precision;
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

    public double getMin() {
        return min;
    }

    public void setMin(double min) {
        this.min = min;
    }

    public double getMax() {
        return max;
    }

    public void setMax(double max) {
        this.max = max;
    }

    public double getSuggestedIncrement() {
        return suggestedIncrement;
    }

    public void setSuggestedIncrement(double suggestedIncrement) {
        this.suggestedIncrement = suggestedIncrement;
    }

    public int getPrecision() {
        return precision;
    }

    public void setPrecision(int precision) {
        this.precision = precision;
    }
}
