package io.orderflow.strategy.readings;

import io.orderflow.market.Bar;
import io.orderflow.market.Tick;

/**
 * The order-flow calculators as the strategy engine sees them: fed every tick, asked once per closed
 * bar for that bar's readings.
 *
 * <p>Contract: {@link #onBar} for a bar is called after the last tick of that bar and before the
 * first tick of the next bar reaches {@link #onTick}. Implementations are single-threaded (the
 * strategy thread), O(1) and allocation-free per tick.
 */
public interface OrderFlowSource {
    /** Adds one tick (a flyweight: copy what you keep). */
    void onTick(Tick tick);

    /** Closes {@code bar} and writes its readings into {@code out} (every field is written). */
    void onBar(Bar bar, OrderFlowSnapshot out);

    /** Forgets all state, as if newly constructed. */
    void reset();

    /** How each reading is inferred and in which unit (Dukascopy FX has no prints: delta is an estimate). */
    String provenance();
}
