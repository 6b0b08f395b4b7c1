package io.orderflow.flow;

import java.util.Arrays;

import io.orderflow.profile.DeferredVolume;
import io.orderflow.profile.PriceRowIndex;
import io.orderflow.profile.VolumeProfile;

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
 *
 * <p>As a {@link DeferredVolume} it hands a session profile with the same rows the volume added
 * since the last hand-over ({@link #moveInto}), so that the profile need not be updated per event;
 * {@link #clear()} (and so {@link #closeBar}) forgets volume not yet moved, so its owner moves it
 * first.
 */
public final class Footprint implements DeferredVolume {
    private final FootprintSettings settings;
    private final long rowPoints;
    // rowPoints + Long.MIN_VALUE: x - low in [0, rowPoints) exactly when x - low + MIN_VALUE < rowLimit
    private final long rowLimit;
    private final PriceRowIndex index;
    // per row three cells [sell, unclassified, buy] at 3·idx + side + 1: one branch-free update per event
    private double[] cells;
    // the part of each cell already handed over by moveInto, and the events count at that moment
    private double[] moved;
    // rows handed over at least once: a row whose events all had zero volume is still occupied
    private boolean[] rowMoved;
    private int eventsMoved;
    private long cachedLow = Long.MAX_VALUE;
    private int cachedIdx = -1;
    private long cachedLow2 = Long.MAX_VALUE;
    private int cachedIdx2 = -1;
    private long lastPrice;
    private int events;
    // scratch of closeBar: internal row index per sorted position
    private int[] order = new int[64];

    /**
     * @param settings     rows and signal rules
     * @param expectedRows rows one bar is sized for (grows beyond, allocating)
     */
    public Footprint(FootprintSettings settings, int expectedRows) {
        this.settings = settings;
        this.rowPoints = settings.rowPoints();
        this.rowLimit = rowPoints + Long.MIN_VALUE;
        this.index = new PriceRowIndex(expectedRows);
        cells = new double[3 * index.capacity()];
        moved = new double[cells.length];
        rowMoved = new boolean[index.capacity()];
    }

    /** Adds {@code volume} at {@code price} (points) on {@code side} (+1 buy, -1 sell, 0 unclassified). */
    public void add(long price, double volume, int side) {
        // off in [0, rowPoints) as one unsigned comparison (rowPoints > 0)
        int idx;
        if (price - cachedLow + Long.MIN_VALUE < rowLimit) idx = cachedIdx;
        else if (price - cachedLow2 + Long.MIN_VALUE < rowLimit) idx = cachedIdx2;
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
        moved = Arrays.copyOf(moved, cells.length);
        rowMoved = Arrays.copyOf(rowMoved, index.capacity());
    }

    /**
     * Returns the footprint of the bar {@code [startMs, endMs)} (ms UTC) with its signals, and
     * clears this footprint for the next bar.
     */
    public FootprintBar closeBar(long startMs, long endMs) {
        int n = index.size();
        long[] keys = new long[n];
        int[] order = sortedRows(keys, n);
        double[] b = new double[n];
        double[] s = new double[n];
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            int c = 3 * order[i];
            s[i] = cells[c];
            b[i] = cells[c + 2];
            t[i] = cells[c] + cells[c + 1] + cells[c + 2];
        }
        FootprintBar bar = new FootprintBar(startMs, endMs, settings, keys, b, s, t, lastPrice, events);
        clear();
        return bar;
    }

    /**
     * Fills {@code keys} with the bar's row numbers in ascending order and returns, per position,
     * the row's internal index. A bar has few rows: insertion sort of (row, index) pairs, in a
     * scratch array kept between bars; many rows sort the keys and look the indices up.
     */
    private int[] sortedRows(long[] keys, int n) {
        if (order.length < n) order = new int[Math.max(n, 2 * order.length)];
        int[] ord = order;
        if (n <= INSERTION_SORT_ROWS) {
            for (int i = 0; i < n; i++) {
                long k = index.keyAt(i);
                int j = i;
                while (j > 0 && keys[j - 1] > k) {
                    keys[j] = keys[j - 1];
                    ord[j] = ord[j - 1];
                    j--;
                }
                keys[j] = k;
                ord[j] = i;
            }
        } else {
            for (int i = 0; i < n; i++) keys[i] = index.keyAt(i);
            Arrays.sort(keys, 0, n);
            for (int i = 0; i < n; i++) ord[i] = index.indexOf(keys[i]);
        }
        return ord;
    }

    private static final int INSERTION_SORT_ROWS = 32;

    /** Empties the bar in progress, keeping the storage. */
    public void clear() {
        int n = index.size();
        Arrays.fill(cells, 0, 3 * n, 0);
        Arrays.fill(moved, 0, 3 * n, 0);
        Arrays.fill(rowMoved, 0, n, false);
        eventsMoved = 0;
        index.clear();
        cachedLow = Long.MAX_VALUE;
        cachedIdx = -1;
        cachedLow2 = Long.MAX_VALUE;
        cachedIdx2 = -1;
        events = 0;
    }

    /**
     * Adds to {@code target} each cell's growth since the previous call (or since the bar began):
     * at the row's low edge, on the cell's side. {@code target} must have this footprint's rows.
     * O(rows) when events arrived since the previous call, O(1) otherwise.
     */
    @Override
    public void moveInto(VolumeProfile target) {
        if (events == eventsMoved) return;
        if (target.rowPoints() != rowPoints) {
            throw new IllegalArgumentException("profile rows of " + target.rowPoints() + " points, footprint rows of "
                    + rowPoints);
        }
        double[] c = cells;
        double[] m = moved;
        for (int i = 0, n = index.size(); i < n; i++) {
            long low = index.keyAt(i) * rowPoints;
            boolean first = !rowMoved[i];
            rowMoved[i] = true;
            for (int k = 3 * i, side = -1; side <= 1; k++, side++) {
                double grown = c[k] - m[k];
                if (grown != 0 || first) {
                    target.add(low, grown, side);
                    m[k] = c[k];
                }
            }
        }
        eventsMoved = events;
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
