package io.orderflow.jforex.indicator;

/**
 * One bar's volume at price: its occupied rows (row number = {@code floorDiv(price, rowPoints)},
 * ascending) with their volume, the stacked-imbalance zones it formed, and the extreme event prices
 * (for zone breaks). Prices in points, volumes in the proxy's unit. Immutable.
 */
public final class VapBar {
    final long startMs;
    final long endMs;
    final long rowPoints;
    final long[] rows;
    final double[] volumes;
    /** Zones as {kind (+1 support, −1 resistance), low price, high edge}. */
    final long[][] zones;
    final long high;
    final long low;
    final int events;

    VapBar(long startMs, long endMs, long rowPoints, long[] rows, double[] volumes, long[][] zones, long high, long low,
           int events) {
        this.startMs = startMs;
        this.endMs = endMs;
        this.rowPoints = rowPoints;
        this.rows = rows;
        this.volumes = volumes;
        this.zones = zones;
        this.high = high;
        this.low = low;
        this.events = events;
    }

    public int rowCount() { return rows.length; }

    /** Low edge of row {@code i}, points. */
    public long rowPrice(int i) { return rows[i] * rowPoints; }

    public double volume(int i) { return volumes[i]; }

    public int zoneCount() { return zones.length; }

    /** +1 support (buy imbalances), −1 resistance (sell imbalances). */
    public int zoneKind(int i) { return (int) zones[i][0]; }

    public long zoneLow(int i) { return zones[i][1]; }

    /** Top edge (exclusive) of zone {@code i}, points. */
    public long zoneHighEdge(int i) { return zones[i][2]; }

    /** Highest event price, points (undefined without events). */
    public long high() { return high; }

    public long low() { return low; }

    public int events() { return events; }

    public long startMs() { return startMs; }

    public long endMs() { return endMs; }
}
