package io.orderflow.market;

/**
 * Called by {@link TickColumns#replayByBar} after the last tick of each bar has been pushed.
 * Single-threaded (called on the replaying thread).
 */
public interface BarEndListener {
    /**
     * The bar {@code bar} (0-based) ended at {@code barEndMs} (exclusive, ms UTC). Called with
     * {@code bar == -1} once, after the warm-up ticks that precede the first bar.
     */
    void onBarEnd(int bar, long barEndMs);
}
