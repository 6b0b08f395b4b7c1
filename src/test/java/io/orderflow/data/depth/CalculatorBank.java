package io.orderflow.data.depth;

import java.util.Arrays;

import io.orderflow.book.DepthImbalance;
import io.orderflow.book.MultiLevelOfi;
import io.orderflow.book.OfiIntervals;
import io.orderflow.book.OfiRegression;
import io.orderflow.book.OrderFlowImbalance;
import io.orderflow.book.QueueImbalance;
import io.orderflow.book.SpoofScore;
import io.orderflow.market.OfferSide;
import io.orderflow.market.Tick;
import io.orderflow.market.TickSink;

/** Every book calculator fed the same ticks; after each tick every getter's raw bits are kept. */
final class CalculatorBank implements TickSink {
    final QueueImbalance queue = new QueueImbalance();
    final OrderFlowImbalance ofi = new OrderFlowImbalance();
    final OfiRegression regression = new OfiRegression(180);
    final OfiIntervals intervals = OfiIntervals.ofPeriod(10_000, regression);
    final MultiLevelOfi multi = new MultiLevelOfi(10);
    final DepthImbalance depth = new DepthImbalance(DepthImbalance.halvingWeights(10, 5));
    final SpoofScore spoof = new SpoofScore();
    private long[] values = new long[1 << 16];
    private int size;

    @Override
    public void onTick(Tick t) {
        queue.onTick(t);
        ofi.onTick(t);
        intervals.onTick(t);
        multi.onTick(t);
        depth.onTick(t);
        spoof.onTick(t);
        put(queue.value());
        put(queue.weightedMidPoints());
        put(ofi.last());
        put(ofi.cumulative());
        put(intervals.currentOfi());
        put(intervals.lastOfi());
        put(intervals.lastMidChangePoints());
        put(intervals.lastNormalizedOfi());
        put(regression.beta());
        put(regression.betaTStat());
        put(regression.rSquared());
        put(regression.depthImpliedImpact());
        for (int m = 0; m < multi.levels(); m++) put(multi.cumulative(m));
        put(depth.value());
        put(spoof.robustImbalance());
        for (OfferSide s : OfferSide.values()) {
            put(spoof.score(s));
            put(spoof.flashWeight(s));
            put(spoof.baseline(s, 0));
            put(spoof.baseline(s, 9));
            put(spoof.events().lastAdded(s));
            put(spoof.events().lastPulled(s));
            put(spoof.events().lastConsumed(s));
        }
        put(spoof.candidates());
        put(spoof.reached());
    }

    private void put(double v) {
        put(Double.doubleToRawLongBits(v));
    }

    private void put(long v) {
        if (size == values.length) values = Arrays.copyOf(values, size * 2);
        values[size++] = v;
    }

    long[] values() {
        return Arrays.copyOf(values, size);
    }
}
