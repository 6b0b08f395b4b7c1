package io.orderflow.profile;

import java.util.Arrays;

/**
 * Volume at price in rows of {@code rowPoints} points: buy, sell and total volume per row, with the
 * point of control, value area and volume nodes computed on demand.
 *
 * <p>A price {@code p} (points) falls in row {@code floorDiv(p, rowPoints)}, whose low edge
 * {@code row · rowPoints} is the row's price everywhere in this API. The side of an added volume
 * is {@code +1} buy, {@code -1} sell, {@code 0} unclassified (counted in the total only), so
 * {@code total = sell + unclassified + buy} (summed in that order). Volumes are in the caller's unit (traded size, or a
 * volume proxy for FX — see {@code io.orderflow.flow.VolumeProxy}).
 *
 * <p>Cost: {@link #add} is O(1) with no allocation (a primitive open-addressing map, see
 * {@link PriceRowIndex}; the last two rows are cached, so prices alternating between the ask's
 * and the bid's row skip the lookup). Queries ({@link #pocPrice()}, {@link #valueArea}, {@link #nodes()}) are O(rows in range)
 * and reuse a scratch array; those returning objects allocate one result. {@link #clear()} keeps
 * all storage. This is the store behind the session, rolling-window and fixed-range profiles.
 *
 * <p>Not thread-safe: single-threaded by contract (JForex calls strategies on one thread).
 */
public final class VolumeProfile {
    /** Returned by price queries on an empty profile. */
    public static final long NO_PRICE = Long.MIN_VALUE;
    /**
     * Most rows from the lowest to the highest price the dense queries (POC, value area, nodes,
     * {@link #volumes}) accept: 4,000,000 rows, 32 MB of doubles — e.g. BTCUSD from 1,000 to
     * 400,000 USD in rows of one point. Beyond it they throw {@link PriceRangeException}.
     */
    public static final int MAX_ROWS = 4_000_000;
    /** Default value-area share. */
    public static final double DEFAULT_VALUE_AREA_SHARE = 0.70;

    private final long rowPoints;
    // rowPoints + Long.MIN_VALUE: x - low in [0, rowPoints) exactly when x - low + MIN_VALUE < rowLimit
    private final long rowLimit;
    private final PriceRowIndex index;
    // per row three cells [sell, unclassified, buy] at 3·idx + side + 1: one branch-free update per event
    private double[] cells;
    // a row is live from its first event until clear() (or, in a rolling window, until its last event left)
    private boolean[] live;
    private long lowRow = Long.MAX_VALUE;
    private long highRow = Long.MIN_VALUE;
    private boolean boundsDirty;
    private int liveRows;
    // two-row cache (quote flow alternates between the ask's and the bid's row): prices in
    // [cachedLow, cachedLow + rowPoints) map to cachedIdx, likewise for the second entry
    private long cachedLow = Long.MAX_VALUE;
    private int cachedIdx = -1;
    private long cachedLow2 = Long.MAX_VALUE;
    private int cachedIdx2 = -1;
    private double[] scratch = new double[64];

    /**
     * @param rowPoints    row height in points (at least 1)
     * @param expectedRows rows the profile is sized for (it grows beyond, allocating)
     */
    public VolumeProfile(long rowPoints, int expectedRows) {
        if (rowPoints < 1) throw new IllegalArgumentException("rowPoints must be >= 1, was " + rowPoints);
        this.rowPoints = rowPoints;
        this.rowLimit = rowPoints + Long.MIN_VALUE;
        this.index = new PriceRowIndex(expectedRows);
        int cap = index.capacity();
        cells = new double[3 * cap];
        live = new boolean[cap];
    }

    /** Row height in points. */
    public long rowPoints() { return rowPoints; }

    /** Row number of a price in points. */
    public long rowOf(long price) { return Math.floorDiv(price, rowPoints); }

    /** Low edge in points of the row holding {@code price}. */
    public long rowPriceOf(long price) { return Math.floorDiv(price, rowPoints) * rowPoints; }

    /**
     * Adds {@code volume} at {@code price} (points) on {@code side} (+1 buy, -1 sell, 0
     * unclassified). O(1), allocation-free.
     *
     * @return the row's internal index (stable until {@link #clear()}), for callers that remove
     *         the volume later
     */
    public int add(long price, double volume, int side) {
        // off in [0, rowPoints) as one unsigned comparison (rowPoints > 0)
        int idx;
        if (price - cachedLow + Long.MIN_VALUE < rowLimit) idx = cachedIdx;
        else if (price - cachedLow2 + Long.MIN_VALUE < rowLimit) idx = cachedIdx2;
        else idx = lookUp(price);
        cells[3 * idx + Integer.signum(side) + 1] += volume;
        return idx;
    }

    /** Row index of {@code price} when neither cached row holds it (kept out of {@link #add} so that inlines). */
    private int lookUp(long price) {
        long row = Math.floorDiv(price, rowPoints);
        int idx = index.getOrAdd(row);
        if (idx >= live.length) grow();
        cachedLow2 = cachedLow;
        cachedIdx2 = cachedIdx;
        cachedLow = row * rowPoints;
        cachedIdx = idx;
        if (!live[idx]) {
            live[idx] = true;
            liveRows++;
            if (row < lowRow) lowRow = row;
            if (row > highRow) highRow = row;
        }
        return idx;
    }


    /** Subtracts a volume earlier {@link #add added} at row index {@code idx} with the same side. */
    void subtract(int idx, double volume, int side) {
        cells[3 * idx + Integer.signum(side) + 1] -= volume;
    }

    /**
     * Empties row {@code idx} (its last contribution left a rolling window): its volumes become
     * exactly zero, without rounding residue, and it no longer counts as occupied.
     */
    void clearRow(int idx) {
        cells[3 * idx] = 0;
        cells[3 * idx + 1] = 0;
        cells[3 * idx + 2] = 0;
        if (live[idx]) {
            live[idx] = false;
            liveRows--;
            boundsDirty = true;
        }
        if (cachedIdx == idx) {
            cachedLow = Long.MAX_VALUE;
            cachedIdx = -1;
        }
        if (cachedIdx2 == idx) {
            cachedLow2 = Long.MAX_VALUE;
            cachedIdx2 = -1;
        }
    }

    private void grow() {
        int cap = index.capacity();
        cells = Arrays.copyOf(cells, 3 * cap);
        live = Arrays.copyOf(live, cap);
    }

    /** Row number held at internal index {@code idx} (as returned by {@link #add}). */
    long rowKeyAt(int idx) {
        return index.keyAt(idx);
    }

    /** Empties the profile, keeping its storage. */
    public void clear() {
        int n = index.size();
        Arrays.fill(cells, 0, 3 * n, 0);
        Arrays.fill(live, 0, n, false);
        index.clear();
        lowRow = Long.MAX_VALUE;
        highRow = Long.MIN_VALUE;
        boundsDirty = false;
        liveRows = 0;
        cachedLow = Long.MAX_VALUE;
        cachedIdx = -1;
        cachedLow2 = Long.MAX_VALUE;
        cachedIdx2 = -1;
    }

    /** True when no row holds an event. */
    public boolean isEmpty() { return liveRows == 0; }

    /** Total volume (buy + sell + unclassified). O(rows). */
    public double totalVolume() {
        double s = 0;
        for (int i = 0, n = index.size(); i < n; i++) s += rowTotal(i);
        return s;
    }

    /** Buy volume. O(rows). */
    public double buyVolume() { return sum(2); }

    /** Sell volume. O(rows). */
    public double sellVolume() { return sum(0); }

    /** Buy minus sell volume. O(rows). */
    public double delta() { return buyVolume() - sellVolume(); }

    private double sum(int cell) {
        double s = 0;
        for (int i = 0, n = index.size(); i < n; i++) s += cells[3 * i + cell];
        return s;
    }

    /** A row's total: sell + unclassified + buy, summed in that order. */
    private double rowTotal(int idx) {
        return cells[3 * idx] + cells[3 * idx + 1] + cells[3 * idx + 2];
    }

    private void fixBounds() {
        if (!boundsDirty) return;
        long lo = Long.MAX_VALUE;
        long hi = Long.MIN_VALUE;
        for (int i = 0, n = index.size(); i < n; i++) {
            if (live[i]) {
                long r = index.keyAt(i);
                if (r < lo) lo = r;
                if (r > hi) hi = r;
            }
        }
        lowRow = lo;
        highRow = hi;
        boundsDirty = false;
    }

    /** Low edge in points of the lowest occupied row, or {@link #NO_PRICE}. */
    public long lowPrice() {
        if (isEmpty()) return NO_PRICE;
        fixBounds();
        return lowRow * rowPoints;
    }

    /** Low edge in points of the highest occupied row, or {@link #NO_PRICE}. */
    public long highPrice() {
        if (isEmpty()) return NO_PRICE;
        fixBounds();
        return highRow * rowPoints;
    }

    /** Rows from the lowest to the highest occupied row, inclusive (0 when empty). */
    public int rowCount() {
        if (isEmpty()) return 0;
        fixBounds();
        long n = highRow - lowRow + 1;
        if (n > MAX_ROWS) {
            throw new PriceRangeException("the volume profile would span " + n + " rows of " + rowPoints
                    + " points (prices " + lowRow * rowPoints + " to " + highRow * rowPoints + " points), more than the "
                    + MAX_ROWS + " rows it may hold: the prices cover an implausible range");
        }
        return (int) n;
    }

    private int idxOfPrice(long price) {
        int idx = index.indexOf(Math.floorDiv(price, rowPoints));
        return idx >= 0 && live[idx] ? idx : -1;
    }

    /** Total volume in the row holding {@code price} (0 when none). */
    public double volumeAt(long price) {
        int i = idxOfPrice(price);
        return i < 0 ? 0 : rowTotal(i);
    }

    /** Buy volume in the row holding {@code price}. */
    public double buyVolumeAt(long price) {
        int i = idxOfPrice(price);
        return i < 0 ? 0 : cells[3 * i + 2];
    }

    /** Sell volume in the row holding {@code price}. */
    public double sellVolumeAt(long price) {
        int i = idxOfPrice(price);
        return i < 0 ? 0 : cells[3 * i];
    }

    /**
     * Copies the total volume of every row from {@link #lowPrice()} to {@link #highPrice()} into
     * {@code into} (index 0 = lowest row; rows without volume hold 0), growing it if needed.
     *
     * @return the array written (for {@link #rowCount()} rows)
     */
    public double[] volumes(double[] into) {
        int n = rowCount();
        double[] out = into == null || into.length < n ? new double[Math.max(n, 1)] : into;
        Arrays.fill(out, 0, n, 0);
        long lo = lowRow;
        for (int i = 0, m = index.size(); i < m; i++) {
            if (live[i]) out[(int) (index.keyAt(i) - lo)] = rowTotal(i);
        }
        return out;
    }

    private double[] dense() {
        scratch = volumes(scratch);
        return scratch;
    }

    /**
     * Point of control: low edge (points) of the row with the most volume; ties go to the row
     * closest to the middle of the range, then the lower. {@link #NO_PRICE} when empty. O(rows).
     */
    public long pocPrice() {
        if (isEmpty()) return NO_PRICE;
        double[] d = dense();
        return (lowRow + ValueArea.pocIndex(d, rowCount())) * rowPoints;
    }

    /** The value area holding {@code share} of the volume, or null when empty. O(rows). */
    public ValueArea valueArea(double share, ValueAreaMethod method, ValueAreaMethod.Tie tie) {
        ValueArea.checkShare(share);
        if (isEmpty()) return null;
        double[] d = dense();
        return ValueArea.compute(d, rowCount(), lowRow * rowPoints, rowPoints, share, method, tie);
    }

    /** The value area with the method's default tie rule, or null when empty. */
    public ValueArea valueArea(double share, ValueAreaMethod method) {
        return valueArea(share, method, method.defaultTie());
    }

    /** The 70% value area grown one row at a time, or null when empty. */
    public ValueArea valueArea() {
        return valueArea(DEFAULT_VALUE_AREA_SHARE, ValueAreaMethod.ONE_ROW);
    }

    /** High- and low-volume nodes with the default parameters ({@link VolumeNodes}). */
    public VolumeNodes nodes() {
        return nodes(VolumeNodes.DEFAULT_SMOOTHING_ROWS, VolumeNodes.DEFAULT_NEIGHBOUR_ROWS,
                VolumeNodes.DEFAULT_HVN_FACTOR, VolumeNodes.DEFAULT_LVN_FACTOR);
    }

    /** High- and low-volume nodes ({@link VolumeNodes#find} for the parameters). */
    public VolumeNodes nodes(int smoothingRows, int neighbourRows, double hvnFactor, double lvnFactor) {
        if (isEmpty()) {
            return VolumeNodes.find(new double[0], 0, 0, rowPoints, smoothingRows, neighbourRows, hvnFactor, lvnFactor);
        }
        double[] d = dense();
        return VolumeNodes.find(d, rowCount(), lowRow * rowPoints, rowPoints, smoothingRows, neighbourRows, hvnFactor,
                lvnFactor);
    }

    @Override
    public String toString() {
        return isEmpty() ? "VolumeProfile{empty}"
                : "VolumeProfile{" + (highPrice() / rowPoints - lowPrice() / rowPoints + 1) + " rows of " + rowPoints + " pts from " + lowPrice() + ", volume "
                        + totalVolume() + "}";
    }
}
