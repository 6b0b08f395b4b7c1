package io.orderflow.backtest.stats;

import java.util.Arrays;

/**
 * A growing series of (time ms UTC, equity in the account currency) samples. Amortised O(1) append
 * into primitive arrays (grows with the number of samples — bars or sessions — never with ticks).
 * Not thread-safe while written; safe to share once complete.
 */
public final class EquityCurve {
    private long[] times;
    private double[] values;
    private int size;

    public EquityCurve() {
        this(64);
    }

    public EquityCurve(int capacity) {
        times = new long[Math.max(1, capacity)];
        values = new double[Math.max(1, capacity)];
    }

    /** Appends a sample; a sample at the same time as the last one replaces it. */
    public void add(long timeMs, double equity) {
        if (size > 0 && times[size - 1] == timeMs) {
            values[size - 1] = equity;
            return;
        }
        if (size == times.length) {
            times = Arrays.copyOf(times, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        times[size] = timeMs;
        values[size] = equity;
        size++;
    }

    public int size() { return size; }

    public long time(int i) { return times[i]; }

    public double value(int i) { return values[i]; }

    /** Copy of the times. */
    public long[] times() { return Arrays.copyOf(times, size); }

    /** Copy of the values. */
    public double[] values() { return Arrays.copyOf(values, size); }
}
