package io.orderflow.data.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import io.orderflow.data.Candle;
import io.orderflow.data.CandleCursor;
import io.orderflow.data.Problem;
import io.orderflow.data.ProblemLog;
import io.orderflow.market.InstrumentSpec;

/**
 * Reads a candle CSV exported by the JForex platform ({@code Time (UTC),Open,High,Low,Close,Volume},
 * often with a trailing space after {@code Volume}) or by Dukascopy's web export
 * ({@code Gmt time,...} / {@code Local time,...}), plain or gzip (recognised by its magic bytes).
 * The time of a candle is the start of its period.
 *
 * <p>Checked per row like a {@code .bi5} candle: time not before the previous candle
 * ({@link Problem#TIME_BACKWARDS}), positive prices ({@link Problem#BAD_PRICE}, also for prices off
 * the instrument's grid), low ≤ open, close ≤ high ({@link Problem#BAD_BAR}), finite non-negative
 * volume ({@link Problem#BAD_VOLUME}); unreadable rows are {@link Problem#MALFORMED_ROW}. Each
 * problem goes to the {@link ProblemLog} naming file and line.
 *
 * <p>Streams the file with a fixed buffer; no allocation per row. The reader owns the stream.
 * Not thread-safe.
 */
public final class CsvCandleReader implements CandleCursor {
    private final CsvRowParser parser;
    private long lastTimeMs = Long.MIN_VALUE;
    private long candles;

    /**
     * @param in         the file's bytes, plain or gzip; owned by the reader from now on
     * @param source     name used in error messages
     * @param instrument gives the price grid (points scale)
     * @param log        the bad-input policy and account
     */
    public CsvCandleReader(InputStream in, String source, InstrumentSpec instrument, ProblemLog log) {
        this.parser = new CsvRowParser(in, source, instrument, log, CsvHeader.Content.CANDLES,
                CsvCandleReader::plausible);
    }

    /** Opens {@code file} (plain or gzip). */
    public static CsvCandleReader open(Path file, InstrumentSpec instrument, ProblemLog log) throws IOException {
        return new CsvCandleReader(Files.newInputStream(file), file.toString(), instrument, log);
    }

    private static boolean plausible(long[] p, double[] v) {
        long o = p[0], h = p[1], l = p[2], c = p[3];
        return l > 0 && l <= o && o <= h && l <= c && c <= h && v[0] >= 0 && !Double.isInfinite(v[0]);
    }

    @Override
    public boolean next(Candle into) throws IOException {
        long[] p = parser.prices;
        while (parser.nextRow()) {
            long time = parser.timeMs;
            long open = p[CsvColumn.OPEN.slot()];
            long high = p[CsvColumn.HIGH.slot()];
            long low = p[CsvColumn.LOW.slot()];
            long close = p[CsvColumn.CLOSE.slot()];
            double volume = parser.volumes[CsvColumn.VOLUME.slot()];
            if (time < lastTimeMs) {
                parser.problem(Problem.TIME_BACKWARDS, "time " + time + " before previous " + lastTimeMs);
            } else if (open <= 0 || high <= 0 || low <= 0 || close <= 0) {
                parser.problem(Problem.BAD_PRICE, "O " + open + " H " + high + " L " + low + " C " + close + " points");
            } else if (low > high || open < low || open > high || close < low || close > high) {
                parser.problem(Problem.BAD_BAR, "O " + open + " H " + high + " L " + low + " C " + close + " points");
            } else if (!(volume >= 0) || Double.isInfinite(volume)) {
                parser.problem(Problem.BAD_VOLUME, "volume " + volume);
            } else {
                lastTimeMs = time;
                candles++;
                into.set(time, open, high, low, close, volume);
                return true;
            }
        }
        return false;
    }

    /** Candles handed out so far. */
    public long candles() { return candles; }

    /** The recognised header (null before the first {@link #next} or when unknown). */
    public CsvHeader header() { return parser.header(); }

    /** 1-based number of the line read last. */
    public long lineNumber() { return parser.lineNumber(); }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
