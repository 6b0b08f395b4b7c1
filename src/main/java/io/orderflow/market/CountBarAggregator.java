package io.orderflow.market;

/**
 * Builds tick-count or volume bars: a bar closes on the tick that brings its tick count to
 * {@code threshold} ({@link Kind#TICKS}) or its summed quoted volume to at least {@code threshold}
 * ({@link Kind#BID_VOLUME}, {@link Kind#ASK_VOLUME}, {@link Kind#TOTAL_VOLUME}). A tick is never
 * split between bars. O(1) per tick, no allocation. Not thread-safe.
 */
public final class CountBarAggregator implements TickSink {
    /** What is counted towards the threshold. */
    public enum Kind { TICKS, BID_VOLUME, ASK_VOLUME, TOTAL_VOLUME }

    private final Kind kind;
    private final double threshold;
    private final BarSink sink;
    private final BarAccumulator acc = new BarAccumulator();

    public CountBarAggregator(Kind kind, double threshold, BarSink sink) {
        if (!(threshold > 0) || Double.isInfinite(threshold)) {
            throw new IllegalArgumentException("threshold must be a positive finite number, was " + threshold);
        }
        this.kind = kind;
        this.threshold = threshold;
        this.sink = sink;
    }

    @Override
    public void onTick(Tick tick) {
        if (acc.isEmpty()) acc.begin(tick.timeMs());
        acc.add(tick);
        double measure;
        switch (kind) {
            case TICKS: measure = acc.tickCount; break;
            case BID_VOLUME: measure = acc.bidVolume; break;
            case ASK_VOLUME: measure = acc.askVolume; break;
            default: measure = acc.bidVolume + acc.askVolume; break;
        }
        if (measure >= threshold) {
            sink.onBar(acc.toBar(acc.lastTickMs + 1));
            acc.begin(acc.lastTickMs + 1);
        }
    }

    /** Emits the partial bar in progress, if any. */
    public void flush() {
        if (!acc.isEmpty()) {
            sink.onBar(acc.toBar(acc.lastTickMs + 1));
            acc.begin(acc.lastTickMs + 1);
        }
    }
}
