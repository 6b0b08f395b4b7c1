package io.orderflow.book;

import io.orderflow.market.Tick;
import io.orderflow.market.TickColumns;
import io.orderflow.market.TickSink;

/**
 * Cont–Kukanov–Stoikov order-flow imbalance, per quote update.
 *
 * <p>For update {@code n} with best bid {@code Pb}, size {@code qb}, best ask {@code Pa}, size
 * {@code qa}:
 * <pre>
 * e_n =  [Pb_n ≥ Pb_n−1]·qb_n − [Pb_n ≤ Pb_n−1]·qb_n−1
 *      − [Pa_n ≤ Pa_n−1]·qa_n + [Pa_n ≥ Pa_n−1]·qa_n−1
 * </pre>
 * With an unchanged price a side contributes its size change; a better price contributes the whole
 * new queue; a retreat removes the whole old queue. The inequalities are inclusive on purpose:
 * strict ones would drop every size change at an unchanged touch. Positive values are buying
 * pressure (bid queues growing, ask queues shrinking).
 *
 * <p>The first quote after construction or {@link #reset()} only sets the reference and
 * contributes 0. OFI over an interval is the sum of {@code e_n} inside it ({@link OfiIntervals}).
 *
 * <p>Units: sizes in the source's unit (millions of base for Dukascopy FX), finite and ≥ 0; prices
 * in points. Needs only level 1, so it runs in the JForex Historical Tester. O(1) per tick and
 * branch-free (price moves are too frequent for a branch predictor), no allocation.
 * Single-threaded.
 */
public final class OrderFlowImbalance implements TickSink {
    private boolean started;
    private long prevBid;
    private long prevAsk;
    private double prevBidSize;
    private double prevAskSize;
    private double last;
    private double cumulative;
    private long updates;

    /** 1.0 when {@code a ≥ b}, else 0.0, without a branch; exact for any prices apart by less than 2^63. */
    static double atLeast(long a, long b) {
        return 1 + ((a - b) >> 63);
    }

    /**
     * Bid part of {@code e_n}: {@code [Pb ≥ Pb']·qb − [Pb ≤ Pb']·qb'} (primes: previous update).
     * Sizes must be finite and ≥ 0 (as every reader guarantees).
     */
    public static double bidPart(long prevBid, double prevBidSize, long bid, double bidSize) {
        return atLeast(bid, prevBid) * bidSize - atLeast(prevBid, bid) * prevBidSize;
    }

    /** Ask part of {@code e_n}: {@code −[Pa ≤ Pa']·qa + [Pa ≥ Pa']·qa'}. */
    public static double askPart(long prevAsk, double prevAskSize, long ask, double askSize) {
        return atLeast(ask, prevAsk) * prevAskSize - atLeast(prevAsk, ask) * askSize;
    }

    /** The whole contribution {@code e_n} of one update. */
    public static double contribution(long prevBid, double prevBidSize, long prevAsk, double prevAskSize,
                                      long bid, double bidSize, long ask, double askSize) {
        return bidPart(prevBid, prevBidSize, bid, bidSize) + askPart(prevAsk, prevAskSize, ask, askSize);
    }

    @Override
    public void onTick(Tick tick) {
        onQuote(tick.bid(), tick.bidVolume(), tick.ask(), tick.askVolume());
    }

    /** Updates with a top-of-book quote; returns its contribution {@code e_n}. */
    public double onQuote(long bid, double bidSize, long ask, double askSize) {
        double e = 0;
        if (started) {
            e = contribution(prevBid, prevBidSize, prevAsk, prevAskSize, bid, bidSize, ask, askSize);
        }
        started = true;
        prevBid = bid;
        prevAsk = ask;
        prevBidSize = bidSize;
        prevAskSize = askSize;
        last = e;
        cumulative += e;
        updates++;
        return e;
    }

    /** Contribution {@code e_n} of the latest update (0 for the first), in size units. */
    public double last() { return last; }

    /** Sum of contributions since construction or {@link #reset()}, in size units. */
    public double cumulative() { return cumulative; }

    /** Updates seen. */
    public long updates() { return updates; }

    /** True once a reference quote exists (the next update yields a real contribution). */
    public boolean isReady() { return started; }

    /** Forgets the reference quote and the cumulative sum. */
    public void reset() {
        started = false;
        last = 0;
        cumulative = 0;
        updates = 0;
    }

    /**
     * Batch entry point: OFI of each bar (sum of {@code e_n} of the ticks in the bar; the first
     * tick of a bar is measured against the last tick before it, as in streaming). Bars as in
     * {@link TickColumns#replayByBar}; a bar without ticks gets 0.
     */
    public static void perBar(TickColumns ticks, long[] barStartMs, int nBars, long endMs, double[] ofiOut) {
        OfiIntervals.perBar(ticks, barStartMs, nBars, endMs, ofiOut, null, null);
    }
}
