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
    /** Key below every real one, stored after the last level of each side (merge sentinel). */
    private static final long END = Long.MIN_VALUE;

    private final int levels;
    private final int viewDepth;
    /** Stride of one side in the snapshot arrays: the levels and the sentinel. */
    private final int stride;

    // Two snapshot buffers, both sides in one array each (bids at 0, asks at stride), as
    // descending keys (bid price, minus the ask price) so both sides share one code path, each
    // side ended by the END sentinel; cur* is the latest snapshot, old* the one before.
    private long[] curKey;
    private double[] curSize;
    private long[] oldKey;
    private double[] oldSize;
    private int curN;
    private int oldN;
    private boolean started;
    private long updates;

    /** Per side: the latest update kept every price at its level (no merge needed). */
    private final boolean[] aligned = new boolean[2];
    /**
     * For a side that was not aligned: index in the previous snapshot of the price now at each
     * level, or −1 if it is new (bids at 0, asks at {@code levels}).
     */
    private final int[] previousIndex;
    /** Size added in the latest update at the price now at each level, laid out as the snapshots. */
    private final double[] addedNow;

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
        this.stride = levels + 1;
        curKey = new long[2 * stride];
        curSize = new double[2 * stride];
        oldKey = new long[2 * stride];
        oldSize = new double[2 * stride];
        curKey[0] = curKey[stride] = oldKey[0] = oldKey[stride] = END;
        previousIndex = new int[2 * levels];
        addedNow = new double[2 * stride];
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
        long[] ck = oldKey;
        oldKey = curKey;
        curKey = ck;
        double[] cs = oldSize;
        oldSize = curSize;
        curSize = cs;
        oldN = curN;
        curN = n;
        long[] pk = oldKey;
        int a = stride;
        long diffBid = 0, diffAsk = 0;
        for (int i = 0; i < n; i++) {
            long b = tick.bidPrice(i);
            long q = -tick.askPrice(i);
            ck[i] = b;
            ck[a + i] = q;
            cs[i] = tick.bidVolume(i);
            cs[a + i] = tick.askVolume(i);
            diffBid |= b ^ pk[i];
            diffAsk |= q ^ pk[a + i];
        }
        ck[n] = END;
        ck[a + n] = END;
        cs[n] = 0;
        cs[a + n] = 0;
        if (started) {
            boolean sameCount = oldN == n;
            side(0, sameCount && diffBid == 0);
            side(1, sameCount && diffAsk == 0);
        }
        started = true;
        updates++;
    }

    private void side(int s, boolean same) {
        aligned[s] = same;
        if (same) {
            totalsAligned(s);
        } else {
            totalsMerged(s);
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
    private void totalsAligned(int s) {
        int n = curN;
        if (n == 0) {
            lastAdded[s] = lastPulled[s] = lastConsumed[s] = 0;
            return;
        }
        double[] ps = oldSize, cs = curSize, added = addedNow;
        int o = s * stride;
        double d = cs[o] - ps[o];
        double a = Math.abs(d);
        double up = 0.5 * (d + a);
        added[o] = up;
        double sumAdd = up, sumPull = 0;
        double touch = 0.5 * (a - d);
        for (int i = o + 1, end = o + n; i < end; i++) {
            d = cs[i] - ps[i];
            a = Math.abs(d);
            up = 0.5 * (d + a);
            added[i] = up;
            sumAdd += up;
            sumPull += 0.5 * (a - d);
        }
        lastAdded[s] = sumAdd;
        lastPulled[s] = sumPull;
        lastConsumed[s] = touch;
    }

    /**
     * Merges the previous and the latest ladder of side {@code s} by price for the side totals
     * (the same classification, in the same order, as the per-level breakdown), and records for
     * each current level where its price was before.
     */
    private void totalsMerged(int s) {
        long[] pk = oldKey, ck = curKey;
        double[] ps = oldSize, cs = curSize, added = addedNow;
        int[] from = previousIndex;
        int o = s * stride;
        int f = s * levels;
        int pn = oldN, cn = curN;
        boolean prevTrunc = pn >= viewDepth;
        boolean curTrunc = cn >= viewDepth;
        long cBest = ck[o]; // END if the side is empty
        long cWorst = cn > 0 ? ck[o + cn - 1] : END;
        long pWorst = pn > 0 ? pk[o + pn - 1] : END;
        double sumAdd = 0, sumPull = 0, sumCons = 0, revealed = 0, hidden = 0;
        int i = 0, j = 0;
        while (i < pn || j < cn) {
            long p = pk[o + i], c = ck[o + j]; // END past the last level
            if (p > c) {
                // previous level i is gone
                double sz = ps[o + i];
                if (i == 0 || p > cBest) {
                    sumCons += sz;
                } else if (!curTrunc || p > cWorst) {
                    sumPull += sz;
                } else {
                    hidden += sz;
                }
                i++;
            } else if (c > p) {
                // current level j is new
                double sz = cs[o + j];
                if (!prevTrunc || c > pWorst) {
                    sumAdd += sz;
                    added[o + j] = sz;
                } else {
                    revealed += sz;
                    added[o + j] = 0;
                }
                from[f + j] = -1;
                j++;
            } else {
                // same price: a rise is added, a fall consumed at the touch or pulled behind it
                double d = cs[o + j] - ps[o + i];
                double a = Math.abs(d);
                double up = 0.5 * (d + a);
                sumAdd += up;
                added[o + j] = up;
                double down = 0.5 * (a - d);
                if (i == 0 || j == 0) {
                    sumCons += down;
                } else {
                    sumPull += down;
                }
                from[f + j] = i;
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

    /**
     * Fills the per-level breakdown of the latest update for side {@code s}: the same merge as
     * {@link #totalsMerged}, attributing each amount to its level.
     */
    private void mergeDetail(int s) {
        double[] add = addedAt[s], before = sizeBefore[s], pull = pulledAt[s], cons = consumedAt[s];
        for (int k = 0; k < levels; k++) {
            add[k] = 0;
            before[k] = 0;
            pull[k] = 0;
            cons[k] = 0;
        }
        long[] pk = oldKey, ck = curKey;
        double[] ps = oldSize, cs = curSize;
        int o = s * stride;
        int pn = oldN, cn = curN;
        boolean prevTrunc = pn >= viewDepth;
        boolean curTrunc = cn >= viewDepth;
        long cBest = ck[o];
        long cWorst = cn > 0 ? ck[o + cn - 1] : END;
        long pWorst = pn > 0 ? pk[o + pn - 1] : END;
        int i = 0, j = 0;
        while (i < pn || j < cn) {
            long p = pk[o + i], c = ck[o + j];
            if (p > c) {
                double sz = ps[o + i];
                if (i == 0 || p > cBest) {
                    cons[i] += sz;
                } else if (!curTrunc || p > cWorst) {
                    pull[i] += sz;
                }
                i++;
            } else if (c > p) {
                if (!prevTrunc || c > pWorst) add[j] += cs[o + j];
                j++;
            } else {
                double d = cs[o + j] - ps[o + i];
                double a = Math.abs(d);
                before[j] = ps[o + i];
                add[j] += 0.5 * (d + a);
                double down = 0.5 * (a - d);
                if (i == 0 || j == 0) {
                    cons[i] += down;
                } else {
                    pull[i] += down;
                }
                i++;
                j++;
            }
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
        mergeDetail(s);
    }

    /**
     * Descending keys of the latest snapshot, both sides: side {@code s}'s level {@code j} is at
     * {@link #offset offset(s)} {@code + j} (bid prices, minus ask prices).
     */
    long[] keys() { return curKey; }

    /** Sizes of the latest snapshot, laid out as {@link #keys()}. */
    double[] sizes() { return curSize; }

    /** Index of side {@code s}'s best level in {@link #keys()} and {@link #sizes()}. */
    int offset(int s) { return s * stride; }

    /** Levels per side of the latest snapshot. */
    int levelsNow() { return curN; }

    /**
     * Index in the previous snapshot of the price now at {@code level} of side {@code s}, or −1
     * if it is new: the answer of the latest merge, O(1).
     */
    private int previousIndex(int s, int level) {
        return aligned[s] ? level : previousIndex[s * levels + level];
    }

    /**
     * Size added in the latest update at the price now at {@code level}, side {@code s}: what
     * {@link #lastAddedAt} reports, found by looking that one price up (no full breakdown).
     */
    double addedAt(int s, int level) {
        return updates < 2 ? 0.0 : addedNow[s * stride + level];
    }

    /**
     * Size added in the latest update at each level (what {@link #lastAddedAt} reports), laid out
     * as {@link #keys()}; meaningful from the second snapshot on.
     */
    double[] added() { return addedNow; }

    /** Size the price now at {@code level} had before the latest update, side {@code s} (0 if new). */
    double sizeBefore(int s, int level) {
        if (updates < 2) return 0.0;
        int i = previousIndex(s, level);
        return i >= 0 ? oldSize[s * stride + i] : 0.0;
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
        curKey[0] = curKey[stride] = oldKey[0] = oldKey[stride] = END;
        for (int s = 0; s < 2; s++) {
            lastAdded[s] = lastPulled[s] = lastConsumed[s] = 0;
            addedTotal[s] = pulledTotal[s] = consumedTotal[s] = 0;
            revealedTotal[s] = hiddenTotal[s] = 0;
            detailStamp[s] = -1;
        }
    }
}
