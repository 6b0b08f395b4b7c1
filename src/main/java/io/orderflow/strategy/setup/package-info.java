/**
 * The strategy's two setups, each a technical signal from ta4j plus order-flow checks:
 * {@link io.orderflow.strategy.setup.TrendSetup} (EMA cross or Donchian breakout with ADX, confirmed by
 * delta or OFI z-score, cumulative-delta slope, the close against POC or value area, zone clearance) and
 * {@link io.orderflow.strategy.setup.ReversionSetup} (fade a move into a level that volume at price
 * or stacked imbalances defend, with RSI or Bollinger %B stretched, confirmed by
 * absorption, exhaustion or an imbalance reversal). A verdict is the set of
 * failed checks as bits ({@link io.orderflow.strategy.setup.Checks}; 0 means confirmed); each setup
 * reads a closed bar through {@link io.orderflow.strategy.setup.BarContext}.
 * {@link io.orderflow.strategy.setup.SetupKind} names them.
 *
 * <p>Units: prices and distances in integer points, times in ms UTC. Threading: single-threaded; one
 * evaluation per closed bar, O(1) apart from ta4j's own work.
 *
 * <p>Dependencies: {@code market}, {@code execution}, {@code strategy.config},
 * {@code strategy.readings}, {@code strategy.ta4j} and ta4j.
 */
package io.orderflow.strategy.setup;
