package io.orderflow.jforex.indicator;

import io.orderflow.market.TickColumns;

/**
 * One indicator's per-bar arithmetic over a run of consecutive chart bars, from the bars' ticks.
 * Each call starts from fresh state; the ticks begin at {@link #warmUpStart} so that the first
 * bar's result equals what a calculation running since long before would give.
 *
 * @param <R> the per-bar result (immutable; shared between threads once computed)
 */
public interface BarComputation<R> {
    /**
     * The time from which ticks are needed for bars starting at {@code firstBarStartMs}.
     *
     * @param anchored true when the run's first bar is an anchor: a bar whose result is already
     *                 known (see {@link #compute}), so state that carries over bars (a cumulative
     *                 sum) can be continued from it instead of being rebuilt from its origin
     */
    long warmUpStart(long firstBarStartMs, boolean anchored);

    /**
     * Computes the results of bars {@code [starts[i], ends[i])}, {@code i < n}, ascending and not
     * overlapping. {@code ticks} holds the warm-up ticks before {@code starts[0]} (at least the last
     * tick before it when there is one) and the bars' ticks.
     *
     * @param anchor  when not null, bar 0 is an anchor whose known result this is; its recomputed
     *                result is ignored
     * @param results receives one result per bar (index i for bar i)
     */
    void compute(TickColumns ticks, long[] starts, long[] ends, int n, R anchor, Object[] results);

    /**
     * True when {@code result} depends on where loading started (a cumulative value that has not
     * crossed its reset): such a bar is recomputed once the bars before it are known. False by default.
     */
    default boolean dependsOnStart(R result) {
        return false;
    }
}
