package io.orderflow.market;

import java.io.Closeable;
import java.io.IOException;

/**
 * A pull-based stream of ticks in time order. Single-threaded.
 *
 * <p>Implementations never hold the whole stream in memory; each call fills the caller's
 * flyweight. Bad input is reported as {@link io.orderflow.data.DataFormatException} (an
 * {@link IOException}) or counted, depending on the reader's policy.
 */
public interface TickCursor extends Closeable {
    /**
     * Fills {@code into} with the next tick.
     *
     * @return false at the end of the stream ({@code into} is then unchanged)
     */
    boolean next(Tick into) throws IOException;

    /**
     * What the reader met so far that a run's result should mention (records skipped, hours
     * missing), in one line; empty when nothing, or when the cursor does not track problems (an
     * in-memory store). Call on the cursor's thread, e.g. after the last {@link #next}.
     */
    default String problemSummary() {
        return "";
    }

    /** Pushes every remaining tick into {@code sink}; returns the number of ticks pushed. */
    default long drainTo(TickSink sink) throws IOException {
        Tick t = new Tick();
        long n = 0;
        while (next(t)) {
            sink.onTick(t);
            n++;
        }
        return n;
    }
}
