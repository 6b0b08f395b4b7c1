/**
 * The contract between the strategy engine and whatever executes its orders: the engine sends
 * {@link io.orderflow.execution.OrderIntent}s (ENTER, MODIFY, EXIT) to an
 * {@link io.orderflow.execution.ExecutionPort} and hears fills, rejections, changes and closes through
 * an {@link io.orderflow.execution.ExecutionListener}; {@link io.orderflow.execution.TradeSide} and
 * {@link io.orderflow.execution.CloseReason} complete the vocabulary. What an entry is (setup,
 * order-flow verdict, failed checks, extra tags) travels typed as
 * {@link io.orderflow.execution.EntryTags}, from the ENTER intent to the closed trade the statistics
 * read; its string form is the journal's rendering only.
 *
 * <p>Two implementations of the port exist: the simulated broker of the offline backtest
 * ({@code io.orderflow.backtest.broker.SimulatedBroker}) and the JForex adapter
 * ({@code io.orderflow.jforex.StrategyHost}, which submits through {@code IEngine} in the
 * platform-compiled strategy).
 *
 * <p>Units: prices (stop, target, fill) in integer points of the instrument, 0 meaning "none";
 * amounts in JForex units (millions of base currency for FX); times in ms UTC; profit and loss in the
 * account currency. Threading: intents are immutable; listener calls arrive on the strategy thread
 * in the order the events happened.
 *
 * <p>Dependencies: none inside the project (not even {@code market}); every layer that places or
 * executes orders depends on it.
 */
package io.orderflow.execution;
