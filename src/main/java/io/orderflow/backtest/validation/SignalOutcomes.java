package io.orderflow.backtest.validation;

import java.util.Arrays;

/**
 * The hypothetical outcomes of one run's technical signals, in the order they closed: signal time
 * (ms UTC), order-flow verdict (confirmed or not) and outcome in R. Grows per signal (amortised
 * O(1), primitive arrays), never per tick. Written by one thread (the run's), read after the run.
 */
public final class SignalOutcomes {
    private long[] times = new long[64];
    private boolean[] confirmed = new boolean[64];
    private double[] r = new double[64];
    private int size;

    /** Adds one closed signal. */
    public void add(long signalTimeMs, boolean isConfirmed, double rMultiple) {
        if (size == times.length) {
            times = Arrays.copyOf(times, size * 2);
            confirmed = Arrays.copyOf(confirmed, size * 2);
            r = Arrays.copyOf(r, size * 2);
        }
        times[size] = signalTimeMs;
        confirmed[size] = isConfirmed;
        r[size] = rMultiple;
        size++;
    }

    public int size() { return size; }

    public long time(int i) { return times[i]; }

    public boolean confirmed(int i) { return confirmed[i]; }

    public double r(int i) { return r[i]; }

    /** R of the signals with the given verdict whose time lies in [fromMs, toMs). */
    public double[] outcomes(boolean isConfirmed, long fromMs, long toMs) {
        double[] out = new double[size];
        int n = 0;
        for (int i = 0; i < size; i++) {
            if (confirmed[i] == isConfirmed && times[i] >= fromMs && times[i] < toMs) out[n++] = r[i];
        }
        return Arrays.copyOf(out, n);
    }
}
