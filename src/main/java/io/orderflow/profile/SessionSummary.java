package io.orderflow.profile;

/**
 * The volume profile of one finished session: its POC, value area, range and volume. Prices are
 * row low edges in points; times ms UTC. Immutable, thread-safe.
 */
public final class SessionSummary {
    private final long startMs;
    private final long endMs;
    private final long lowPrice;
    private final long highPrice;
    private final double volume;
    private final double delta;
    private final ValueArea valueArea;

    /** A finished session's values as described by the getters. */
    public SessionSummary(long startMs, long endMs, long lowPrice, long highPrice, double volume, double delta,
                          ValueArea valueArea) {
        this.startMs = startMs;
        this.endMs = endMs;
        this.lowPrice = lowPrice;
        this.highPrice = highPrice;
        this.volume = volume;
        this.delta = delta;
        this.valueArea = valueArea;
    }

    /** Session start, ms UTC. */
    public long startMs() { return startMs; }

    /** Session end (exclusive), ms UTC. */
    public long endMs() { return endMs; }

    /** Lowest occupied row, points. */
    public long lowPrice() { return lowPrice; }

    /** Highest occupied row, points. */
    public long highPrice() { return highPrice; }

    /** Total volume of the session. */
    public double volume() { return volume; }

    /** Buy minus sell volume of the session. */
    public double delta() { return delta; }

    /** Point of control, points. */
    public long pocPrice() { return valueArea.pocPrice(); }

    /** Value area of the session. */
    public ValueArea valueArea() { return valueArea; }

    @Override
    public String toString() {
        return "SessionSummary{" + startMs + ".." + endMs + " " + valueArea + "}";
    }
}
