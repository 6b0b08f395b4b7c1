/**
 * The bridge to ta4j 0.15 (the newest Java 8 release): closed bars go into a bounded ta4j series
 * ({@link io.orderflow.strategy.ta4j.BarSeriesFeed}, prices in points), the technical indicators and
 * rules the setups use are built once from the configuration
 * ({@link io.orderflow.strategy.ta4j.TechnicalIndicators}, {@link io.orderflow.strategy.ta4j.Donchian},
 * {@link io.orderflow.strategy.ta4j.ThresholdRule}, {@link io.orderflow.strategy.ta4j.MemoIndicator}),
 * and the order-flow readings are exposed to ta4j as indicators and rules
 * ({@link io.orderflow.strategy.ta4j.OrderFlowHistory}, {@link io.orderflow.strategy.ta4j.Reading},
 * {@link io.orderflow.strategy.ta4j.ReadingIndicator}, {@link io.orderflow.strategy.ta4j.OrderFlowRules}).
 *
 * <p>Units: prices enter ta4j in integer points (so ATR and distances are in points); bar times ms
 * UTC. Threading: single-threaded, like the series it wraps. Work is per closed bar, not per tick.
 *
 * <p>Dependencies: {@code market}, {@code execution}, {@code strategy.config},
 * {@code strategy.readings} and ta4j. The only packages below the backtest that use ta4j types are
 * this one, {@code strategy.setup} and the engine itself.
 */
package io.orderflow.strategy.ta4j;
