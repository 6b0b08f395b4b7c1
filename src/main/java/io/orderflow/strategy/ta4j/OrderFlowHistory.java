package io.orderflow.strategy.ta4j;

import org.ta4j.core.BarSeries;
import org.ta4j.core.Indicator;
import org.ta4j.core.num.Num;

import io.orderflow.strategy.readings.OrderFlowSnapshot;

/**
 * A bounded history of every {@link Reading}, indexed like the ta4j bar series it sits beside, and
 * one ta4j {@code Indicator<Num>} per reading over it — so any ta4j {@code Rule} can combine order
 * flow with EMA, RSI, ADX and the rest.
 *
 * <p>Values are kept as primitives in rings of {@code capacity} bars; an index older than that (or
 * not yet written) reads as {@code NaN}. Conversion to {@code DoubleNum} happens only when a ta4j
 * indicator is read. Not thread-safe.
 */
public final class OrderFlowHistory {
    private final int capacity;
    private final double[][] values;
    private final ReadingIndicator[] indicators;
    private int lastIndex = -1;

    /**
     * @param series   the ta4j series whose bar indices this history follows
     * @param capacity bars kept (at least the series' maximum bar count is sensible)
     */
    public OrderFlowHistory(BarSeries series, int capacity) {
        if (capacity < 1) throw new IllegalArgumentException("capacity must be >= 1");
        this.capacity = capacity;
        Reading[] all = Reading.all();
        values = new double[all.length][capacity];
        indicators = new ReadingIndicator[all.length];
        for (Reading r : all) indicators[r.ordinal()] = new ReadingIndicator(series, this, r);
    }

    /** Records the readings of the bar at {@code index} (must be the next index). */
    public void append(int index, OrderFlowSnapshot s, double close) {
        if (lastIndex >= 0 && index != lastIndex + 1) {
            throw new IllegalArgumentException("expected bar index " + (lastIndex + 1) + ", got " + index);
        }
        int slot = index % capacity;
        for (Reading r : Reading.all()) values[r.ordinal()][slot] = r.of(s, close);
        lastIndex = index;
    }

    /** The reading at bar {@code index}, or NaN when unknown or evicted. */
    public double value(Reading r, int index) {
        if (index < 0 || index > lastIndex || lastIndex - index >= capacity) return Double.NaN;
        return values[r.ordinal()][index % capacity];
    }

    /** The ta4j indicator of {@code r} (one shared instance per reading). */
    public Indicator<Num> indicator(Reading r) {
        return indicators[r.ordinal()];
    }

    /** Index of the newest bar recorded, −1 before the first. */
    public int lastIndex() { return lastIndex; }

    public int capacity() { return capacity; }
}
