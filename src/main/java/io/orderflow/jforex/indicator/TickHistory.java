package io.orderflow.jforex.indicator;

import io.orderflow.market.TickColumns;

/**
 * The platform's tick history as the indicators use it; the indicator sources implement it with
 * {@code IHistory.getTicks} (thread-safe per the API). Called on a background thread, never on the
 * chart's.
 */
public interface TickHistory {
    /**
     * Appends every tick with {@code fromMs <= time <= toMsInclusive} to {@code into}, in time order,
     * prices in points ({@link TickAppender} converts). The caller never asks for more than one hour.
     */
    void ticks(long fromMs, long toMsInclusive, TickColumns into) throws Exception;

    /** Time of the newest tick the platform has for the instrument, ms UTC. */
    long lastTickTime() throws Exception;
}
