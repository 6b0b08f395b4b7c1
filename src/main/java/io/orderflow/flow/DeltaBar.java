package io.orderflow.flow;

/**
 * Delta of one closed bar, with its provenance: how the sides were inferred ({@link #method()}),
 * what counted as volume ({@link #proxy()}) and how much volume stayed unclassified.
 *
 * <p>Units: times ms UTC ({@code [startMs, endMs)}); prices in points — the prices the flow events
 * were placed at (trade prices; for quote ticks see {@code QuotePrice}); volumes in the unit of the
 * proxy (traded size, tick count, or quoted size in millions for Dukascopy).
 *
 * <p>Intrabar {@link #maxDelta()}/{@link #minDelta()} are the extremes of the running delta after
 * each event of the bar (as freqtrade's {@code max_delta}/{@code min_delta}); for
 * {@link AggressorMethod#BVC}, which classifies only at the close, both equal the bar's delta. A
 * bar without events carries the previous close as all four prices.
 *
 * <p>Immutable, thread-safe.
 */
public final class DeltaBar {
    private final long startMs;
    private final long endMs;
    private final long open;
    private final long high;
    private final long low;
    private final long close;
    private final double buyVolume;
    private final double sellVolume;
    private final double unclassifiedVolume;
    private final double maxDelta;
    private final double minDelta;
    private final int events;
    private final double cumulativeDelta;
    private final double cumulativeDeltaHigh;
    private final double cumulativeDeltaLow;
    private final boolean cumulativeDeltaAnchored;
    private final AggressorMethod method;
    private final VolumeProxy proxy;

    /** A bar's values as described by the getters (prices in points, volumes in the proxy's unit, times ms UTC). */
    public DeltaBar(long startMs, long endMs, long open, long high, long low, long close, double buyVolume,
                    double sellVolume, double unclassifiedVolume, double maxDelta, double minDelta, int events,
                    double cumulativeDelta, double cumulativeDeltaHigh, double cumulativeDeltaLow,
                    boolean cumulativeDeltaAnchored, AggressorMethod method, VolumeProxy proxy) {
        this.startMs = startMs;
        this.endMs = endMs;
        this.open = open;
        this.high = high;
        this.low = low;
        this.close = close;
        this.buyVolume = buyVolume;
        this.sellVolume = sellVolume;
        this.unclassifiedVolume = unclassifiedVolume;
        this.maxDelta = maxDelta;
        this.minDelta = minDelta;
        this.events = events;
        this.cumulativeDelta = cumulativeDelta;
        this.cumulativeDeltaHigh = cumulativeDeltaHigh;
        this.cumulativeDeltaLow = cumulativeDeltaLow;
        this.cumulativeDeltaAnchored = cumulativeDeltaAnchored;
        this.method = method;
        this.proxy = proxy;
    }

    /** Bar start, ms UTC (inclusive). */
    public long startMs() { return startMs; }

    /** Bar end, ms UTC (exclusive). */
    public long endMs() { return endMs; }

    /** First event's price, points. */
    public long open() { return open; }

    /** Highest event price, points. */
    public long high() { return high; }

    /** Lowest event price, points. */
    public long low() { return low; }

    /** Last event's price, points. */
    public long close() { return close; }

    /** Volume attributed to buyers. */
    public double buyVolume() { return buyVolume; }

    /** Volume attributed to sellers. */
    public double sellVolume() { return sellVolume; }

    /** Volume the method could not attribute. */
    public double unclassifiedVolume() { return unclassifiedVolume; }

    /** All volume: buy + sell + unclassified. */
    public double totalVolume() { return buyVolume + sellVolume + unclassifiedVolume; }

    /** Buy minus sell volume. */
    public double delta() { return buyVolume - sellVolume; }

    /** Share of the volume that was classified, in [0, 1] (1 when there was no volume). */
    public double classifiedShare() {
        double t = totalVolume();
        return t > 0 ? (buyVolume + sellVolume) / t : 1.0;
    }

    /** Highest running delta within the bar. */
    public double maxDelta() { return maxDelta; }

    /** Lowest running delta within the bar. */
    public double minDelta() { return minDelta; }

    /** Flow events (ticks or trades) in the bar. */
    public int events() { return events; }

    /** Cumulative delta at the bar's last event. */
    public double cumulativeDelta() { return cumulativeDelta; }

    /** Highest cumulative delta within the bar. */
    public double cumulativeDeltaHigh() { return cumulativeDeltaHigh; }

    /** Lowest cumulative delta within the bar. */
    public double cumulativeDeltaLow() { return cumulativeDeltaLow; }

    /** True when the cumulative delta had crossed a reset point (independent of the loading start). */
    public boolean isCumulativeDeltaAnchored() { return cumulativeDeltaAnchored; }

    /** How sides were inferred. */
    public AggressorMethod method() { return method; }

    /** What counted as volume. */
    public VolumeProxy proxy() { return proxy; }

    /**
     * Delta divergence within the bar: {@code -1} (bearish) when price closed above its open on
     * negative delta, {@code +1} (bullish) when it closed below its open on positive delta, else 0.
     */
    public int divergence() {
        double d = delta();
        if (close > open && d < 0) return -1;
        if (close < open && d > 0) return 1;
        return 0;
    }

    /** "mid tick rule × tick count" style provenance label. */
    public String provenance() { return method.label() + " × " + proxy.label(); }

    @Override
    public String toString() {
        return "DeltaBar{" + startMs + ".." + endMs + " O" + open + " H" + high + " L" + low + " C" + close + " buy "
                + buyVolume + " sell " + sellVolume + " unclassified " + unclassifiedVolume + " delta " + delta()
                + " [" + minDelta + ", " + maxDelta + "] CD " + cumulativeDelta + " n=" + events + " (" + provenance()
                + ")}";
    }
}
