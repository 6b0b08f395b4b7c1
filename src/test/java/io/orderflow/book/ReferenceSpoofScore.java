package io.orderflow.book;

import java.util.ArrayList;
import java.util.List;

import io.orderflow.market.Tick;

/**
 * A slow reference of the manipulation evidence, written from its definition (docs/readme/book.md,
 * "The spoofing score and its parameters", and the class comment of {@link SpoofScore}) and sharing
 * no code with it: depth events come from {@link ReferenceDepthEventsTest#reference} (the rules
 * written with maps), candidates are objects followed by price, and the decayed quantities are
 * recomputed at every update from the full list of past flashes
 * ({@code Σ exp(−(now − t_flash) / τ)}, τ = half-life / ln 2) instead of being decayed step by
 * step. Only the slot order of candidates is mirrored, because it decides which of several flashes
 * of one update is the "last" one.
 *
 * <p>One known difference, below any tolerance used: the streaming score drops all evidence once
 * every decayed weight is below 1e-9 (about 30 half-lives without a flash); this one never does.
 */
public final class ReferenceSpoofScore {
    /** A flash as the definition records it. */
    public static final class Flash {
        public final long time;
        /** 0 bid, 1 ask. */
        public final int side;
        public final long price;
        final int level;
        final long distance;
        final double multiple;
        final long life;
        final double drift;

        Flash(long time, int side, long price, int level, long distance, double multiple, long life, double drift) {
            this.time = time;
            this.side = side;
            this.price = price;
            this.level = level;
            this.distance = distance;
            this.multiple = multiple;
            this.life = life;
            this.drift = drift;
        }
    }

    private static final class Candidate {
        long price;
        long start;
        long startMid2;
        double before;
        double jump;
        double multiple;
        int level;
        long distance;
    }

    private final int levels;
    private final int cap;
    private final int minLevel;
    private final double k;
    private final double z;
    private final double alpha;
    private final double pulledFraction;
    private final long maxLifeMs;
    private final int warmup;
    private final double tau;
    private final double repeats;

    private final double[][] baseline;
    private final double[][] variance;
    private final Candidate[][] slots;
    private long[][] prevPrices;
    private double[][] prevSizes;
    private long updates;
    private long lastTime = Long.MIN_VALUE;
    public final List<Flash> flashes = new ArrayList<>();
    /** Flashes of the latest update, in the order they were found. */
    final List<Flash> lastUpdateFlashes = new ArrayList<>();
    private final double[] score = new double[2];
    private double robust;
    /** Depth events of the latest update per side: {added, pulled, consumed} summed over levels. */
    final double[][] lastEvents = new double[2][3];

    public ReferenceSpoofScore(SpoofSettings s) {
        levels = s.levels();
        cap = s.candidatesPerSide();
        minLevel = s.minLevelsFromTouch();
        k = s.sizeMultiple();
        z = s.zScore();
        // an EWMA whose weight halves every H updates
        alpha = 1 - Math.pow(0.5, 1.0 / s.baselineHalfLifeUpdates());
        pulledFraction = s.pulledFraction();
        maxLifeMs = s.maxLifeMs();
        warmup = s.warmupUpdates();
        tau = s.scoreHalfLifeMs() / Math.log(2);
        repeats = s.repeats();
        baseline = new double[2][levels];
        variance = new double[2][levels];
        slots = new Candidate[2][cap];
    }

    public void onTick(Tick t) {
        long now = t.timeMs();
        if (now > lastTime) lastTime = now;
        lastUpdateFlashes.clear();
        int n = Math.min(levels, t.levels());
        long[][] prices = new long[2][n];
        double[][] sizes = new double[2][n];
        for (int i = 0; i < n; i++) {
            prices[0][i] = t.bidPrice(i);
            prices[1][i] = t.askPrice(i);
            sizes[0][i] = t.bidVolume(i);
            sizes[1][i] = t.askVolume(i);
        }
        double[][][] ev = new double[2][][];
        for (int s = 0; s < 2; s++) {
            if (prevPrices == null) {
                ev[s] = new double[3][levels];
            } else {
                ev[s] = ReferenceDepthEventsTest.reference(prevPrices[s], prevSizes[s], prices[s], sizes[s], s == 0, levels);
            }
            for (int e = 0; e < 3; e++) {
                double sum = 0;
                for (double v : ev[s][e]) sum += v;
                lastEvents[s][e] = sum;
            }
        }
        long mid2 = t.askPrice(0) + t.bidPrice(0);
        boolean[][] candidateAt = new boolean[2][levels];
        for (int s = 0; s < 2; s++) {
            resolve(s, prices[s], sizes[s], n, now, mid2, candidateAt[s]);
            if (updates >= warmup) detect(s, prices[s], sizes[s], ev[s][0], n, now, mid2, candidateAt[s]);
        }
        computeScores();
        double[] sideSum = new double[2];
        for (int s = 0; s < 2; s++) {
            double[] lp = levelCounts(s);
            double max = 0;
            for (double v : lp) max = Math.max(max, v);
            double sum = 0;
            for (int j = 0; j < n; j++) {
                double pull = 0;
                if (score[s] > 0) {
                    pull = max > 0 ? score[s] * lp[j] / max : 0;
                    if (candidateAt[s][j] && score[s] > pull) pull = score[s];
                }
                sum += sizes[s][j] * (1 - pull);
            }
            sideSum[s] = sum;
            // baselines: every visible level not holding an open candidate, clipped at k × baseline
            for (int j = 0; j < n; j++) {
                if (candidateAt[s][j]) continue;
                double b = baseline[s][j];
                if (b > 0) {
                    double x = Math.min(sizes[s][j], k * b);
                    double d = x - b;
                    baseline[s][j] = b + alpha * d;
                    variance[s][j] = (1 - alpha) * (variance[s][j] + alpha * d * d);
                } else {
                    baseline[s][j] = sizes[s][j];
                    variance[s][j] = 0;
                }
            }
        }
        double tot = sideSum[0] + sideSum[1];
        robust = tot > 0 ? (sideSum[0] - sideSum[1]) / tot : 0;
        prevPrices = prices;
        prevSizes = sizes;
        updates++;
    }

    /** {@code p} better than or equal to {@code q} on side {@code s} (higher bid, lower ask). */
    private static boolean atOrBetter(int s, long p, long q) {
        return s == 0 ? p >= q : p <= q;
    }

    private void resolve(int s, long[] prices, double[] sizes, int n, long now, long mid2, boolean[] candidateAt) {
        for (int c = 0; c < cap; c++) {
            Candidate cand = slots[s][c];
            if (cand == null) continue;
            long age = now - cand.start;
            if (n > 0 && atOrBetter(s, cand.price, prices[0])) { // the touch came to or through it: reached
                slots[s][c] = null;
                continue;
            }
            int idx = -1;
            for (int i = 0; i < n; i++) if (prices[i] == cand.price) idx = i;
            double size;
            if (idx >= 0) {
                size = sizes[idx];
            } else {
                boolean truncated = n >= levels;
                boolean visible = !truncated || n == 0 || atOrBetter(s, cand.price, prices[n - 1]) && prices[n - 1] != cand.price;
                if (!visible) { // the book shifted it out of view: lost
                    slots[s][c] = null;
                    continue;
                }
                size = 0;
            }
            boolean pulled = size <= cand.before + (1 - pulledFraction) * cand.jump;
            if (pulled) {
                slots[s][c] = null;
                if (age <= maxLifeMs) {
                    double drift = (mid2 - cand.startMid2) * 0.5 * (s == 0 ? 1 : -1);
                    Flash f = new Flash(now, s, cand.price, cand.level, cand.distance, cand.multiple, age, drift);
                    flashes.add(f);
                    lastUpdateFlashes.add(f);
                }
            } else if (age > maxLifeMs) {
                slots[s][c] = null; // persisted
            } else {
                candidateAt[idx] = true;
            }
        }
    }

    private void detect(int s, long[] prices, double[] sizes, double[] addedAt, int n, long now, long mid2,
                        boolean[] candidateAt) {
        for (int j = minLevel; j < n; j++) {
            double b = baseline[s][j];
            if (!(b > 0)) continue;
            double size = sizes[j];
            boolean large = size >= k * b && addedAt[j] >= (k - 1) * b
                    && (z <= 0 || size >= b + z * Math.sqrt(variance[s][j]));
            if (!large) continue;
            boolean followed = false;
            int free = -1;
            for (int c = 0; c < cap; c++) {
                if (slots[s][c] != null && slots[s][c].price == prices[j]) followed = true;
                if (slots[s][c] == null && free < 0) free = c;
            }
            if (followed || free < 0) continue;
            Candidate cand = new Candidate();
            cand.price = prices[j];
            cand.start = now;
            cand.startMid2 = mid2;
            cand.before = sizeBefore(s, prices[j]);
            cand.jump = addedAt[j];
            cand.multiple = size / b;
            cand.level = j;
            cand.distance = Math.abs(prices[0] - prices[j]);
            slots[s][free] = cand;
            candidateAt[j] = true;
        }
    }

    private double sizeBefore(int s, long price) {
        if (prevPrices == null) return 0;
        for (int i = 0; i < prevPrices[s].length; i++) if (prevPrices[s][i] == price) return prevSizes[s][i];
        return 0;
    }

    private double weight(Flash f) {
        return Math.exp(-(lastTime - f.time) / tau);
    }

    private double[] levelCounts(int s) {
        double[] lp = new double[levels];
        for (Flash f : flashes) if (f.side == s) lp[f.level] += weight(f);
        return lp;
    }

    private void computeScores() {
        double[] fw = new double[2], net = new double[2];
        for (Flash f : flashes) {
            double w = weight(f);
            fw[f.side] += w;
            if (f.drift > 0) net[f.side] += w;
            else if (f.drift < 0) net[f.side] -= w;
        }
        for (int s = 0; s < 2; s++) {
            double f = fw[s];
            score[s] = f > 0 && net[s] > 0
                    ? Math.min(1, f / repeats) * (net[s] / f) * (f / (f + fw[1 - s]))
                    : 0;
        }
    }

    public double score(int s) { return score[s]; }

    public double robustImbalance() { return robust; }
}
