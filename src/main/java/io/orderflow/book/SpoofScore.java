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
    private final int minLevel;
    private final double k;
    private final double z;
    private final double alpha;
    private final double invRepeats;
    private final double keepFraction;
    private final long maxLifeMs;
    private final int warmup;
    private final double tauMs;
    /** exp(−dt / tau) for dt of 0..4095 ms, the same values {@code Math.exp} gives, looked up. */
    private final double[] decayTable = new double[4096];

    private final double[][] baseline;
    private final double[][] variance;
    private long updates;

    // Candidates, per side: slot arrays. Prices are kept as descending keys (bid price, minus the
    // ask price) so that both sides share one code path.
    private final boolean[][] active;
    private final int[] activeCount = new int[2];
    private final long[][] cKey;
    private final long[][] cStart;
    private final long[][] cStartMid2;
    private final long[][] cDistance;
    private final double[][] cBefore;
    private final double[][] cJump;
    private final double[][] cMultiple;
    private final int[][] cLevel;
    /** Update number in which an open candidate sits at the level (instead of clearing flags). */
    private final long[][] candidateStamp;

    private long lastTime = Long.MIN_VALUE;
    private boolean anyEvidence;
    private final double[] flashWeight = new double[2];
    private final double[] netAgreeWeight = new double[2];
    private final double[] score = new double[2];
    /** Decayed flash counts by level, as of {@link #levelPullTime}. */
    private final double[][] levelPull;
    private final long[] levelPullTime = new long[2];
    /** Largest of {@link #levelPull}[s], kept with it (decay scales all counts alike). */
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
        this.minLevel = settings.minLevelsFromTouch();
        this.k = settings.sizeMultiple();
        this.z = settings.zScore();
        this.alpha = 1 - Math.pow(0.5, 1.0 / settings.baselineHalfLifeUpdates());
        this.invRepeats = 1.0 / settings.repeats();
        this.keepFraction = 1 - settings.pulledFraction();
        this.maxLifeMs = settings.maxLifeMs();
        this.warmup = settings.warmupUpdates();
        this.tauMs = settings.scoreHalfLifeMs() / Math.log(2);
        for (int dt = 0; dt < decayTable.length; dt++) decayTable[dt] = Math.exp(-dt / tauMs);
        this.events = new DepthEventTracker(levels);
        baseline = new double[2][levels];
        variance = new double[2][levels];
        active = new boolean[2][cap];
        cKey = new long[2][cap];
        cStart = new long[2][cap];
        cStartMid2 = new long[2][cap];
        cDistance = new long[2][cap];
        cBefore = new double[2][cap];
        cJump = new double[2][cap];
        cMultiple = new double[2][cap];
        cLevel = new int[2][cap];
        candidateStamp = new long[2][levels];
        for (int s = 0; s < 2; s++) java.util.Arrays.fill(candidateStamp[s], -1);
        levelPull = new double[2][levels];
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
        for (int s = 0; s < 2; s++) {
            if (activeCount[s] > 0) resolve(s, n, now, mid2);
            if (detect) detect(s, n, now, mid2);
        }
        // after both sides' flashes of this update: a flash on one side changes the other's score
        double bidSum = updateBaselineAndSum(0, n);
        double askSum = updateBaselineAndSum(1, n);
        double tot = bidSum + askSum;
        robust = tot > 0 ? (bidSum - askSum) / tot : 0.0;
        updates++;
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
                java.util.Arrays.fill(levelPull[s], 0);
                levelPullMax[s] = 0;
            }
        }
        anyEvidence = any;
        updateScores();
    }

    /** Brings side {@code s}'s per-level flash counts to the current time. */
    private void decayLevelPull(int s) {
        long dt = lastTime - levelPullTime[s];
        if (dt > 0) {
            double f = decayFactor(dt);
            double[] lp = levelPull[s];
            for (int j = 0; j < levels; j++) lp[j] *= f;
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

    private void resolve(int s, int n, long now, long mid2) {
        boolean[] act = active[s];
        long[] keys = events.keys(s);
        double[] sizes = events.sizes(s);
        long best = keys[0];
        boolean truncated = n >= levels;
        for (int c = 0; c < cap; c++) {
            if (!act[c]) continue;
            long key = cKey[s][c];
            long age = now - cStart[s][c];
            if (key >= best) { // the touch came to or through it
                close(s, c);
                reached++;
                continue;
            }
            int idx = -1;
            for (int i = 0; i < n; i++) {
                long q = keys[i];
                if (q <= key) {
                    if (q == key) idx = i;
                    break;
                }
            }
            double sz;
            if (idx >= 0) {
                sz = sizes[idx];
            } else {
                boolean visible = !truncated || n == 0 || key > keys[n - 1];
                if (!visible) {
                    close(s, c);
                    lost++;
                    continue;
                }
                sz = 0;
            }
            if (sz <= cBefore[s][c] + keepFraction * cJump[s][c]) {
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
                candidateStamp[s][idx] = updates;
            }
        }
    }

    private void close(int s, int c) {
        active[s][c] = false;
        activeCount[s]--;
    }

    private void flash(int s, int c, long now, long mid2, long life) {
        double drift = (mid2 - cStartMid2[s][c]) * 0.5 * (s == 0 ? 1 : -1);
        flashWeight[s] += 1;
        if (drift > 0) netAgreeWeight[s] += 1;
        else if (drift < 0) netAgreeWeight[s] -= 1;
        decayLevelPull(s);
        double lp = levelPull[s][cLevel[s][c]] += 1;
        if (lp > levelPullMax[s]) levelPullMax[s] = lp;
        anyEvidence = true;
        updateScores();
        flashes[s]++;
        lastFlashSide = side(s);
        lastFlashTime = now;
        lastFlashPrice = price(s, cKey[s][c]);
        lastFlashLevel = cLevel[s][c];
        lastFlashDistance = cDistance[s][c];
        lastFlashMultiple = cMultiple[s][c];
        lastFlashLife = life;
        lastFlashDrift = drift;
        if (listener != null) {
            listener.onFlash(now, lastFlashSide, lastFlashPrice, lastFlashLevel, lastFlashDistance, lastFlashMultiple,
                    life, drift, score[s]);
        }
    }

    private void detect(int s, int n, long now, long mid2) {
        double[] base = baseline[s];
        double[] sizes = events.sizes(s);
        for (int j = minLevel; j < n; j++) {
            double b = base[j];
            // one rarely taken branch: a level k times its baseline is rare on an ordinary book
            if (!((b > 0) & (sizes[j] >= k * b))) continue;
            double added = events.addedAt(s, j);
            if (added < (k - 1) * b) continue; // large, but not a jump: it was there before
            if (z > 0 && sizes[j] < b + z * Math.sqrt(variance[s][j])) continue;
            open(s, j, b, added, now, mid2);
        }
    }

    private void open(int s, int j, double b, double added, long now, long mid2) {
        long key = events.keys(s)[j];
        if (isActive(s, key)) return;
        int c = freeSlot(s);
        if (c < 0) {
            overflow++;
            return;
        }
        active[s][c] = true;
        activeCount[s]++;
        cKey[s][c] = key;
        cStart[s][c] = now;
        cStartMid2[s][c] = mid2;
        cDistance[s][c] = events.keys(s)[0] - key;
        cBefore[s][c] = events.sizeBefore(s, j);
        cJump[s][c] = added;
        cMultiple[s][c] = events.sizes(s)[j] / b;
        cLevel[s][c] = j;
        candidateStamp[s][j] = updates;
        candidates++;
    }

    private boolean isActive(int s, long key) {
        if (activeCount[s] == 0) return false;
        for (int c = 0; c < cap; c++) {
            if (active[s][c] && cKey[s][c] == key) return true;
        }
        return false;
    }

    private int freeSlot(int s) {
        for (int c = 0; c < cap; c++) {
            if (!active[s][c]) return c;
        }
        return -1;
    }

    /**
     * Updates side {@code s}'s per-level baselines (except where an open candidate sits) and
     * returns its size for the robust imbalance: each level's size times {@code 1 − pull}.
     */
    private double updateBaselineAndSum(int s, int n) {
        double[] base = baseline[s];
        double[] var = variance[s];
        double[] sizes = events.sizes(s);
        long[] stamp = candidateStamp[s];
        long u = updates;
        double sc = score[s];
        double sum = 0;
        if (sc > 0) {
            // only ratios of the level counts matter here, and decay scales them all alike
            double[] lp = levelPull[s];
            double max = levelPullMax[s];
            double perFlash = max > 0 ? sc / max : 0.0;
            for (int j = 0; j < n; j++) {
                double pull = lp[j] * perFlash;
                if (stamp[j] == u && sc > pull) pull = sc;
                sum += sizes[j] * (1 - pull);
            }
        }
        for (int j = 0; j < n; j++) {
            double sz = sizes[j];
            if (sc == 0) sum += sz;
            if (stamp[j] == u) continue; // an open candidate does not feed its own yardstick
            double b = base[j];
            if (b > 0) {
                double cap = k * b;
                double x = sz < cap ? sz : cap;
                double d = x - b;
                base[j] = b + alpha * d;
                var[j] = (1 - alpha) * (var[j] + alpha * d * d);
            } else {
                base[j] = sz;
                var[j] = 0;
            }
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
        return max > 0 ? levelPull[s][level] * (sc / max) : 0.0;
    }

    /** Spoof-robust depth imbalance of the latest update in [−1, 1] (see class comment). */
    public double robustImbalance() { return robust; }

    /** Baseline size of {@code level} on {@code side}, size units. */
    public double baseline(OfferSide side, int level) { return baseline[DepthEventTracker.index(side)][level]; }

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
            java.util.Arrays.fill(active[s], false);
            java.util.Arrays.fill(baseline[s], 0);
            java.util.Arrays.fill(variance[s], 0);
            java.util.Arrays.fill(levelPull[s], 0);
            java.util.Arrays.fill(candidateStamp[s], -1);
        }
    }
}
