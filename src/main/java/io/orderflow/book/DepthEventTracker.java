package io.orderflow.book;

import io.orderflow.market.OfferSide;
import io.orderflow.market.Tick;
import io.orderflow.market.TickSink;

/**
 * Depth events between consecutive snapshots of the visible book, per side and level: size
 * <em>added</em>, size <em>pulled</em> away from the touch, size <em>consumed</em> at the touch.
 *
 * <p>The snapshots are aggregated (no order ids, no trade prints), so each price's size change is
 * classified by where it happened:
 * <ul>
 * <li><b>added</b>: size grew at a price, or a new price appeared inside the previously visible
 *     range (attributed to the level it now occupies);</li>
 * <li><b>consumed</b>: size fell or vanished at the touch (the best level before or after the
 *     update), or at a price the touch has since moved through — it could have traded. Without
 *     prints a cancel at the touch looks the same and is counted here too;</li>
 * <li><b>pulled</b>: size fell or vanished strictly behind the touch while the touch stayed better
 *     than that price — it could not have traded (attributed to the level it occupied before).</li>
 * </ul>
 * Size that only enters or leaves the view because the book shifted (a truncated view of
 * {@code viewDepth} levels) is neither added nor pulled; it is counted as revealed or hidden.
 *
 * <p>Levels are counted from the touch: 0 = best. Units: sizes in the source's unit. The first
 * snapshot after construction or {@link #reset()} only sets the reference. O(levels) per update,
 * no allocation. Single-threaded.
 */
public final class DepthEventTracker implements TickSink {
    private final int levels;
    private final int viewDepth;
    private final long[][] prevKey;
    private final double[][] prevSize;
    private final int[] prevN = new int[2];
    private final boolean[] prevTruncated = new boolean[2];
    private boolean started;
    private long updates;

    private final double[][] addedAt;
    private final double[][] sizeBefore;
    private final double[][] pulledAt;
    private final double[][] consumedAt;
    private final double[] lastAdded = new double[2];
    private final double[] lastPulled = new double[2];
    private final double[] lastConsumed = new double[2];

    private final double[][] addedTotal;
    private final double[][] pulledTotal;
    private final double[][] consumedTotal;
    private final double[] revealedTotal = new double[2];
    private final double[] hiddenTotal = new double[2];

    /** Tracks {@code levels} levels per side of a source that shows that many levels (view depth). */
    public DepthEventTracker(int levels) {
        this(levels, levels);
    }

    /**
     * @param levels    levels per side tracked (at most the tick's levels are used)
     * @param viewDepth levels the source shows when the book is deep enough (JForex live 10, the
     *                  tester 1): a snapshot with that many levels is treated as truncated
     */
    public DepthEventTracker(int levels, int viewDepth) {
        if (levels < 1) throw new IllegalArgumentException("levels must be >= 1, was " + levels);
        if (viewDepth < 1 || viewDepth > levels) {
            throw new IllegalArgumentException("viewDepth must be 1.." + levels + ", was " + viewDepth);
        }
        this.levels = levels;
        this.viewDepth = viewDepth;
        prevKey = new long[2][levels];
        prevSize = new double[2][levels];
        addedAt = new double[2][levels];
        sizeBefore = new double[2][levels];
        pulledAt = new double[2][levels];
        consumedAt = new double[2][levels];
        addedTotal = new double[2][levels];
        pulledTotal = new double[2][levels];
        consumedTotal = new double[2][levels];
    }

    static int index(OfferSide side) {
        return side == OfferSide.BID ? 0 : 1;
    }

    /** Key that orders both sides best-first in descending order: bid price, or minus the ask price. */
    private static long key(Tick t, int s, int i) {
        return s == 0 ? t.bidPrice(i) : -t.askPrice(i);
    }

    private static double size(Tick t, int s, int i) {
        return s == 0 ? t.bidVolume(i) : t.askVolume(i);
    }

    @Override
    public void onTick(Tick tick) {
        int n = Math.min(levels, tick.levels());
        for (int s = 0; s < 2; s++) {
            if (started) diffSide(tick, s, n);
            long[] pk = prevKey[s];
            double[] ps = prevSize[s];
            for (int i = 0; i < n; i++) {
                pk[i] = key(tick, s, i);
                ps[i] = size(tick, s, i);
            }
            prevN[s] = n;
            prevTruncated[s] = n >= viewDepth;
        }
        started = true;
        updates++;
    }

    private void diffSide(Tick tick, int s, int cn) {
        long[] pk = prevKey[s];
        double[] ps = prevSize[s];
        int pn = prevN[s];
        boolean aligned = pn == cn;
        for (int i = 0; i < cn && aligned; i++) aligned = pk[i] == key(tick, s, i);
        if (aligned) {
            diffAligned(tick, s, cn);
        } else {
            diffShifted(tick, s, cn);
        }
        double[] add = addedAt[s], pull = pulledAt[s], cons = consumedAt[s];
        double[] at = addedTotal[s], pt = pulledTotal[s], ct = consumedTotal[s];
        for (int k = 0; k < levels; k++) {
            at[k] += add[k];
            pt[k] += pull[k];
            ct[k] += cons[k];
        }
    }

    /**
     * The common case: the same prices at the same levels as before, so each level's size change
     * is classified by its index alone, without branches (a size rise is {@code (d + |d|) / 2},
     * a fall {@code (|d| − d) / 2}, both exact).
     */
    private void diffAligned(Tick tick, int s, int n) {
        double[] ps = prevSize[s];
        double[] add = addedAt[s], before = sizeBefore[s], pull = pulledAt[s], cons = consumedAt[s];
        double sumAdd = 0, sumPull = 0;
        double consumed = 0;
        for (int i = 0; i < n; i++) {
            double p = ps[i];
            double d = size(tick, s, i) - p;
            double a = Math.abs(d);
            double up = 0.5 * (d + a);
            double down = 0.5 * (a - d);
            add[i] = up;
            before[i] = p;
            sumAdd += up;
            if (i == 0) {
                consumed = down;
                pull[0] = 0;
                cons[0] = down;
            } else {
                pull[i] = down;
                cons[i] = 0;
                sumPull += down;
            }
        }
        for (int k = n; k < levels; k++) {
            add[k] = 0;
            before[k] = 0;
            pull[k] = 0;
            cons[k] = 0;
        }
        lastAdded[s] = sumAdd;
        lastPulled[s] = sumPull;
        lastConsumed[s] = consumed;
    }

    /** Prices moved or levels appeared or vanished: merge the two ladders by price. */
    private void diffShifted(Tick tick, int s, int cn) {
        double[] add = addedAt[s], before = sizeBefore[s], pull = pulledAt[s], cons = consumedAt[s];
        for (int k = 0; k < levels; k++) {
            add[k] = 0;
            before[k] = 0;
            pull[k] = 0;
            cons[k] = 0;
        }
        long[] pk = prevKey[s];
        double[] ps = prevSize[s];
        int pn = prevN[s];
        boolean prevTrunc = prevTruncated[s];
        boolean curTrunc = cn >= viewDepth;
        long cBest = cn > 0 ? key(tick, s, 0) : Long.MIN_VALUE;
        long cWorst = cn > 0 ? key(tick, s, cn - 1) : Long.MIN_VALUE;
        long pWorst = pn > 0 ? pk[pn - 1] : Long.MIN_VALUE;
        double sumAdd = 0, sumPull = 0, sumCons = 0, revealed = 0, hidden = 0;
        int i = 0, j = 0;
        while (i < pn || j < cn) {
            long ck = j < cn ? key(tick, s, j) : Long.MIN_VALUE;
            if (j >= cn || (i < pn && pk[i] > ck)) {
                // previous level i is gone
                long k = pk[i];
                double sz = ps[i];
                if (i == 0 || k > cBest) {
                    cons[i] += sz;
                    sumCons += sz;
                } else if (!curTrunc || k > cWorst) {
                    pull[i] += sz;
                    sumPull += sz;
                } else {
                    hidden += sz;
                }
                i++;
            } else if (i >= pn || ck > pk[i]) {
                // current level j is new
                double sz = size(tick, s, j);
                if (!prevTrunc || ck > pWorst) {
                    add[j] += sz;
                    sumAdd += sz;
                } else {
                    revealed += sz;
                }
                j++;
            } else {
                // same price: a rise is added, a fall consumed at the touch or pulled behind it
                double d = size(tick, s, j) - ps[i];
                double a = Math.abs(d);
                double up = 0.5 * (d + a);
                double down = 0.5 * (a - d);
                before[j] = ps[i];
                add[j] += up;
                sumAdd += up;
                if (i == 0 || j == 0) {
                    cons[i] += down;
                    sumCons += down;
                } else {
                    pull[i] += down;
                    sumPull += down;
                }
                i++;
                j++;
            }
        }
        lastAdded[s] = sumAdd;
        lastPulled[s] = sumPull;
        lastConsumed[s] = sumCons;
        revealedTotal[s] += revealed;
        hiddenTotal[s] += hidden;
    }

    double addedAt(int s, int level) { return addedAt[s][level]; }

    double sizeBefore(int s, int level) { return sizeBefore[s][level]; }

    /** Levels tracked per side. */
    public int levels() { return levels; }

    /** Snapshots seen. */
    public long updates() { return updates; }

    /** Size added on {@code side} in the latest update. */
    public double lastAdded(OfferSide side) { return lastAdded[index(side)]; }

    /** Size pulled behind the touch on {@code side} in the latest update. */
    public double lastPulled(OfferSide side) { return lastPulled[index(side)]; }

    /** Size consumed at or through the touch on {@code side} in the latest update. */
    public double lastConsumed(OfferSide side) { return lastConsumed[index(side)]; }

    /** Size added in the latest update at the price now at {@code level}. */
    public double lastAddedAt(OfferSide side, int level) { return addedAt[index(side)][level]; }

    /**
     * Size that the price now at {@code level} had before the latest update (0 if it is new or came
     * into view).
     */
    public double sizeBefore(OfferSide side, int level) { return sizeBefore[index(side)][level]; }

    /** Size pulled in the latest update from the price that was at {@code level} before it. */
    public double lastPulledAt(OfferSide side, int level) { return pulledAt[index(side)][level]; }

    /** Size consumed in the latest update from the price that was at {@code level} before it. */
    public double lastConsumedAt(OfferSide side, int level) { return consumedAt[index(side)][level]; }

    /** Total size added at {@code level} since construction or reset. */
    public double added(OfferSide side, int level) { return addedTotal[index(side)][level]; }

    /** Total size pulled from {@code level} since construction or reset. */
    public double pulled(OfferSide side, int level) { return pulledTotal[index(side)][level]; }

    /** Total size consumed from {@code level} since construction or reset. */
    public double consumed(OfferSide side, int level) { return consumedTotal[index(side)][level]; }

    /** Total size that came into view only because the book shifted. */
    public double revealed(OfferSide side) { return revealedTotal[index(side)]; }

    /** Total size that left the view only because the book shifted. */
    public double hidden(OfferSide side) { return hiddenTotal[index(side)]; }

    /** Forgets the reference snapshot and all totals. */
    public void reset() {
        started = false;
        updates = 0;
        for (int s = 0; s < 2; s++) {
            prevN[s] = 0;
            lastAdded[s] = lastPulled[s] = lastConsumed[s] = 0;
            revealedTotal[s] = hiddenTotal[s] = 0;
            for (int k = 0; k < levels; k++) {
                addedAt[s][k] = sizeBefore[s][k] = pulledAt[s][k] = consumedAt[s][k] = 0;
                addedTotal[s][k] = pulledTotal[s][k] = consumedTotal[s][k] = 0;
            }
        }
    }
}
