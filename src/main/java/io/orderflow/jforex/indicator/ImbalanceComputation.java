package io.orderflow.jforex.indicator;

import io.orderflow.book.QueueImbalance;
import io.orderflow.market.TickColumns;
import io.orderflow.flow.AggressorMethod;
import io.orderflow.flow.DeltaReset;
import io.orderflow.flow.FlowBar;
import io.orderflow.flow.TradeFlow;
import io.orderflow.flow.VolumeProxy;

/**
 * Tick and level-1 imbalance per bar from the core's batch entry points: the tick-count imbalance
 * {@code (up − down) / (up + down)} of the mid tick rule ({@link TradeFlow#computeBars} with tick
 * counts) and the level-1 queue imbalance {@code (bid size − ask size) / (bid size + ask size)} at
 * the bar's close ({@link QueueImbalance#perBar}).
 */
public final class ImbalanceComputation implements BarComputation<double[]> {
    /** Index of the tick-count imbalance in a result. */
    public static final int TICKS = 0;
    /** Index of the level-1 size imbalance at the close. */
    public static final int LEVEL1 = 1;

    @Override
    public long warmUpStart(long firstBarStartMs, boolean anchored) {
        return firstBarStartMs - FlowComputation.WARM_UP_MS;
    }

    @Override
    public void compute(TickColumns ticks, long[] starts, long[] ends, int n, double[] anchor, Object[] results) {
        FlowBar[] bars;
        try {
            bars = TradeFlow.forQuotes(AggressorMethod.MID_TICK_RULE, VolumeProxy.TICK_COUNT, 1)
                    .deltaReset(DeltaReset.NEVER).footprint(null).sessionProfile(null).zoneCapacity(0)
                    .divergenceLookback(0).build().computeBars(starts, ends, n, new ColumnsCursor(ticks));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("in-memory ticks cannot fail", e);
        }
        double[] level1 = new double[n];
        QueueImbalance.perBar(ticks, starts, n, ends[n - 1], level1);
        for (int i = 0; i < n; i++) {
            double up = bars[i].delta().buyVolume();
            double down = bars[i].delta().sellVolume();
            results[i] = new double[] {up + down > 0 ? (up - down) / (up + down) : Double.NaN, level1[i]};
        }
    }
}
