/**
 * The JForex indicators' logic behind plain types. An indicator receives bars, not ticks; for each
 * bar it needs the bar's ticks, which it loads through {@code IIndicatorContext.getHistory()} (the
 * pattern of Dukascopy's own {@code TicksVWAP}). {@link io.orderflow.jforex.indicator.AsyncBarResults}
 * keeps one result per bar: the newest bars are computed inside {@code calculate} from ticks kept in
 * memory (new ticks only are loaded per call, a closing bar is final at once), older bars in bounded
 * chunks on the platform's background executor ({@code calculateAsynchronously}), one hour of
 * ticks per history request. The per-bar arithmetic is the core's batch entry points
 * ({@code TradeFlow.computeBars}, {@code OfiIntervals.perBar}, {@code QueueImbalance.perBar},
 * {@code ValueArea.compute}), so a bar's value equals what the strategy computes from the same ticks.
 *
 * <p>No JForex type appears here: the platform-compiled indicator sources translate
 * ({@code IBar} times into arrays, {@code ITick}s into {@link io.orderflow.market.TickColumns}).
 */
package io.orderflow.jforex.indicator;
