package io.orderflow.backtest;

import io.orderflow.market.BarClock;
import io.orderflow.market.BarSink;
import io.orderflow.market.CountBarAggregator;
import io.orderflow.market.OfferSide;
import io.orderflow.market.RangeBarAggregator;
import io.orderflow.market.Tick;
import io.orderflow.market.TickSink;
import io.orderflow.market.TimeBarAggregator;

/**
 * Which bars a run builds from its ticks (the strategy's {@code onBar} period). Immutable.
 */
public final class BarSpec {
    /** A bar builder bound to a sink: ticks in, completed bars out; {@link #flush()} emits the partial bar. */
    public interface Aggregation extends TickSink {
        void flush();
    }

    private enum Kind { TIME, COUNT, RANGE, NONE }

    private final Kind kind;
    private final long periodMs;
    private final BarClock clock;
    private final CountBarAggregator.Kind countKind;
    private final double threshold;
    private final OfferSide side;
    private final String text;

    private BarSpec(Kind kind, long periodMs, BarClock clock, CountBarAggregator.Kind countKind, double threshold,
                    OfferSide side, String text) {
        this.kind = kind;
        this.periodMs = periodMs;
        this.clock = clock;
        this.countKind = countKind;
        this.threshold = threshold;
        this.side = side;
        this.text = text;
    }

    /** Epoch-aligned time bars of {@code periodMs} (1 minute = 60,000); periods without ticks are skipped. */
    public static BarSpec time(long periodMs) {
        if (periodMs <= 0) throw new IllegalArgumentException("bar period must be > 0 ms, was " + periodMs);
        return new BarSpec(Kind.TIME, periodMs, BarClock.fixed(periodMs), null, 0, null, describe(periodMs) + " bars");
    }

    private static String describe(long ms) {
        if (ms % 86_400_000L == 0) return ms / 86_400_000L + " day";
        if (ms % 3_600_000L == 0) return ms / 3_600_000L + " h";
        if (ms % 60_000L == 0) return ms / 60_000L + " min";
        if (ms % 1_000L == 0) return ms / 1_000L + " s";
        return ms + " ms";
    }

    /** Time bars of any {@link BarClock} (e.g. trading days). */
    public static BarSpec time(BarClock clock) {
        return new BarSpec(Kind.TIME, 0, clock, null, 0, null, "time bars (" + clock + ")");
    }

    /**
     * No bars: the strategy's {@code onBar} is never called and observers get no bars. For runs whose
     * strategy builds its own bars (the strategy engine) and that keep no report series, e.g. the
     * runs of a sweep: saves the aggregation work on every tick.
     */
    public static BarSpec none() {
        return new BarSpec(Kind.NONE, 0, null, null, 0, null, "no bars");
    }

    /** Tick-count or volume bars. */
    public static BarSpec count(CountBarAggregator.Kind kind, double threshold) {
        if (!(threshold > 0)) throw new IllegalArgumentException("bar threshold must be > 0, was " + threshold);
        return new BarSpec(Kind.COUNT, 0, null, kind, threshold, null, threshold + " " + kind + " bars");
    }

    /** Range bars of {@code rangePoints} on {@code side}. */
    public static BarSpec range(OfferSide side, long rangePoints) {
        if (rangePoints <= 0) throw new IllegalArgumentException("range must be > 0 points, was " + rangePoints);
        return new BarSpec(Kind.RANGE, 0, null, null, rangePoints, side, rangePoints + " point " + side + " range bars");
    }

    /** Period of fixed time bars, ms; 0 for other kinds. */
    public long periodMs() { return periodMs; }

    /** A new aggregation feeding {@code sink}. */
    public Aggregation create(BarSink sink) {
        switch (kind) {
            case TIME: {
                final TimeBarAggregator a = new TimeBarAggregator(clock, false, sink);
                return new Aggregation() {
                    @Override
                    public void onTick(Tick tick) { a.onTick(tick); }

                    @Override
                    public void flush() { a.flush(); }
                };
            }
            case NONE:
                return new Aggregation() {
                    @Override
                    public void onTick(Tick tick) {
                    }

                    @Override
                    public void flush() {
                    }
                };
            case COUNT: {
                final CountBarAggregator a = new CountBarAggregator(countKind, threshold, sink);
                return new Aggregation() {
                    @Override
                    public void onTick(Tick tick) { a.onTick(tick); }

                    @Override
                    public void flush() { a.flush(); }
                };
            }
            default: {
                final RangeBarAggregator a = new RangeBarAggregator(side, (long) threshold, sink);
                return new Aggregation() {
                    @Override
                    public void onTick(Tick tick) { a.onTick(tick); }

                    @Override
                    public void flush() { a.flush(); }
                };
            }
        }
    }

    @Override
    public String toString() { return text; }
}
