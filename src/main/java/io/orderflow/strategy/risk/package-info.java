/**
 * Risk and time rules of the strategy engine:
 * {@link io.orderflow.strategy.risk.PositionSizer} (amount from a risk budget and the stop distance,
 * rounded down to the instrument's step), {@link io.orderflow.strategy.risk.QuoteToAccountRate}
 * (quote currency to account currency), {@link io.orderflow.strategy.risk.StopTargetPlanner} and its
 * reusable result {@link io.orderflow.strategy.risk.TradePlan} (stop by ATR or zone, target by R
 * multiple or profile), {@link io.orderflow.strategy.risk.DailyLossGuard} (daily loss limit) and
 * {@link io.orderflow.strategy.risk.TradingCalendar} (trading day, no entries before the weekly
 * close, flat at session end).
 *
 * <p>Units: prices and distances in integer points, amounts in JForex units (millions for FX), money
 * in the account currency, times in ms UTC, percentages as stated by each parameter. Threading: the
 * sizer is stateless and thread-safe; guard, calendar and planner are single-threaded (the strategy
 * thread). O(1) per call, allocation-free.
 *
 * <p>Dependencies: {@code market}, {@code execution}, {@code strategy.config},
 * {@code strategy.readings}.
 */
package io.orderflow.strategy.risk;
