/**
 * The strategy core: {@link io.orderflow.strategy.StrategyEngine}, the one order-flow strategy that
 * the offline backtest ({@code io.orderflow.backtest.EngineStrategy}) and the JForex strategy
 * ({@code io.orderflow.jforex.StrategyHost}) both run unchanged. It takes ticks, builds its own time
 * bars, reads order flow at each closed bar, evaluates the setups, gates and sizes entries and sends
 * {@code OrderIntent}s to an {@code ExecutionPort}; execution events come back through
 * {@code ExecutionListener}. The engine keeps bars, evaluation, sizing and the account; its
 * package-private parts are {@code EntryGate} (the checks an entry must pass) and
 * {@code PositionManager} (the position state machine, which sends every intent).
 * {@link io.orderflow.strategy.PositionBook} and {@link io.orderflow.strategy.Position} are its
 * fixed set of reusable position slots.
 *
 * <p>Sub-packages: {@code strategy.config} (parameters, JSON), {@code strategy.readings} (order-flow
 * readings per bar), {@code strategy.ta4j} (the ta4j bridge), {@code strategy.setup} (trend and
 * reversion setups), {@code strategy.risk} (sizing, stops and targets, time and loss rules),
 * {@code strategy.stats} (does order flow help: every signal followed).
 *
 * <p>Units: prices in integer points, amounts in JForex units (millions for FX), times in ms UTC,
 * money in the account currency. Threading: single-threaded; every call on one thread (the JForex
 * strategy thread, or the replay thread). Per tick O(open positions) and allocation-free; per bar the
 * ta4j series and the setups allocate.
 *
 * <p>Dependencies: {@code market}, {@code execution}, the calculators ({@code flow}, {@code profile},
 * {@code book}) through {@code strategy.readings}, {@code data} (error text only) and ta4j; never on
 * {@code backtest}, {@code jforex} or {@code cli}.
 */
package io.orderflow.strategy;
