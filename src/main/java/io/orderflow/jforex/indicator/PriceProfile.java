package io.orderflow.jforex.indicator;

import java.util.Arrays;

import io.orderflow.profile.ValueArea;
import io.orderflow.profile.ValueAreaMethod;

/**
 * Volume at price summed over bars: dense rows from the lowest to the highest occupied one, and its
 * value area by the core's {@link ValueArea#compute} (the same arithmetic as the strategy's session
 * profile). Prices in points. Not thread-safe; cheap to build per paint.
 */
public final class PriceProfile {
    private final long rowPoints;
    private long lowRow = Long.MAX_VALUE;
    private double[] volumes = new double[0];
    private int rows;
    private int bars;

    public PriceProfile(long rowPoints) {
        this.rowPoints = rowPoints;
    }

    /** Adds one bar's rows. */
    public void add(VapBar bar) {
        if (bar.rowCount() == 0) {
            bars++;
            return;
        }
        long lo = bar.rows[0];
        long hi = bar.rows[bar.rowCount() - 1];
        if (rows == 0) {
            lowRow = lo;
            rows = (int) (hi - lo + 1);
            volumes = new double[Math.max(16, rows)];
        } else if (lo < lowRow || hi >= lowRow + rows) {
            long newLow = Math.min(lowRow, lo);
            long newHigh = Math.max(lowRow + rows - 1, hi);
            int newRows = (int) (newHigh - newLow + 1);
            double[] v = new double[Math.max(newRows, volumes.length)];
            System.arraycopy(volumes, 0, v, (int) (lowRow - newLow), rows);
            volumes = v;
            lowRow = newLow;
            rows = newRows;
        }
        for (int i = 0; i < bar.rowCount(); i++) volumes[(int) (bar.rows[i] - lowRow)] += bar.volumes[i];
        bars++;
    }

    /** Becomes a copy of {@code other} (same row height). */
    public void copyFrom(PriceProfile other) {
        if (other.rowPoints != rowPoints) throw new IllegalArgumentException("row heights differ");
        if (volumes.length < other.volumes.length) volumes = new double[other.volumes.length];
        else Arrays.fill(volumes, 0);
        System.arraycopy(other.volumes, 0, volumes, 0, other.rows);
        lowRow = other.lowRow;
        rows = other.rows;
        bars = other.bars;
    }

    public void clear() {
        rows = 0;
        bars = 0;
        lowRow = Long.MAX_VALUE;
        Arrays.fill(volumes, 0);
    }

    public boolean isEmpty() { return rows == 0; }

    public int rows() { return rows; }

    /** Bars added. */
    public int bars() { return bars; }

    public long rowPoints() { return rowPoints; }

    /** Low edge of row {@code i} (0 = lowest), points. */
    public long rowPrice(int i) { return (lowRow + i) * rowPoints; }

    public double volume(int i) { return volumes[i]; }

    public double maxVolume() {
        double m = 0;
        for (int i = 0; i < rows; i++) m = Math.max(m, volumes[i]);
        return m;
    }

    /** The value area holding {@code share} of the volume, or null when empty. */
    public ValueArea valueArea(double share, ValueAreaMethod method) {
        return rows == 0 ? null : ValueArea.compute(volumes, rows, lowRow * rowPoints, rowPoints, share, method);
    }
}
