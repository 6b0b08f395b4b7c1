package io.orderflow.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.orderflow.market.Tick;
import io.orderflow.market.TickSink;

/**
 * Running statistics of a tick stream: count, first and last time, bid and ask range, spread, summed
 * quoted volumes, and one row per UTC day (ticks, bid open/high/low/close, summed bid and ask
 * volume).
 *
 * <p>Prices in points, times ms UTC, volumes in the source's unit (millions for Dukascopy FX),
 * summed with Neumaier compensation so the total of a few million two-decimal volumes stays exact to
 * well below 1e-6. O(1) per tick; allocates only when a new UTC day starts. Ticks must come in time
 * order. Single-threaded.
 */
public final class TickSummary implements TickSink {
    private long ticks;
    private long firstMs;
    private long lastMs;
    private long bidLow = Long.MAX_VALUE;
    private long bidHigh = Long.MIN_VALUE;
    private long askLow = Long.MAX_VALUE;
    private long askHigh = Long.MIN_VALUE;
    private long spreadSum;
    private long spreadMax = Long.MIN_VALUE;
    private final CompensatedSum bidVolume = new CompensatedSum();
    private final CompensatedSum askVolume = new CompensatedSum();
    private final List<Day> days = new ArrayList<>();
    private Day day;

    @Override
    public void onTick(Tick t) {
        long time = t.timeMs();
        long bid = t.bid();
        long ask = t.ask();
        if (ticks == 0) firstMs = time;
        lastMs = time;
        ticks++;
        if (bid < bidLow) bidLow = bid;
        if (bid > bidHigh) bidHigh = bid;
        if (ask < askLow) askLow = ask;
        if (ask > askHigh) askHigh = ask;
        long spread = ask - bid;
        spreadSum += spread;
        if (spread > spreadMax) spreadMax = spread;
        bidVolume.add(t.bidVolume());
        askVolume.add(t.askVolume());

        long epochDay = Math.floorDiv(time, 86_400_000L);
        if (day == null || day.epochDay != epochDay) {
            day = new Day(epochDay, bid);
            days.add(day);
        }
        day.add(bid, t.bidVolume(), t.askVolume());
    }

    /** Ticks seen. */
    public long ticks() { return ticks; }

    /** Time of the first tick, ms UTC (undefined when there were none). */
    public long firstMs() { return firstMs; }

    /** Time of the last tick, ms UTC (undefined when there were none). */
    public long lastMs() { return lastMs; }

    public long bidLow() { return bidLow; }

    public long bidHigh() { return bidHigh; }

    public long askLow() { return askLow; }

    public long askHigh() { return askHigh; }

    /** Sum of ask − bid over all ticks, points. */
    public long spreadSumPoints() { return spreadSum; }

    /** Mean spread, points (NaN without ticks). */
    public double meanSpreadPoints() { return ticks == 0 ? Double.NaN : (double) spreadSum / ticks; }

    /** Widest spread, points. */
    public long maxSpreadPoints() { return spreadMax; }

    /** Summed bid volume. */
    public double bidVolume() { return bidVolume.value(); }

    /** Summed ask volume. */
    public double askVolume() { return askVolume.value(); }

    /** One entry per UTC day that had ticks, in order. */
    public List<Day> days() { return Collections.unmodifiableList(days); }

    /** Statistics of one UTC day. */
    public static final class Day {
        private final long epochDay;
        private long ticks;
        private final long open;
        private long high = Long.MIN_VALUE;
        private long low = Long.MAX_VALUE;
        private long close;
        private final CompensatedSum bidVolume = new CompensatedSum();
        private final CompensatedSum askVolume = new CompensatedSum();

        Day(long epochDay, long open) {
            this.epochDay = epochDay;
            this.open = open;
        }

        void add(long bid, double bidVol, double askVol) {
            ticks++;
            if (bid > high) high = bid;
            if (bid < low) low = bid;
            close = bid;
            bidVolume.add(bidVol);
            askVolume.add(askVol);
        }

        public LocalDate date() { return LocalDate.ofEpochDay(epochDay); }

        public long ticks() { return ticks; }

        /** Bid of the day's first tick, points. */
        public long open() { return open; }

        public long high() { return high; }

        public long low() { return low; }

        /** Bid of the day's last tick, points. */
        public long close() { return close; }

        public double bidVolume() { return bidVolume.value(); }

        public double askVolume() { return askVolume.value(); }
    }

    /** Neumaier's compensated sum of doubles. */
    static final class CompensatedSum {
        private double sum;
        private double compensation;

        void add(double x) {
            double t = sum + x;
            if (Math.abs(sum) >= Math.abs(x)) compensation += (sum - t) + x;
            else compensation += (x - t) + sum;
            sum = t;
        }

        double value() { return sum + compensation; }
    }
}
