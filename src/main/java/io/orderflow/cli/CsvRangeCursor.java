package io.orderflow.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import io.orderflow.data.DataFormatException;
import io.orderflow.data.DukascopyLayout;
import io.orderflow.data.FileTickCursor;
import io.orderflow.data.Problem;
import io.orderflow.data.ProblemLog;
import io.orderflow.data.csv.CsvTickReader;
import io.orderflow.market.InstrumentSpec;
import io.orderflow.market.MarketHours;
import io.orderflow.market.Tick;

/**
 * The ticks of JForex (or Dukascopy web) CSV exports inside {@code [fromMs, toMs)}: the files are
 * read one after the other, in the order given, each checked row by row by {@link CsvTickReader};
 * time order is also checked across files. Gaps are reported like missing datafeed hours: every
 * whole UTC hour of the range inside trading hours ({@link MarketHours}) without a single tick is a
 * {@link Problem#MISSING_HOUR} through the {@link ProblemLog} (fails under {@code FAIL}, counted
 * under {@code SKIP}); weekends and holidays are not gaps. Streams: one file open at a time. Not
 * thread-safe.
 */
final class CsvRangeCursor implements FileTickCursor {
    private final List<Path> files;
    private final InstrumentSpec instrument;
    private final long fromMs;
    private final long toMs;
    private final ProblemLog log;
    private final MarketHours hours;
    private int nextFile;
    private CsvTickReader reader;
    private String readerName;
    private long lastTimeMs = Long.MIN_VALUE;
    private long nextHourToCheck;
    /** A gap [from, to) of whole hours before the last tick, not reported yet (from == to: none). */
    private long pendingGapFrom;
    private long pendingGapTo;
    private boolean finished;
    private int filesRead;
    private int hoursMissing;
    private long ticks;

    CsvRangeCursor(List<Path> files, InstrumentSpec instrument, long fromMs, long toMs, ProblemLog log) {
        this.files = files;
        this.instrument = instrument;
        this.fromMs = fromMs;
        this.toMs = toMs;
        this.log = log;
        this.hours = MarketHours.of(instrument.assetClass());
        this.nextHourToCheck = DukascopyLayout.hourStart(fromMs);
    }

    @Override
    public boolean next(Tick into) throws IOException {
        if (finished) return false;
        while (true) {
            if (reader == null) {
                if (nextFile == files.size()) {
                    finish();
                    return false;
                }
                Path f = files.get(nextFile++);
                reader = CsvTickReader.open(f, instrument, log);
                readerName = f.toString();
                filesRead++;
            }
            while (reader.next(into)) {
                long t = into.timeMs();
                if (t < lastTimeMs) {
                    log.report(new DataFormatException(readerName, reader.lineNumber(), Problem.TIME_BACKWARDS,
                            "time goes backwards: " + Formats.timeMs(t) + " after the previous file's last tick "
                                    + Formats.timeMs(lastTimeMs) + " (give the files in time order)"));
                    continue;
                }
                lastTimeMs = t;
                if (t < fromMs) continue;
                // the gap before the previous tick is confirmed by this one not going backwards
                reportPendingGap();
                if (t >= toMs) {
                    finish();
                    return false;
                }
                long hour = DukascopyLayout.hourStart(t);
                if (hour > nextHourToCheck) {
                    pendingGapFrom = nextHourToCheck;
                    pendingGapTo = hour;
                }
                nextHourToCheck = hour + DukascopyLayout.HOUR_MS;
                ticks++;
                return true;
            }
            reader.close();
            reader = null;
        }
    }

    /**
     * Reports a gap seen before the last tick. It is held back by one tick, so that rows in reversed
     * order are reported as time going backwards (naming the line) rather than as missing hours.
     */
    private void reportPendingGap() throws DataFormatException {
        if (pendingGapTo > pendingGapFrom) {
            long from = pendingGapFrom;
            long to = pendingGapTo;
            pendingGapFrom = pendingGapTo = 0;
            checkHours(from, to);
        }
    }

    /** Reports every open hour from the next unchecked one up to {@code hourStart} (exclusive) as missing. */
    private void checkHoursBefore(long hourStart) throws DataFormatException {
        checkHours(nextHourToCheck, hourStart);
    }

    private void checkHours(long fromHour, long hourStart) throws DataFormatException {
        for (long h = fromHour; h < hourStart && h < toMs; h += DukascopyLayout.HOUR_MS) {
            if (hours.isOpenThroughout(h, h + DukascopyLayout.HOUR_MS)) {
                hoursMissing++;
                log.report(new DataFormatException(files.isEmpty() ? "csv" : String.join(", ", names()), 0,
                        Problem.MISSING_HOUR, "no tick from " + Formats.time(h) + " to "
                        + Formats.time(h + DukascopyLayout.HOUR_MS) + ", inside trading hours"));
            }
        }
    }

    private String[] names() {
        String[] n = new String[files.size()];
        for (int i = 0; i < n.length; i++) n[i] = files.get(i).getFileName().toString();
        return n;
    }

    private void finish() throws IOException {
        finished = true;
        if (reader != null) {
            reader.close();
            reader = null;
        }
        reportPendingGap();
        checkHoursBefore(toMs);
        nextHourToCheck = Long.MAX_VALUE;
    }

    @Override
    public int filesRead() { return filesRead; }

    @Override
    public int hoursMissing() { return hoursMissing; }

    /** 0: a CSV export has no damaged hours (bad lines are problems of their own). */
    @Override
    public int hoursDamaged() { return 0; }

    long ticks() { return ticks; }

    ProblemLog problems() { return log; }

    @Override
    public void close() throws IOException {
        finished = true;
        if (reader != null) {
            reader.close();
            reader = null;
        }
    }
}
