package io.orderflow.jforex.indicator;

/**
 * The chart's geometry as the footprint draws on it: {@link ChartView} plus where each bar's column
 * is. The indicator source adapts JForex's {@code IIndicatorDrawingSupport}
 * ({@code getMiddleOfCandle}, {@code getCandleWidthInPixels}, {@code getSpaceBetweenCandlesInPixels}).
 * Called on the platform's painting thread.
 */
public interface FootprintView extends ChartView {
    /** x of the middle of chart bar {@code index}, pixels. */
    float middle(int index);

    /** Width of one bar's column: the candle plus the space to the next one, pixels. */
    float slotWidth();
}
