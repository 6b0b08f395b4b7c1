package io.orderflow.book;

import io.orderflow.market.OfferSide;
import io.orderflow.market.Tick;
import io.orderflow.market.TickSink;

/**
 * An ID-free manipulation (spoofing/layering) score on aggregated depth, with its evidence, and a
 * spoof-robust depth imbalance.
 *
 * <p>Without order ids or prints a spoof can only be recognised by its footprint in the book. Per
 * side and level (counted from the touch) this keeps a baseline of the size usually shown there
 * and its spread (EWMAs over updates, fed with sizes clipped at {@code k ×} baseline, and not fed at
 * all where an open candidate sits, so that a spike does not raise its own yardstick). A
 * <em>candidate</em> opens when, at level ≥ {@code d}, the size at a price jumps to at least
 * {@code max(k × baseline, baseline + z × standard deviation)} of its level (and the jump itself
 * is at least {@code (k − 1) ×} baseline). The candidate is then followed by price until it is
 * <ul>
 * <li><b>reached</b>: the touch comes to or through its price — it could have traded; not evidence;</li>
 * <li><b>pulled</b>: at least {@code pulledFraction} of the jump disappears while the price never
 *     reached it — if within {@code maxLifeMs}, a <em>flash</em>, which is evidence;</li>
 * <li><b>persisted</b>: still there after {@code maxLifeMs} — genuine-looking liquidity;</li>
 * <li><b>lost</b>: it left the visible levels because the book shifted — unknown.</li>
 * </ul>
 * Each flash records its size multiple, level, distance, life and the mid drift during its life,
 * signed so that positive means the mid moved the way the fake size suggests (up for a bid).
 *
 * <p>The score of a side is {@code min(1, F / repeats) × max(0, (A − C) / F) × F / (F + F')}, where
 * {@code F} is the number of flashes on that side, {@code A} and {@code C} the numbers whose mid
 * drift agreed with and contradicted the fake size, and {@code F'} the other side's flashes, all
 * decayed with half-life {@code scoreHalfLifeMs}: repetition × direction × one-sidedness. One
 * isolated flash scores at most {@code 1/repeats}; a repeated one-sided pattern with the price
 * drifting the suggested way scores near 1; busy two-sided quoting whose flashes drift either way
 * at random (market making) scores near 0. It is evidence for a human or a filter, never a
 * verdict: fleeting orders are common and mostly legitimate, and on an aggregated FX book
 * liquidity providers pull quotes all the time, which is why every threshold is relative to the
 * level's own baseline.
 *
 * <p>{@link #robustImbalance()} is the equal-weight depth imbalance over the watched levels with
 * each level's size multiplied by {@code 1 − pull}: {@code pull} is the side's score times the
 * level's decayed flash count relative to the side's busiest level ({@link #levelPullScore}),
 * raised to the side's score where an open candidate sits. While a side scores 0 (no one-sided,
 * direction-consistent pulling) nothing is discounted, so on an ordinary book the robust imbalance
 * equals the plain one.
 *
 * <p>Needs depth beyond level 1 (live JForex or a recording). Also updates the
 * {@link DepthEventTracker} it owns ({@link #events()}), so one call gives both. Units: prices in
 * points, sizes in the source's unit, times ms UTC. O(levels + candidates) per update, no
 * allocation. Single-threaded.
 */
public final class SpoofScore implements TickSink {
    private final SpoofSettings cfg;
    private final SpoofListener listener;
    private final DepthEventTracker events;
    private final int levels;
    private final int cap;
    /** 64-bit words of a side's active-slot set. */
    private final int words;
    private final int minLevel;
    private final double k;
    private final double kMinus1;
    private final double z;
    private final double alpha;
    private final double oneMinusAlpha;
    private final double invRepeats;
    private final double keepFraction;
    private final long maxLifeMs;
    private final int warmup;
    private final double tauMs;
    /** exp(−dt / tau) for dt of 0..4095 ms, the same values {@code Math.exp} gives, looked up. */
    private final double[] decayTable = new double[4096];

    // Per side and level, bids at 0, asks at levels.
    private final double[] baseline;
    private final double[] variance;
    /** Update number in which an open candidate sits at the level (instead of clearing flags). */
    private final long[] candidateStamp;
    /** Decayed flash counts by level, as of {@link #levelPullTime}. */
    private final double[] levelPull;
    private long updates;

    // Candidates, per side: slots (bids at 0, asks at cap) and the set of active slots as bits
    // (bids in words 0.., asks in words words..); slots are used lowest first and visited in
    // slot order. Prices are kept as descending keys (bid price, minus the ask price) so that both
    // sides share one code path.
    private final long[] activeBits;
    private final int[] activeCount = new int[2];
    private final long[] cKey;
    private final long[] cStart;
    private final long[] cStartMid2;
    private final long[] cDistance;
    private final double[] cBefore;
    private final double[] cJump;
    private final double[] cMultiple;
    private final int[] cLevel;

    private long lastTime = Long.MIN_VALUE;
    private boolean anyEvidence;
    private final double[] flashWeight = new double[2];
    private final double[] netAgreeWeight = new double[2];
    private final double[] score = new double[2];
    private final long[] levelPullTime = new long[2];
    /** Largest of a side's {@link #levelPull}, kept with it (decay scales all counts alike). */
    private final double[] levelPullMax = new double[2];

    private long candidates;
    private final long[] flashes = new long[2];
    private long reached;
    private long persisted;
    private long lost;
    private long overflow;

    private OfferSide lastFlashSide;
    private long lastFlashTime;
    private long lastFlashPrice;
    private int lastFlashLevel = -1;
    private long lastFlashDistance;
    private double lastFlashMultiple = Double.NaN;
    private long lastFlashLife;
    private double lastFlashDrift = Double.NaN;

    private double robust;
    /** Robust size of each side in the latest update, from {@link #levelsPass}. */
    private final double[] sideSum = new double[2];

    /** A score with {@link SpoofSettings#defaults()} and no listener. */
    public SpoofScore() {
        this(SpoofSettings.defaults(), null);
    }

    /** A score with {@code settings}; {@code listener} (may be null) receives each flash. */
    public SpoofScore(SpoofSettings settings, SpoofListener listener) {
        this.cfg = settings;
        this.listener = listener;
        this.levels = settings.levels();
        this.cap = settings.candidatesPerSide();
        this.words = (cap + 63) >>> 6;
        this.minLevel = settings.minLevelsFromTouch();
        this.k = settings.sizeMultiple();
        this.kMinus1 = k - 1;
        this.z = settings.zScore();
        this.alpha = 1 - Math.pow(0.5, 1.0 / settings.baselineHalfLifeUpdates());
        this.oneMinusAlpha = 1 - alpha;
        this.invRepeats = 1.0 / settings.repeats();
        this.keepFraction = 1 - settings.pulledFraction();
        this.maxLifeMs = settings.maxLifeMs();
        this.warmup = settings.warmupUpdates();
        this.tauMs = settings.scoreHalfLifeMs() / Math.log(2);
        for (int dt = 0; dt < decayTable.length; dt++) decayTable[dt] = Math.exp(-dt / tauMs);
        this.events = new DepthEventTracker(levels);
        baseline = new double[2 * levels];
        variance = new double[2 * levels];
        candidateStamp = new long[2 * levels];
        java.util.Arrays.fill(candidateStamp, -1);
        levelPull = new double[2 * levels];
        activeBits = new long[2 * words];
        cKey = new long[2 * cap];
        cStart = new long[2 * cap];
        cStartMid2 = new long[2 * cap];
        cDistance = new long[2 * cap];
        cBefore = new double[2 * cap];
        cJump = new double[2 * cap];
        cMultiple = new double[2 * cap];
        cLevel = new int[2 * cap];
    }

    private static OfferSide side(int s) {
        return s == 0 ? OfferSide.BID : OfferSide.ASK;
    }

    private static long price(int s, long key) {
        return s == 0 ? key : -key;
    }

    private double decayFactor(long dt) {
        return dt < decayTable.length ? decayTable[(int) dt] : Math.exp(-dt / tauMs);
    }

    @Override
    public void onTick(Tick tick) {
        long now = tick.timeMs();
        if (anyEvidence && now > lastTime) decay(decayFactor(now - lastTime));
        if (now > lastTime) lastTime = now;
        events.onTick(tick);
        int n = events.levelsNow();
        long mid2 = tick.ask() + tick.bid();
        boolean detect = updates >= warmup;
        double bidSum, askSum;
        if (n <= 64) {
            // Both sides in one pass over the levels. Side 1's flashes change side 0's score, so
            // each side's score is taken right after its own candidates were followed, as when the
            // sides were done one after the other.
            if (activeCount[0] > 0) resolve(0, n, now, mid2);
            double bidScore = score[0];
            if (activeCount[1] > 0) resolve(1, n, now, mid2);
            double askScore = score[1];
            levelsPass(n, bidScore, askScore, detect, now, mid2);
            bidSum = sideSum[0];
            askSum = sideSum[1];
        } else {
            if (activeCount[0] > 0) resolve(0, n, now, mid2);
            if (detect) detect(0, n, now, mid2);
            bidSum = updateBaselineAndSum(0, n);
            if (activeCount[1] > 0) resolve(1, n, now, mid2);
            if (detect) detect(1, n, now, mid2);
            askSum = updateBaselineAndSum(1, n);
        }
        double tot = bidSum + askSum;
        robust = tot > 0 ? (bidSum - askSum) / tot : 0.0;
        updates++;
    }

    /**
     * One pass over the levels of both sides (at most 64): marks the levels where a candidate may
     * open, adds up the robust sizes and moves the baselines of the levels that are neither marked
     * nor hold an open candidate. Then the marked levels are examined (candidates open, lowest
     * level first, bids before asks), the marked levels without a new candidate get their baseline
     * step, and a side whose robust sum depends on a new candidate is summed again. The arithmetic
     * and its order are those of {@link #detect}, {@link #updateBaselineAndSum}, so the results
     * are the same to the bit.
     */
    private void levelsPass(int n, double bidScore, double askScore, boolean detect, long now, long mid2) {
        double[] base = baseline, var = variance, lp = levelPull;
        double[] sizes = events.sizes(), added = events.added();
        long[] stamp = candidateStamp;
        int ao = events.offset(1), al = levels;
        long u = updates;
        double bidPerFlash = perFlash(0, bidScore), askPerFlash = perFlash(1, askScore);
        double kk = k, jump = kMinus1;
        // levels below minLevel, or all of them during warm-up, are never marked
        long allowed = !detect || minLevel >= 64 ? 0L : -1L << minLevel;
        double bidSum = 0, askSum = 0;
        long bidMarks = 0, askMarks = 0;
        for (int j = 0; j < n; j++) {
            long bit = 1L << j;
            // bid level j
            double sz = sizes[j], b = base[j], v = var[j];
            boolean open = stamp[j] == u;
            boolean mark = ((allowed & bit) != 0) & (b > 0) & (sz >= kk * b) & !(added[j] < jump * b);
            bidMarks |= mark ? bit : 0L;
            double pull = lp[j] * bidPerFlash;
            if (open && bidScore > pull) pull = bidScore;
            bidSum += sz * (1 - pull);
            if (!(open | mark)) step(j, sz, b, v);
            // ask level j
            int q = ao + j, r = al + j;
            sz = sizes[q];
            b = base[r];
            v = var[r];
            open = stamp[r] == u;
            mark = ((allowed & bit) != 0) & (b > 0) & (sz >= kk * b) & !(added[q] < jump * b);
            askMarks |= mark ? bit : 0L;
            pull = lp[r] * askPerFlash;
            if (open && askScore > pull) pull = askScore;
            askSum += sz * (1 - pull);
            if (!(open | mark)) step(r, sz, b, v);
        }
        if ((bidMarks | askMarks) != 0) {
            if (bidMarks != 0 && openMarked(0, bidMarks, now, mid2) && bidScore > 0) bidSum = robustSum(0, n, bidScore);
            if (askMarks != 0 && openMarked(1, askMarks, now, mid2) && askScore > 0) askSum = robustSum(1, n, askScore);
        }
        sideSum[0] = bidSum;
        sideSum[1] = askSum;
    }

    /** Robust sizes of side {@code s} add up to this, the score being {@code sc}. */
    private double robustSum(int s, int n, double sc) {
        double[] sizes = events.sizes(), lp = levelPull;
        long[] stamp = candidateStamp;
        int o = events.offset(s), l = s * levels;
        long u = updates;
        double perFlash = perFlash(s, sc);
        double sum = 0;
        for (int j = 0; j < n; j++) {
            double pull = lp[l + j] * perFlash;
            if (stamp[l + j] == u && sc > pull) pull = sc;
            sum += sizes[o + j] * (1 - pull);
        }
        return sum;
    }

    /**
     * Level pull per flash of side {@code s} with score {@code sc}: only ratios of the level counts
     * matter, and decay scales them all alike. 0 when the score is 0, so that every level then
     * counts in full ({@code size × (1 − 0)} is the size, exactly).
     */
    private double perFlash(int s, double sc) {
        double max = levelPullMax[s];
        return sc > 0 && max > 0 ? sc / max : 0.0;
    }

    /**
     * Examines the marked levels of side {@code s} (z test, then a candidate opens), lowest first;
     * a marked level where none opened gets its baseline step. Returns whether any opened.
     */
    private boolean openMarked(int s, long marks, long now, long mid2) {
        double[] sizes = events.sizes();
        int o = events.offset(s), l = s * levels;
        long u = updates;
        boolean any = false;
        for (long m = marks; m != 0; m &= m - 1) {
            int j = Long.numberOfTrailingZeros(m);
            double b = baseline[l + j];
            if (z > 0 && sizes[o + j] < b + z * Math.sqrt(variance[l + j])) continue;
            open(s, j, b, events.added()[o + j], now, mid2);
        }
        for (long m = marks; m != 0; m &= m - 1) {
            int j = Long.numberOfTrailingZeros(m);
            if (candidateStamp[l + j] == u) {
                any = true;
            } else {
                step(l + j, sizes[o + j], baseline[l + j], variance[l + j]);
            }
        }
        return any;
    }

    /** One EWMA step of the baseline and variance at index {@code i} towards size {@code sz}. */
    private void step(int i, double sz, double b, double v) {
        if (b > 0) {
            double cap = k * b;
            double x = Math.min(sz, cap); // sz < cap ? sz : cap, without a branch (cap > 0)
            if (x != x) x = cap; // ... and cap for a NaN size, as the comparison gives
            double d = x - b;
            baseline[i] = b + alpha * d;
            variance[i] = oneMinusAlpha * (v + alpha * d * d);
        } else {
            baseline[i] = sz;
            variance[i] = 0;
        }
    }

    private void decay(double f) {
        boolean any = false;
        for (int s = 0; s < 2; s++) {
            flashWeight[s] *= f;
            netAgreeWeight[s] *= f;
            if (flashWeight[s] > 1e-9) any = true;
        }
        if (!any) {
            for (int s = 0; s < 2; s++) {
                flashWeight[s] = 0;
                netAgreeWeight[s] = 0;
                levelPullMax[s] = 0;
            }
            java.util.Arrays.fill(levelPull, 0);
        }
        anyEvidence = any;
        updateScores();
    }

    /** Brings side {@code s}'s per-level flash counts to the current time. */
    private void decayLevelPull(int s) {
        long dt = lastTime - levelPullTime[s];
        if (dt > 0) {
            double f = decayFactor(dt);
            double[] lp = levelPull;
            for (int j = s * levels, end = j + levels; j < end; j++) lp[j] *= f;
            levelPullMax[s] *= f;
        }
        levelPullTime[s] = lastTime;
    }

    private void updateScores() {
        for (int s = 0; s < 2; s++) {
            double f = flashWeight[s];
            double sc = 0;
            if (f > 0 && netAgreeWeight[s] > 0) {
                double strength = f * invRepeats;
                if (strength > 1) strength = 1;
                sc = strength * (netAgreeWeight[s] / f) * (f / (f + flashWeight[1 - s]));
            }
            score[s] = sc;
        }
    }

    /** Follows side {@code s}'s open candidates, in slot order, to the latest snapshot. */
    private void resolve(int s, int n, long now, long mid2) {
        long[] keys = events.keys();
        double[] sizes = events.sizes();
        int o = events.offset(s);
        long best = keys[o]; // below every key if the side is empty
        boolean truncated = n >= levels;
        for (int w = 0; w < words; w++) {
            long bits = activeBits[s * words + w];
            while (bits != 0) {
                int c = (w << 6) + Long.numberOfTrailingZeros(bits);
                bits &= bits - 1;
                int sc = s * cap + c;
                long key = cKey[sc];
                long age = now - cStart[sc];
                if (key >= best) { // the touch came to or through it
                    close(s, c);
                    reached++;
                    continue;
                }
                int idx = -1;
                for (int i = 0; i < n; i++) {
                    long q = keys[o + i];
                    if (q <= key) {
                        if (q == key) idx = i;
                        break;
                    }
                }
                double sz;
                if (idx >= 0) {
                    sz = sizes[o + idx];
                } else {
                    boolean visible = !truncated || n == 0 || key > keys[o + n - 1];
                    if (!visible) {
                        close(s, c);
                        lost++;
                        continue;
                    }
                    sz = 0;
                }
                if (sz <= cBefore[sc] + keepFraction * cJump[sc]) {
                    close(s, c);
                    if (age <= maxLifeMs) {
                        flash(s, c, now, mid2, age);
                    } else {
                        persisted++;
                    }
                } else if (age > maxLifeMs) {
                    close(s, c);
                    persisted++;
                } else {
                    candidateStamp[s * levels + idx] = updates;
                }
            }
        }
    }

    private void close(int s, int c) {
        activeBits[s * words + (c >>> 6)] &= ~(1L << c);
        activeCount[s]--;
    }

    private void flash(int s, int c, long now, long mid2, long life) {
        int sc = s * cap + c;
        double drift = (mid2 - cStartMid2[sc]) * 0.5 * (s == 0 ? 1 : -1);
        flashWeight[s] += 1;
        if (drift > 0) netAgreeWeight[s] += 1;
        else if (drift < 0) netAgreeWeight[s] -= 1;
        decayLevelPull(s);
        double lp = levelPull[s * levels + cLevel[sc]] += 1;
        if (lp > levelPullMax[s]) levelPullMax[s] = lp;
        anyEvidence = true;
        updateScores();
        flashes[s]++;
        lastFlashSide = side(s);
        lastFlashTime = now;
        lastFlashPrice = price(s, cKey[sc]);
        lastFlashLevel = cLevel[sc];
        lastFlashDistance = cDistance[sc];
        lastFlashMultiple = cMultiple[sc];
        lastFlashLife = life;
        lastFlashDrift = drift;
        if (listener != null) {
            listener.onFlash(now, lastFlashSide, lastFlashPrice, lastFlashLevel, lastFlashDistance, lastFlashMultiple,
                    life, drift, score[s]);
        }
    }

    /**
     * Opens candidates on side {@code s}: first a branch-free pass marks the levels whose size is
     * at least k times their baseline and grew by at least k − 1 baselines in this update (rare
     * on an ordinary book), then only those are examined further.
     */
    private void detect(int s, int n, long now, long mid2) {
        double[] base = baseline;
        double[] sizes = events.sizes();
        double[] addedNow = events.added();
        int o = events.offset(s);
        int l = s * levels;
        double kk = k, jump = kMinus1;
        for (int from = minLevel; from < n; from += 64) {
            int to = Math.min(n, from + 64);
            long marked = 0;
            for (int j = from; j < to; j++) {
                double b = base[l + j];
                // "not less than" for the jump: a NaN jump is examined, as it always was
                boolean large = (b > 0) & (sizes[o + j] >= kk * b) & !(addedNow[o + j] < jump * b);
                marked |= (large ? 1L : 0L) << (j - from);
            }
            while (marked != 0) {
                int j = from + Long.numberOfTrailingZeros(marked);
                marked &= marked - 1;
                double b = base[l + j];
                if (z > 0 && sizes[o + j] < b + z * Math.sqrt(variance[l + j])) continue;
                open(s, j, b, addedNow[o + j], now, mid2);
            }
        }
    }

    private void open(int s, int j, double b, double added, long now, long mid2) {
        long[] keys = events.keys();
        int o = events.offset(s);
        long key = keys[o + j];
        if (isActive(s, key)) return;
        int c = freeSlot(s);
        if (c < 0) {
            overflow++;
            return;
        }
        activeBits[s * words + (c >>> 6)] |= 1L << c;
        activeCount[s]++;
        int sc = s * cap + c;
        cKey[sc] = key;
        cStart[sc] = now;
        cStartMid2[sc] = mid2;
        cDistance[sc] = keys[o] - key;
        cBefore[sc] = events.sizeBefore(s, j);
        cJump[sc] = added;
        cMultiple[sc] = events.sizes()[o + j] / b;
        cLevel[sc] = j;
        candidateStamp[s * levels + j] = updates;
        candidates++;
    }

    private boolean isActive(int s, long key) {
        if (activeCount[s] == 0) return false;
        for (int w = 0; w < words; w++) {
            long bits = activeBits[s * words + w];
            while (bits != 0) {
                int c = (w << 6) + Long.numberOfTrailingZeros(bits);
                bits &= bits - 1;
                if (cKey[s * cap + c] == key) return true;
            }
        }
        return false;
    }

    /** Lowest free slot of side {@code s}, or −1 if all are busy. */
    private int freeSlot(int s) {
        for (int w = 0; w < words; w++) {
            long free = ~activeBits[s * words + w];
            if (free != 0) {
                int c = (w << 6) + Long.numberOfTrailingZeros(free);
                return c < cap ? c : -1;
            }
        }
        return -1;
    }

    /**
     * Updates side {@code s}'s per-level baselines (except where an open candidate sits) and
     * returns its size for the robust imbalance: each level's size times {@code 1 − pull}.
     */
    private double updateBaselineAndSum(int s, int n) {
        double[] base = baseline;
        double[] var = variance;
        double[] sizes = events.sizes();
        int o = events.offset(s);
        int l = s * levels;
        long[] stamp = candidateStamp;
        long u = updates;
        double sc = score[s];
        double sum = 0;
        if (sc > 0) {
            // only ratios of the level counts matter here, and decay scales them all alike
            double[] lp = levelPull;
            double max = levelPullMax[s];
            double perFlash = max > 0 ? sc / max : 0.0;
            for (int j = 0; j < n; j++) {
                double pull = lp[l + j] * perFlash;
                if (stamp[l + j] == u && sc > pull) pull = sc;
                sum += sizes[o + j] * (1 - pull);
            }
        } else {
            for (int j = 0; j < n; j++) sum += sizes[o + j];
        }
        double a = alpha, keep = oneMinusAlpha, kk = k;
        for (int j = 0; j < n; j++) {
            double sz = sizes[o + j];
            double b = base[l + j];
            double v = var[l + j];
            double nb, nv;
            if (b > 0) {
                double cap = kk * b;
                double x = Math.min(sz, cap); // sz < cap ? sz : cap, without a branch (cap > 0)
                if (x != x) x = cap; // ... and cap for a NaN size, as the comparison gives
                double d = x - b;
                nb = b + a * d;
                nv = keep * (v + a * d * d);
            } else {
                nb = sz;
                nv = 0;
            }
            // an open candidate does not feed its own yardstick
            boolean frozen = stamp[l + j] == u;
            base[l + j] = frozen ? b : nb;
            var[l + j] = frozen ? v : nv;
        }
        return sum;
    }

    /** Manipulation score of {@code side} in [0, 1] as of the latest update (see class comment). */
    public double score(OfferSide side) { return score[DepthEventTracker.index(side)]; }

    /** The higher of the two sides' scores. */
    public double maxScore() { return Math.max(score[0], score[1]); }

    /** Decayed number of flashes on {@code side}. */
    public double flashWeight(OfferSide side) { return flashWeight[DepthEventTracker.index(side)]; }

    /**
     * Net drift agreement of {@code side}'s flashes in [−1, 1]: (decayed count whose mid drifted the
     * way the size suggested − count that drifted the other way) / decayed count; NaN if none.
     */
    public double driftAgreement(OfferSide side) {
        int s = DepthEventTracker.index(side);
        return flashWeight[s] > 0 ? netAgreeWeight[s] / flashWeight[s] : Double.NaN;
    }

    /** Share of all (decayed) flashes that are on {@code side}, in [0, 1]; NaN if none. */
    public double oneSidedness(OfferSide side) {
        int s = DepthEventTracker.index(side);
        double tot = flashWeight[0] + flashWeight[1];
        return tot > 0 ? flashWeight[s] / tot : Double.NaN;
    }

    /**
     * Pull score of a level in [0, 1]: the side's score times the level's decayed flash count
     * relative to the side's busiest level. 0 while the side's score is 0.
     */
    public double levelPullScore(OfferSide side, int level) {
        int s = DepthEventTracker.index(side);
        double sc = score[s];
        if (!(sc > 0)) return 0.0;
        // read without decaying the stored counts: a getter must not change later results
        double max = levelPullMax[s];
        return max > 0 ? levelPull[s * levels + level] * (sc / max) : 0.0;
    }

    /** Spoof-robust depth imbalance of the latest update in [−1, 1] (see class comment). */
    public double robustImbalance() { return robust; }

    /** Baseline size of {@code level} on {@code side}, size units. */
    public double baseline(OfferSide side, int level) { return baseline[DepthEventTracker.index(side) * levels + level]; }

    /** Candidates being followed on {@code side}. */
    public int activeCandidates(OfferSide side) { return activeCount[DepthEventTracker.index(side)]; }

    /** Candidates opened since construction or reset. */
    public long candidates() { return candidates; }

    /** Flashes (pulled candidates) on {@code side} since construction or reset. */
    public long flashes(OfferSide side) { return flashes[DepthEventTracker.index(side)]; }

    /** Candidates the price reached (could have traded). */
    public long reached() { return reached; }

    /** Candidates that outlived {@code maxLifeMs}. */
    public long persisted() { return persisted; }

    /** Candidates that left the visible levels. */
    public long lost() { return lost; }

    /** Candidates not followed because all slots were busy. */
    public long overflow() { return overflow; }

    /** Side of the latest flash, or null if none yet. */
    public OfferSide lastFlashSide() { return lastFlashSide; }

    /** Time of the latest flash, ms UTC. */
    public long lastFlashTimeMs() { return lastFlashTime; }

    /** Price of the latest flash, points. */
    public long lastFlashPrice() { return lastFlashPrice; }

    /** Level (0 = touch) where the latest flash appeared; −1 if none. */
    public int lastFlashLevel() { return lastFlashLevel; }

    /** Distance from the touch of the latest flash when it appeared, points. */
    public long lastFlashDistancePoints() { return lastFlashDistance; }

    /** Size multiple (size over baseline) of the latest flash; NaN if none. */
    public double lastFlashSizeMultiple() { return lastFlashMultiple; }

    /** Life of the latest flash, ms. */
    public long lastFlashLifeMs() { return lastFlashLife; }

    /** Mid drift during the latest flash's life, points, positive = the way the size suggested; NaN if none. */
    public double lastFlashDriftPoints() { return lastFlashDrift; }

    /** The depth events tracker this score updates. */
    public DepthEventTracker events() { return events; }

    /** Updates seen. */
    public long updates() { return updates; }

    public SpoofSettings settings() { return cfg; }

    /** Forgets everything (baselines, candidates, evidence, counters, depth events). */
    public void reset() {
        events.reset();
        updates = 0;
        lastTime = Long.MIN_VALUE;
        anyEvidence = false;
        candidates = reached = persisted = lost = overflow = 0;
        lastFlashSide = null;
        lastFlashTime = lastFlashPrice = lastFlashDistance = lastFlashLife = 0;
        lastFlashLevel = -1;
        lastFlashMultiple = Double.NaN;
        lastFlashDrift = Double.NaN;
        robust = 0;
        for (int s = 0; s < 2; s++) {
            activeCount[s] = 0;
            flashWeight[s] = 0;
            netAgreeWeight[s] = 0;
            score[s] = 0;
            flashes[s] = 0;
            levelPullTime[s] = 0;
            levelPullMax[s] = 0;
        }
        java.util.Arrays.fill(activeBits, 0);
        java.util.Arrays.fill(baseline, 0);
        java.util.Arrays.fill(variance, 0);
        java.util.Arrays.fill(levelPull, 0);
        java.util.Arrays.fill(candidateStamp, -1);
    }
}
