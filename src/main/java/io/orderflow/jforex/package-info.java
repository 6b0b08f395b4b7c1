/**
 * The logic of the JForex strategy ({@code strategies/OrderFlowStrategy.java}) and indicators
 * ({@code indicators/*.java}) behind plain Java types, so that it ships in the plugin jar, is
 * compiled once with the project and is tested without the platform.
 *
 * <p>No type of the JForex API appears here: the platform-compiled sources translate between
 * the JForex API's types and these classes (prices as doubles, times in ms UTC, order and
 * message states by their enum names) and keep nothing else. The strategy side is
 * {@link io.orderflow.jforex.StrategyHost} (the strategy engine behind an
 * {@link io.orderflow.execution.ExecutionPort} that speaks to the platform through
 * {@link io.orderflow.jforex.PlatformOrders}); the indicator side is
 * {@link io.orderflow.jforex.indicator}.
 *
 * <p>Threading: everything on the strategy side is called on the JForex strategy thread; the
 * indicator caches are safe for the chart thread and one background calculation at a time.
 */
package io.orderflow.jforex;
