package io.orderflow.market;

/**
 * Running OHLC and volume state of the bar being built. Shared by every bar aggregator so that
 * time, tick, volume and range bars use the same arithmetic. Allocation-free per tick.
 * Not thread-safe.
 */
final class BarAccumulator {
    long startMs;
    long lastTickMs;
    long bidOpen, bidHigh, bidLow, bidClose;
    long askOpen, askHigh, askLow, askClose;
    double bidVolume, askVolume;
    int tickCount;

    boolean isEmpty() {
        return tickCount == 0;
    }

    void begin(long startMs) {
        this.startMs = startMs;
        this.tickCount = 0;
        this.bidVolume = 0;
        this.askVolume = 0;
    }

    void add(Tick t) {
        long bid = t.bid();
        long ask = t.ask();
        if (tickCount == 0) {
            bidOpen = bidHigh = bidLow = bid;
            askOpen = askHigh = askLow = ask;
        } else {
            if (bid > bidHigh) bidHigh = bid;
            if (bid < bidLow) bidLow = bid;
            if (ask > askHigh) askHigh = ask;
            if (ask < askLow) askLow = ask;
        }
        bidClose = bid;
        askClose = ask;
        bidVolume += t.bidVolume();
        askVolume += t.askVolume();
        lastTickMs = t.timeMs();
        tickCount++;
    }

    Bar toBar(long endMs) {
        return new Bar(startMs, endMs, bidOpen, bidHigh, bidLow, bidClose, askOpen, askHigh, askLow, askClose,
                bidVolume, askVolume, tickCount);
    }

    /** A bar without ticks at the previous close (both sides). */
    static Bar flat(long startMs, long endMs, long bidClose, long askClose) {
        return new Bar(startMs, endMs, bidClose, bidClose, bidClose, bidClose, askClose, askClose, askClose, askClose,
                0, 0, 0);
    }
}
