/**
 * Does order flow help? Every technical signal is followed as a hypothetical trade, taken or not,
 * with the same rules: {@link io.orderflow.strategy.stats.SignalTracker} follows them,
 * {@link io.orderflow.strategy.stats.SignalRecord} holds one signal (verdict, plan,
 * {@link io.orderflow.strategy.stats.SkipReason} if not taken, hypothetical and real outcome,
 * {@link io.orderflow.strategy.stats.ExitKind}), {@link io.orderflow.strategy.stats.ConfirmationStats}
 * aggregates hit rate, expectancy and adverse excursion by setup and verdict, and a
 * {@link io.orderflow.strategy.stats.SignalListener} receives each record as its outcome becomes known.
 *
 * <p>Units: prices and excursions in integer points, outcomes in R multiples, times in ms UTC.
 * Threading: single-threaded (the strategy thread); per tick O(open signals), bounded by
 * configuration, allocation-free.
 *
 * <p>Dependencies: {@code execution} and {@code strategy.setup}.
 */
package io.orderflow.strategy.stats;
