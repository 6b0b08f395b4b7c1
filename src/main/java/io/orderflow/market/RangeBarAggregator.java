package io.orderflow.market;

/**
 * Builds range bars on one side's price: a bar holds ticks while its high − low stays within
 * {@code rangePoints}; the first tick that would stretch it further closes the bar and opens the
 * next one. O(1) per tick, no allocation. Not thread-safe.
 */
public final class RangeBarAggregator implements TickSink {
    private final OfferSide side;
    private final long rangePoints;
    private final BarSink sink;
    private final BarAccumulator acc = new BarAccumulator();

    public RangeBarAggregator(OfferSide side, long rangePoints, BarSink sink) {
        if (rangePoints <= 0) throw new IllegalArgumentException("range must be > 0 points, was " + rangePoints);
        this.side = side;
        this.rangePoints = rangePoints;
        this.sink = sink;
    }

    @Override
    public void onTick(Tick tick) {
        if (!acc.isEmpty()) {
            long p = side == OfferSide.BID ? tick.bid() : tick.ask();
            long hi = side == OfferSide.BID ? acc.bidHigh : acc.askHigh;
            long lo = side == OfferSide.BID ? acc.bidLow : acc.askLow;
            if (Math.max(hi, p) - Math.min(lo, p) > rangePoints) {
                sink.onBar(acc.toBar(acc.lastTickMs + 1));
                acc.begin(tick.timeMs());
            }
        } else {
            acc.begin(tick.timeMs());
        }
        acc.add(tick);
    }

    /** Emits the partial bar in progress, if any. */
    public void flush() {
        if (!acc.isEmpty()) {
            sink.onBar(acc.toBar(acc.lastTickMs + 1));
            acc.begin(acc.lastTickMs + 1);
        }
    }
}
