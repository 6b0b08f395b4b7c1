/**
 * The HTML report of a backtest: {@link io.orderflow.backtest.report.ReportModel} (everything the
 * report shows, as plain objects embedded as JSON), filled by
 * {@link io.orderflow.backtest.report.ReportModels} (price bars, trades, equity, statistics) and by
 * {@link io.orderflow.backtest.report.OrderFlowReport} (a {@code ReplayObserver} that computes the
 * order-flow panes with {@link io.orderflow.backtest.report.OrderFlowBars}: delta, profile,
 * footprint), rendered as one self-contained file by
 * {@link io.orderflow.backtest.report.HtmlReportWriter} (uPlot from its webjar).
 *
 * <p>Units: the model holds prices as decimal prices, not points (converted with the
 * instrument's scale), times in ms UTC, money in the account currency. Threading: the observer is
 * single-threaded (the replay thread); the writer is stateless.
 *
 * <p>Dependencies: {@code backtest}, {@code backtest.broker}, {@code trades},
 * {@code backtest.stats}, {@code market}, {@code execution}, the calculators, Gson. Known debt:
 * depends on {@code backtest} and {@code backtest.stats}, which depend back on it (a cycle).
 */
package io.orderflow.backtest.report;
