/**
 * Statistics of a backtest: {@link io.orderflow.backtest.stats.StatisticsCalculator} computes
 * {@link io.orderflow.backtest.stats.BacktestStatistics} from the journal, an
 * {@link io.orderflow.backtest.stats.AccountSummary} and the session-end
 * {@link io.orderflow.backtest.stats.EquityCurve}; {@link io.orderflow.backtest.stats.JournalTa4j}
 * rebuilds ta4j objects from the journal so that ta4j's own criteria cross-check the figures;
 * {@link io.orderflow.backtest.stats.ConfirmationTable} splits trades by the order-flow verdict into
 * {@link io.orderflow.backtest.stats.ConfirmationRow}s (which the report, the result files and the
 * command line show).
 *
 * <p>Units: money in the account currency, ratios as fractions (0.05 = 5 %), times in ms UTC; NaN
 * where a figure is undefined. Threading: results immutable; the calculator stateless and
 * thread-safe; an equity curve is single-threaded while it grows.
 *
 * <p>Dependencies: {@code trades}, {@code strategy.setup}, {@code strategy.stats}, ta4j;
 * never on the report.
 */
package io.orderflow.backtest.stats;
