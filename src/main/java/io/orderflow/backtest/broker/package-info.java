/**
 * The simulated broker: {@link io.orderflow.backtest.broker.SimulatedBroker} is the offline
 * {@code ExecutionPort}. It fills intents on replayed ticks with JForex semantics (latency, market
 * fills at ask/bid with slippage against the trader, stop and target triggers on the right side of
 * the quote, commission per side, margin cut), keeps the account
 * ({@link io.orderflow.backtest.broker.Account}) and its orders
 * ({@link io.orderflow.backtest.broker.SimulatedOrder}, each around the position bookkeeping
 * {@code trades.OpenTrade} that the JForex host uses too),
 * converts profit and loss into the account currency
 * ({@link io.orderflow.backtest.broker.AccountConversion}) and reports each closed position to a
 * {@code ClosedTradeSink}. Settings: {@link io.orderflow.backtest.broker.BrokerConfig}.
 *
 * <p>Units: prices and slippage in integer points, amounts in JForex units (millions for FX), latency
 * in ms, commission in USD per million USD of notional per side, money in the account currency, times
 * in ms UTC. Threading: single-threaded (the replay thread). Per tick O(open positions).
 *
 * <p>Dependencies: {@code market}, {@code execution}, {@code trades}.
 */
package io.orderflow.backtest.broker;
