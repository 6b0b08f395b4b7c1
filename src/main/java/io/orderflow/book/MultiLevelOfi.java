package io.orderflow.book;

import io.orderflow.market.Tick;
import io.orderflow.market.TickSink;

/**
 * Multi-level OFI (Xu, Gould and Howison): the Cont–Kukanov–Stoikov contribution computed
 * separately for the m-th best bid and ask (price and size of level m), per update, plus running
 * sums per level.
 *
 * <p>A level missing from a tick (a thinner book) counts as an empty queue at a price worse than
 * any real one, so a level that disappears contributes the removal of its old queue and one that
 * appears contributes its new queue. Level 0 equals {@link OrderFlowImbalance}.
 *
 * <p>Needs depth: live JForex (up to 10 levels) or a recording; on one-level data only level 0 is
 * non-zero. Units: sizes in the source's unit. O(levels) per tick, no allocation. Single-threaded.
 */
public final class MultiLevelOfi implements TickSink {
    /** Price of a missing bid level: below any real price, yet safe to subtract from one. */
    private static final long MISSING_BID = Long.MIN_VALUE / 4;
    /** Price of a missing ask level: above any real price, yet safe to subtract from one. */
    private static final long MISSING_ASK = Long.MAX_VALUE / 4;
    private final int levels;
    private final long[] prevBid;
    private final long[] prevAsk;
    private final double[] prevBidSize;
    private final double[] prevAskSize;
    private final double[] last;
    private final double[] cumulative;
    private boolean started;
    private double lastTotal;

    /** Tracks levels 0..levels−1. */
    public MultiLevelOfi(int levels) {
        if (levels < 1) throw new IllegalArgumentException("levels must be >= 1, was " + levels);
        this.levels = levels;
        prevBid = new long[levels];
        prevAsk = new long[levels];
        prevBidSize = new double[levels];
        prevAskSize = new double[levels];
        last = new double[levels];
        cumulative = new double[levels];
    }

    @Override
    public void onTick(Tick tick) {
        int n = tick.levels();
        double total = 0;
        for (int m = 0; m < levels; m++) {
            long bid, ask;
            double qb, qa;
            if (m < n) {
                bid = tick.bidPrice(m);
                ask = tick.askPrice(m);
                qb = tick.bidVolume(m);
                qa = tick.askVolume(m);
            } else {
                bid = MISSING_BID;
                ask = MISSING_ASK;
                qb = 0;
                qa = 0;
            }
            double e = started
                    ? OrderFlowImbalance.contribution(prevBid[m], prevBidSize[m], prevAsk[m], prevAskSize[m], bid, qb, ask, qa)
                    : 0.0;
            last[m] = e;
            cumulative[m] += e;
            total += e;
            prevBid[m] = bid;
            prevAsk[m] = ask;
            prevBidSize[m] = qb;
            prevAskSize[m] = qa;
        }
        lastTotal = total;
        started = true;
    }

    /** Levels tracked. */
    public int levels() { return levels; }

    /** Contribution of level {@code m} in the latest update, size units. */
    public double last(int m) { return last[m]; }

    /** Sum of the latest update's contributions over all tracked levels, size units. */
    public double lastTotal() { return lastTotal; }

    /** Running sum of level {@code m}'s contributions since construction or reset. */
    public double cumulative(int m) { return cumulative[m]; }

    /** Forgets everything. */
    public void reset() {
        started = false;
        lastTotal = 0;
        for (int m = 0; m < levels; m++) {
            last[m] = 0;
            cumulative[m] = 0;
        }
    }
}
