package io.orderflow.profile;

/**
 * A value area: the rows around the point of control (POC) that hold a target share of a
 * profile's volume (70% by default), grown by {@link ValueAreaMethod}.
 *
 * <p>Prices are the <em>low edge</em> of a row in points; a row spans
 * {@code [rowPrice, rowPrice + rowPoints)}. {@link #lowPrice()} is the VAL row,
 * {@link #highPrice()} the VAH row. Volumes are in the unit of the profile's input (traded size or
 * a named proxy).
 *
 * <p>POC ties: the row closest to the middle of the profile's row range; of two equally close
 * rows, the lower. Growth ties: see {@link ValueAreaMethod.Tie}. Rows without volume inside the
 * profile's range take part with volume 0; when one side has no rows left, the other side grows.
 *
 * <p>Immutable, thread-safe.
 */
public final class ValueArea {
    private final long pocPrice;
    private final long lowPrice;
    private final long highPrice;
    private final long rowPoints;
    private final double volume;
    private final double totalVolume;
    private final double targetShare;
    private final ValueAreaMethod method;
    private final ValueAreaMethod.Tie tie;

    /** A value area as described by the getters (prices are row low edges in points). */
    public ValueArea(long pocPrice, long lowPrice, long highPrice, long rowPoints, double volume, double totalVolume,
                     double targetShare, ValueAreaMethod method, ValueAreaMethod.Tie tie) {
        this.pocPrice = pocPrice;
        this.lowPrice = lowPrice;
        this.highPrice = highPrice;
        this.rowPoints = rowPoints;
        this.volume = volume;
        this.totalVolume = totalVolume;
        this.targetShare = targetShare;
        this.method = method;
        this.tie = tie;
    }

    /**
     * Computes the value area of a dense profile.
     *
     * @param volumes     volume per row, index 0 = lowest row; rows {@code 0..rows-1}
     * @param rows        number of rows used (at least 1)
     * @param lowRowPrice price in points of row 0's low edge
     * @param rowPoints   row height in points
     * @param share       target share of total volume, in (0, 1]
     * @param method      growth convention
     * @param tie         which side grows on equal volume
     */
    public static ValueArea compute(double[] volumes, int rows, long lowRowPrice, long rowPoints, double share,
                                    ValueAreaMethod method, ValueAreaMethod.Tie tie) {
        checkShare(share);
        if (rows < 1) throw new IllegalArgumentException("a value area needs at least one row");
        // one pass for the total (summed from row 0 up) and the POC (the rule of pocIndex)
        double total = 0;
        int poc = 0;
        double bestV = volumes[0];
        long bestDist = Math.abs(2L * 0 - (rows - 1));
        total += bestV;
        for (int i = 1; i < rows; i++) {
            double v = volumes[i];
            total += v;
            if (v > bestV) {
                poc = i;
                bestV = v;
                bestDist = Math.abs(2L * i - (rows - 1));
            } else if (v == bestV) {
                long dist = Math.abs(2L * i - (rows - 1));
                if (dist < bestDist) {
                    poc = i;
                    bestDist = dist;
                }
            }
        }
        double target = share * total;
        int lo = poc;
        int hi = poc;
        double acc = volumes[poc];
        boolean tieUp = tie == ValueAreaMethod.Tie.UP;
        int step = method == ValueAreaMethod.TWO_ROWS ? 2 : 1;
        if (step == 1) {
            // one row at a time: the general loop below with its one-term sums written out (0.0 + v as there)
            int last = rows - 1;
            while (acc < target && (lo > 0 || hi < last)) {
                if (hi == last) {
                    lo--;
                    acc += 0.0 + volumes[lo];
                } else if (lo == 0) {
                    hi++;
                    acc += 0.0 + volumes[hi];
                } else {
                    double up = 0.0 + volumes[hi + 1];
                    double down = 0.0 + volumes[lo - 1];
                    if (up > down || (up == down && tieUp)) {
                        hi++;
                        acc += up;
                    } else {
                        lo--;
                        acc += down;
                    }
                }
            }
        }
        while (acc < target && (lo > 0 || hi < rows - 1)) {
            int upCount = Math.min(step, rows - 1 - hi);
            int downCount = Math.min(step, lo);
            double up = 0;
            for (int k = 1; k <= upCount; k++) up += volumes[hi + k];
            double down = 0;
            for (int k = 1; k <= downCount; k++) down += volumes[lo - k];
            boolean growUp;
            if (upCount == 0) growUp = false;
            else if (downCount == 0) growUp = true;
            else growUp = up > down || (up == down && tieUp);
            if (growUp) {
                hi += upCount;
                acc += up;
            } else {
                lo -= downCount;
                acc += down;
            }
        }
        return new ValueArea(lowRowPrice + poc * rowPoints, lowRowPrice + lo * rowPoints, lowRowPrice + hi * rowPoints,
                rowPoints, acc, total, share, method, tie);
    }

    /** {@link #compute} with the method's default tie rule. */
    public static ValueArea compute(double[] volumes, int rows, long lowRowPrice, long rowPoints, double share,
                                    ValueAreaMethod method) {
        return compute(volumes, rows, lowRowPrice, rowPoints, share, method, method.defaultTie());
    }

    /**
     * Index of the point of control in a dense profile: the largest volume; ties go to the row
     * closest to the middle of {@code 0..rows-1}, then to the lower row.
     */
    public static int pocIndex(double[] volumes, int rows) {
        int best = 0;
        double bestV = volumes[0];
        long bestDist = Math.abs(2L * 0 - (rows - 1));
        for (int i = 1; i < rows; i++) {
            double v = volumes[i];
            long dist = Math.abs(2L * i - (rows - 1));
            if (v > bestV || (v == bestV && dist < bestDist)) {
                best = i;
                bestV = v;
                bestDist = dist;
            }
        }
        return best;
    }

    static void checkShare(double share) {
        if (!(share > 0 && share <= 1)) {
            throw new IllegalArgumentException("value-area share must be in (0, 1], was " + share);
        }
    }

    /** Point of control: low edge of the row with the most volume, in points. */
    public long pocPrice() { return pocPrice; }

    /** Value-area low (VAL): low edge of the lowest row inside, in points. */
    public long lowPrice() { return lowPrice; }

    /** Value-area high (VAH): low edge of the highest row inside, in points. */
    public long highPrice() { return highPrice; }

    /** Top edge of the value area in points (exclusive): {@code highPrice() + rowPoints()}. */
    public long highEdge() { return highPrice + rowPoints; }

    /** Row height in points. */
    public long rowPoints() { return rowPoints; }

    /** Volume inside the value area. */
    public double volume() { return volume; }

    /** Volume of the whole profile. */
    public double totalVolume() { return totalVolume; }

    /** Share of the profile's volume actually inside (at least the target unless every row is in). */
    public double share() { return totalVolume > 0 ? volume / totalVolume : 1.0; }

    /** The share asked for (e.g. 0.70). */
    public double targetShare() { return targetShare; }

    /** Growth convention used. */
    public ValueAreaMethod method() { return method; }

    /** Tie rule used. */
    public ValueAreaMethod.Tie tie() { return tie; }

    /** True when {@code price} (points) lies in a row of the value area. */
    public boolean contains(long price) {
        return price >= lowPrice && price < highPrice + rowPoints;
    }

    @Override
    public String toString() {
        return "ValueArea{POC " + pocPrice + ", VAL " + lowPrice + ", VAH " + highPrice + ", "
                + String.format(java.util.Locale.ROOT, "%.1f%%", 100 * share()) + " of " + totalVolume + ", " + method
                + "}";
    }
}
