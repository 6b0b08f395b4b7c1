package io.orderflow.strategy.readings;

/**
 * One bar's footprint — buy and sell volume per price row — and its stacked diagonal imbalances.
 *
 * <p>Imbalance convention (NinjaTrader, ATAS code, TradingView "300%"; {@code orderflow-reference.md}
 * §a.3): row {@code p} is a <em>buy</em> imbalance when {@code buy(p) >= ratio · sell(p − 1)}, a
 * <em>sell</em> imbalance when {@code sell(p) >= ratio · buy(p + 1)}; with {@code ignoreZeros} a
 * diagonal against an empty cell is not an imbalance (fixture §b.9: 1000 vs 300 at 1.5 passes, at
 * 3.5 does not, against 0 with ignore-zeros does not). A stack is at least {@code stackedCount}
 * adjacent rows with the same kind of imbalance; it becomes a zone spanning those rows.
 *
 * <p>Rows hold {@code capacity} rows around the bar's first price; volume beyond them is clamped
 * into the edge rows and counted ({@link #clamped()}). O(1) and allocation-free per add; the stack
 * scan is O(rows in the bar). Not thread-safe.
 */
public final class BarFootprint {
    /** Receives each stacked-imbalance zone found by {@link #scanStacks}. */
    public interface StackSink {
        /** A stack of {@code kind} from {@code lowPoints} (lowest row's low) to {@code highPoints} (highest row's top). */
        void onStack(ZoneKind kind, long lowPoints, long highPoints);
    }

    private final long rowPoints;
    private final double[] buy;
    private final double[] sell;
    private long baseRow;
    private int lo = Integer.MAX_VALUE;
    private int hi = Integer.MIN_VALUE;
    private long clamped;

    public BarFootprint(long rowPoints, int capacity) {
        if (rowPoints < 1) throw new IllegalArgumentException("rowPoints must be >= 1");
        if (capacity < 8) throw new IllegalArgumentException("capacity must be >= 8");
        this.rowPoints = rowPoints;
        this.buy = new double[capacity];
        this.sell = new double[capacity];
    }

    /** Adds volume {@code v} at {@code points}: to the buy column when {@code sign > 0}, sell when {@code < 0}. */
    public void add(long points, int sign, double v) {
        if (sign == 0) return;
        long row = Math.floorDiv(points, rowPoints);
        if (lo > hi) baseRow = row - buy.length / 2;
        long idx = row - baseRow;
        if (idx < 0) {
            idx = 0;
            clamped++;
        } else if (idx >= buy.length) {
            idx = buy.length - 1;
            clamped++;
        }
        int i = (int) idx;
        if (sign > 0) buy[i] += v; else sell[i] += v;
        if (i < lo) lo = i;
        if (i > hi) hi = i;
    }

    /** Buy volume of the row holding {@code points}. */
    public double buyAt(long points) {
        long idx = Math.floorDiv(points, rowPoints) - baseRow;
        return lo > hi || idx < 0 || idx >= buy.length ? 0 : buy[(int) idx];
    }

    /** Sell volume of the row holding {@code points}. */
    public double sellAt(long points) {
        long idx = Math.floorDiv(points, rowPoints) - baseRow;
        return lo > hi || idx < 0 || idx >= sell.length ? 0 : sell[(int) idx];
    }

    /** True when row {@code i} is a buy imbalance. */
    private boolean buyImbalance(int i, double ratio, boolean ignoreZeros) {
        double b = buy[i];
        if (b <= 0) return false;
        double s = i > 0 ? sell[i - 1] : 0;
        if (s == 0) return !ignoreZeros;
        return b >= ratio * s;
    }

    private boolean sellImbalance(int i, double ratio, boolean ignoreZeros) {
        double s = sell[i];
        if (s <= 0) return false;
        double b = i + 1 < buy.length ? buy[i + 1] : 0;
        if (b == 0) return !ignoreZeros;
        return s >= ratio * b;
    }

    /**
     * Reports every stack of at least {@code stackedCount} adjacent imbalanced rows of one kind.
     * Returns the number of stacks found.
     */
    public int scanStacks(double ratio, boolean ignoreZeros, int stackedCount, StackSink sink) {
        if (lo > hi) return 0;
        int found = 0;
        int runBuy = 0;
        int runSell = 0;
        for (int i = lo; i <= hi + 1; i++) {
            boolean bi = i <= hi && buyImbalance(i, ratio, ignoreZeros);
            boolean si = i <= hi && sellImbalance(i, ratio, ignoreZeros);
            if (bi) {
                runBuy++;
            } else {
                if (runBuy >= stackedCount) {
                    sink.onStack(ZoneKind.STACKED_BUY_IMBALANCE, (baseRow + i - runBuy) * rowPoints,
                            (baseRow + i) * rowPoints);
                    found++;
                }
                runBuy = 0;
            }
            if (si) {
                runSell++;
            } else {
                if (runSell >= stackedCount) {
                    sink.onStack(ZoneKind.STACKED_SELL_IMBALANCE, (baseRow + i - runSell) * rowPoints,
                            (baseRow + i) * rowPoints);
                    found++;
                }
                runSell = 0;
            }
        }
        return found;
    }

    /** Volume that fell outside the row array and was put in an edge row. */
    public long clamped() { return clamped; }

    /** Empties the footprint for the next bar. */
    public void clear() {
        if (lo <= hi) {
            for (int i = lo; i <= hi; i++) {
                buy[i] = 0;
                sell[i] = 0;
            }
        }
        lo = Integer.MAX_VALUE;
        hi = Integer.MIN_VALUE;
    }
}
