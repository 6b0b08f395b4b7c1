package io.orderflow.jforex.indicator;

/**
 * The chart's geometry as the volume-at-price indicator draws on it; the indicator source adapts
 * JForex's {@code IIndicatorDrawingSupport}. Called on the platform's painting thread.
 */
public interface ChartView {
    /** Bars the chart holds ({@code getCandles().length}). */
    int candleCount();

    /** Start time of chart bar {@code index}, ms UTC. */
    long candleTime(int index);

    /** Index of the first bar on screen. */
    int firstVisibleIndex();

    /** Bars on screen. */
    int visibleCount();

    /** Pixel row of a price. */
    float y(double price);

    /** Pixel column of a time. */
    int x(long timeMs);

    /** Chart width in pixels. */
    int width();

    /** Chart height in pixels. */
    int height();
}
