package io.orderflow.backtest;

import io.orderflow.execution.ExecutionListener;
import io.orderflow.execution.OrderIntent;
import io.orderflow.market.Bar;
import io.orderflow.market.Tick;

/**
 * What a backtest replays ticks into: the strategy engine (or any stand-in). It sends
 * {@link OrderIntent}s to {@link StrategyContext#port()} and hears the outcomes through the
 * {@link ExecutionListener} it names in {@link #outcomes()}: the simulated broker's fills,
 * rejections, changes and closes reach that listener directly from the replay driver (for the
 * strategy engine: the {@code StrategyEngine} itself), with no forwarding layer in between.
 *
 * <p>Order of calls for each tick: {@link #onBar} for a bar the tick completed (bars are complete
 * when the first tick after them arrives; the bar does not contain that tick), then the broker's
 * fills/stops/targets on that tick (listener calls), then {@link #onTick}. An intent sent from
 * {@code onBar} can therefore fill on the tick that closed the bar; one sent from {@code onTick}
 * fills on a later tick. The last, incomplete bar is never delivered.
 *
 * <p>All calls on one thread, in time order. The tick is a flyweight: copy what you keep.
 */
public interface BacktestStrategy {
    /** Called once before the first tick. */
    void onStart(StrategyContext context);

    /** A completed bar of the run's {@link BarSpec} (only when {@link #readsBars()}). */
    default void onBar(Bar bar) {
    }

    /** A tick, after the broker has processed it. */
    void onTick(Tick tick);

    /** Called once after the last tick, before open positions are closed at the end of data. */
    default void onEnd() {
    }

    /**
     * Where the broker's outcomes go; asked once, right after {@link #onStart}. Null (the default):
     * the strategy hears none.
     */
    default ExecutionListener outcomes() {
        return null;
    }

    /**
     * False when {@link #onBar} is not needed (the strategy builds its own bars): the replay then
     * builds no bars unless the run keeps report series or has observers. Default true.
     */
    default boolean readsBars() {
        return true;
    }
}
