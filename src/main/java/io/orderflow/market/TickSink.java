package io.orderflow.market;

/**
 * Receives ticks pushed by a source. The tick is a flyweight owned by the caller: copy what you
 * keep. Called on one thread.
 */
public interface TickSink {
    /** Handles one tick; must not retain {@code tick}. */
    void onTick(Tick tick);
}
