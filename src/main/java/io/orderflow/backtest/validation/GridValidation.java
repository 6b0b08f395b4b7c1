package io.orderflow.backtest.validation;

import java.util.List;

import io.orderflow.backtest.Ranking;
import io.orderflow.backtest.stats.EquityCurve;
import io.orderflow.backtest.stats.StatisticsCalculator;

/**
 * Everything the validation of a grid says, from the runs of a sweep (one per grid point over the
 * whole range): the walk-forward ({@link WalkForward}), the probability of backtest overfitting
 * ({@link OverfittingProbability}) and the deflated Sharpe ratio of the winner
 * ({@link DeflatedSharpe}) from every run's per-session returns, and the confirmation verdicts
 * ({@link ConfirmationVerdict}) of the walk-forward's out-of-sample signals and of the winner's
 * signals over the whole range. No I/O; computed on the calling thread. Immutable once built.
 */
public final class GridValidation {
    /** How to validate. */
    public static final class Settings {
        public int minTrades = 1;
        /** CSCV blocks; 0 = {@link OverfittingProbability#defaultBlocks}. */
        public int blocks;
        public double confidence = 0.95;
        public int resamples = 10000;
        public long seed = 1;
        public int minSignals = 20;
        public double periodsPerYear = StatisticsCalculator.FX_SESSIONS_PER_YEAR;
    }

    private final WalkForward.Result walkForward;
    private final OverfittingProbability overfitting;
    private final String overfittingProblem;
    private final DeflatedSharpe deflated;
    private final String deflatedProblem;
    private final int winner;
    private final double[] sharpes;
    private final ConfirmationVerdict outOfSampleConfirmation;
    private final ConfirmationVerdict winnerConfirmation;
    private final long[] periodEnds;

    private GridValidation(WalkForward.Result walkForward, OverfittingProbability overfitting, String overfittingProblem,
                           DeflatedSharpe deflated, String deflatedProblem, int winner, double[] sharpes,
                           ConfirmationVerdict outOfSampleConfirmation, ConfirmationVerdict winnerConfirmation,
                           long[] periodEnds) {
        this.walkForward = walkForward;
        this.overfitting = overfitting;
        this.overfittingProblem = overfittingProblem;
        this.deflated = deflated;
        this.deflatedProblem = deflatedProblem;
        this.winner = winner;
        this.sharpes = sharpes;
        this.outOfSampleConfirmation = outOfSampleConfirmation;
        this.winnerConfirmation = winnerConfirmation;
        this.periodEnds = periodEnds;
    }

    /**
     * @param runs   one per grid point, in grid order, all over the same range and ticks
     * @param winner index of the full-range winner by the ranking (the sweep's first)
     * @throws IllegalArgumentException for a grid of one point, runs whose sessions differ, or a
     *                                  walk-forward that cannot choose (see {@link WalkForward#run})
     */
    public static GridValidation run(WalkForwardPlan plan, List<WalkForward.Run> runs, Ranking ranking, int winner,
                                     Settings settings) {
        if (runs.size() < 2) {
            throw new IllegalArgumentException("a grid of " + runs.size() + " point(s): validation compares configurations "
                    + "(overfitting statistics need at least 2); give at least two values on a --grid axis");
        }
        long[] ends = runs.get(0).sessions().times();
        WalkForward.Result wf = WalkForward.run(plan, runs, ranking, settings.minTrades, settings.periodsPerYear);

        Overfitting o = overfitting(runs, winner, settings.blocks);
        ConfirmationVerdict oos = ConfirmationVerdict.compare(wf.confirmedR(), wf.unconfirmedR(), settings.confidence,
                settings.resamples, settings.seed, settings.minSignals);
        SignalOutcomes w = runs.get(winner).signals();
        ConfirmationVerdict full = ConfirmationVerdict.compare(w.outcomes(true, Long.MIN_VALUE, Long.MAX_VALUE),
                w.outcomes(false, Long.MIN_VALUE, Long.MAX_VALUE), settings.confidence, settings.resamples, settings.seed,
                settings.minSignals);
        return new GridValidation(wf, o.pbo, o.pboProblem, o.dsr, o.dsrProblem, winner, o.sharpes, oos, full, ends);
    }

    /** PBO and the deflated Sharpe ratio of a grid's runs, each with the reason when it cannot be computed. */
    public static final class Overfitting {
        private final OverfittingProbability pbo;
        private final String pboProblem;
        private final DeflatedSharpe dsr;
        private final String dsrProblem;
        private final double[] sharpes;

        Overfitting(OverfittingProbability pbo, String pboProblem, DeflatedSharpe dsr, String dsrProblem, double[] sharpes) {
            this.pbo = pbo;
            this.pboProblem = pboProblem;
            this.dsr = dsr;
            this.dsrProblem = dsrProblem;
            this.sharpes = sharpes;
        }

        /** Null when not computed; see {@link #pboProblem()}. */
        public OverfittingProbability pbo() { return pbo; }

        public String pboProblem() { return pboProblem; }

        /** Null when not computed; see {@link #dsrProblem()}. */
        public DeflatedSharpe deflated() { return dsr; }

        public String dsrProblem() { return dsrProblem; }

        /** Every run's Sharpe ratio per session. */
        public double[] sharpes() { return sharpes.clone(); }
    }

    /**
     * PBO by CSCV over every run's per-session returns and the deflated Sharpe ratio of run
     * {@code winner}; a grid of one point, too few sessions or a winner whose returns never vary
     * give the reason instead of a figure.
     *
     * @param blocks CSCV blocks, 0 = {@link OverfittingProbability#defaultBlocks}
     */
    public static Overfitting overfitting(List<WalkForward.Run> runs, int winner, int blocks) {
        double[][] returns = returnsMatrix(runs);
        OverfittingProbability pbo = null;
        String pboProblem = null;
        try {
            int s = blocks > 0 ? blocks : OverfittingProbability.defaultBlocks(returns.length);
            pbo = OverfittingProbability.compute(returns, s);
        } catch (IllegalArgumentException e) {
            pboProblem = e.getMessage();
        }
        double[] sharpes = new double[runs.size()];
        for (int n = 0; n < runs.size(); n++) sharpes[n] = Moments.sharpe(column(returns, n));
        DeflatedSharpe dsr = null;
        String dsrProblem = null;
        try {
            dsr = DeflatedSharpe.of(column(returns, winner), sharpes);
        } catch (IllegalArgumentException e) {
            dsrProblem = e.getMessage();
        }
        return new Overfitting(pbo, pboProblem, dsr, dsrProblem, sharpes);
    }

    /** returns[t][n]: run n's return in session t (equity change over the previous session end, the deposit first). */
    static double[][] returnsMatrix(List<WalkForward.Run> runs) {
        EquityCurve first = runs.get(0).sessions();
        int t = first.size();
        double[][] m = new double[t][runs.size()];
        for (int n = 0; n < runs.size(); n++) {
            WalkForward.Run r = runs.get(n);
            EquityCurve e = r.sessions();
            if (e.size() != t) {
                throw new IllegalArgumentException("run " + n + " " + r.name() + " has " + e.size() + " sessions, run 0 has "
                        + t + ": the runs did not replay the same ticks");
            }
            double[] rs = StatisticsCalculator.sessionReturns(r.deposit(), e);
            for (int i = 0; i < t; i++) {
                if (e.time(i) != first.time(i)) {
                    throw new IllegalArgumentException("run " + n + " " + r.name() + ": session " + i
                            + " ends at a different time than run 0's: the runs did not replay the same ticks");
                }
                m[i][n] = rs[i];
            }
        }
        return m;
    }

    static double[] column(double[][] m, int n) {
        double[] c = new double[m.length];
        for (int i = 0; i < m.length; i++) c[i] = m[i][n];
        return c;
    }

    public WalkForward.Result walkForward() { return walkForward; }

    /** Null when it could not be computed; see {@link #overfittingProblem()}. */
    public OverfittingProbability overfitting() { return overfitting; }

    /** Why {@link #overfitting()} is null (e.g. too few sessions for the blocks); null otherwise. */
    public String overfittingProblem() { return overfittingProblem; }

    /** Null when it could not be computed; see {@link #deflatedProblem()}. */
    public DeflatedSharpe deflated() { return deflated; }

    public String deflatedProblem() { return deflatedProblem; }

    /** Index of the full-range winner. */
    public int winner() { return winner; }

    /** Every run's Sharpe ratio per session over the whole range. */
    public double[] sharpes() { return sharpes.clone(); }

    /** Confirmed vs unconfirmed signals of the walk-forward's out-of-sample parts. */
    public ConfirmationVerdict outOfSampleConfirmation() { return outOfSampleConfirmation; }

    /** Confirmed vs unconfirmed signals of the full-range winner (in-sample). */
    public ConfirmationVerdict winnerConfirmation() { return winnerConfirmation; }

    /** End times (ms UTC) of the sessions behind the returns. */
    public long[] periodEnds() { return periodEnds.clone(); }
}
