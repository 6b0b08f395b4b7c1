package io.orderflow.cli;

import java.io.IOException;

import io.orderflow.backtest.DepthRecordingTicks;
import io.orderflow.data.FileTickCursor;
import io.orderflow.market.Tick;

/**
 * The ticks of live depth recordings ({@code .ofd}) inside {@code [fromMs, toMs)} (ms UTC), with
 * their depth levels; ticks outside the range are read and left out, reading stops at the first
 * tick at or after {@code toMs}. Damage is handled by the recordings' cursor under its problem log.
 * Single-threaded, allocation-free per tick.
 */
final class RecordingRangeCursor implements FileTickCursor {
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
    @Override
    public int filesRead() { return in.filesRead(); }

    /** 0: a recording has no ticks while the platform was off; that is not checked. */
    @Override
    public int hoursMissing() { return 0; }

    /** 0: damage is handled by the recordings' cursor under its problem log. */
    @Override
    public int hoursDamaged() { return 0; }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
