package io.orderflow.backtest.stats;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The figures of one backtest. Immutable; thread-safe. Money in the account currency; ratios as
 * fractions (0.05 = 5 %). NaN where a figure is undefined (no trades, no losses for the profit
 * factor is +Infinity, fewer than two periods for Sharpe).
 *
 * <p>Which come from ta4j 0.15 criteria over {@link JournalTa4j}'s series: net profit
 * ({@code ProfitLossCriterion}), trades ({@code NumberOfPositionsCriterion}), wins
 * ({@code NumberOfWinningPositionsCriterion}), win rate ({@code WinningPositionsRatioCriterion}),
 * gross profit and loss ({@code GrossProfitCriterion}, {@code GrossLossCriterion}), closed-trade
 * drawdown ({@code MaximumDrawdownCriterion}). Computed here: net return, marked-to-market drawdown,
 * exposure, Sharpe from per-session returns, expectancy in money and in R, averages.
 */
public final class BacktestStatistics {
    private final Map<String, Object> values;

    BacktestStatistics(Map<String, Object> values) {
        this.values = values;
    }

    private double d(String key) { return ((Number) values.get(key)).doubleValue(); }

    public double initialDeposit() { return d("initialDeposit"); }

    public double finalEquity() { return d("finalEquity"); }

    /** Sum of the trades' net profit and loss (ta4j ProfitLossCriterion). */
    public double netProfit() { return d("netProfit"); }

    /** (final equity − deposit) / deposit. */
    public double netReturn() { return d("netReturn"); }

    /** Largest fall of equity marked to market on every tick, fraction of the running peak. */
    public double maxDrawdown() { return d("maxDrawdown"); }

    /** Largest fall of the equity after each close (ta4j MaximumDrawdownCriterion). */
    public double maxDrawdownClosed() { return d("maxDrawdownClosed"); }

    /** Gross profit / |gross loss| over trades' net results. */
    public double profitFactor() { return d("profitFactor"); }

    /** Share of trades with a positive net result. */
    public double winRate() { return d("winRate"); }

    public int trades() { return ((Number) values.get("trades")).intValue(); }

    public int wins() { return ((Number) values.get("wins")).intValue(); }

    public double grossProfit() { return d("grossProfit"); }

    /** Sum of the losing trades' results (negative or 0). */
    public double grossLoss() { return d("grossLoss"); }

    /** Share of the replayed time with at least one open position. */
    public double exposure() { return d("exposure"); }

    /** Mean / standard deviation (n−1) of per-session returns. */
    public double sharpePerPeriod() { return d("sharpePerPeriod"); }

    /** {@link #sharpePerPeriod()} × √(periods per year). */
    public double sharpeAnnualised() { return d("sharpeAnnualised"); }

    /** Number of per-session returns behind the Sharpe ratio. */
    public int periods() { return ((Number) values.get("periods")).intValue(); }

    /** Average net result per trade, account currency. */
    public double expectancy() { return d("expectancy"); }

    /** Average R multiple over trades that had an initial stop. */
    public double expectancyR() { return d("expectancyR"); }

    public double averageWin() { return d("averageWin"); }

    public double averageLoss() { return d("averageLoss"); }

    /** Total commission, account currency. */
    public double commission() { return d("commission"); }

    /** All figures by name, in a stable order (what the JSON file holds). */
    public Map<String, Object> asMap() { return new LinkedHashMap<>(values); }

    /** A figure by name (see {@link #asMap()}); NaN when absent. */
    public double get(String name) {
        Object v = values.get(name);
        return v instanceof Number ? ((Number) v).doubleValue() : Double.NaN;
    }

    @Override
    public String toString() { return values.toString(); }
}
