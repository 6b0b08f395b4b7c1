package io.orderflow.jforex.harness;

import com.dukascopy.api.Instrument;

/**
 * A second instrument on the {@link FakePlatform} (test only): its ticks reach the strategy's
 * {@code onTick} in time order with the traded instrument's while it is subscribed, and its history
 * is the part of its tape already delivered. Not thread-safe (the platform's strategy thread uses it).
 */
final class ExtraInstrument {
    final Instrument instrument;
    final TickTape tape;
    final TapeHistory history;
    /** Index of the first tick not yet reached by the platform's clock. */
    int next;

    ExtraInstrument(Instrument instrument, TickTape tape, long nowMs) {
        this.instrument = instrument;
        this.tape = tape;
        this.next = nowMs == Long.MIN_VALUE ? 0 : tape.indexAtOrAfter(nowMs + 1);
        this.history = new TapeHistory(instrument, tape, () -> next, id -> null);
    }
}
