package io.orderflow.data;

import java.io.IOException;
import java.io.InputStream;

import io.orderflow.market.InstrumentSpec;
import io.orderflow.market.MarketHours;
import io.orderflow.market.Tick;
import io.orderflow.market.TickCursor;

/**
 * Streams the ticks of one instrument over a UTC range {@code [fromMs, toMs)}, one hour file at a
 * time, never holding more than one compressed hour in memory.
 *
 * <p>An hour with no file is normal outside trading hours ({@link MarketHours}); inside them it is
 * reported as {@link Problem#MISSING_HOUR}, and so is a file without a single tick. A damaged file
 * counts as a damaged hour ({@link #hoursDamaged()}) besides its problem. Time order and price
 * plausibility are checked across files too. Not thread-safe.
 */
public final class DukascopyTickStream implements FileTickCursor {
    private final Bi5Source source;
    private final InstrumentSpec instrument;
    private final long fromMs;
    private final long toMs;
    private final ProblemLog log;
    private final MarketHours hours;
    private final Bi5TickReader reader;
    /** Ticks are decoded here first, so that {@code into} stays untouched when the range ends. */
    private final Tick scratch = new Tick(1);
    private long nextHour;
    private boolean fileOpen;
    private long ticks;
    private int filesRead;
    private int hoursMissing;
    private int hoursDamaged;
    /** Start of the hour of the open file, and the damage count of the log when it was opened. */
    private long openHour;
    /** Datafeed-relative path of the hour file opened last (null before the first). */
    private String currentPath;
    private long damageAtOpen;

    public DukascopyTickStream(Bi5Source source, InstrumentSpec instrument, long fromMs, long toMs, ProblemLog log) {
        this(source, instrument, fromMs, toMs, log, MarketHours.of(instrument.assetClass()));
    }

    public DukascopyTickStream(Bi5Source source, InstrumentSpec instrument, long fromMs, long toMs, ProblemLog log,
                               MarketHours hours) {
        if (toMs <= fromMs) {
            throw new IllegalArgumentException("empty range: from " + fromMs + " must be before to " + toMs);
        }
        this.source = source;
        this.instrument = instrument;
        this.fromMs = fromMs;
        this.toMs = toMs;
        this.log = log;
        this.hours = hours;
        this.reader = new Bi5TickReader(PricePlausibility.forInstrument(instrument.symbol(), instrument.pointsPerPip()));
        this.nextHour = DukascopyLayout.hourStart(fromMs);
    }

    @Override
    public boolean next(Tick into) throws IOException {
        try {
            return advance(into);
        } catch (IOException e) {
            // e.g. "Is a directory": name the file being read
            throw currentPath != null ? NamedIOException.reading(source.describe(currentPath), e) : e;
        }
    }

    private boolean advance(Tick into) throws IOException {
        while (true) {
            if (fileOpen) {
                while (reader.next(scratch)) {
                    long t = scratch.timeMs();
                    if (t < fromMs) continue;
                    if (t >= toMs) {
                        fileOpen = false;
                        nextHour = Long.MAX_VALUE;
                        return false;
                    }
                    ticks++;
                    into.set(t, scratch.ask(), scratch.bid(), scratch.askVolume(), scratch.bidVolume());
                    return true;
                }
                fileOpen = false;
                endOfFile();
            }
            if (nextHour >= toMs) return false;
            openHour(nextHour);
            nextHour += DukascopyLayout.HOUR_MS;
        }
    }

    private void openHour(long hour) throws IOException {
        String path = DukascopyLayout.tickFile(instrument.symbol(), hour);
        currentPath = path;
        InputStream in = source.open(path);
        if (in == null) {
            if (hours.isOpenThroughout(hour, hour + DukascopyLayout.HOUR_MS)) {
                hoursMissing++;
                String why = source.whyMissing(path);
                log.report(new DataFormatException(source.describe(path), 0, Problem.MISSING_HOUR,
                        "no tick file for an hour inside trading hours" + (why == null ? "" : ": " + why)));
            }
            return;
        }
        try {
            openHour = hour;
            damageAtOpen = damage();
            reader.open(in, source.describe(path), hour, log);
            fileOpen = true;
            filesRead++;
        } finally {
            in.close();
        }
    }

    /** Problems that lose the rest of a file (counted under SKIP). */
    private long damage() {
        return log.count(Problem.CORRUPT_COMPRESSION);
    }

    /**
     * A file read to its end: a file whose decompression failed lost (the rest of) its hour, which
     * counts as a damaged hour; a file without a single record inside trading hours is a missing
     * hour like an absent file.
     */
    private void endOfFile() throws IOException {
        if (damage() > damageAtOpen) {
            hoursDamaged++;
        } else if (reader.recordNumber() == 0 && hours.isOpenThroughout(openHour, openHour + DukascopyLayout.HOUR_MS)) {
            hoursMissing++;
            log.report(new DataFormatException(source.describe(DukascopyLayout.tickFile(instrument.symbol(), openHour)),
                    0, Problem.MISSING_HOUR, "the file holds no tick, for an hour inside trading hours"));
        }
    }

    /** Ticks handed out so far. */
    public long ticks() { return ticks; }

    /** Hour files read so far. */
    @Override
    public int filesRead() { return filesRead; }

    /** Hours inside trading hours that had no file, or a file without a tick. */
    @Override
    public int hoursMissing() { return hoursMissing; }

    /**
     * Hours whose file was damaged (corrupt or oversized compression, under {@code SKIP}): the
     * ticks after the damage, often the whole hour, are lost.
     */
    @Override
    public int hoursDamaged() { return hoursDamaged; }

    public ProblemLog problems() { return log; }

    /** The problem log's summary, plus the hours missing inside trading hours when there were any. */
    @Override
    public String problemSummary() {
        return log.summary() + (hoursMissing > 0 ? "; " + hoursMissing + " hour(s) inside trading hours had no data" : "");
    }

    @Override
    public void close() {
        fileOpen = false;
        nextHour = Long.MAX_VALUE;
    }
}
