package io.orderflow.strategy.readings;

/**
 * The active support/resistance zones: price bands in points with a {@link ZoneKind} and the bar
 * index at which they appeared.
 *
 * <p>A zone stays active until it is {@code maxAgeBars} old or a bar <em>closes through</em> it
 * (previous close on one side, this close beyond the far edge). Whether a zone is support or
 * resistance depends only on where its middle is relative to the close. At most {@code capacity}
 * zones are kept; adding to a full book drops the oldest. Preallocated arrays, no allocation after
 * construction; not thread-safe.
 */
public final class ZoneBook {
    private final int capacity;
    private final int maxAgeBars;
    private final long[] low;
    private final long[] high;
    private final long[] born;
    private final ZoneKind[] kind;
    private int size;

    public ZoneBook(int capacity, int maxAgeBars) {
        if (capacity < 1) throw new IllegalArgumentException("capacity must be >= 1");
        this.capacity = capacity;
        this.maxAgeBars = maxAgeBars;
        low = new long[capacity];
        high = new long[capacity];
        born = new long[capacity];
        kind = new ZoneKind[capacity];
    }

    /** Adds a zone born at bar {@code barIndex}; merges with an identical band of the same kind. */
    public void add(ZoneKind k, long lowPoints, long highPoints, long barIndex) {
        for (int i = 0; i < size; i++) {
            if (kind[i] == k && low[i] == lowPoints && high[i] == highPoints) {
                born[i] = barIndex;
                return;
            }
        }
        if (size == capacity) removeAt(oldest());
        low[size] = lowPoints;
        high[size] = highPoints;
        born[size] = barIndex;
        kind[size] = k;
        size++;
    }

    private int oldest() {
        int o = 0;
        for (int i = 1; i < size; i++) {
            if (born[i] < born[o]) o = i;
        }
        return o;
    }

    private void removeAt(int i) {
        size--;
        low[i] = low[size];
        high[i] = high[size];
        born[i] = born[size];
        kind[i] = kind[size];
        kind[size] = null;
    }

    /**
     * Drops zones older than the maximum age at bar {@code barIndex} and zones the close moved
     * through: {@code previousClose} below the zone and {@code close} above it, or the reverse.
     */
    public void update(long barIndex, long previousClose, long close) {
        for (int i = size - 1; i >= 0; i--) {
            boolean expired = barIndex - born[i] > maxAgeBars;
            boolean crossedUp = previousClose < low[i] && close > high[i];
            boolean crossedDown = previousClose > high[i] && close < low[i];
            if (expired || crossedUp || crossedDown) removeAt(i);
        }
    }

    /**
     * Writes the nearest zone whose middle is above {@code close} (resistance) and the nearest whose
     * middle is at or below it (support) into {@code out}'s zone fields.
     */
    public void nearest(long close, OrderFlowSnapshot out) {
        int above = -1;
        int below = -1;
        for (int i = 0; i < size; i++) {
            long mid2 = low[i] + high[i];
            if (mid2 > 2 * close) {
                if (above < 0 || low[i] < low[above] || (low[i] == low[above] && born[i] > born[above])) above = i;
            } else {
                if (below < 0 || high[i] > high[below] || (high[i] == high[below] && born[i] > born[below])) below = i;
            }
        }
        if (above >= 0) {
            out.zoneAboveKind = kind[above];
            out.zoneAboveLow = low[above];
            out.zoneAboveHigh = high[above];
        } else {
            out.zoneAboveKind = ZoneKind.NONE;
            out.zoneAboveLow = out.zoneAboveHigh = 0;
        }
        if (below >= 0) {
            out.zoneBelowKind = kind[below];
            out.zoneBelowLow = low[below];
            out.zoneBelowHigh = high[below];
        } else {
            out.zoneBelowKind = ZoneKind.NONE;
            out.zoneBelowLow = out.zoneBelowHigh = 0;
        }
    }

    public int size() { return size; }

    /** Low edge of zone {@code i} (0..size−1), points. */
    public long low(int i) { return low[i]; }

    public long high(int i) { return high[i]; }

    public ZoneKind kind(int i) { return kind[i]; }

    public void clear() {
        for (int i = 0; i < size; i++) kind[i] = null;
        size = 0;
    }
}
