package io.orderflow.jforex.harness;

import java.awt.Color;

import com.dukascopy.api.IBar;
import com.dukascopy.api.Instrument;
import com.dukascopy.api.JFTimeZone;
import com.dukascopy.api.OfferSide;
import com.dukascopy.api.Period;
import com.dukascopy.api.indicators.DisplayMode;
import com.dukascopy.api.indicators.IFormulaTimeData;
import com.dukascopy.api.indicators.IIndicatorDrawingSupport;
import com.dukascopy.api.instrument.IFinancialInstrument;

/**
 * The chart's coordinate mapping as a drawing indicator sees it (test harness): an
 * {@code IIndicatorDrawingSupport} over one panel of {@code width x height} pixels. Each answer and
 * where its meaning comes from ({@code IIndicatorDrawingSupport.java}, API 2.13.63):
 * <ul>
 * <li>{@code getCandles()}: "array of candles ... corresponds to the value with the same index in the
 * array of values" — the chart's input window (visible bars and the margin before them);
 * {@code getIndexOfFirstCandleOnScreen()} / {@code getNumberOfCandlesOnScreen()}: the visible part of
 * it ("usually less than size of the array").</li>
 * <li>Time to x: the visible bars share the width in equal slots; {@code getMiddleOfCandle(i)} is the
 * slot's middle ("X coordinate of the candle with index"), {@code getCandleWidthInPixels()} 60 % of
 * the slot, {@code getSpaceBetweenCandlesInPixels()} the rest; {@code getXForTime} the middle of the
 * bar holding the time (and between middles proportionally).</li>
 * <li>Value to y: linear between {@code getMinPrice()} and {@code getMaxPrice()} (price panel: the
 * visible bars' low and high with 5 % room; an indicator panel: its outputs' range), top = maximum
 * ("calculated depending on minimum and maximum values for indicator").</li>
 * <li>{@code getFormulaTimeData()} null: "null if it is calculated on chart period".</li>
 * </ul>
 * Not thread-safe; one paint at a time.
 */
public final class ChartDrawingSupport implements IIndicatorDrawingSupport {
    private final IBar[] candles;
    private final int first;
    private final int visible;
    private final int width;
    private final int height;
    private final double min;
    private final double max;
    private final boolean chartPanel;
    private final Instrument instrument;
    private final Period period;
    private final boolean lastInProgress;

    public ChartDrawingSupport(IBar[] candles, int first, int visible, int width, int height, double min, double max,
                               boolean chartPanel, Instrument instrument, Period period, boolean lastInProgress) {
        if (!(max > min)) throw new IllegalArgumentException("empty value range " + min + ".." + max);
        this.candles = candles;
        this.first = first;
        this.visible = visible;
        this.width = width;
        this.height = height;
        this.min = min;
        this.max = max;
        this.chartPanel = chartPanel;
        this.instrument = instrument;
        this.period = period;
        this.lastInProgress = lastInProgress;
    }

    /** The price range of the visible bars with 5 % room above and below: {min, max}. */
    public static double[] priceRange(IBar[] candles, int first, int visible) {
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        for (int i = first; i < Math.min(candles.length, first + visible); i++) {
            lo = Math.min(lo, candles[i].getLow());
            hi = Math.max(hi, candles[i].getHigh());
        }
        double room = Math.max(1e-9, (hi - lo) * 0.05);
        return new double[] {lo - room, hi + room};
    }

    /** Pixels per bar slot. */
    public float slot() { return (float) width / visible; }

    @Override
    public boolean isChartPanel() { return chartPanel; }

    @Override
    public int getNumberOfCandlesOnScreen() { return visible; }

    @Override
    public int getIndexOfFirstCandleOnScreen() { return first; }

    @Override
    public float getCandleWidthInPixels() { return Math.max(1f, slot() * 0.6f); }

    @Override
    public float getSpaceBetweenCandlesInPixels() { return slot() - getCandleWidthInPixels(); }

    @Override
    public float getMiddleOfCandle(int index) { return (index - first + 0.5f) * slot(); }

    @Override
    public int getShiftedIndex(int index, int shift) { return Math.max(0, Math.min(candles.length - 1, index + shift)); }

    @Override
    public int getShiftedIndex(int index, int shift, DisplayMode displayMode) { return getShiftedIndex(index, shift); }

    @Override
    public long getShiftedTime(long time, int shift) { return time + shift * period.getInterval(); }

    @Override
    public float getYForValue(double value) { return (float) ((max - value) / (max - min) * height); }

    @Override
    public int getXForTime(long time) { return getXForTime(time, false); }

    @Override
    public int getXForTime(long time, boolean stickToCandleBarTime) {
        int lo = 0;
        int hi = candles.length - 1;
        while (lo < hi) { // last bar starting at or before time
            int m = (lo + hi + 1) >>> 1;
            if (candles[m].getTime() <= time) lo = m;
            else hi = m - 1;
        }
        float x = getMiddleOfCandle(lo);
        if (!stickToCandleBarTime && candles[lo].getTime() <= time) {
            x += (float) (time - candles[lo].getTime()) / period.getInterval() * slot();
            x -= slot() / 2;
        }
        return Math.round(x);
    }

    @Override
    public float getYForValue(int value) { return getYForValue((double) value); }

    @Override
    public IBar[] getCandles() { return candles; }

    @Override
    public IFormulaTimeData getFormulaTimeData() { return null; }

    @Override
    public boolean isLastCandleInProgress() { return lastInProgress; }

    @Override
    public int getChartWidth() { return width; }

    @Override
    public int getChartHeight() { return height; }

    @Override
    public Instrument getInstrument() { return instrument; }

    @Override
    @Deprecated
    public IFinancialInstrument getFinancialInstrument() { return null; }

    @Override
    public Period getPeriod() { return period; }

    @Override
    public JFTimeZone getJFTimeZone() { return null; }

    @Override
    public Period getFormulaPeriod() { return period; }

    @Override
    public DisplayMode getDisplayMode() { return null; }

    @Override
    public OfferSide getOfferSide() { return OfferSide.BID; }

    @Override
    public Color getDowntrendColor() { return new Color(200, 40, 40); }

    @Override
    public double getMinPrice() { return min; }

    @Override
    public double getMaxPrice() { return max; }

    @Override
    public long getMinTime() { return candles[first].getTime(); }

    @Override
    public long getMaxTime() { return candles[Math.min(candles.length - 1, first + visible - 1)].getTime(); }

    @Override
    public boolean isTimeAggregatedPeriod() { return true; }
}
