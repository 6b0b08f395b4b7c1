package io.orderflow.cli;

import java.io.IOException;

import io.orderflow.backtest.DepthRecordingTicks;
import io.orderflow.market.Tick;
import io.orderflow.market.TickCursor;

/**
 * The ticks of live depth recordings ({@code .ofd}) inside {@code [fromMs, toMs)} (ms UTC), with
 * their depth levels; ticks outside the range are read and left out, reading stops at the first
 * tick at or after {@code toMs}. Damage is handled by the recordings' cursor under its problem log.
 * Single-threaded, allocation-free per tick.
 */
final class RecordingRangeCursor implements TickCursor {
    private final DepthRecordingTicks.Cursor in;
    private final long fromMs;
    private final long toMs;
    private boolean done;

    RecordingRangeCursor(DepthRecordingTicks.Cursor in, long fromMs, long toMs) {
        this.in = in;
        this.fromMs = fromMs;
        this.toMs = toMs;
    }

    @Override
    public boolean next(Tick into) throws IOException {
        while (!done) {
            if (!in.next(into)) {
                done = true;
                return false;
            }
            long t = into.timeMs();
            if (t >= toMs) {
                done = true;
                return false;
            }
            if (t >= fromMs) return true;
        }
        return false;
    }

    /** Recording files opened so far. */
    int filesRead() { return in.filesRead(); }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
