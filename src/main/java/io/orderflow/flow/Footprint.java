package io.orderflow.flow;

import java.util.Arrays;

import io.orderflow.profile.PriceRowIndex;

/**
 * Volume at price within the bar in progress (a footprint / cluster / numbers bar): buy, sell and
 * total volume per row of {@code rowPoints} points. At {@link #closeBar} it yields an immutable
 * {@link FootprintBar} with diagonal imbalances, stacked-imbalance zones, absorption and
 * exhaustion (rules in {@link FootprintSettings}) and clears itself without reallocating.
 *
 * <p>A price {@code p} (points) lands in row {@code floorDiv(p, rowPoints)}, reported by its low
 * edge. Sides as {@link Aggressor}; unclassified volume counts in the total only (a row's total is
 * sell + unclassified + buy, summed in that order). Volumes in the
 * proxy's unit.
 *
 * <p>{@link #add} is O(1) and allocation-free: a primitive open-addressing map ({@link PriceRowIndex})
 * sized at construction, with the last two rows cached. {@link #closeBar} is O(rows · log rows) and
 * allocates the result. Not thread-safe: single-threaded by contract.
 */
public final class Footprint {
    private final FootprintSettings settings;
    private final long rowPoints;
    private final PriceRowIndex index;
    // per row three cells [sell, unclassified, buy] at 3·idx + side + 1: one branch-free update per event
    private double[] cells;
    private long cachedLow = Long.MAX_VALUE;
    private int cachedIdx = -1;
    private long cachedLow2 = Long.MAX_VALUE;
    private int cachedIdx2 = -1;
    private long lastPrice;
    private int events;

    /**
     * @param settings     rows and signal rules
     * @param expectedRows rows one bar is sized for (grows beyond, allocating)
     */
    public Footprint(FootprintSettings settings, int expectedRows) {
        this.settings = settings;
        this.rowPoints = settings.rowPoints();
        this.index = new PriceRowIndex(expectedRows);
        cells = new double[3 * index.capacity()];
    }

    /** Adds {@code volume} at {@code price} (points) on {@code side} (+1 buy, -1 sell, 0 unclassified). */
    public void add(long price, double volume, int side) {
        int idx;
        long off = price - cachedLow;
        long off2 = price - cachedLow2;
        if (off >= 0 && off < rowPoints) idx = cachedIdx;
        else if (off2 >= 0 && off2 < rowPoints) idx = cachedIdx2;
        else idx = lookUp(price);
        cells[3 * idx + Integer.signum(side) + 1] += volume;
        lastPrice = price;
        events++;
    }

    /** Row index of {@code price} when neither cached row holds it (kept out of {@link #add} so that inlines). */
    private int lookUp(long price) {
        long row = Math.floorDiv(price, rowPoints);
        int idx = index.getOrAdd(row);
        if (3 * idx >= cells.length) grow();
        cachedLow2 = cachedLow;
        cachedIdx2 = cachedIdx;
        cachedLow = row * rowPoints;
        cachedIdx = idx;
        return idx;
    }


    private void grow() {
        cells = Arrays.copyOf(cells, 3 * index.capacity());
    }

    /**
     * Returns the footprint of the bar {@code [startMs, endMs)} (ms UTC) with its signals, and
     * clears this footprint for the next bar.
     */
    public FootprintBar closeBar(long startMs, long endMs) {
        int n = index.size();
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) keys[i] = index.keyAt(i);
        Arrays.sort(keys);
        double[] b = new double[n];
        double[] s = new double[n];
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            int c = 3 * index.indexOf(keys[i]);
            s[i] = cells[c];
            b[i] = cells[c + 2];
            t[i] = cells[c] + cells[c + 1] + cells[c + 2];
        }
        FootprintBar bar = new FootprintBar(startMs, endMs, settings, keys, b, s, t, lastPrice, events);
        clear();
        return bar;
    }

    /** Empties the bar in progress, keeping the storage. */
    public void clear() {
        int n = index.size();
        Arrays.fill(cells, 0, 3 * n, 0);
        index.clear();
        cachedLow = Long.MAX_VALUE;
        cachedIdx = -1;
        cachedLow2 = Long.MAX_VALUE;
        cachedIdx2 = -1;
        events = 0;
    }

    /** Occupied rows in the bar in progress. */
    public int rowCount() { return index.size(); }

    /** Events in the bar in progress. */
    public int events() { return events; }

    /** Total volume in the row of {@code price} in the bar in progress. */
    public double volumeAt(long price) {
        int i = index.indexOf(Math.floorDiv(price, rowPoints));
        return i < 0 ? 0 : cells[3 * i] + cells[3 * i + 1] + cells[3 * i + 2];
    }

    /** Buy volume in the row of {@code price} in the bar in progress. */
    public double buyVolumeAt(long price) {
        int i = index.indexOf(Math.floorDiv(price, rowPoints));
        return i < 0 ? 0 : cells[3 * i + 2];
    }

    /** Sell volume in the row of {@code price} in the bar in progress. */
    public double sellVolumeAt(long price) {
        int i = index.indexOf(Math.floorDiv(price, rowPoints));
        return i < 0 ? 0 : cells[3 * i];
    }

    /** Rows and signal rules. */
    public FootprintSettings settings() { return settings; }
}
