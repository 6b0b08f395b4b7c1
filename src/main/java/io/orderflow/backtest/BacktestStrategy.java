package io.orderflow.backtest;

import io.orderflow.execution.CloseReason;
import io.orderflow.execution.ExecutionListener;
import io.orderflow.execution.OrderIntent;
import io.orderflow.market.Bar;
import io.orderflow.market.Tick;

/**
 * What a backtest replays ticks into: the strategy engine (or any stand-in). It sends
 * {@link OrderIntent}s to {@link StrategyContext#port()} and hears the outcomes as an
 * {@link ExecutionListener} (defaults ignore them).
 *
 * <p>Order of calls for each tick: {@link #onBar} for a bar the tick completed (bars are complete
 * when the first tick after them arrives; the bar does not contain that tick), then the broker's
 * fills/stops/targets on that tick (listener calls), then {@link #onTick}. An intent sent from
 * {@code onBar} can therefore fill on the tick that closed the bar; one sent from {@code onTick}
 * fills on a later tick. The last, incomplete bar is never delivered.
 *
 * <p>All calls on one thread, in time order. The tick is a flyweight: copy what you keep.
 */
public interface BacktestStrategy extends ExecutionListener {
    /** Called once before the first tick. */
    void onStart(StrategyContext context);

    /** A completed bar. */
    void onBar(Bar bar);

    /** A tick, after the broker has processed it. */
    void onTick(Tick tick);

    /** Called once after the last tick, before open positions are closed at the end of data. */
    default void onEnd() {
    }

    @Override
    default void onFilled(String label, long timeMs, long pricePoints, double amount) {
    }

    @Override
    default void onRejected(String label, long timeMs, OrderIntent.Kind kind, String reason) {
    }

    @Override
    default void onModified(String label, long timeMs, long stopPoints, long targetPoints) {
    }

    @Override
    default void onClosed(String label, long timeMs, long pricePoints, CloseReason reason, double profitLoss) {
    }
}
