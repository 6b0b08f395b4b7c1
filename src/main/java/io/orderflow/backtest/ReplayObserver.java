package io.orderflow.backtest;

import io.orderflow.market.Bar;
import io.orderflow.market.BarSink;
import io.orderflow.market.Tick;
import io.orderflow.market.TickSink;

/**
 * A passive consumer of a run's ticks and bars, e.g. the analytics that fill the report's delta,
 * profile and footprint panes. Sees every tick after the strategy, and every bar including the
 * last, partial one (at {@link #onEnd()} time). Must not trade. Single-threaded.
 */
public interface ReplayObserver extends TickSink, BarSink {
    @Override
    default void onTick(Tick tick) {
    }

    @Override
    default void onBar(Bar bar) {
    }

    /** After the last tick and bar. */
    default void onEnd() {
    }
}
