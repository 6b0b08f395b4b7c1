package io.orderflow.strategy.readings;

/**
 * Volume at price for one session, in rows of {@code rowPoints} points, with the point of control,
 * the value area and high-volume nodes.
 *
 * <p>Row {@code r} covers prices {@code [r·rowPoints, (r+1)·rowPoints)} points and is reported by
 * its centre {@code r·rowPoints + rowPoints/2}. The caller decides what a unit of volume is (the
 * strategy adds one per tick at the mid: a tick-count profile, as FX tools use without prints).
 *
 * <p>Conventions (the ones {@code orderflow-reference.md} §a.3 asks to pin down):
 * <ul>
 * <li>POC: the row with the most volume; ties go to the lowest row.</li>
 * <li>Value area: starts at the POC and grows <em>one row at a time</em> toward the larger of the
 * next row above and the next row below (ties go up) until it holds at least the configured share
 * of the volume (fixture §b.9: VAL 102, VAH 104).</li>
 * <li>High-volume node: a row holding at least {@code hvnFraction} of the POC row's volume that is
 * strictly larger than every row up to {@code radius} rows below it and at least as large as every
 * row up to {@code radius} rows above it (so a plateau yields one node, its lowest row).</li>
 * </ul>
 *
 * <p>Adding volume is O(1) and allocation-free while the session's range fits the row array (it
 * grows by doubling, re-centred, when it does not — rare). Reading the POC, value area and nodes
 * scans the session's range: O(rows), done once per bar. Not thread-safe.
 */
public final class SessionProfile {
    private final long rowPoints;
    private final double valueAreaShare;
    private final double hvnFraction;
    private final int radius;

    private double[] volume;
    /** Row index of volume[0]. */
    private long baseRow;
    private int lo = Integer.MAX_VALUE;
    private int hi = Integer.MIN_VALUE;
    private double total;

    // results of the last compute()
    private int pocIdx = -1;
    private int vaLoIdx;
    private int vaHiIdx;

    public SessionProfile(long rowPoints, double valueAreaPercent, double hvnFraction, int hvnRadiusRows,
                          int initialRows) {
        if (rowPoints < 1) throw new IllegalArgumentException("rowPoints must be >= 1");
        if (!(valueAreaPercent > 0 && valueAreaPercent <= 100)) {
            throw new IllegalArgumentException("valueAreaPercent must be in (0, 100]");
        }
        this.rowPoints = rowPoints;
        this.valueAreaShare = valueAreaPercent / 100.0;
        this.hvnFraction = hvnFraction;
        this.radius = hvnRadiusRows;
        this.volume = new double[Math.max(16, initialRows)];
    }

    /** Row index holding {@code points}. */
    public long rowOf(long points) {
        return Math.floorDiv(points, rowPoints);
    }

    /** Centre of row {@code row}, points. */
    public long rowCentre(long row) {
        return row * rowPoints + rowPoints / 2;
    }

    public long rowPoints() { return rowPoints; }

    /** Adds {@code v} units of volume at {@code points}. */
    public void add(long points, double v) {
        long row = rowOf(points);
        if (total == 0 && lo > hi) {
            baseRow = row - volume.length / 2;
        }
        long idx = row - baseRow;
        if (idx < 0 || idx >= volume.length) {
            grow(row);
            idx = row - baseRow;
        }
        int i = (int) idx;
        volume[i] += v;
        total += v;
        if (i < lo) lo = i;
        if (i > hi) hi = i;
        pocIdx = -1;
    }

    private void grow(long row) {
        long newLo = Math.min(row, baseRow + lo);
        long newHi = Math.max(row, baseRow + hi);
        int size = volume.length;
        while (size < (newHi - newLo + 1) * 2) size *= 2;
        double[] bigger = new double[size];
        long newBase = newLo - (size - (newHi - newLo + 1)) / 2;
        if (lo <= hi) {
            System.arraycopy(volume, lo, bigger, (int) (baseRow + lo - newBase), hi - lo + 1);
            lo = (int) (baseRow + lo - newBase);
            hi = (int) (baseRow + hi - newBase);
        }
        volume = bigger;
        baseRow = newBase;
    }

    /** Total volume of the session. */
    public double total() { return total; }

    /** True when the session has volume. */
    public boolean isEmpty() { return total == 0; }

    /** Volume of the row holding {@code points}. */
    public double volumeAt(long points) {
        long idx = rowOf(points) - baseRow;
        return idx < 0 || idx >= volume.length ? 0 : volume[(int) idx];
    }

    /** Computes POC and value area (call after adding, before the getters). O(rows). */
    public void compute() {
        if (total == 0) {
            pocIdx = -1;
            return;
        }
        int poc = lo;
        for (int i = lo + 1; i <= hi; i++) {
            if (volume[i] > volume[poc]) poc = i;
        }
        double target = valueAreaShare * total;
        double inside = volume[poc];
        int a = poc;
        int b = poc;
        while (inside < target && (a > lo || b < hi)) {
            double up = b < hi ? volume[b + 1] : -1;
            double down = a > lo ? volume[a - 1] : -1;
            if (up >= down) {
                b++;
                inside += up;
            } else {
                a--;
                inside += down;
            }
        }
        pocIdx = poc;
        vaLoIdx = a;
        vaHiIdx = b;
    }

    private void needCompute() {
        if (pocIdx < 0) compute();
        if (pocIdx < 0) throw new IllegalStateException("empty profile");
    }

    /** POC row centre, points. */
    public long poc() {
        needCompute();
        return rowCentre(baseRow + pocIdx);
    }

    /** Value-area high (top row's centre), points. */
    public long valueAreaHigh() {
        needCompute();
        return rowCentre(baseRow + vaHiIdx);
    }

    /** Value-area low (bottom row's centre), points. */
    public long valueAreaLow() {
        needCompute();
        return rowCentre(baseRow + vaLoIdx);
    }

    /**
     * Writes the centres of up to {@code out.length} high-volume nodes strictly above (direction +1)
     * or strictly below (−1) the row of {@code points}, nearest first. Returns how many.
     */
    public int nodes(long points, int direction, long[] out) {
        if (total == 0) return 0;
        needCompute();
        double min = hvnFraction * volume[pocIdx];
        int from = (int) (rowOf(points) - baseRow);
        int n = 0;
        if (direction > 0) {
            for (int i = Math.max(lo, from + 1); i <= hi && n < out.length; i++) {
                if (isNode(i, min)) out[n++] = rowCentre(baseRow + i);
            }
        } else {
            for (int i = Math.min(hi, from - 1); i >= lo && n < out.length; i--) {
                if (isNode(i, min)) out[n++] = rowCentre(baseRow + i);
            }
        }
        return n;
    }

    private boolean isNode(int i, double min) {
        double v = volume[i];
        if (v < min || v <= 0) return false;
        for (int j = Math.max(lo, i - radius); j < i; j++) {
            if (volume[j] >= v) return false;
        }
        for (int j = i + 1; j <= Math.min(hi, i + radius); j++) {
            if (volume[j] > v) return false;
        }
        return true;
    }

    /** Empties the profile (start of a session). Keeps the row array. */
    public void clear() {
        if (lo <= hi) {
            for (int i = lo; i <= hi; i++) volume[i] = 0;
        }
        lo = Integer.MAX_VALUE;
        hi = Integer.MIN_VALUE;
        total = 0;
        pocIdx = -1;
    }
}
