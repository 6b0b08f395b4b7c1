package io.orderflow.profile;

import java.util.Arrays;

/**
 * High- and low-volume nodes (HVN, LVN) of a profile: peaks and valleys of its volume curve.
 *
 * <p>Definition. The row volumes are first smoothed with a centred moving average over
 * {@code smoothingRows} rows (odd; 1 = no smoothing; the window is cut at the profile's edges).
 * With {@code s} the smoothed curve, {@code k = neighbourRows} and {@code m} the mean of {@code s}:
 * <ul>
 *   <li>row {@code i} is an <b>HVN</b> when {@code s[i] >= s[j]} for every row within {@code k}
 *   rows, it is the first row of a plateau ({@code i == 0 || s[i] > s[i-1]}), and
 *   {@code s[i] >= hvnFactor · m};</li>
 *   <li>row {@code i} is an <b>LVN</b> when it has {@code k} rows on both sides,
 *   {@code s[i] <= s[j]} for every row within {@code k} rows, it is the first row of a plateau
 *   ({@code s[i] < s[i-1]}), and {@code s[i] <= lvnFactor · m}.</li>
 * </ul>
 * Defaults: smoothing 3 rows, neighbourhood 2 rows, HVN at least the mean, LVN at most half the
 * mean. Prices are row low edges in points.
 *
 * <p>Immutable, thread-safe.
 */
public final class VolumeNodes {
    /** Default smoothing window in rows. */
    public static final int DEFAULT_SMOOTHING_ROWS = 3;
    /** Default neighbourhood (rows each side). */
    public static final int DEFAULT_NEIGHBOUR_ROWS = 2;
    /** Default HVN threshold as a multiple of the mean smoothed row volume. */
    public static final double DEFAULT_HVN_FACTOR = 1.0;
    /** Default LVN threshold as a multiple of the mean smoothed row volume. */
    public static final double DEFAULT_LVN_FACTOR = 0.5;

    private final long[] highNodes;
    private final long[] lowNodes;

    private VolumeNodes(long[] highNodes, long[] lowNodes) {
        this.highNodes = highNodes;
        this.lowNodes = lowNodes;
    }

    /** Nodes of a dense profile with the default parameters. */
    public static VolumeNodes find(double[] volumes, int rows, long lowRowPrice, long rowPoints) {
        return find(volumes, rows, lowRowPrice, rowPoints, DEFAULT_SMOOTHING_ROWS, DEFAULT_NEIGHBOUR_ROWS,
                DEFAULT_HVN_FACTOR, DEFAULT_LVN_FACTOR);
    }

    /**
     * Nodes of a dense profile.
     *
     * @param volumes       volume per row, index 0 = lowest
     * @param rows          rows used
     * @param lowRowPrice   price of row 0 in points
     * @param rowPoints     row height in points
     * @param smoothingRows odd window of the centred moving average (1 = none)
     * @param neighbourRows rows on each side a node must dominate (at least 1)
     * @param hvnFactor     HVN threshold, multiple of the mean smoothed volume
     * @param lvnFactor     LVN threshold, multiple of the mean smoothed volume
     */
    public static VolumeNodes find(double[] volumes, int rows, long lowRowPrice, long rowPoints, int smoothingRows,
                                   int neighbourRows, double hvnFactor, double lvnFactor) {
        if (smoothingRows < 1 || smoothingRows % 2 == 0) {
            throw new IllegalArgumentException("smoothingRows must be odd and >= 1, was " + smoothingRows);
        }
        if (neighbourRows < 1) throw new IllegalArgumentException("neighbourRows must be >= 1, was " + neighbourRows);
        if (rows <= 0) return new VolumeNodes(new long[0], new long[0]);
        double[] s = new double[rows];
        int half = smoothingRows / 2;
        double mean = 0;
        for (int i = 0; i < rows; i++) {
            int a = Math.max(0, i - half);
            int b = Math.min(rows - 1, i + half);
            double sum = 0;
            for (int j = a; j <= b; j++) sum += volumes[j];
            s[i] = sum / (b - a + 1);
            mean += s[i];
        }
        mean /= rows;
        long[] hi = new long[rows];
        long[] lo = new long[rows];
        int nh = 0;
        int nl = 0;
        for (int i = 0; i < rows; i++) {
            int a = Math.max(0, i - neighbourRows);
            int b = Math.min(rows - 1, i + neighbourRows);
            boolean isMax = true;
            boolean isMin = true;
            for (int j = a; j <= b; j++) {
                if (s[j] > s[i]) isMax = false;
                if (s[j] < s[i]) isMin = false;
            }
            if (isMax && (i == 0 || s[i] > s[i - 1]) && s[i] >= hvnFactor * mean && s[i] > 0) {
                hi[nh++] = lowRowPrice + i * rowPoints;
            }
            boolean interior = i - neighbourRows >= 0 && i + neighbourRows <= rows - 1;
            if (interior && isMin && s[i] < s[i - 1] && s[i] <= lvnFactor * mean) {
                lo[nl++] = lowRowPrice + i * rowPoints;
            }
        }
        return new VolumeNodes(Arrays.copyOf(hi, nh), Arrays.copyOf(lo, nl));
    }

    /** HVN row prices in points, ascending. */
    public long[] highNodes() { return highNodes.clone(); }

    /** LVN row prices in points, ascending. */
    public long[] lowNodes() { return lowNodes.clone(); }

    /** Number of HVNs. */
    public int highNodeCount() { return highNodes.length; }

    /** Number of LVNs. */
    public int lowNodeCount() { return lowNodes.length; }

    /** HVN {@code i} (ascending), row low edge in points. */
    public long highNode(int i) { return highNodes[i]; }

    /** LVN {@code i} (ascending), row low edge in points. */
    public long lowNode(int i) { return lowNodes[i]; }

    @Override
    public String toString() {
        return "VolumeNodes{HVN " + Arrays.toString(highNodes) + ", LVN " + Arrays.toString(lowNodes) + "}";
    }
}
