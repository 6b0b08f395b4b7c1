package io.orderflow.backtest.validation;

/**
 * The deflated Sharpe ratio of Bailey and López de Prado (2014, "The Deflated Sharpe Ratio:
 * Correcting for Selection Bias, Backtest Overfitting and Non-Normality", Journal of Portfolio
 * Management 40(5)): the probability that the true Sharpe ratio of the configuration picked as the
 * best of {@code N} exceeds what the best of {@code N} configurations without any edge would show.
 *
 * <pre>
 * SR0 = √V · ((1 − γ) Φ⁻¹(1 − 1/N) + γ Φ⁻¹(1 − 1/(N e)))           expected maximum of N null Sharpe ratios
 * DSR = Φ( (SR − SR0) √(T − 1) / √(1 − γ3 SR + (γ4 − 1)/4 · SR²) )  probabilistic Sharpe ratio against SR0
 * </pre>
 * with SR the winner's Sharpe ratio per period (not annualised), T its number of returns, γ3 and
 * γ4 their skewness and (non-excess) kurtosis, V the variance of the N trials' Sharpe ratios and
 * γ the Euler–Mascheroni constant. Immutable; thread-safe.
 */
public final class DeflatedSharpe {
    /** Euler–Mascheroni constant. */
    public static final double EULER_GAMMA = 0.5772156649015329;

    private final double sharpe;
    private final int observations;
    private final double skewness;
    private final double kurtosis;
    private final int trials;
    private final double trialVariance;
    private final double expectedMax;
    private final double deflated;

    private DeflatedSharpe(double sharpe, int observations, double skewness, double kurtosis, int trials,
                           double trialVariance) {
        this.sharpe = sharpe;
        this.observations = observations;
        this.skewness = skewness;
        this.kurtosis = kurtosis;
        this.trials = trials;
        this.trialVariance = trialVariance;
        this.expectedMax = expectedMaximum(trials, trialVariance);
        this.deflated = probabilistic(sharpe, expectedMax, observations, skewness, kurtosis);
    }

    /**
     * From the figures: the winner's Sharpe ratio per period, its number of returns, their skewness
     * and kurtosis, the number of configurations tried and the variance of their Sharpe ratios.
     *
     * @throws IllegalArgumentException for fewer than 2 trials or 2 returns, or a non-finite Sharpe ratio
     */
    public static DeflatedSharpe of(double sharpe, int observations, double skewness, double kurtosis, int trials,
                                    double trialVariance) {
        if (trials < 2) {
            throw new IllegalArgumentException("the deflated Sharpe ratio needs at least 2 configurations tried, got "
                    + trials + " (a grid of one point has nothing to deflate)");
        }
        if (observations < 2) {
            throw new IllegalArgumentException("the deflated Sharpe ratio needs at least 2 returns, got " + observations);
        }
        if (Double.isNaN(sharpe) || Double.isInfinite(sharpe)) {
            throw new IllegalArgumentException("the winner's Sharpe ratio is not a finite number (" + sharpe
                    + "): its returns do not vary");
        }
        if (!(trialVariance >= 0)) throw new IllegalArgumentException("variance of the trials' Sharpe ratios must be >= 0");
        return new DeflatedSharpe(sharpe, observations, skewness, kurtosis, trials, trialVariance);
    }

    /**
     * From the winner's per-period returns and every configuration's Sharpe ratio per period (the
     * winner's included); non-finite trial ratios are left out of the variance.
     */
    public static DeflatedSharpe of(double[] winnerReturns, double[] trialSharpes) {
        return of(Moments.sharpe(winnerReturns), winnerReturns.length, Moments.skewness(winnerReturns),
                Moments.kurtosis(winnerReturns), trialSharpes.length, Moments.varianceOfFinite(trialSharpes));
    }

    /** Expected maximum Sharpe ratio of {@code trials} null configurations whose ratios have variance {@code v}. */
    public static double expectedMaximum(int trials, double v) {
        if (trials < 2) return 0;
        double n = trials;
        return Math.sqrt(v) * ((1 - EULER_GAMMA) * Normal.inverse(1 - 1 / n)
                + EULER_GAMMA * Normal.inverse(1 - 1 / (n * Math.E)));
    }

    /** Probabilistic Sharpe ratio: P(true SR > benchmark) given T returns with skewness and kurtosis. */
    public static double probabilistic(double sharpe, double benchmark, int observations, double skewness,
                                       double kurtosis) {
        double var = 1 - skewness * sharpe + (kurtosis - 1) / 4 * sharpe * sharpe;
        if (!(var > 0)) var = Double.MIN_NORMAL;
        return Normal.cdf((sharpe - benchmark) * Math.sqrt(observations - 1) / Math.sqrt(var));
    }

    /** The winner's Sharpe ratio per period. */
    public double sharpe() { return sharpe; }

    /** Number of returns behind it (T). */
    public int observations() { return observations; }

    public double skewness() { return skewness; }

    /** Kurtosis, not excess (3 for normal returns). */
    public double kurtosis() { return kurtosis; }

    /** Number of configurations tried (N). */
    public int trials() { return trials; }

    /** Variance of the trials' Sharpe ratios per period (V). */
    public double trialVariance() { return trialVariance; }

    /** Expected maximum Sharpe ratio per period of N configurations without edge (SR0). */
    public double expectedMaximum() { return expectedMax; }

    /** The deflated Sharpe ratio, a probability in [0, 1]. */
    public double deflated() { return deflated; }

    /** True when DSR ≥ 0.95: the winner's edge survives the number of configurations tried. */
    public boolean significant() { return deflated >= 0.95; }
}
