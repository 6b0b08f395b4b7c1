package io.orderflow.backtest.stats;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ta4j.core.BarSeries;
import org.ta4j.core.TradingRecord;
import org.ta4j.core.criteria.MaximumDrawdownCriterion;
import org.ta4j.core.criteria.NumberOfPositionsCriterion;
import org.ta4j.core.criteria.NumberOfWinningPositionsCriterion;
import org.ta4j.core.criteria.WinningPositionsRatioCriterion;
import org.ta4j.core.criteria.pnl.GrossLossCriterion;
import org.ta4j.core.criteria.pnl.GrossProfitCriterion;
import org.ta4j.core.criteria.pnl.ProfitLossCriterion;

import io.orderflow.trades.ClosedTrade;

/**
 * Computes {@link BacktestStatistics} from the journal, the account summary and the equity at the
 * end of each session (see the figures' definitions there). Stateless; thread-safe.
 *
 * <p>Sharpe: returns {@code r_i = E_i / E_(i−1) − 1} where {@code E_0} is the deposit and
 * {@code E_i} the marked equity at the end of the i-th session that had ticks; no risk-free rate.
 * ta4j 0.15's {@code ExpectancyCriterion} computes {@code (1 + avgWin/|avgLoss|) × (wins/n − 1)},
 * which is never positive, so expectancy is computed here as the mean net result (and mean R).
 */
public final class StatisticsCalculator {
    /** FX sessions per year (5 a week). */
    public static final double FX_SESSIONS_PER_YEAR = 260;

    private StatisticsCalculator() {
    }

    public static BacktestStatistics compute(List<ClosedTrade> trades, AccountSummary account,
                                             EquityCurve sessionEquity, double periodsPerYear) {
        BarSeries ledger = JournalTa4j.ledgerSeries(trades);
        TradingRecord ledgerRecord = JournalTa4j.ledgerRecord(ledger);
        long start = account.ticks() == 0 ? 0 : account.firstTickMs();
        BarSeries equity = JournalTa4j.closedEquitySeries(account.initialDeposit(), start, trades);
        TradingRecord equityRecord = JournalTa4j.closedEquityRecord(equity);

        int n = trades.size();
        double netProfit = n == 0 ? 0 : new ProfitLossCriterion().calculate(ledger, ledgerRecord).doubleValue();
        int count = n == 0 ? 0 : new NumberOfPositionsCriterion().calculate(ledger, ledgerRecord).intValue();
        int wins = n == 0 ? 0 : new NumberOfWinningPositionsCriterion().calculate(ledger, ledgerRecord).intValue();
        double winRate = n == 0 ? Double.NaN
                : new WinningPositionsRatioCriterion().calculate(ledger, ledgerRecord).doubleValue();
        double grossProfit = n == 0 ? 0 : new GrossProfitCriterion().calculate(ledger, ledgerRecord).doubleValue();
        double grossLoss = n == 0 ? 0 : new GrossLossCriterion().calculate(ledger, ledgerRecord).doubleValue();
        double ddClosed = equity.getBarCount() < 2 ? 0
                : new MaximumDrawdownCriterion().calculate(equity, equityRecord).doubleValue();

        double profitFactor = grossLoss < 0 ? grossProfit / -grossLoss
                : grossProfit > 0 ? Double.POSITIVE_INFINITY : Double.NaN;

        double sumR = 0;
        int withR = 0;
        double commission = 0;
        long duration = 0;
        int losses = 0;
        for (ClosedTrade t : trades) {
            double r = t.rMultiple();
            if (!Double.isNaN(r)) {
                sumR += r;
                withR++;
            }
            commission += t.commission();
            duration += t.durationMs();
            if (t.profitLoss() < 0) losses++;
        }

        double[] returns = sessionReturns(account.initialDeposit(), sessionEquity);
        double sharpe = sharpe(returns);

        long span = account.ticks() == 0 ? 0 : account.lastTickMs() - account.firstTickMs();
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("initialDeposit", account.initialDeposit());
        v.put("finalEquity", account.finalEquity());
        v.put("netProfit", netProfit);
        v.put("netReturn", (account.finalEquity() - account.initialDeposit()) / account.initialDeposit());
        v.put("maxDrawdown", account.maxDrawdownMarked());
        v.put("maxDrawdownClosed", ddClosed);
        v.put("profitFactor", profitFactor);
        v.put("winRate", winRate);
        v.put("trades", count);
        v.put("wins", wins);
        v.put("losses", losses);
        v.put("grossProfit", grossProfit);
        v.put("grossLoss", grossLoss);
        v.put("exposure", span > 0 ? (double) account.timeInMarketMs() / span : 0.0);
        v.put("sharpePerPeriod", sharpe);
        v.put("sharpeAnnualised", sharpe * Math.sqrt(periodsPerYear));
        v.put("periods", returns.length);
        v.put("expectancy", n == 0 ? Double.NaN : netProfit / n);
        v.put("expectancyR", withR == 0 ? Double.NaN : sumR / withR);
        v.put("averageWin", wins == 0 ? Double.NaN : grossProfit / wins);
        v.put("averageLoss", losses == 0 ? Double.NaN : grossLoss / losses);
        v.put("averageDurationMs", n == 0 ? Double.NaN : (double) duration / n);
        v.put("commission", commission);
        v.put("ticks", account.ticks());
        v.put("firstTickMs", account.firstTickMs());
        v.put("lastTickMs", account.lastTickMs());
        return new BacktestStatistics(v);
    }

    /** Per-session returns from the deposit and the session-end equities. */
    public static double[] sessionReturns(double initialDeposit, EquityCurve sessionEquity) {
        double[] r = new double[sessionEquity.size()];
        double prev = initialDeposit;
        for (int i = 0; i < r.length; i++) {
            double e = sessionEquity.value(i);
            r[i] = e / prev - 1;
            prev = e;
        }
        return r;
    }

    /** Mean over sample standard deviation; NaN for fewer than two returns or no variation. */
    public static double sharpe(double[] returns) {
        int n = returns.length;
        if (n < 2) return Double.NaN;
        double mean = 0;
        for (double r : returns) mean += r;
        mean /= n;
        double ss = 0;
        for (double r : returns) ss += (r - mean) * (r - mean);
        double sd = Math.sqrt(ss / (n - 1));
        return sd == 0 ? Double.NaN : mean / sd;
    }
}
