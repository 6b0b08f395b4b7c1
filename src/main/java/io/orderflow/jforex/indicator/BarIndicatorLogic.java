package io.orderflow.jforex.indicator;

import java.util.Arrays;

/**
 * What an order-flow indicator's {@code calculate(startIndex, endIndex)} does, behind plain types:
 * the bars' times in, one value per bar and output out (NaN while a bar's ticks are still being
 * loaded, or beyond the history limit). Subclasses say which computation and how a result maps onto
 * the outputs.
 *
 * <p>Threading: {@link #calculate} on the platform's indicator thread (the live tail is loaded and
 * computed there within a budget); older bars are computed on the platform's background executor
 * (see {@link AsyncBarResults}).
 */
public abstract class BarIndicatorLogic<R> {
    /** The forming bar is recomputed from the ticks in memory at most this often (wall clock), ms; closed bars at once. */
    public static final long REFRESH_MS = 250;

    protected final AsyncBarResults<R> results;

    /**
     * @param clock        the wall clock of the refresh throttle, the load budget and the back-off
     *                     ({@link AsyncBarResults#SYSTEM_CLOCK} on the platform; tests drive their own)
     * @param maxHistoryMs bars starting this long before the newest bar seen are not computed, ms
     */
    protected BarIndicatorLogic(BarComputation<R> computation, TickHistory history, AsyncBarResults.Executor executor,
                                AsyncBarResults.Progress progress, AsyncBarResults.Clock clock, long maxHistoryMs) {
        this.results = new AsyncBarResults<>(computation, history, executor, progress, clock, maxHistoryMs, REFRESH_MS);
    }

    /** Number of outputs. */
    public abstract int outputs();

    /** Writes result {@code r} (never null) of one bar into {@code outputs[k][j]}. */
    protected abstract void write(R r, int j, double[][] outputs);

    /**
     * Fills {@code outputs[k][0..to-from]} for the chart bars {@code from..to}. The bars before
     * {@code from} (the chart's margin) are looked up too, so that they are loaded before they
     * scroll into view.
     *
     * @param starts   start times of the chart's bars (ascending), {@code count} of them
     * @param periodMs the chart's period ({@code Period.getInterval()})
     * @return the number of bars still being computed
     */
    public int calculate(long[] starts, int count, long periodMs, int from, int to, double[][] outputs) {
        int n = to - from + 1;
        for (double[] o : outputs) Arrays.fill(o, 0, Math.min(o.length, Math.max(0, n)), Double.NaN);
        if (n <= 0) return 0;
        int m = to + 1;
        long[] s = Arrays.copyOf(starts, m);
        long[] e = new long[m];
        BarTimes.ends(s, m, to + 1 < count ? starts[to + 1] : -1, periodMs, e);
        Object[] r = new Object[m];
        int missing = results.lookup(s, e, m, r);
        for (int j = 0; j < n; j++) {
            if (r[from + j] == null) continue;
            @SuppressWarnings("unchecked")
            R v = (R) r[from + j];
            write(v, j, outputs);
        }
        afterWrite(Arrays.copyOfRange(s, from, m), n, outputs);
        return missing;
    }

    /** Hook after the results are written: values that do not come from history (live depth). */
    protected void afterWrite(long[] starts, int n, double[][] outputs) {
    }

    /** The results behind the indicator (for its status line and tests). */
    public AsyncBarResults<R> results() { return results; }

    /** True when there is no chart panel ({@code IIndicators.calculateIndicator}): all work is done inside {@link #calculate}. */
    public void setSynchronous(boolean synchronous) {
        results.setSynchronous(synchronous);
    }

    /** Stops all work for good (the indicator was removed or its options or chart changed). */
    public void cancel() {
        results.cancel();
    }
}
