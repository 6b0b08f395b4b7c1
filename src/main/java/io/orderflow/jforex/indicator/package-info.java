/**
 * The JForex indicators' logic behind plain types. An indicator receives bars, not ticks; for each
 * bar it needs the bar's ticks, which it loads through {@code IIndicatorContext.getHistory()} (the
 * pattern of Dukascopy's own {@code TicksVWAP}). {@link io.orderflow.jforex.indicator.AsyncBarResults}
 * does this off the chart's thread ({@code calculateAsynchronously}), one hour of ticks per history
 * request, and caches one result per bar; the per-bar arithmetic is the core's batch entry points
 * ({@code TradeFlow.computeBars}, {@code OfiIntervals.perBar}, {@code QueueImbalance.perBar},
 * {@code ValueArea.compute}), so a bar's value equals what the strategy computes from the same ticks.
 *
 * <p>No JForex type appears here: the platform-compiled indicator sources translate
 * ({@code IBar} times into arrays, {@code ITick}s into {@link io.orderflow.book.TickColumns}).
 */
package io.orderflow.jforex.indicator;
