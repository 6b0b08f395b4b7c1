package io.orderflow.flow;

/**
 * One trade print: time, price, size and — where the venue publishes it — the true aggressor.
 *
 * <p>A <strong>mutable flyweight</strong> like {@link io.orderflow.market.Tick}: a reader fills one
 * instance and hands it on; consumers must not keep it beyond the call (copy with
 * {@link #copyFrom}).
 *
 * <p>Units: time in ms since the epoch (UTC); price in integer points of the instrument; size in
 * the venue's unit (base asset for crypto spot, contracts for futures); side as {@link Aggressor}
 * ({@link Aggressor#UNKNOWN} when the data has no flag). Not thread-safe.
 */
public final class Trade {
    private long timeMs;
    private long price;
    private double size;
    private int trueSide;

    /** Sets every field; returns this. {@code trueSide} is +1, -1 or 0 (unknown). */
    public Trade set(long timeMs, long pricePoints, double size, int trueSide) {
        this.timeMs = timeMs;
        this.price = pricePoints;
        this.size = size;
        this.trueSide = Integer.signum(trueSide);
        return this;
    }

    /** Copies {@code other}; returns this. */
    public Trade copyFrom(Trade other) {
        return set(other.timeMs, other.price, other.size, other.trueSide);
    }

    /** Time in ms since the epoch, UTC. */
    public long timeMs() { return timeMs; }

    /** Price in points. */
    public long price() { return price; }

    /** Traded size in the venue's unit. */
    public double size() { return size; }

    /** The venue's aggressor flag as {@link Aggressor}; {@link Aggressor#UNKNOWN} when absent. */
    public int trueSide() { return trueSide; }

    @Override
    public String toString() {
        return "Trade{" + timeMs + " " + price + " x " + size + " " + Aggressor.name(trueSide) + "}";
    }
}
