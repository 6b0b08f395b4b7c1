package io.orderflow.data.binance;

import java.util.Arrays;

/**
 * One side of a full order book: price levels (points) with their sizes, kept sorted best first
 * (bids descending, asks ascending) in primitive arrays. Setting a level is a binary search plus
 * an array shift, O(log n + n) with a small constant; it allocates only when the side outgrows its
 * capacity (doubling). Not thread-safe.
 */
public final class PriceLevels {
    private final boolean bids;
    private long[] keys;
    private double[] sizes;
    private int size;

    /** An empty side; {@code bids} selects descending price order. */
    public PriceLevels(boolean bids, int initialCapacity) {
        this.bids = bids;
        this.keys = new long[Math.max(16, initialCapacity)];
        this.sizes = new double[keys.length];
    }

    private long key(long price) {
        return bids ? price : -price;
    }

    /** Index of {@code key} in the descending keys, or {@code -(insertion point) - 1}. */
    private int find(long key) {
        int lo = 0, hi = size - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            long k = keys[mid];
            if (k > key) lo = mid + 1;
            else if (k < key) hi = mid - 1;
            else return mid;
        }
        return -(lo + 1);
    }

    /**
     * Sets the size at {@code price}; a size of 0 removes the level.
     *
     * @return false when asked to remove a level that is not there (normal on Binance)
     */
    public boolean set(long price, double sz) {
        long k = key(price);
        int i = find(k);
        if (sz == 0) {
            if (i < 0) return false;
            System.arraycopy(keys, i + 1, keys, i, size - i - 1);
            System.arraycopy(sizes, i + 1, sizes, i, size - i - 1);
            size--;
            return true;
        }
        if (i >= 0) {
            sizes[i] = sz;
            return true;
        }
        int at = -i - 1;
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            sizes = Arrays.copyOf(sizes, size * 2);
        }
        System.arraycopy(keys, at, keys, at + 1, size - at);
        System.arraycopy(sizes, at, sizes, at + 1, size - at);
        keys[at] = k;
        sizes[at] = sz;
        size++;
        return true;
    }

    /** Removes every level. */
    public void clear() {
        size = 0;
    }

    /** Number of levels. */
    public int size() { return size; }

    /** Price of level {@code i} (0 = best), points. */
    public long price(int i) {
        return bids ? keys[i] : -keys[i];
    }

    /** Size of level {@code i} (0 = best). */
    public double sizeAt(int i) { return sizes[i]; }

    /** Size at {@code price}, 0 if there is no such level. */
    public double sizeOf(long price) {
        int i = find(key(price));
        return i >= 0 ? sizes[i] : 0.0;
    }

    /** True for the bid side. */
    public boolean isBids() { return bids; }
}
