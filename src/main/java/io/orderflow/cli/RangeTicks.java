package io.orderflow.cli;

import io.orderflow.backtest.TickSource;
import io.orderflow.data.Bi5Source;
import io.orderflow.data.DukascopyTickStream;
import io.orderflow.data.InputPolicy;
import io.orderflow.data.ProblemLog;
import io.orderflow.market.InstrumentSpec;
import io.orderflow.market.TickCursor;

/**
 * The ticks a command asked for — one instrument over {@code [fromMs, toMs)} from the chosen source —
 * as a replayable {@link TickSource}. Each {@link #open()} starts a new cursor with a new
 * {@link ProblemLog} of the chosen policy; the counts of the last cursor opened (files read, hours
 * missing inside trading hours, problems) are available afterwards for the command's report.
 * Not thread-safe: open and read it from one thread (a sweep decodes it once into a store).
 */
public final class RangeTicks implements TickSource {
    private final Bi5Source source;
    private final InstrumentSpec instrument;
    private final long fromMs;
    private final long toMs;
    private final InputPolicy policy;
    private final String description;
    private DukascopyTickStream last;

    RangeTicks(Bi5Source source, InstrumentSpec instrument, long fromMs, long toMs, InputPolicy policy,
               String description) {
        this.source = source;
        this.instrument = instrument;
        this.fromMs = fromMs;
        this.toMs = toMs;
        this.policy = policy;
        this.description = description;
    }

    @Override
    public InstrumentSpec instrument() { return instrument; }

    @Override
    public TickCursor open() {
        last = new DukascopyTickStream(source, instrument, fromMs, toMs, new ProblemLog(policy));
        return last;
    }

    @Override
    public String describe() {
        return instrument.symbol() + " " + Formats.time(fromMs) + " to " + Formats.time(toMs) + " from " + description;
    }

    /** Where the ticks come from, e.g. "directory /data/bi5". */
    public String sourceDescription() { return description; }

    public long fromMs() { return fromMs; }

    public long toMs() { return toMs; }

    /** Problems met by the last cursor opened (null before the first open). */
    public ProblemLog problems() { return last == null ? null : last.problems(); }

    /** Hour files the last cursor read. */
    public int filesRead() { return last == null ? 0 : last.filesRead(); }

    /** Hours inside trading hours without data, as met by the last cursor. */
    public int hoursMissing() { return last == null ? 0 : last.hoursMissing(); }

    /** One line about the data: "48 hour files, 0 hours missing inside trading hours, no problems". */
    public String dataSummary() {
        if (last == null) return "not read";
        return last.filesRead() + " hour files, " + last.hoursMissing() + " hour(s) missing inside trading hours, "
                + last.problems().summary();
    }
}
