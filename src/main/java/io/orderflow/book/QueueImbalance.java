package io.orderflow.book;

import io.orderflow.market.BarEndListener;
import io.orderflow.market.Tick;
import io.orderflow.market.TickColumns;
import io.orderflow.market.TickSink;

/**
 * Level-1 queue imbalance {@code I = (qb − qa) / (qb + qa)} and the size-weighted mid
 * {@code (Pa·qb + Pb·qa) / (qb + qa)} of the latest tick.
 *
 * <p>{@code I} lies in [−1, 1]: +1 when only the bid is quoted with size, −1 when only the ask
 * is; it is 0 when both sizes are zero. Unlike a min/max ratio it keeps the side. The size-weighted
 * mid leans towards the side with the <em>smaller</em> queue (the price more likely to be taken
 * next); it equals the plain mid when both sizes are equal or both are zero.
 *
 * <p>Needs only the best quotes and their sizes, so it runs on Dukascopy history and in the JForex
 * Historical Tester. Units: prices in points, sizes in the source's unit. O(1) per tick, no
 * allocation. Single-threaded.
 */
public final class QueueImbalance implements TickSink {
    private double value;
    private double weightedMid;
    private double mid;
    private long updates;

    /** {@code (bidSize − askSize) / (bidSize + askSize)}, or 0 when both are zero. */
    public static double of(double bidSize, double askSize) {
        double sum = bidSize + askSize;
        return sum > 0 ? (bidSize - askSize) / sum : 0.0;
    }

    /**
     * Size-weighted mid in points: {@code (ask·bidSize + bid·askSize) / (bidSize + askSize)}; the
     * plain mid {@code (ask + bid) / 2} when both sizes are zero.
     */
    public static double weightedMidPoints(long bidPoints, double bidSize, long askPoints, double askSize) {
        double sum = bidSize + askSize;
        return sum > 0 ? (askPoints * bidSize + bidPoints * askSize) / sum : (askPoints + bidPoints) * 0.5;
    }

    @Override
    public void onTick(Tick tick) {
        onQuote(tick.bid(), tick.bidVolume(), tick.ask(), tick.askVolume());
    }

    /** Updates with a top-of-book quote: prices in points, sizes in the source's unit. */
    public void onQuote(long bidPoints, double bidSize, long askPoints, double askSize) {
        value = of(bidSize, askSize);
        weightedMid = weightedMidPoints(bidPoints, bidSize, askPoints, askSize);
        mid = (askPoints + bidPoints) * 0.5;
        updates++;
    }

    /** Imbalance of the latest quote in [−1, 1]; 0 before the first. */
    public double value() { return value; }

    /** Size-weighted mid of the latest quote, in points; 0 before the first. */
    public double weightedMidPoints() { return weightedMid; }

    /** Size-weighted mid minus the plain mid, in points (positive: leaning up). */
    public double weightedMidOffsetPoints() { return weightedMid - mid; }

    /** Quotes seen since construction or {@link #reset()}. */
    public long updates() { return updates; }

    /** True once a quote has been seen. */
    public boolean isReady() { return updates > 0; }

    /** Forgets everything. */
    public void reset() {
        value = 0;
        weightedMid = 0;
        mid = 0;
        updates = 0;
    }

    /**
     * Batch entry point: the imbalance at the close of each bar (the last tick at or before the
     * bar's end), NaN for bars before the first tick. Bars as in
     * {@link TickColumns#replayByBar}.
     *
     * @param out receives {@code nBars} values
     */
    public static void perBar(TickColumns ticks, long[] barStartMs, int nBars, long endMs, final double[] out) {
        final QueueImbalance qi = new QueueImbalance();
        ticks.replayByBar(barStartMs, nBars, endMs, qi, new BarEndListener() {
            @Override
            public void onBarEnd(int bar, long barEndMs) {
                if (bar >= 0) out[bar] = qi.isReady() ? qi.value() : Double.NaN;
            }
        });
    }
}
