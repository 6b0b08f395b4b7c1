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

    /**
     * Closes {@code bar} and writes its readings into {@code out}: every field except the high-volume
     * nodes, which are left empty ({@code hvnFilled = false}) until {@link #fillHighVolumeNodes} is
     * called.
     */
    void onBar(Bar bar, OrderFlowSnapshot out);

    /**
     * Writes the high-volume nodes of the bar just closed into {@code out} ({@code hvnAbove},
     * {@code hvnBelow}, their counts, {@code hvnFilled = true}). They cost O(session rows) and an
     * allocation and are needed only to plan a profile target, so the engine asks for them only then.
     * Valid between {@link #onBar} and the next {@link #onTick}.
     *
     * @throws IllegalStateException when a tick has arrived since the last {@link #onBar}
     */
    void fillHighVolumeNodes(OrderFlowSnapshot out);

    /** Forgets all state, as if newly constructed. */
    void reset();

    /** How each reading is inferred and in which unit (Dukascopy FX has no prints: delta is an estimate). */
    String provenance();
}
