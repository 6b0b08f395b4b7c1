package io.orderflow.book;

import java.util.Arrays;

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
 * <p>Per update the side totals ({@link #lastAdded}, {@link #lastPulled}, {@link #lastConsumed})
 * and the running totals are computed at once; the per-level breakdown of the latest update
 * ({@link #lastAddedAt} and friends) is worked out from the two snapshots the first time it is
 * asked for, so callers that need only totals do not pay for it. Levels are counted from the
 * touch: 0 = best. Units: sizes in the source's unit. The first snapshot after construction or
 * {@link #reset()} only sets the reference. O(levels) per update, no allocation. Single-threaded.
 */
public final class DepthEventTracker implements TickSink {
    private final int levels;
    private final int viewDepth;

    // Two snapshot buffers per side, as descending keys (bid price, minus the ask price) so both
    // sides share one code path; cur* is the latest snapshot, old* the one before.
    private long[][] curKey;
    private double[][] curSize;
    private long[][] oldKey;
    private double[][] oldSize;
    private int curN;
    private int oldN;
    private boolean started;
    private long updates;

    private final double[] lastAdded = new double[2];
    private final double[] lastPulled = new double[2];
    private final double[] lastConsumed = new double[2];
    private final double[] addedTotal = new double[2];
    private final double[] pulledTotal = new double[2];
    private final double[] consumedTotal = new double[2];
    private final double[] revealedTotal = new double[2];
    private final double[] hiddenTotal = new double[2];

    // Per-level breakdown of the latest update, filled on demand.
    private final double[][] addedAt;
    private final double[][] sizeBefore;
    private final double[][] pulledAt;
    private final double[][] consumedAt;
    private final long[] detailStamp = {-1, -1};

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
        curKey = new long[2][levels];
        curSize = new double[2][levels];
        oldKey = new long[2][levels];
        oldSize = new double[2][levels];
        addedAt = new double[2][levels];
        sizeBefore = new double[2][levels];
        pulledAt = new double[2][levels];
        consumedAt = new double[2][levels];
    }

    static int index(OfferSide side) {
        return side == OfferSide.BID ? 0 : 1;
    }

    @Override
    public void onTick(Tick tick) {
        int n = Math.min(levels, tick.levels());
        // the buffer of the snapshot before last receives this one
        long[][] k = oldKey;
        oldKey = curKey;
        curKey = k;
        double[][] z = oldSize;
        oldSize = curSize;
        curSize = z;
        oldN = curN;
        curN = n;
        long[] bk = curKey[0], ak = curKey[1];
        double[] bs = curSize[0], as = curSize[1];
        for (int i = 0; i < n; i++) {
            bk[i] = tick.bidPrice(i);
            ak[i] = -tick.askPrice(i);
            bs[i] = tick.bidVolume(i);
            as[i] = tick.askVolume(i);
        }
        if (started) {
            sideTotals(0);
            sideTotals(1);
        }
        started = true;
        updates++;
    }

    private void sideTotals(int s) {
        long[] pk = oldKey[s], ck = curKey[s];
        int n = curN;
        boolean aligned = oldN == n;
        for (int i = 0; i < n; i++) aligned &= pk[i] == ck[i];
        if (aligned) {
            totalsAligned(s, n);
        } else {
            merge(s, false);
        }
        addedTotal[s] += lastAdded[s];
        pulledTotal[s] += lastPulled[s];
        consumedTotal[s] += lastConsumed[s];
    }

    /**
     * The common case on a quiet book: the same prices at the same levels as before, so a rise
     * is {@code (d + |d|) / 2} and a fall {@code (|d| − d) / 2} (both exact), consumed at level 0
     * and pulled behind it, without branches.
     */
    private void totalsAligned(int s, int n) {
        double[] ps = oldSize[s], cs = curSize[s];
        double sumAdd = 0, sumPull = 0, touch = 0;
        for (int i = 0; i < n; i++) {
            double d = cs[i] - ps[i];
            double a = Math.abs(d);
            sumAdd += 0.5 * (d + a);
            double down = 0.5 * (a - d);
            if (i == 0) touch = down;
            else sumPull += down;
        }
        lastAdded[s] = sumAdd;
        lastPulled[s] = sumPull;
        lastConsumed[s] = touch;
    }

    /**
     * Merges the previous and the latest ladder of side {@code s} by price, classifying every
     * size change; with {@code detail} also fills the per-level arrays. The side totals it
     * computes are stored only without {@code detail} (the eager pass).
     */
    private void merge(int s, boolean detail) {
        double[] add = addedAt[s], before = sizeBefore[s], pull = pulledAt[s], cons = consumedAt[s];
        if (detail) {
            for (int k = 0; k < levels; k++) {
                add[k] = 0;
                before[k] = 0;
                pull[k] = 0;
                cons[k] = 0;
            }
        }
        long[] pk = oldKey[s], ckeys = curKey[s];
        double[] ps = oldSize[s], cs = curSize[s];
        int pn = oldN, cn = curN;
        boolean prevTrunc = pn >= viewDepth;
        boolean curTrunc = cn >= viewDepth;
        long cBest = cn > 0 ? ckeys[0] : Long.MIN_VALUE;
        long cWorst = cn > 0 ? ckeys[cn - 1] : Long.MIN_VALUE;
        long pWorst = pn > 0 ? pk[pn - 1] : Long.MIN_VALUE;
        double sumAdd = 0, sumPull = 0, sumCons = 0, revealed = 0, hidden = 0;
        int i = 0, j = 0;
        while (i < pn || j < cn) {
            long ck = j < cn ? ckeys[j] : Long.MIN_VALUE;
            if (j >= cn || (i < pn && pk[i] > ck)) {
                // previous level i is gone
                long k = pk[i];
                double sz = ps[i];
                if (i == 0 || k > cBest) {
                    if (detail) cons[i] += sz;
                    sumCons += sz;
                } else if (!curTrunc || k > cWorst) {
                    if (detail) pull[i] += sz;
                    sumPull += sz;
                } else {
                    hidden += sz;
                }
                i++;
            } else if (i >= pn || ck > pk[i]) {
                // current level j is new
                double sz = cs[j];
                if (!prevTrunc || ck > pWorst) {
                    if (detail) add[j] += sz;
                    sumAdd += sz;
                } else {
                    revealed += sz;
                }
                j++;
            } else {
                // same price: a rise is added, a fall consumed at the touch or pulled behind it
                double d = cs[j] - ps[i];
                double a = Math.abs(d);
                double up = 0.5 * (d + a);
                double down = 0.5 * (a - d);
                if (detail) {
                    before[j] = ps[i];
                    add[j] += up;
                }
                sumAdd += up;
                if (i == 0 || j == 0) {
                    if (detail) cons[i] += down;
                    sumCons += down;
                } else {
                    if (detail) pull[i] += down;
                    sumPull += down;
                }
                i++;
                j++;
            }
        }
        if (!detail) {
            lastAdded[s] = sumAdd;
            lastPulled[s] = sumPull;
            lastConsumed[s] = sumCons;
            revealedTotal[s] += revealed;
            hiddenTotal[s] += hidden;
        }
    }

    /** Fills the per-level breakdown of the latest update for side {@code s}, once per update. */
    private void detail(int s) {
        if (detailStamp[s] == updates) return;
        detailStamp[s] = updates;
        if (updates < 2) {
            Arrays.fill(addedAt[s], 0);
            Arrays.fill(sizeBefore[s], 0);
            Arrays.fill(pulledAt[s], 0);
            Arrays.fill(consumedAt[s], 0);
            return;
        }
        merge(s, true);
    }

    /** Descending keys of the latest snapshot's side {@code s} (bid prices, minus ask prices). */
    long[] keys(int s) { return curKey[s]; }

    /** Sizes of the latest snapshot's side {@code s}, best first. */
    double[] sizes(int s) { return curSize[s]; }

    /** Levels per side of the latest snapshot. */
    int levelsNow() { return curN; }

    /**
     * Index in the previous snapshot of the price now at {@code level} of side {@code s}, or −1
     * if it is new. O(levels); the same answer the merge gives.
     */
    private int previousIndex(int s, int level) {
        long key = curKey[s][level];
        long[] ok = oldKey[s];
        for (int i = 0; i < oldN; i++) {
            if (ok[i] <= key) return ok[i] == key ? i : -1;
        }
        return -1;
    }

    /**
     * Size added in the latest update at the price now at {@code level}, side {@code s}: what
     * {@link #lastAddedAt} reports, found by looking that one price up (no full breakdown).
     */
    double addedAt(int s, int level) {
        if (updates < 2) return 0.0;
        double c = curSize[s][level];
        int i = previousIndex(s, level);
        if (i >= 0) {
            double d = c - oldSize[s][i];
            return 0.5 * (d + Math.abs(d));
        }
        boolean insidePreviousView = oldN < viewDepth || oldN == 0 || curKey[s][level] > oldKey[s][oldN - 1];
        return insidePreviousView ? c : 0.0;
    }

    /** Size the price now at {@code level} had before the latest update, side {@code s} (0 if new). */
    double sizeBefore(int s, int level) {
        if (updates < 2) return 0.0;
        int i = previousIndex(s, level);
        return i >= 0 ? oldSize[s][i] : 0.0;
    }

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
    public double lastAddedAt(OfferSide side, int level) {
        int s = index(side);
        detail(s);
        return addedAt[s][level];
    }

    /**
     * Size that the price now at {@code level} had before the latest update (0 if it is new or came
     * into view).
     */
    public double sizeBefore(OfferSide side, int level) {
        int s = index(side);
        detail(s);
        return sizeBefore[s][level];
    }

    /** Size pulled in the latest update from the price that was at {@code level} before it. */
    public double lastPulledAt(OfferSide side, int level) {
        int s = index(side);
        detail(s);
        return pulledAt[s][level];
    }

    /** Size consumed in the latest update from the price that was at {@code level} before it. */
    public double lastConsumedAt(OfferSide side, int level) {
        int s = index(side);
        detail(s);
        return consumedAt[s][level];
    }

    /** Total size added on {@code side} since construction or reset. */
    public double added(OfferSide side) { return addedTotal[index(side)]; }

    /** Total size pulled behind the touch on {@code side} since construction or reset. */
    public double pulled(OfferSide side) { return pulledTotal[index(side)]; }

    /** Total size consumed at or through the touch on {@code side} since construction or reset. */
    public double consumed(OfferSide side) { return consumedTotal[index(side)]; }

    /** Total size that came into view only because the book shifted. */
    public double revealed(OfferSide side) { return revealedTotal[index(side)]; }

    /** Total size that left the view only because the book shifted. */
    public double hidden(OfferSide side) { return hiddenTotal[index(side)]; }

    /** Forgets the reference snapshot and all totals. */
    public void reset() {
        started = false;
        updates = 0;
        curN = 0;
        oldN = 0;
        for (int s = 0; s < 2; s++) {
            lastAdded[s] = lastPulled[s] = lastConsumed[s] = 0;
            addedTotal[s] = pulledTotal[s] = consumedTotal[s] = 0;
            revealedTotal[s] = hiddenTotal[s] = 0;
            detailStamp[s] = -1;
        }
    }
}
