package io.orderflow.backtest.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.orderflow.backtest.Ranking;
import io.orderflow.backtest.stats.BacktestStatistics;
import io.orderflow.backtest.stats.EquityCurve;
import io.orderflow.trades.ClosedTrade;

/**
 * Walk-forward validation over runs that each covered the whole range once (one per grid point,
 * as a sweep makes them): in each window of a {@link WalkForwardPlan} the configuration with the
 * best in-sample figure by the {@link Ranking} is chosen, and its trades entered in the
 * out-of-sample part form that part of the walk-forward journal. Because every configuration ran
 * continuously, its indicators are warm at each window start, as they would be live; a trade
 * belongs to the part it was entered in ({@link WindowStatistics}).
 *
 * <p><b>Choice.</b> Only configurations with at least {@code minTrades} in-sample trades compete;
 * NaN ranks last; ties go to the lower grid index. <b>Walk-forward efficiency</b> (Pardo): the
 * out-of-sample net profit per trading day over the chosen configuration's in-sample net profit per
 * trading day, per window and overall; NaN when the in-sample profit is not positive.
 *
 * <p>The stitched out-of-sample equity starts at the deposit and adds, session by session, the
 * closed-trade equity changes of each out-of-sample part's trades ({@link WindowStatistics}), so
 * its end is the deposit plus the stitched journal's net profit. Stateless; thread-safe.
 */
public final class WalkForward {
    /** One configuration's run over the whole range. */
    public static final class Run {
        private final String name;
        private final List<ClosedTrade> trades;
        private final EquityCurve sessions;
        private final double deposit;
        private final SignalOutcomes signals;

        /**
         * @param name     how to show the configuration, e.g. "{trend.emaFast=9}"
         * @param trades   its journal
         * @param sessions its marked equity at the end of each session
         * @param deposit  the initial deposit, account currency
         * @param signals  its signals' hypothetical outcomes (may be empty)
         */
        public Run(String name, List<ClosedTrade> trades, EquityCurve sessions, double deposit, SignalOutcomes signals) {
            this.name = name;
            this.trades = trades;
            this.sessions = sessions;
            this.deposit = deposit;
            this.signals = signals == null ? new SignalOutcomes() : signals;
        }

        public String name() { return name; }

        public List<ClosedTrade> trades() { return trades; }

        public EquityCurve sessions() { return sessions; }

        public double deposit() { return deposit; }

        public SignalOutcomes signals() { return signals; }
    }

    /** What one window chose and how it did. */
    public static final class WindowResult {
        private final WalkForwardPlan.Window window;
        private final int chosen;
        private final int eligible;
        private final BacktestStatistics inSample;
        private final BacktestStatistics outOfSample;
        private final double efficiency;

        WindowResult(WalkForwardPlan.Window window, int chosen, int eligible, BacktestStatistics inSample,
                     BacktestStatistics outOfSample, double efficiency) {
            this.window = window;
            this.chosen = chosen;
            this.eligible = eligible;
            this.inSample = inSample;
            this.outOfSample = outOfSample;
            this.efficiency = efficiency;
        }

        public WalkForwardPlan.Window window() { return window; }

        /** Index (in the runs given) of the configuration chosen in-sample. */
        public int chosen() { return chosen; }

        /** Configurations that had enough in-sample trades to compete. */
        public int eligible() { return eligible; }

        /** The chosen configuration's in-sample statistics. */
        public BacktestStatistics inSample() { return inSample; }

        /** The chosen configuration's out-of-sample statistics. */
        public BacktestStatistics outOfSample() { return outOfSample; }

        /** Out-of-sample over in-sample net profit per trading day; NaN when in-sample profit ≤ 0. */
        public double efficiency() { return efficiency; }
    }

    /** The whole walk-forward. */
    public static final class Result {
        private final WalkForwardPlan plan;
        private final Ranking ranking;
        private final List<WindowResult> windows;
        private final List<ClosedTrade> trades;
        private final EquityCurve equity;
        private final BacktestStatistics outOfSample;
        private final double inSampleNetPerDay;
        private final double outOfSampleNetPerDay;
        private final double[] confirmedR;
        private final double[] unconfirmedR;

        Result(WalkForwardPlan plan, Ranking ranking, List<WindowResult> windows, List<ClosedTrade> trades,
               EquityCurve equity, BacktestStatistics outOfSample, double inSampleNetPerDay, double outOfSampleNetPerDay,
               double[] confirmedR, double[] unconfirmedR) {
            this.plan = plan;
            this.ranking = ranking;
            this.windows = Collections.unmodifiableList(windows);
            this.trades = Collections.unmodifiableList(trades);
            this.equity = equity;
            this.outOfSample = outOfSample;
            this.inSampleNetPerDay = inSampleNetPerDay;
            this.outOfSampleNetPerDay = outOfSampleNetPerDay;
            this.confirmedR = confirmedR;
            this.unconfirmedR = unconfirmedR;
        }

        public WalkForwardPlan plan() { return plan; }

        public Ranking ranking() { return ranking; }

        public List<WindowResult> windows() { return windows; }

        /** The stitched out-of-sample journal, window by window. */
        public List<ClosedTrade> trades() { return trades; }

        /** The stitched out-of-sample closed-trade equity at each session end, account currency. */
        public EquityCurve equity() { return equity; }

        /** Statistics of the stitched out-of-sample journal and equity. */
        public BacktestStatistics outOfSample() { return outOfSample; }

        /** Mean in-sample net profit per trading day of the chosen configurations (over all windows). */
        public double inSampleNetPerDay() { return inSampleNetPerDay; }

        /** Out-of-sample net profit per trading day (over all windows). */
        public double outOfSampleNetPerDay() { return outOfSampleNetPerDay; }

        /** Overall walk-forward efficiency; NaN when the in-sample profit per day is not positive. */
        public double efficiency() { return WalkForward.efficiency(outOfSampleNetPerDay, inSampleNetPerDay); }

        /** R of the chosen configurations' confirmed signals inside the out-of-sample parts. */
        public double[] confirmedR() { return confirmedR.clone(); }

        /** R of the chosen configurations' unconfirmed signals inside the out-of-sample parts. */
        public double[] unconfirmedR() { return unconfirmedR.clone(); }
    }

    private WalkForward() {
    }

    /**
     * Runs the walk-forward.
     *
     * @throws IllegalArgumentException when no configuration can be chosen in a window (too few
     *                                  in-sample trades, or the ranking statistic undefined for all)
     */
    public static Result run(WalkForwardPlan plan, List<Run> runs, Ranking ranking, int minTrades,
                             double periodsPerYear) {
        if (runs.isEmpty()) throw new IllegalArgumentException("no runs");
        if (minTrades < 0) throw new IllegalArgumentException("minTrades must be >= 0, was " + minTrades);
        double deposit = runs.get(0).deposit();
        List<WindowResult> results = new ArrayList<>();
        List<ClosedTrade> stitched = new ArrayList<>();
        EquityCurve equity = new EquityCurve();
        double level = deposit;
        double isNet = 0, oosNet = 0;
        int isDays = 0, oosDays = 0;
        List<double[]> conf = new ArrayList<>();
        List<double[]> unconf = new ArrayList<>();
        for (WalkForwardPlan.Window w : plan.windows()) {
            long a = w.inSampleStartMs(), b = w.outOfSampleStartMs(), c = w.outOfSampleEndMs();
            int best = -1, eligible = 0, mostTrades = 0;
            BacktestStatistics bestStats = null;
            for (int i = 0; i < runs.size(); i++) {
                Run r = runs.get(i);
                BacktestStatistics s = WindowStatistics.compute(r.trades(), r.sessions(), r.deposit(), a, b, periodsPerYear);
                mostTrades = Math.max(mostTrades, s.trades());
                if (s.trades() < minTrades) continue;
                eligible++;
                if (best < 0 || ranking.compare(s, bestStats) < 0) {
                    best = i;
                    bestStats = s;
                }
            }
            if (best < 0) {
                throw new IllegalArgumentException(w + ": too few trades in-sample — no configuration has at least "
                        + minTrades + " (the most is " + mostTrades + "); lengthen the in-sample part or lower the minimum");
            }
            if (Double.isNaN(ranking.value(bestStats))) {
                throw new IllegalArgumentException(w + ": the ranking statistic " + ranking.statistic()
                        + " is undefined in-sample for every configuration (e.g. a Sharpe ratio needs 2 sessions and "
                        + "some variation); lengthen the in-sample part or rank by another statistic");
            }
            Run chosen = runs.get(best);
            BacktestStatistics oos = WindowStatistics.compute(chosen.trades(), chosen.sessions(), chosen.deposit(), b, c,
                    periodsPerYear);
            int nIs = w.inSampleDays().size(), nOos = w.outOfSampleDays().size();
            double eff = efficiency(oos.netProfit() / nOos, bestStats.netProfit() / nIs);
            results.add(new WindowResult(w, best, eligible, bestStats, oos, eff));
            isNet += bestStats.netProfit() / nIs;
            isDays++;
            oosNet += oos.netProfit();
            oosDays += nOos;
            WindowStatistics.Part part = WindowStatistics.part(chosen.trades(), chosen.sessions(), chosen.deposit(), b, c);
            stitched.addAll(part.trades());
            double start = level;
            for (int i = 0; i < part.path().size(); i++) {
                level = start + part.path().value(i) - part.startEquity();
                equity.add(part.path().time(i), level);
            }
            conf.add(chosen.signals().outcomes(true, b, c));
            unconf.add(chosen.signals().outcomes(false, b, c));
        }
        long oosStart = plan.windows().get(0).outOfSampleStartMs();
        long oosEnd = plan.windows().get(plan.windows().size() - 1).outOfSampleEndMs();
        BacktestStatistics overall = WindowStatistics.of(stitched, deposit, equity, oosStart, oosEnd, periodsPerYear);
        return new Result(plan, ranking, results, stitched, equity, overall, isNet / isDays, oosNet / oosDays,
                concat(conf), concat(unconf));
    }

    static double efficiency(double oosPerDay, double isPerDay) {
        return isPerDay > 0 ? oosPerDay / isPerDay : Double.NaN;
    }

    private static double[] concat(List<double[]> parts) {
        int n = 0;
        for (double[] p : parts) n += p.length;
        double[] out = new double[n];
        int k = 0;
        for (double[] p : parts) {
            System.arraycopy(p, 0, out, k, p.length);
            k += p.length;
        }
        return out;
    }
}
