package io.orderflow.backtest.validation;

import java.util.ArrayList;
import java.util.List;

import io.orderflow.backtest.journal.ClosedTrade;
import io.orderflow.backtest.stats.AccountSummary;
import io.orderflow.backtest.stats.BacktestStatistics;
import io.orderflow.backtest.stats.EquityCurve;
import io.orderflow.backtest.stats.StatisticsCalculator;

/**
 * The statistics of one part [startMs, endMs) of a run that covered the whole range, with the same
 * definitions as a whole run's ({@link StatisticsCalculator}):
 * <ul>
 * <li>trade figures (trades, net profit, win rate, profit factor, expectancy) from the trades
 * <em>entered</em> in the part — a trade open at the part's end belongs to the part it was entered in;</li>
 * <li>equity figures (return, Sharpe, drawdown) from the marked equity at the end of each session of
 * the part, starting from the equity at the end of the session before it (the deposit for the
 * first). The drawdown is therefore the largest fall between session ends, not tick by tick;</li>
 * <li>exposure: the time the part's trades were open inside the part, over its length.</li>
 * </ul>
 * Stateless; thread-safe.
 */
public final class WindowStatistics {
    private WindowStatistics() {
    }

    /** Trades entered in [startMs, endMs), in journal order. */
    public static List<ClosedTrade> tradesIn(List<ClosedTrade> trades, long startMs, long endMs) {
        List<ClosedTrade> out = new ArrayList<>();
        for (ClosedTrade t : trades) if (t.entryTimeMs() >= startMs && t.entryTimeMs() < endMs) out.add(t);
        return out;
    }

    /** Equity at the end of the last session before {@code startMs}; {@code deposit} when none. */
    public static double equityBefore(EquityCurve sessions, double deposit, long startMs) {
        double e = deposit;
        for (int i = 0; i < sessions.size() && sessions.time(i) < startMs; i++) e = sessions.value(i);
        return e;
    }

    /** The session-end samples inside [startMs, endMs). */
    public static EquityCurve sessionsIn(EquityCurve sessions, long startMs, long endMs) {
        EquityCurve c = new EquityCurve(16);
        for (int i = 0; i < sessions.size(); i++) {
            if (sessions.time(i) >= startMs && sessions.time(i) < endMs) c.add(sessions.time(i), sessions.value(i));
        }
        return c;
    }

    /** Statistics of the part [startMs, endMs) of a run with the given journal and session equity. */
    public static BacktestStatistics compute(List<ClosedTrade> trades, EquityCurve sessions, double deposit,
                                             long startMs, long endMs, double periodsPerYear) {
        List<ClosedTrade> in = tradesIn(trades, startMs, endMs);
        double startEquity = equityBefore(sessions, deposit, startMs);
        EquityCurve part = sessionsIn(sessions, startMs, endMs);
        return of(in, startEquity, part, startMs, endMs, periodsPerYear);
    }

    /** Statistics of {@code trades} over a session-equity path that starts at {@code startEquity}. */
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
