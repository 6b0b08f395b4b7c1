/**
 * The HTML report of a backtest: {@link io.orderflow.backtest.report.ReportModel} (everything the
 * report shows, as plain objects embedded as JSON), filled by
 * {@link io.orderflow.backtest.report.ReportModels} (price bars, trades, equity, statistics) and by
 * {@link io.orderflow.backtest.report.OrderFlowReport} (a {@code ReplayObserver}, told of entry fills by the replay, that computes the
 * order-flow panes with {@link io.orderflow.backtest.report.OrderFlowBars}: delta, profile,
 * footprint), rendered as one self-contained file by
 * {@link io.orderflow.backtest.report.HtmlReportWriter} (uPlot from its webjar).
 *
 * <p>Units: the model holds prices as decimal prices, not points (converted with the
 * instrument's scale), times in ms UTC, money in the account currency. Threading: the observer is
 * single-threaded (the replay thread); the writer is stateless.
 *
 * <p>Its view types are named as views ({@code ReportModel.VolumeProfileView},
 * {@code ReportModel.FootprintView}) so that they are not mistaken for the calculators
 * {@code profile.VolumeProfile} and {@code flow.Footprint}.
 *
 * <p>Dependencies: {@code backtest}, {@code backtest.broker}, {@code trades},
 * {@code backtest.stats}, {@code market}, {@code execution}, the calculators, Gson; nothing in those
 * depends back on the report (only {@code backtest.io} and the CLI use it).
 */
package io.orderflow.backtest.report;
