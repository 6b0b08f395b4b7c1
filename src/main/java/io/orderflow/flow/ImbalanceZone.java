package io.orderflow.flow;

/**
 * A support or resistance zone made by a stack of diagonal imbalances in one bar: buy imbalances
 * make {@link #SUPPORT} (buyers stepped in there), sell imbalances {@link #RESISTANCE}. It lives
 * until price trades through it: below its low for support, at or above its top edge for
 * resistance ({@link ImbalanceZones} tracks that).
 *
 * <p>Prices in points: {@code [lowPrice, highEdge)} covers the stacked rows. Times ms UTC. The
 * fields are fixed except the end time, which the owning {@link ImbalanceZones} sets on the thread
 * that feeds it; not thread-safe.
 */
public final class ImbalanceZone {
    /** Support: made of buy imbalances. */
    public static final int SUPPORT = 1;
    /** Resistance: made of sell imbalances. */
    public static final int RESISTANCE = -1;
    /** {@link #brokenMs()} of a zone still alive. */
    public static final long ALIVE = Long.MAX_VALUE;

    private final int kind;
    private final long lowPrice;
    private final long highEdge;
    private final int rows;
    private final long createdMs;
    private long brokenMs = ALIVE;

    /** A live zone of {@code kind} covering {@code [lowPrice, highEdge)} points, made of {@code rows} rows, formed at {@code createdMs}. */
    public ImbalanceZone(int kind, long lowPrice, long highEdge, int rows, long createdMs) {
        if (kind != SUPPORT && kind != RESISTANCE) throw new IllegalArgumentException("kind must be SUPPORT or RESISTANCE");
        if (highEdge <= lowPrice) throw new IllegalArgumentException("empty zone " + lowPrice + ".." + highEdge);
        this.kind = kind;
        this.lowPrice = lowPrice;
        this.highEdge = highEdge;
        this.rows = rows;
        this.createdMs = createdMs;
    }

    /** {@link #SUPPORT} or {@link #RESISTANCE}. */
    public int kind() { return kind; }

    /** True for a support zone (buy imbalances). */
    public boolean isSupport() { return kind == SUPPORT; }

    /** Low edge of the lowest row, points. */
    public long lowPrice() { return lowPrice; }

    /** Top edge (exclusive) of the highest row, points. */
    public long highEdge() { return highEdge; }

    /** Rows stacked. */
    public int rows() { return rows; }

    /** When the zone formed (its bar's end), ms UTC. */
    public long createdMs() { return createdMs; }

    /** When price traded through it, ms UTC, or {@link #ALIVE}. */
    public long brokenMs() { return brokenMs; }

    /** True until price trades through the zone. */
    public boolean isAlive() { return brokenMs == ALIVE; }

    /** True when {@code price} (points) is inside the zone. */
    public boolean contains(long price) { return price >= lowPrice && price < highEdge; }

    /** True when {@code price} lies beyond the zone's far side (below support, at/above resistance's top). */
    public boolean isBrokenBy(long price) {
        return kind == SUPPORT ? price < lowPrice : price >= highEdge;
    }

    void markBroken(long timeMs) { brokenMs = timeMs; }

    @Override
    public String toString() {
        return (kind == SUPPORT ? "Support" : "Resistance") + "Zone{" + lowPrice + ".." + highEdge + ", " + rows
                + " rows, from " + createdMs + (isAlive() ? "" : ", broken " + brokenMs) + "}";
    }
}
