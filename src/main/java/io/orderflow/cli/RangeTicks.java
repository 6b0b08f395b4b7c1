package io.orderflow.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.orderflow.backtest.DepthRecordingTicks;
import io.orderflow.backtest.TickSource;
import io.orderflow.data.Bi5Source;
import io.orderflow.data.DukascopyTickStream;
import io.orderflow.data.FileTickCursor;
import io.orderflow.data.InputPolicy;
import io.orderflow.data.ProblemLog;
import io.orderflow.market.InstrumentSpec;

/**
 * The ticks a command asked for — one instrument over {@code [fromMs, toMs)} from the chosen source
 * (Dukascopy hour files, JForex CSV exports, or the strategy's live depth recordings with their depth
 * levels) — as a replayable {@link TickSource}. Each
 * {@link #open()} starts a new cursor with a new {@link ProblemLog} of the chosen policy; the counts
 * of the last cursor opened (files read, hours missing inside trading hours, problems) are available
 * afterwards for the command's report. Not thread-safe: open and read it from one thread (a sweep
 * decodes it once into a store).
 */
public final class RangeTicks implements TickSource {
    private final Bi5Source source;
    private final List<Path> csv;
    private final DepthRecordingTicks recordings;
    private final InstrumentSpec instrument;
    private final long fromMs;
    private final long toMs;
    private final InputPolicy policy;
    private final String description;
    private FileTickCursor last;
    private ProblemLog lastLog;

    /** Hour files of the datafeed layout. */
    RangeTicks(Bi5Source source, InstrumentSpec instrument, long fromMs, long toMs, InputPolicy policy,
               String description) {
        this(source, null, null, instrument, fromMs, toMs, policy, description);
    }

    /** CSV exports, read in the order given. */
    RangeTicks(List<Path> csv, InstrumentSpec instrument, long fromMs, long toMs, InputPolicy policy,
               String description) {
        this(null, Collections.unmodifiableList(new ArrayList<>(csv)), null, instrument, fromMs, toMs, policy,
                description);
    }

    /** Live depth recordings ({@code .ofd}) of {@code recordings.instrument()}, read in the order given. */
    RangeTicks(DepthRecordingTicks recordings, long fromMs, long toMs, InputPolicy policy, String description) {
        this(null, null, recordings, recordings.instrument(), fromMs, toMs, policy, description);
    }

    private RangeTicks(Bi5Source source, List<Path> csv, DepthRecordingTicks recordings, InstrumentSpec instrument, long fromMs, long toMs,
                       InputPolicy policy, String description) {
        this.source = source;
        this.csv = csv;
        this.recordings = recordings;
        this.instrument = instrument;
        this.fromMs = fromMs;
        this.toMs = toMs;
        this.policy = policy;
        this.description = description;
    }

    @Override
    public InstrumentSpec instrument() { return instrument; }

    @Override
    public FileTickCursor open() {
        lastLog = new ProblemLog(policy);
        last = recordings != null ? new RecordingRangeCursor(recordings.open(lastLog), fromMs, toMs)
                : csv != null ? new CsvRangeCursor(csv, instrument, fromMs, toMs, lastLog)
                : new DukascopyTickStream(source, instrument, fromMs, toMs, lastLog);
        return last;
    }

    @Override
    public String describe() {
        return instrument.symbol() + " " + Formats.time(fromMs) + " to " + Formats.time(toMs) + " from " + description;
    }

    /** Where the ticks come from, e.g. "directory /data/bi5". */
    public String sourceDescription() { return description; }

    /** True when reading CSV exports. */
    public boolean isCsv() { return csv != null; }

    /** True when reading live depth recordings (ticks with depth levels). */
    public boolean isDepthRecording() { return recordings != null; }

    public long fromMs() { return fromMs; }

    public long toMs() { return toMs; }

    /** Problems met by the last cursor opened (null before the first open). */
    public ProblemLog problems() { return lastLog; }

    /** Files (hour files, CSV files or depth recordings) the last cursor read. */
    public int filesRead() {
        return last == null ? 0 : last.filesRead();
    }

    /**
     * Hours inside trading hours without data, as met by the last cursor; 0 for depth recordings
     * (a recording has no ticks while the platform was off; that is not checked).
     */
    public int hoursMissing() {
        return last == null ? 0 : last.hoursMissing();
    }

    /** Hours whose file was damaged (ticks after the damage lost), as met by the last cursor; 0 for CSV. */
    public int hoursDamaged() {
        return last == null ? 0 : last.hoursDamaged();
    }

    /**
     * One line about the data: "48 hour files, 0 hour(s) missing inside trading hours, no problems"
     * (with ", 1 hour(s) damaged" when a file could not be decoded to its end).
     */
    public String dataSummary() {
        if (last == null) return "not read";
        if (recordings != null) return filesRead() + " depth recording(s), " + lastLog.summary();
        return filesRead() + (csv != null ? " CSV file(s), " : " hour files, ") + hoursMissing()
                + " hour(s) missing inside trading hours, " + (hoursDamaged() > 0 ? hoursDamaged()
                + " hour(s) damaged (ticks after the damage lost), " : "") + lastLog.summary();
    }
}
