package io.orderflow.backtest.validation;

import java.util.ArrayList;
import java.util.List;

import io.orderflow.backtest.stats.AccountSummary;
import io.orderflow.backtest.stats.BacktestStatistics;
import io.orderflow.backtest.stats.EquityCurve;
import io.orderflow.backtest.stats.StatisticsCalculator;
import io.orderflow.trades.ClosedTrade;

/**
 * The statistics of one part [startMs, endMs) of a run that covered the whole range, with the same
 * definitions as a whole run's ({@link StatisticsCalculator}), from the trades <em>entered</em> in
 * the part — a trade still open at the part's end belongs to the part it was entered in:
 * <ul>
 * <li>trade figures (trades, net profit, win rate, profit factor, expectancy) from those trades;</li>
 * <li>equity figures (return, Sharpe, drawdown) from the part's closed-trade equity sampled at each
 * session end inside the part: the starting equity (the deposit plus every trade entered before the
 * part) plus the part's trades closed by then; at the part's last session end every trade of the
 * part counts, so the return is exactly the net profit over the starting equity. The drawdown is
 * the largest fall between session ends, not tick by tick;</li>
 * <li>exposure: the time the part's trades were open inside the part, over its length.</li>
 * </ul>
 * Stateless; thread-safe.
 */
public final class WindowStatistics {
    /** One part of a run: its trades, its starting equity and its equity path at session ends. */
    public static final class Part {
        private final List<ClosedTrade> trades;
        private final double startEquity;
        private final EquityCurve path;

        Part(List<ClosedTrade> trades, double startEquity, EquityCurve path) {
            this.trades = trades;
            this.startEquity = startEquity;
            this.path = path;
        }

        /** Trades entered in the part, in journal order. */
        public List<ClosedTrade> trades() { return trades; }

        /** Deposit plus the net result of every trade entered before the part, account currency. */
        public double startEquity() { return startEquity; }

        /** Closed-trade equity at each session end inside the part. */
        public EquityCurve path() { return path; }
    }

    private WindowStatistics() {
    }

    /** Trades entered in [startMs, endMs), in journal order. */
    public static List<ClosedTrade> tradesIn(List<ClosedTrade> trades, long startMs, long endMs) {
        List<ClosedTrade> out = new ArrayList<>();
        for (ClosedTrade t : trades) if (t.entryTimeMs() >= startMs && t.entryTimeMs() < endMs) out.add(t);
        return out;
    }

    /**
     * The part [startMs, endMs) of a run.
     *
     * @param sessions the run's session-end equity (only its times are used: where to sample)
     */
    public static Part part(List<ClosedTrade> trades, EquityCurve sessions, double deposit, long startMs, long endMs) {
        List<ClosedTrade> in = tradesIn(trades, startMs, endMs);
        double start = deposit;
        double all = 0;
        for (ClosedTrade t : trades) if (t.entryTimeMs() < startMs) start += t.profitLoss();
        for (ClosedTrade t : in) all += t.profitLoss();
        EquityCurve path = new EquityCurve(16);
        int last = -1;
        for (int i = 0; i < sessions.size(); i++) if (sessions.time(i) >= startMs && sessions.time(i) < endMs) last = i;
        for (int i = 0; i < sessions.size(); i++) {
            long t = sessions.time(i);
            if (t < startMs || t >= endMs) continue;
            double closed = 0;
            if (i == last) {
                closed = all;
            } else {
                for (ClosedTrade x : in) if (x.exitTimeMs() <= t) closed += x.profitLoss();
            }
            path.add(t, start + closed);
        }
        if (last < 0 && !in.isEmpty()) path.add(endMs - 1, start + all);
        return new Part(in, start, path);
    }

    /** Statistics of the part [startMs, endMs) of a run with the given journal and session times. */
    public static BacktestStatistics compute(List<ClosedTrade> trades, EquityCurve sessions, double deposit,
                                             long startMs, long endMs, double periodsPerYear) {
        Part p = part(trades, sessions, deposit, startMs, endMs);
        return of(p.trades(), p.startEquity(), p.path(), startMs, endMs, periodsPerYear);
    }

    /** Statistics of {@code trades} over an equity path at session ends that starts at {@code startEquity}. */
    public static BacktestStatistics of(List<ClosedTrade> trades, double startEquity, EquityCurve part, long startMs,
                                        long endMs, double periodsPerYear) {
        double end = part.size() == 0 ? startEquity : part.value(part.size() - 1);
        AccountSummary account = new AccountSummary(startEquity, end, drawdown(startEquity, part),
                timeInMarket(trades, startMs, endMs), startMs, endMs, part.size());
        return StatisticsCalculator.compute(trades, account, part, periodsPerYear);
    }

    /** Largest fall from a running peak, as a fraction of the peak, over start then the samples. */
    static double drawdown(double start, EquityCurve part) {
        double peak = start, dd = 0;
        for (int i = 0; i < part.size(); i++) {
            double v = part.value(i);
            if (v > peak) peak = v;
            else if (peak > 0) dd = Math.max(dd, (peak - v) / peak);
        }
        return dd;
    }

    private static long timeInMarket(List<ClosedTrade> trades, long startMs, long endMs) {
        long sum = 0;
        for (ClosedTrade t : trades) {
            long a = Math.max(startMs, t.entryTimeMs());
            long b = Math.min(endMs, t.exitTimeMs());
            if (b > a) sum += b - a;
        }
        return Math.min(sum, endMs - startMs);
    }
}
