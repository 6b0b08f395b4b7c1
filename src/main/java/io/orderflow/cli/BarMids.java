package io.orderflow.cli;

import java.util.HashMap;
import java.util.Map;

import io.orderflow.market.Tick;
import io.orderflow.market.TickSink;

/**
 * The mid price at each bar's last tick, with bars cut exactly as {@link io.orderflow.book.DepthBars}
 * cuts them (aligned to the epoch in UTC; a clock that goes back stays in the current bar), so that
 * the {@code depth} report can draw the evidence over the price. A tee: every tick is passed on to
 * {@code next}. Mid = (best bid + best ask) / 2 in points; a tick without both sides keeps the
 * previous mid. Keeps one entry per bar (allocation per bar, not per tick); single-threaded.
 */
final class BarMids implements TickSink {
    private final long periodMs;
    private final TickSink next;
    private final Map<Long, Double> mids = new HashMap<Long, Double>();
    private long barStart = Long.MIN_VALUE;
    private double mid = Double.NaN;

    BarMids(long periodMs, TickSink next) {
        this.periodMs = periodMs;
        this.next = next;
    }

    @Override
    public void onTick(Tick tick) {
        long start = Math.floorDiv(tick.timeMs(), periodMs) * periodMs;
        if (barStart == Long.MIN_VALUE) {
            barStart = start;
        } else if (start > barStart) {
            close();
            barStart = start;
        }
        if (tick.bid() > 0 && tick.ask() > 0) mid = (tick.bid() + tick.ask()) / 2.0;
        next.onTick(tick);
    }

    private void close() {
        mids.put(barStart, mid);
    }

    /** Closes the bar in progress. */
    void finish() {
        if (barStart != Long.MIN_VALUE) close();
        barStart = Long.MIN_VALUE;
    }

    /** The mid (points) at the last tick of the bar starting at {@code startMs}, or NaN if none. */
    double midPoints(long startMs) {
        Double m = mids.get(startMs);
        return m == null ? Double.NaN : m;
    }
}
