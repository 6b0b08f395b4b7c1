/**
 * Market events and the instrument grid: the types every other layer speaks, and nothing else.
 *
 * <ul>
 *   <li><b>Ticks.</b> {@link io.orderflow.market.Tick} (a mutable flyweight: time, best ask/bid, quoted
 *   sizes, optional deeper levels), pushed to a {@link io.orderflow.market.TickSink} or pulled from a
 *   {@link io.orderflow.market.TickCursor}; {@link io.orderflow.market.TickColumns} holds a bar range's
 *   ticks column by column and replays them bar by bar ({@code replayByBar}, ends of bars to a
 *   {@link io.orderflow.market.BarEndListener}) for the calculators' batch entry points.</li>
 *   <li><b>Instruments.</b> {@link io.orderflow.market.InstrumentSpec} (point and pip scale, amount
 *   step; {@code toPoints}/{@code toPrice}, {@code orderAmount}, {@code roundToTenthPip}) and the
 *   registry {@link io.orderflow.market.Instruments}; {@link io.orderflow.market.AssetClass},
 *   {@link io.orderflow.market.MarketHours} (when a missing hour is a gap and when the market is
 *   closed).</li>
 *   <li><b>Bars.</b> {@link io.orderflow.market.Bar} (immutable, bid and ask side) built by
 *   {@link io.orderflow.market.TimeBarAggregator} (with a {@link io.orderflow.market.BarClock}),
 *   {@link io.orderflow.market.CountBarAggregator} and {@link io.orderflow.market.RangeBarAggregator},
 *   all through the same {@link io.orderflow.market.BarAccumulator} arithmetic, delivered to a
 *   {@link io.orderflow.market.BarSink}.</li>
 *   <li><b>Sessions.</b> {@link io.orderflow.market.SessionAnchor} (where a trading day starts, DST-aware)
 *   and {@link io.orderflow.market.SessionTracker} (one comparison per tick).</li>
 * </ul>
 *
 * <p>Units: prices in integer <em>points</em> of the instrument ({@code price = points / 10^pointScale}),
 * times in ms UTC, volumes as {@code double} in the source's unit (millions of base currency for
 * Dukascopy FX). Threading: stateful types (aggregators, trackers, the tick flyweight) are
 * single-threaded; {@code Bar} and {@code InstrumentSpec} are immutable. Per-tick work is O(1) and
 * allocation-free (an aggregator allocates one {@code Bar} per completed bar).
 *
 * <p>Dependencies: the bottom layer. It depends on no other package of the project and on no library
 * (no JForex, no ta4j); everything else may depend on it.
 */
package io.orderflow.market;
