package io.orderflow.backtest.validation;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Is the difference between confirmed and unconfirmed signals more than chance? Compares the mean
 * R (expectancy) of two groups of outcomes: the difference {@code mean(confirmed) − mean(unconfirmed)},
 * a percentile bootstrap confidence interval of it (each group resampled with replacement on its
 * own, {@code resamples} times) and a two-sided permutation-test p-value (group labels shuffled
 * {@code resamples} times; p = (1 + #{|d*| ≥ |d|}) / (1 + resamples), never 0).
 *
 * <p>With fewer than {@code minPerGroup} outcomes in either group there is no number: the verdict is
 * {@link Kind#NOT_ENOUGH_SIGNALS}. Otherwise {@link Kind#HELPS} or {@link Kind#HURTS} when the
 * interval excludes 0 and p &lt; 1 − confidence, else {@link Kind#NO_CLEAR_DIFFERENCE}.
 *
 * <p>Deterministic for a given seed ({@link SplittableRandom}). Immutable; thread-safe.
 */
public final class ConfirmationVerdict {
    /** Defaults of the verdict's settings (the {@code validate} options; {@code backtest} uses them as they are). */
    public static final double DEFAULT_CONFIDENCE = 0.95;
    public static final int DEFAULT_RESAMPLES = 10000;
    public static final long DEFAULT_SEED = 1;
    public static final int DEFAULT_MIN_PER_GROUP = 20;

    /** The outcome of the comparison. */
    public enum Kind {
        NOT_ENOUGH_SIGNALS("not enough signals"),
        HELPS("confirmation helps"),
        HURTS("confirmation hurts"),
        NO_CLEAR_DIFFERENCE("no clear difference");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        public String words() { return words; }
    }

    private final int confirmed;
    private final int unconfirmed;
    private final double meanConfirmed;
    private final double meanUnconfirmed;
    private final double low;
    private final double high;
    private final double pValue;
    private final double confidence;
    private final int resamples;
    private final long seed;
    private final int minPerGroup;
    private final Kind kind;

    private ConfirmationVerdict(int confirmed, int unconfirmed, double meanConfirmed, double meanUnconfirmed,
                                double low, double high, double pValue, double confidence, int resamples, long seed,
                                int minPerGroup, Kind kind) {
        this.confirmed = confirmed;
        this.unconfirmed = unconfirmed;
        this.meanConfirmed = meanConfirmed;
        this.meanUnconfirmed = meanUnconfirmed;
        this.low = low;
        this.high = high;
        this.pValue = pValue;
        this.confidence = confidence;
        this.resamples = resamples;
        this.seed = seed;
        this.minPerGroup = minPerGroup;
        this.kind = kind;
    }

    /**
     * @param confirmedR   R outcomes of confirmed signals (NaN values are left out)
     * @param unconfirmedR R outcomes of unconfirmed signals (NaN values are left out)
     * @param confidence   e.g. 0.95
     * @param resamples    bootstrap and permutation resamples, ≥ 100
     * @param minPerGroup  fewest outcomes per group for a number, ≥ 2
     */
    public static ConfirmationVerdict compare(double[] confirmedR, double[] unconfirmedR, double confidence,
                                              int resamples, long seed, int minPerGroup) {
        if (!(confidence > 0 && confidence < 1)) throw new IllegalArgumentException("confidence must be in (0, 1), was " + confidence);
        if (resamples < 100) throw new IllegalArgumentException("resamples must be >= 100, was " + resamples);
        if (minPerGroup < 2) throw new IllegalArgumentException("minPerGroup must be >= 2, was " + minPerGroup);
        double[] c = finite(confirmedR);
        double[] u = finite(unconfirmedR);
        double mc = c.length == 0 ? Double.NaN : Moments.mean(c);
        double mu = u.length == 0 ? Double.NaN : Moments.mean(u);
        if (c.length < minPerGroup || u.length < minPerGroup) {
            return new ConfirmationVerdict(c.length, u.length, mc, mu, Double.NaN, Double.NaN, Double.NaN, confidence,
                    resamples, seed, minPerGroup, Kind.NOT_ENOUGH_SIGNALS);
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] diffs = new double[resamples];
        for (int b = 0; b < resamples; b++) diffs[b] = resampledMean(c, rnd) - resampledMean(u, rnd);
        Arrays.sort(diffs);
        double alpha = 1 - confidence;
        double lo = quantile(diffs, alpha / 2);
        double hi = quantile(diffs, 1 - alpha / 2);
        double p = permutationP(c, u, resamples, rnd);
        Kind k = lo > 0 && p < alpha ? Kind.HELPS : hi < 0 && p < alpha ? Kind.HURTS : Kind.NO_CLEAR_DIFFERENCE;
        return new ConfirmationVerdict(c.length, u.length, mc, mu, lo, hi, p, confidence, resamples, seed, minPerGroup, k);
    }

    private static double[] finite(double[] x) {
        double[] out = new double[x.length];
        int n = 0;
        for (double v : x) if (!Double.isNaN(v) && !Double.isInfinite(v)) out[n++] = v;
        return Arrays.copyOf(out, n);
    }

    private static double resampledMean(double[] x, SplittableRandom rnd) {
        double s = 0;
        for (int i = 0; i < x.length; i++) s += x[rnd.nextInt(x.length)];
        return s / x.length;
    }

    /** Linear interpolation between order statistics (type 7): h = (n − 1) q. */
    static double quantile(double[] sorted, double q) {
        double h = (sorted.length - 1) * q;
        int i = (int) Math.floor(h);
        if (i >= sorted.length - 1) return sorted[sorted.length - 1];
        return sorted[i] + (h - i) * (sorted[i + 1] - sorted[i]);
    }

    /** Two-sided Monte Carlo permutation p-value of the difference in means. */
    static double permutationP(double[] c, double[] u, int resamples, SplittableRandom rnd) {
        int nc = c.length, n = nc + u.length;
        double[] pool = new double[n];
        System.arraycopy(c, 0, pool, 0, nc);
        System.arraycopy(u, 0, pool, nc, u.length);
        double total = 0;
        for (double v : pool) total += v;
        double observed = Math.abs(Moments.mean(c) - Moments.mean(u));
        double tolerance = 1e-12 * Math.max(1, observed);
        int extreme = 0;
        for (int b = 0; b < resamples; b++) {
            // partial Fisher–Yates: the first nc of the pool become the "confirmed" group
            double sc = 0;
            for (int i = 0; i < nc; i++) {
                int j = i + rnd.nextInt(n - i);
                double t = pool[i];
                pool[i] = pool[j];
                pool[j] = t;
                sc += pool[i];
            }
            double d = Math.abs(sc / nc - (total - sc) / (n - nc));
            if (d >= observed - tolerance) extreme++;
        }
        return (1.0 + extreme) / (1.0 + resamples);
    }

    public int confirmedCount() { return confirmed; }

    public int unconfirmedCount() { return unconfirmed; }

    /** Mean R of confirmed signals (NaN when none). */
    public double confirmedExpectancy() { return meanConfirmed; }

    /** Mean R of unconfirmed signals (NaN when none). */
    public double unconfirmedExpectancy() { return meanUnconfirmed; }

    /** Confirmed minus unconfirmed expectancy, R (NaN when either group is empty). */
    public double difference() { return meanConfirmed - meanUnconfirmed; }

    /** Lower end of the bootstrap interval of the difference, R (NaN without enough signals). */
    public double low() { return low; }

    /** Upper end of the bootstrap interval of the difference, R (NaN without enough signals). */
    public double high() { return high; }

    /** Two-sided permutation p-value (NaN without enough signals). */
    public double pValue() { return pValue; }

    public double confidence() { return confidence; }

    public int resamples() { return resamples; }

    public long seed() { return seed; }

    public int minPerGroup() { return minPerGroup; }

    public Kind kind() { return kind; }

    /** One sentence for people, e.g. "not enough signals (7 confirmed, 30 unconfirmed; need 20 each)". */
    public String sentence() {
        if (kind == Kind.NOT_ENOUGH_SIGNALS) {
            return String.format(Locale.ROOT, "not enough signals (%d confirmed, %d unconfirmed; need %d each)",
                    confirmed, unconfirmed, minPerGroup);
        }
        return String.format(Locale.ROOT, "%s: confirmed %+.3f R vs unconfirmed %+.3f R per signal, difference %+.3f R "
                        + "(%.0f%% interval %+.3f to %+.3f), permutation p = %.4f",
                kind.words(), meanConfirmed, meanUnconfirmed, difference(), confidence * 100, low, high, pValue);
    }
}
