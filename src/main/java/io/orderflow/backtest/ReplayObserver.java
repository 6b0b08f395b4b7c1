package io.orderflow.backtest;

import io.orderflow.market.Bar;
import io.orderflow.market.BarSink;
import io.orderflow.market.Tick;
import io.orderflow.market.TickSink;

/**
 * A passive consumer of a run's ticks, bars and fills, e.g. the analytics that fill the report's
 * delta, profile and footprint panes. Sees every tick after the strategy, every bar including the
 * last, partial one (at {@link #onEnd()} time), and every entry fill after the strategy heard it.
 * A run with an observer builds the bars of its {@code BarSpec}. Must not trade. Single-threaded.
 */
public interface ReplayObserver extends TickSink, BarSink {
    @Override
    default void onTick(Tick tick) {
    }

    @Override
    default void onBar(Bar bar) {
    }

    /**
     * The broker filled the entry {@code label} at {@code timeMs} (ms UTC), {@code pricePoints}, for
     * {@code amount} (the broker's outcome, as the strategy heard it just before).
     */
    default void onFilled(String label, long timeMs, long pricePoints, double amount) {
    }

    /** After the last tick and bar. */
    default void onEnd() {
    }
}
