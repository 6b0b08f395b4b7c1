package io.orderflow.profile;

import java.util.Arrays;

/**
 * Open-addressing map from a price-row key ({@code long}) to a dense index {@code 0..size()-1},
 * the shape a volume-at-price table wants: callers keep their per-row values in plain arrays
 * indexed by the dense index, so nothing is boxed.
 *
 * <p>Keys are row numbers ({@code floorDiv(pricePoints, rowPoints)}); {@link Long#MIN_VALUE} is the
 * empty-slot sentinel and cannot be a key. Linear probing with Fibonacci hashing. Sized at
 * construction for {@code expectedRows}; {@link #clear()} empties it in O(size) without
 * reallocating. If more rows than that arrive the table doubles (an allocation, rare by
 * construction); {@link #capacity()} tells callers how large their value arrays must be.
 *
 * <p>O(1) expected per lookup, no allocation except when growing. Not thread-safe: one owner
 * thread.
 */
public final class PriceRowIndex {
    /** The empty-slot sentinel; not a valid key. */
    public static final long EMPTY = Long.MIN_VALUE;

    private long[] slots;
    private int[] slotIndex;
    private long[] keys;
    private int[] slotOfIndex;
    private int mask;
    private int shift;
    private int size;
    private int capacity;

    /** A map for about {@code expectedRows} rows before it has to grow (at least 8). */
    public PriceRowIndex(int expectedRows) {
        if (expectedRows < 1) throw new IllegalArgumentException("expectedRows must be >= 1, was " + expectedRows);
        allocate(Math.max(8, expectedRows));
    }

    private void allocate(int rows) {
        int tableSize = Integer.highestOneBit(Math.max(16, rows * 2 - 1)) << 1;
        slots = new long[tableSize];
        Arrays.fill(slots, EMPTY);
        slotIndex = new int[tableSize];
        mask = tableSize - 1;
        shift = 64 - Integer.numberOfTrailingZeros(tableSize);
        capacity = tableSize / 2;
        long[] oldKeys = keys;
        keys = new long[capacity];
        slotOfIndex = new int[capacity];
        if (oldKeys != null) {
            System.arraycopy(oldKeys, 0, keys, 0, size);
            for (int i = 0; i < size; i++) {
                int s = slotFor(keys[i]);
                slots[s] = keys[i];
                slotIndex[s] = i;
                slotOfIndex[i] = s;
            }
        }
    }

    private int home(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
    }

    private int slotFor(long key) {
        int s = home(key);
        while (slots[s] != EMPTY && slots[s] != key) s = (s + 1) & mask;
        return s;
    }

    /** Dense index of {@code key}, or -1 when absent. */
    public int indexOf(long key) {
        int s = home(key);
        while (true) {
            long k = slots[s];
            if (k == key) return slotIndex[s];
            if (k == EMPTY) return -1;
            s = (s + 1) & mask;
        }
    }

    /**
     * Dense index of {@code key}, adding it (as index {@link #size()}) when absent. After an add,
     * {@link #capacity()} may have grown: callers resize their value arrays to it.
     */
    public int getOrAdd(long key) {
        if (key == EMPTY) throw new IllegalArgumentException("Long.MIN_VALUE is not a valid row key");
        int s = home(key);
        while (true) {
            long k = slots[s];
            if (k == key) return slotIndex[s];
            if (k == EMPTY) break;
            s = (s + 1) & mask;
        }
        if (size == capacity) {
            allocate(capacity * 2);
            s = slotFor(key);
        }
        int idx = size++;
        slots[s] = key;
        slotIndex[s] = idx;
        keys[idx] = key;
        slotOfIndex[idx] = s;
        return idx;
    }

    /** The key at dense index {@code index} (0..size-1). */
    public long keyAt(int index) {
        return keys[index];
    }

    /** Number of keys. */
    public int size() {
        return size;
    }

    /** Number of keys the map holds before it grows; value arrays must be at least this long. */
    public int capacity() {
        return capacity;
    }

    /** Removes every key in O(size), keeping the storage. */
    public void clear() {
        for (int i = 0; i < size; i++) slots[slotOfIndex[i]] = EMPTY;
        size = 0;
    }
}
