package io.orderflow.profile;

/**
 * Naked points of control: the POCs of earlier sessions that price has not traded at since. Each
 * is a support/resistance level until a later price lands in its row or trades through it.
 *
 * <p>Rule. A level is the POC row of a finished session. While prices arrive in one continuous
 * stream, a price whose row equals the level's row, or a move between two consecutive prices that
 * spans it, removes the level. The first price after a level was added (the next session's open)
 * removes it only by landing in its row — a gap over a level is not trading through it.
 *
 * <p>Prices are in points; levels are reported as row low edges. At most {@code capacity} levels
 * are kept; when full, the oldest is dropped (counted by {@link #dropped()}).
 *
 * <p>O(1) per price while no level is touched (two comparisons); a touch costs O(levels). No
 * allocation after construction. Not thread-safe.
 */
public final class NakedPocs {
    private final long rowPoints;
    private final long[] rows;
    private final long[] sessionStarts;
    private final long[] sessionEnds;
    private int size;
    private long dropped;
    private long touched;
    private boolean continuous;
    // a price in the current row (the row is floorDiv(currentPrice, rowPoints))
    private long currentPrice;
    private long nextAbove = Long.MAX_VALUE;
    private long nextBelow = Long.MIN_VALUE;
    // the same bounds as prices: a price p lies strictly between the rows nextBelow and nextAbove
    // exactly when belowPrice <= p < abovePrice, so the per-price check needs no division
    private long abovePrice = Long.MAX_VALUE;
    private long belowPrice = Long.MIN_VALUE;

    /**
     * @param rowPoints row height in points of the profiles whose POCs are tracked
     * @param capacity  most levels kept (oldest dropped beyond)
     */
    public NakedPocs(long rowPoints, int capacity) {
        if (rowPoints < 1) throw new IllegalArgumentException("rowPoints must be >= 1, was " + rowPoints);
        if (capacity < 1) throw new IllegalArgumentException("capacity must be >= 1, was " + capacity);
        this.rowPoints = rowPoints;
        this.rows = new long[capacity];
        this.sessionStarts = new long[capacity];
        this.sessionEnds = new long[capacity];
    }

    /**
     * Adds the POC (points) of the session {@code [sessionStartMs, sessionEndMs)}. Breaks price
     * continuity: the next price touches levels only by landing in their rows.
     */
    public void add(long pocPrice, long sessionStartMs, long sessionEndMs) {
        if (size == rows.length) {
            removeAt(0);
            dropped++;
        }
        rows[size] = Math.floorDiv(pocPrice, rowPoints);
        sessionStarts[size] = sessionStartMs;
        sessionEnds[size] = sessionEndMs;
        size++;
        continuous = false;
    }

    /** Observes a traded (or flow) price in points. O(1) with no division while no level is touched. */
    public void onPrice(long price) {
        if (continuous && price < abovePrice && price >= belowPrice) {
            currentPrice = price;
            return;
        }
        touch(Math.floorDiv(price, rowPoints), price);
    }

    /** Observes a price given by its row number ({@code floorDiv(price, rowPoints)}). */
    public void onRow(long row) {
        if (continuous && row < nextAbove && row > nextBelow) {
            currentPrice = row * rowPoints;
            return;
        }
        touch(row, row * rowPoints);
    }

    private void touch(long row, long price) {
        if (continuous) {
            long currentRow = Math.floorDiv(currentPrice, rowPoints);
            removeBetween(Math.min(currentRow, row), Math.max(currentRow, row));
        } else {
            removeBetween(row, row);
            continuous = true;
        }
        currentPrice = price;
        long above = Long.MAX_VALUE;
        long below = Long.MIN_VALUE;
        for (int i = 0; i < size; i++) {
            long r = rows[i];
            if (r > row && r < above) above = r;
            if (r < row && r > below) below = r;
        }
        nextAbove = above;
        nextBelow = below;
        abovePrice = above == Long.MAX_VALUE ? Long.MAX_VALUE : above * rowPoints;
        belowPrice = below == Long.MIN_VALUE ? Long.MIN_VALUE : (below + 1) * rowPoints;
    }

    private void removeBetween(long lo, long hi) {
        for (int i = size - 1; i >= 0; i--) {
            if (rows[i] >= lo && rows[i] <= hi) {
                removeAt(i);
                touched++;
            }
        }
    }

    private void removeAt(int i) {
        int tail = size - i - 1;
        System.arraycopy(rows, i + 1, rows, i, tail);
        System.arraycopy(sessionStarts, i + 1, sessionStarts, i, tail);
        System.arraycopy(sessionEnds, i + 1, sessionEnds, i, tail);
        size--;
    }

    /** Forgets every level. */
    public void clear() {
        size = 0;
        continuous = false;
        nextAbove = Long.MAX_VALUE;
        nextBelow = Long.MIN_VALUE;
        abovePrice = Long.MAX_VALUE;
        belowPrice = Long.MIN_VALUE;
    }

    /** Number of naked POCs held, oldest first. */
    public int size() { return size; }

    /** Row low edge in points of level {@code i} (0 = oldest). */
    public long price(int i) { return rows[check(i)] * rowPoints; }

    /** Start (ms UTC) of the session whose POC level {@code i} is. */
    public long sessionStartMs(int i) { return sessionStarts[check(i)]; }

    /** End (ms UTC, exclusive) of the session whose POC level {@code i} is. */
    public long sessionEndMs(int i) { return sessionEnds[check(i)]; }

    private int check(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException("level " + i + " of " + size);
        return i;
    }

    /** The nearest naked POC (row low edge, points) strictly above {@code price}'s row, or {@link VolumeProfile#NO_PRICE}. */
    public long nearestAbove(long price) {
        long row = Math.floorDiv(price, rowPoints);
        long best = Long.MAX_VALUE;
        for (int i = 0; i < size; i++) if (rows[i] > row && rows[i] < best) best = rows[i];
        return best == Long.MAX_VALUE ? VolumeProfile.NO_PRICE : best * rowPoints;
    }

    /** The nearest naked POC (row low edge, points) strictly below {@code price}'s row, or {@link VolumeProfile#NO_PRICE}. */
    public long nearestBelow(long price) {
        long row = Math.floorDiv(price, rowPoints);
        long best = Long.MIN_VALUE;
        for (int i = 0; i < size; i++) if (rows[i] < row && rows[i] > best) best = rows[i];
        return best == Long.MIN_VALUE ? VolumeProfile.NO_PRICE : best * rowPoints;
    }

    /** Levels removed because price traded at them. */
    public long touched() { return touched; }

    /** Levels dropped because the capacity was reached. */
    public long dropped() { return dropped; }

    /** Row height in points. */
    public long rowPoints() { return rowPoints; }
}
