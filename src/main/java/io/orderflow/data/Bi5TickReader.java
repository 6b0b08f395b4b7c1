package io.orderflow.data;

import java.io.IOException;
import java.io.InputStream;

import io.orderflow.market.Tick;

/**
 * Decodes Dukascopy tick files: 20-byte big-endian records
 * {@code int32 msFromHourStart, int32 ask, int32 bid, float32 askVolume, float32 bidVolume},
 * prices in points of the instrument.
 *
 * <p>Volumes are the decimals the float32 fields were written from ({@link FloatDecimals}).
 *
 * <p>Every record is checked: time inside the hour and not earlier than the previous tick
 * (including the last tick of the previous file read by this reader), positive prices, ask not
 * below bid, finite non-negative volumes, plausible prices ({@link PricePlausibility}, against the
 * previous tick across files too). A bad record is reported to the {@link ProblemLog}
 * naming the file and record number; under {@code SKIP} it is counted and skipped.
 *
 * <p>Allocation-free per tick; one reader can read many files in turn. Not thread-safe.
 */
public final class Bi5TickReader {
    /** Bytes per tick record. */
    public static final int RECORD_SIZE = 20;
    private static final int HOUR_MS = 3_600_000;

    private final Bi5Decoder decoder = new Bi5Decoder();
    private ProblemLog log;
    private long hourStartMs;
    private long lastTimeMs = Long.MIN_VALUE;
    private final PricePlausibility prices;

    /** A reader that checks prices against the format and the neighbouring ticks. */
    public Bi5TickReader() {
        this(new PricePlausibility());
    }

    /** A reader with its own price check (e.g. {@link PricePlausibility#forInstrument}). */
    public Bi5TickReader(PricePlausibility prices) {
        this.prices = prices;
    }

    /**
     * Starts reading one hour file.
     *
     * @param in          the compressed file; read fully, not closed
     * @param source      name used in error messages (path or URL)
     * @param hourStartMs start of the hour the file covers, ms UTC
     */
    public void open(InputStream in, String source, long hourStartMs, ProblemLog log) throws IOException {
        this.log = log;
        this.hourStartMs = hourStartMs;
        decoder.open(in, source, RECORD_SIZE, log);
    }

    /** Forgets the last tick time, so the next file may start earlier (a new, unrelated stream). */
    public void resetTimeOrder() {
        lastTimeMs = Long.MIN_VALUE;
        prices.reset();
    }

    /**
     * Fills {@code into} with the next valid tick of the current file.
     *
     * @return false at the end of the file
     */
    public boolean next(Tick into) throws IOException {
        while (true) {
            int off = decoder.nextRecord();
            if (off < 0) return false;
            byte[] b = decoder.buffer();
            int ms = Bi5Decoder.readInt(b, off);
            int ask = Bi5Decoder.readInt(b, off + 4);
            int bid = Bi5Decoder.readInt(b, off + 8);
            float askVol = Bi5Decoder.readFloat(b, off + 12);
            float bidVol = Bi5Decoder.readFloat(b, off + 16);
            long time = hourStartMs + ms;
            String implausible;
            if (ms < 0 || ms >= HOUR_MS) {
                problem(Problem.TIME_OUT_OF_RANGE, "ms from hour start " + ms + " outside 0..3599999");
            } else if (time < lastTimeMs) {
                problem(Problem.TIME_BACKWARDS, timeBackwards(time, lastTimeMs));
            } else if (ask <= 0 || bid <= 0) {
                problem(Problem.BAD_PRICE, "ask " + ask + ", bid " + bid + " points");
            } else if (ask < bid) {
                problem(Problem.ASK_BELOW_BID, "ask " + ask + " < bid " + bid + " points");
            } else if (!(askVol >= 0) || !(bidVol >= 0) || Float.isInfinite(askVol) || Float.isInfinite(bidVol)) {
                problem(Problem.BAD_VOLUME, "ask volume " + askVol + ", bid volume " + bidVol);
            } else if ((implausible = prices.check(ask, bid)) != null) {
                problem(Problem.IMPLAUSIBLE_PRICE, implausible);
            } else {
                lastTimeMs = time;
                into.set(time, ask, bid, FloatDecimals.toDouble(askVol), FloatDecimals.toDouble(bidVol));
                return true;
            }
        }
    }

    /** "time goes backwards: 2019-02-04T10:00:00.100Z after 2019-02-04T10:00:01Z (ticks must be in time order)". */
    static String timeBackwards(long time, long previous) {
        return "time goes backwards: " + java.time.Instant.ofEpochMilli(time) + " after "
                + java.time.Instant.ofEpochMilli(previous) + " (ticks must be in time order)";
    }

    /** Number of the record read last (1-based) in the current file; 0 when the file held none. */
    public long recordNumber() { return decoder.recordNumber(); }

    private void problem(Problem kind, String detail) throws DataFormatException {
        log.report(new DataFormatException(decoder.source(), decoder.recordNumber(), kind, detail));
    }

    /** The decoder, for benchmarks that compare against raw decompression. */
    Bi5Decoder decoder() { return decoder; }
}
