package io.orderflow.market;

/**
 * Builds time bars (both sides) from ticks in time order.
 *
 * <p>A bar is emitted when the first tick of a later period arrives, or on {@link #flush()}. With
 * {@code emitFlatBars}, periods without ticks between two bars are emitted as flat bars at the
 * previous close (as Dukascopy's candle files do); without it they are skipped.
 *
 * <p>Per tick: O(1), no allocation (one {@link Bar} per completed bar). Not thread-safe.
 */
public final class TimeBarAggregator implements TickSink {
    private final BarClock clock;
    private final BarSink sink;
    private final boolean emitFlatBars;
    private final BarAccumulator acc = new BarAccumulator();
    private long barEnd = Long.MIN_VALUE;

    public TimeBarAggregator(BarClock clock, boolean emitFlatBars, BarSink sink) {
        this.clock = clock;
        this.sink = sink;
        this.emitFlatBars = emitFlatBars;
    }

    /** Epoch-aligned bars of {@code periodMs}, no flat bars. */
    public static TimeBarAggregator ofPeriod(long periodMs, BarSink sink) {
        return new TimeBarAggregator(BarClock.fixed(periodMs), false, sink);
    }

    @Override
    public void onTick(Tick tick) {
        long t = tick.timeMs();
        if (!acc.isEmpty() && t >= barEnd) {
            sink.onBar(acc.toBar(barEnd));
            long start = clock.barStart(t);
            if (emitFlatBars) {
                for (long s = barEnd; s < start; s = clock.barEnd(s)) {
                    sink.onBar(BarAccumulator.flat(s, clock.barEnd(s), acc.bidClose, acc.askClose));
                }
            }
            acc.begin(start);
            barEnd = clock.barEnd(start);
        } else if (acc.isEmpty()) {
            long start = clock.barStart(t);
            acc.begin(start);
            barEnd = clock.barEnd(start);
        }
        acc.add(tick);
    }

    /** Emits the bar in progress, if any. */
    public void flush() {
        if (!acc.isEmpty()) {
            sink.onBar(acc.toBar(barEnd));
            acc.begin(barEnd);
        }
    }

    /** True when a bar is in progress. */
    public boolean hasPartialBar() {
        return !acc.isEmpty();
    }
}
