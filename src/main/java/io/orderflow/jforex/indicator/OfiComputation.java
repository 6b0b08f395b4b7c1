package io.orderflow.jforex.indicator;

import io.orderflow.book.OfiIntervals;
import io.orderflow.market.TickColumns;

/**
 * Order-flow imbalance (Cont, Kukanov, Stoikov) per bar with the core's {@link OfiIntervals#perBar}:
 * the bar's OFI, the OFI divided by the bar's average depth, and the mid change in points. The first
 * tick of a bar is measured against the last tick before it, so the warm-up only needs that tick.
 */
public final class OfiComputation implements BarComputation<double[]> {
    /** Index of the OFI (size units, millions for Dukascopy FX) in a result. */
    public static final int OFI = 0;
    /** Index of OFI / average depth. */
    public static final int NORMALIZED = 1;
    /** Index of the mid change, points. */
    public static final int MID_CHANGE = 2;

    @Override
    public long warmUpStart(long firstBarStartMs, boolean anchored) {
        return firstBarStartMs - 60_000L;
    }

    @Override
    public void compute(TickColumns ticks, long[] starts, long[] ends, int n, double[] anchor, Object[] results) {
        double[] ofi = new double[n];
        double[] norm = new double[n];
        double[] mid = new double[n];
        OfiIntervals.perBar(ticks, starts, n, ends[n - 1], ofi, norm, mid);
        for (int i = 0; i < n; i++) results[i] = new double[] {ofi[i], norm[i], mid[i]};
    }
}
