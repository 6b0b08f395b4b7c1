package io.orderflow.data;

import java.io.IOException;
import java.io.InputStream;

/**
 * Decodes Dukascopy candle files: 24-byte big-endian records
 * {@code int32 secondsFromFileStart, int32 open, int32 close, int32 low, int32 high,
 * float32 volume} — note the order open, <b>close</b>, low, high. A file covers a day of minutes,
 * a month of hours or a year of days.
 *
 * <p>Checked per record: time not earlier than the previous one, positive prices, low ≤ open,
 * close ≤ high, finite non-negative volume. Not thread-safe.
 */
public final class Bi5CandleReader {
    /** Bytes per candle record. */
    public static final int RECORD_SIZE = 24;

    private final Bi5Decoder decoder = new Bi5Decoder();
    private ProblemLog log;
    private long fileStartMs;
    private long lastTimeMs;

    /** Starts reading one candle file whose first period starts at {@code fileStartMs}. */
    public void open(InputStream in, String source, long fileStartMs, ProblemLog log) throws IOException {
        this.log = log;
        this.fileStartMs = fileStartMs;
        this.lastTimeMs = Long.MIN_VALUE;
        decoder.open(in, source, RECORD_SIZE, log);
    }

    /** Fills {@code into} with the next valid candle; false at the end of the file. */
    public boolean next(Candle into) throws IOException {
        while (true) {
            int off = decoder.nextRecord();
            if (off < 0) return false;
            byte[] b = decoder.buffer();
            long seconds = Bi5Decoder.readInt(b, off);
            int open = Bi5Decoder.readInt(b, off + 4);
            int close = Bi5Decoder.readInt(b, off + 8);
            int low = Bi5Decoder.readInt(b, off + 12);
            int high = Bi5Decoder.readInt(b, off + 16);
            float volume = Bi5Decoder.readFloat(b, off + 20);
            long time = fileStartMs + seconds * 1000L;
            if (seconds < 0) {
                problem(Problem.TIME_OUT_OF_RANGE, "negative seconds from file start " + seconds);
            } else if (time < lastTimeMs) {
                problem(Problem.TIME_BACKWARDS, "time " + time + " before previous " + lastTimeMs);
            } else if (open <= 0 || close <= 0 || low <= 0 || high <= 0) {
                problem(Problem.BAD_PRICE, "O " + open + " C " + close + " L " + low + " H " + high);
            } else if (low > high || open < low || open > high || close < low || close > high) {
                problem(Problem.BAD_BAR, "O " + open + " C " + close + " L " + low + " H " + high);
            } else if (!(volume >= 0) || Float.isInfinite(volume)) {
                problem(Problem.BAD_VOLUME, "volume " + volume);
            } else {
                lastTimeMs = time;
                into.set(time, open, high, low, close, FloatDecimals.toDouble(volume));
                return true;
            }
        }
    }

    private void problem(Problem kind, String detail) throws DataFormatException {
        log.report(new DataFormatException(decoder.source(), decoder.recordNumber(), kind, detail));
    }
}
