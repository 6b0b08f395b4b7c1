package io.orderflow.book;

import java.util.function.IntConsumer;

import io.orderflow.market.BarClock;
import io.orderflow.market.BarEndListener;
import io.orderflow.market.Tick;
import io.orderflow.market.TickColumns;
import io.orderflow.market.TickSink;

/**
 * OFI aggregated over intervals (time bars, or any bars the caller closes): per interval the
 * OFI sum, the mid change, the average depth at the best quotes and the OFI normalised by that
 * depth. Completed intervals go to an optional {@link OfiIntervalSink} such as
 * {@link OfiRegression}.
 *
 * <p>Two ways to close intervals: with a {@link BarClock} the interval closes when the first tick
 * of a later period arrives (intervals without ticks are skipped, as quiet FX minutes have no
 * quote to measure), or the caller closes it with {@link #endInterval(long)} (bars given by a chart).
 *
 * <p>The mid change of an interval is measured from the mid of the previous interval's last tick
 * (for the first interval: the first tick's mid), so consecutive intervals tile the mid path and
 * each tick's OFI contribution is counted in exactly one interval.
 *
 * <p>Units: OFI and depth in the source's size unit, mid change in points, times ms UTC. O(1) per
 * tick, no allocation. Single-threaded.
 */
public final class OfiIntervals implements TickSink {
    private final BarClock clock;
    private final OfiIntervalSink sink;
    private final OrderFlowImbalance ofi = new OrderFlowImbalance();

    private boolean hasMid;
    private long refMid2;
    private long lastMid2;
    private long start = Long.MIN_VALUE;
    private long end = Long.MIN_VALUE;
    private double sumOfi;
    private double sumDepth;
    private int ticks;

    private long lastStart;
    private long lastEnd;
    private double lastOfi;
    private double lastMidChange;
    private double lastDepth = Double.NaN;
    private int lastTicks;
    private long intervals;

    /** Intervals given by {@code clock}, closed by the ticks themselves; {@code sink} may be null. */
    public OfiIntervals(BarClock clock, OfiIntervalSink sink) {
        if (clock == null) {
            throw new IllegalArgumentException("clock must not be null; use OfiIntervals(sink) for manual intervals");
        }
        this.clock = clock;
        this.sink = sink;
    }

    /** Intervals closed by the caller with {@link #endInterval(long)}; {@code sink} may be null. */
    public OfiIntervals(OfiIntervalSink sink) {
        this.clock = null;
        this.sink = sink;
    }

    /** Epoch-aligned intervals of {@code periodMs} (10 s: 10_000). */
    public static OfiIntervals ofPeriod(long periodMs, OfiIntervalSink sink) {
        return new OfiIntervals(BarClock.fixed(periodMs), sink);
    }

    @Override
    public void onTick(Tick tick) {
        long t = tick.timeMs();
        if (clock != null) {
            if (ticks > 0 && t >= end) emit(end);
            if (ticks == 0) {
                start = clock.barStart(t);
                end = clock.barEnd(start);
            }
        } else if (start == Long.MIN_VALUE) {
            start = t;
        }
        long mid2 = tick.ask() + tick.bid();
        if (!hasMid) {
            hasMid = true;
            refMid2 = mid2;
        }
        sumOfi += ofi.onQuote(tick.bid(), tick.bidVolume(), tick.ask(), tick.askVolume());
        sumDepth += (tick.bidVolume() + tick.askVolume()) * 0.5;
        lastMid2 = mid2;
        ticks++;
    }

    /**
     * Closes the current interval at {@code endMs} and emits it (also when it has no ticks: OFI 0,
     * mid change 0, depth NaN). Only for manual intervals.
     */
    public void endInterval(long endMs) {
        if (clock != null) throw new IllegalStateException("intervals are closed by the clock");
        emit(endMs);
    }

    /**
     * Starts a new interval at {@code startMs} without emitting the ticks seen so far (warm-up).
     * The OFI reference quote and the reference mid are kept.
     */
    public void discardInterval(long startMs) {
        if (hasMid) refMid2 = lastMid2;
        sumOfi = 0;
        sumDepth = 0;
        ticks = 0;
        start = startMs;
    }

    /** Clock intervals: emits the interval in progress, if it has ticks (end of data). */
    public void flush() {
        if (clock == null) throw new IllegalStateException("manual intervals: close them with endInterval(endMs)");
        if (ticks > 0) emit(end);
    }

    private void emit(long endMs) {
        double midChange = ticks > 0 ? (lastMid2 - refMid2) * 0.5 : 0.0;
        double depth = ticks > 0 ? sumDepth / ticks : Double.NaN;
        lastStart = start;
        lastEnd = endMs;
        lastOfi = sumOfi;
        lastMidChange = midChange;
        lastDepth = depth;
        lastTicks = ticks;
        intervals++;
        if (hasMid) refMid2 = lastMid2;
        sumOfi = 0;
        sumDepth = 0;
        ticks = 0;
        start = endMs;
        if (sink != null) sink.onInterval(lastStart, endMs, lastOfi, midChange, depth, lastTicks);
    }

    /** OFI of the latest contribution (the last tick), size units. */
    public double lastContribution() { return ofi.last(); }

    /** OFI accumulated in the interval in progress, size units. */
    public double currentOfi() { return sumOfi; }

    /** Ticks in the interval in progress. */
    public int currentTicks() { return ticks; }

    /** OFI of the last completed interval, size units. */
    public double lastOfi() { return lastOfi; }

    /** Mid change over the last completed interval, points. */
    public double lastMidChangePoints() { return lastMidChange; }

    /** Average depth {@code (qb + qa) / 2} over the last completed interval's ticks; NaN if none. */
    public double lastAverageDepth() { return lastDepth; }

    /** OFI of the last completed interval divided by its average depth (dimensionless); NaN if undefined. */
    public double lastNormalizedOfi() {
        return lastDepth > 0 ? lastOfi / lastDepth : Double.NaN;
    }

    /** Depth-implied impact of the stylised model, {@code 1 / (2·AD)}, points per size unit; NaN if undefined. */
    public double lastDepthImpliedImpact() {
        return lastDepth > 0 ? 1.0 / (2.0 * lastDepth) : Double.NaN;
    }

    /** Ticks in the last completed interval. */
    public int lastTicks() { return lastTicks; }

    /** Start of the last completed interval, ms UTC. */
    public long lastStartMs() { return lastStart; }

    /** End (exclusive) of the last completed interval, ms UTC. */
    public long lastEndMs() { return lastEnd; }

    /** Completed intervals since construction or reset. */
    public long intervals() { return intervals; }

    /** Cumulative OFI since construction or reset, size units. */
    public double cumulativeOfi() { return ofi.cumulative(); }

    /** Forgets everything (reference quote, interval in progress, last interval). */
    public void reset() {
        ofi.reset();
        hasMid = false;
        sumOfi = 0;
        sumDepth = 0;
        ticks = 0;
        start = Long.MIN_VALUE;
        end = Long.MIN_VALUE;
        lastStart = 0;
        lastEnd = 0;
        lastOfi = 0;
        lastMidChange = 0;
        lastDepth = Double.NaN;
        lastTicks = 0;
        intervals = 0;
    }

    /**
     * Batch entry point: per bar the OFI, the OFI normalised by the bar's average depth, and the mid
     * change in points. Bars as in {@link TickColumns#replayByBar}; ticks before the first bar only
     * set the reference quote and mid. Any output array may be null.
     */
    public static void perBar(TickColumns ticks, long[] barStartMs, int nBars, long endMs, final double[] ofiOut,
                              final double[] normalizedOut, final double[] midChangeOut) {
        final OfiIntervals iv = new OfiIntervals((OfiIntervalSink) null);
        replayByBar(ticks, barStartMs, nBars, endMs, iv, new IntConsumer() {
            @Override
            public void accept(int bar) {
                if (ofiOut != null) ofiOut[bar] = iv.lastOfi();
                if (normalizedOut != null) normalizedOut[bar] = iv.lastNormalizedOfi();
                if (midChangeOut != null) midChangeOut[bar] = iv.lastMidChangePoints();
            }
        });
    }

    /**
     * Replays {@code ticks} into {@code iv} with one interval per bar (as {@link TickColumns#replayByBar});
     * ticks before the first bar are discarded as an interval. {@code afterBar} gets each bar's index
     * once its interval has ended.
     */
    static void replayByBar(TickColumns ticks, long[] barStartMs, int nBars, long endMs, final OfiIntervals iv,
                            final IntConsumer afterBar) {
        ticks.replayByBar(barStartMs, nBars, endMs, iv, new BarEndListener() {
            @Override
            public void onBarEnd(int bar, long barEndMs) {
                if (bar < 0) {
                    iv.discardInterval(barEndMs);
                    return;
                }
                iv.endInterval(barEndMs);
                afterBar.accept(bar);
            }
        });
    }
}
