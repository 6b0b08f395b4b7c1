package io.orderflow.flow;

/**
 * Delta divergence against price over a lookback: price makes a new extreme that order flow does
 * not confirm.
 *
 * <p>On each closed bar, with S the running sum of bar deltas (kept here, so that cumulative-delta
 * resets do not create false signals) and the previous {@code lookbackBars} bars as reference:
 * <ul>
 *   <li><b>bearish</b> ({@link #BEARISH}): the bar's high is above every reference high while S is
 *   below the highest reference S;</li>
 *   <li><b>bullish</b> ({@link #BULLISH}): the bar's low is below every reference low while S is
 *   above the lowest reference S.</li>
 * </ul>
 * Nothing is signalled until {@code lookbackBars} bars have been seen. O(lookback) per bar,
 * allocation-free. Not thread-safe.
 */
public final class DeltaDivergence {
    /** A new low not confirmed by delta. */
    public static final int BULLISH = 1;
    /** A new high not confirmed by delta. */
    public static final int BEARISH = -1;
    /** No divergence. */
    public static final int NONE = 0;

    private final long[] highs;
    private final long[] lows;
    private final double[] sums;
    private int next;
    private int count;
    private double sum;
    private int last;

    /** Compares each bar with the previous {@code lookbackBars} bars (at least 1). */
    public DeltaDivergence(int lookbackBars) {
        if (lookbackBars < 1) throw new IllegalArgumentException("lookbackBars must be >= 1, was " + lookbackBars);
        highs = new long[lookbackBars];
        lows = new long[lookbackBars];
        sums = new double[lookbackBars];
    }

    /** Adds a closed bar and returns {@link #BULLISH}, {@link #BEARISH} or {@link #NONE}. Bars without events are skipped. */
    public int onBar(DeltaBar bar) {
        if (bar.events() == 0) return last = NONE;
        return onBar(bar.high(), bar.low(), bar.delta());
    }

    /** Adds a closed bar given by its high and low (points) and delta. */
    public int onBar(long high, long low, double delta) {
        sum += delta;
        int signal = NONE;
        if (count == highs.length) {
            long maxHigh = Long.MIN_VALUE;
            long minLow = Long.MAX_VALUE;
            double maxSum = Double.NEGATIVE_INFINITY;
            double minSum = Double.POSITIVE_INFINITY;
            for (int i = 0; i < count; i++) {
                maxHigh = Math.max(maxHigh, highs[i]);
                minLow = Math.min(minLow, lows[i]);
                maxSum = Math.max(maxSum, sums[i]);
                minSum = Math.min(minSum, sums[i]);
            }
            if (high > maxHigh && sum < maxSum) signal = BEARISH;
            else if (low < minLow && sum > minSum) signal = BULLISH;
        }
        highs[next] = high;
        lows[next] = low;
        sums[next] = sum;
        next = (next + 1) % highs.length;
        if (count < highs.length) count++;
        last = signal;
        return signal;
    }

    /** The last bar's signal. */
    public int last() { return last; }

    /** Forgets all bars. */
    public void reset() {
        next = 0;
        count = 0;
        sum = 0;
        last = NONE;
    }
}
