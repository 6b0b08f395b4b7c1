/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api.indicators;

/**
 * Result of IIndicator.calculate: first input index with a value, number of values written to the outputs
 * (from output index 0), and lastValueIndex (Integer.MIN_VALUE when not set).
 */
public class IndicatorResult {

    private int firstValueIndex;
    private int numberOfElements;
    private int lastValueIndex = Integer.MIN_VALUE;

    public IndicatorResult() {
    }

    public IndicatorResult(int firstValueIndex, int numberOfElements) {
        this.firstValueIndex = firstValueIndex;
        this.numberOfElements = numberOfElements;
    }

    public IndicatorResult(int firstValueIndex, int numberOfElements, int lastValueIndex) {
        this.firstValueIndex = firstValueIndex;
        this.numberOfElements = numberOfElements;
        this.lastValueIndex = lastValueIndex;
    }

    public int getFirstValueIndex() {
        return firstValueIndex;
    }

    public void setFirstValueIndex(int firstValueIndex) {
        this.firstValueIndex = firstValueIndex;
    }

    public int getNumberOfElements() {
        return numberOfElements;
    }

    public void setNumberOfElements(int numberOfElements) {
        this.numberOfElements = numberOfElements;
    }

    public int getLastValueIndex() {
        return lastValueIndex;
    }

    public void setLastValueIndex(int lastValueIndex) {
        this.lastValueIndex = lastValueIndex;
    }
}
