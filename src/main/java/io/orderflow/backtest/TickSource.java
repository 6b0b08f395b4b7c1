package io.orderflow.backtest;

import java.io.IOException;

import io.orderflow.backtest.store.TickStore;
import io.orderflow.data.Bi5Source;
import io.orderflow.data.DukascopyTickStream;
import io.orderflow.data.InputPolicy;
import io.orderflow.data.ProblemLog;
import io.orderflow.market.InstrumentSpec;
import io.orderflow.market.TickCursor;

/**
 * Where a run's ticks come from: something that can be replayed from the start any number of
 * times. {@link #open()} is called once per run, on the run's thread.
 */
public interface TickSource {
    /** The instrument of the ticks. */
    InstrumentSpec instrument();

    /** A new cursor over every tick, from the first. */
    TickCursor open() throws IOException;

    /** For messages and reports, e.g. "EURUSD 2019-02-04..2019-02-06 from /data/bi5". */
    String describe();

    /** Replays a decoded {@link TickStore} (sweeps: decode once, replay many times). Thread-safe. */
    static TickSource of(final TickStore store) {
        return new TickSource() {
            @Override
            public InstrumentSpec instrument() { return store.instrument(); }

            @Override
            public TickCursor open() { return store.cursor(); }

            @Override
            public String describe() { return store.instrument() + " (" + store.size() + " ticks in memory)"; }
        };
    }

    /**
     * Streams {@code [fromMs, toMs)} from Dukascopy hour files, decoding on the fly (memory does not
     * grow with the range). Each open gets a new {@link ProblemLog} with {@code policy}.
     */
    static TickSource dukascopy(final Bi5Source source, final InstrumentSpec instrument, final long fromMs,
                                final long toMs, final InputPolicy policy) {
        if (toMs <= fromMs) {
            throw new IllegalArgumentException("invalid range: from " + java.time.Instant.ofEpochMilli(fromMs)
                    + " is not before to " + java.time.Instant.ofEpochMilli(toMs));
        }
        return new TickSource() {
            @Override
            public InstrumentSpec instrument() { return instrument; }

            @Override
            public TickCursor open() {
                return new DukascopyTickStream(source, instrument, fromMs, toMs, new ProblemLog(policy));
            }

            @Override
            public String describe() {
                return instrument + " " + java.time.Instant.ofEpochMilli(fromMs) + ".." + java.time.Instant.ofEpochMilli(toMs)
                        + " from " + source;
            }
        };
    }
}
