package io.orderflow.data.feed;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.orderflow.data.Bi5CandleReader;
import io.orderflow.data.Bi5TickReader;
import io.orderflow.data.DukascopyLayout;
import io.orderflow.data.DukascopyLayout.CandlePeriod;
import io.orderflow.market.OfferSide;

/**
 * One file of the Dukascopy datafeed: its path relative to the datafeed root
 * ({@link DukascopyLayout}), what it holds (ticks or candles) and the UTC period it covers.
 *
 * <p>The period decides whether a downloaded copy is final: a file whose period has not ended yet
 * (the current hour, day, month or year) is still growing on the datafeed and must not be cached.
 * Thread-safe (immutable).
 */
public final class DatafeedFile {
    /** What a datafeed file holds. */
    public enum Kind {
        /** One hour of ticks, 20-byte records. */
        TICKS(Bi5TickReader.RECORD_SIZE),
        /** A day of minute, a month of hour or a year of day candles, 24-byte records. */
        CANDLES(Bi5CandleReader.RECORD_SIZE);

        private final int recordSize;

        Kind(int recordSize) {
            this.recordSize = recordSize;
        }

        /** Bytes per decompressed record. */
        public int recordSize() { return recordSize; }
    }

    private static final Pattern TICKS = Pattern.compile("([A-Za-z0-9_]+)/(\\d{4})/(\\d{2})/(\\d{2})/(\\d{2})h_ticks\\.bi5");
    private static final Pattern MINUTES =
            Pattern.compile("([A-Za-z0-9_]+)/(\\d{4})/(\\d{2})/(\\d{2})/(BID|ASK)_candles_min_1\\.bi5");
    private static final Pattern HOURS = Pattern.compile("([A-Za-z0-9_]+)/(\\d{4})/(\\d{2})/(BID|ASK)_candles_hour_1\\.bi5");
    private static final Pattern DAYS = Pattern.compile("([A-Za-z0-9_]+)/(\\d{4})/(BID|ASK)_candles_day_1\\.bi5");

    private final String path;
    private final Kind kind;
    private final long startMs;
    private final long endMs;

    private DatafeedFile(String path, Kind kind, long startMs, long endMs) {
        this.path = path;
        this.kind = kind;
        this.startMs = startMs;
        this.endMs = endMs;
    }

    /** The tick file of the UTC hour containing {@code timeMs}. */
    public static DatafeedFile tickHour(String symbol, long timeMs) {
        long start = DukascopyLayout.hourStart(timeMs);
        return new DatafeedFile(DukascopyLayout.tickFile(symbol, start), Kind.TICKS, start,
                start + DukascopyLayout.HOUR_MS);
    }

    /** The candle file of {@code side} and {@code period} containing {@code timeMs}. */
    public static DatafeedFile candles(String symbol, OfferSide side, CandlePeriod period, long timeMs) {
        long start = DukascopyLayout.candleFileStart(period, timeMs);
        return new DatafeedFile(DukascopyLayout.candleFile(symbol, side, period, start), Kind.CANDLES, start,
                DukascopyLayout.nextCandleFileStart(period, start));
    }

    /** Every tick file (one per UTC hour) that holds ticks of {@code [fromMs, toMs)}, in time order. */
    public static List<DatafeedFile> tickHours(String symbol, long fromMs, long toMs) {
        checkRange(fromMs, toMs);
        List<DatafeedFile> files = new ArrayList<>();
        for (long h = DukascopyLayout.hourStart(fromMs); h < toMs; h += DukascopyLayout.HOUR_MS) {
            files.add(tickHour(symbol, h));
        }
        return files;
    }

    /** Every candle file that holds candles of {@code [fromMs, toMs)}, in time order. */
    public static List<DatafeedFile> candleFiles(String symbol, OfferSide side, CandlePeriod period, long fromMs,
                                                 long toMs) {
        checkRange(fromMs, toMs);
        List<DatafeedFile> files = new ArrayList<>();
        for (long t = DukascopyLayout.candleFileStart(period, fromMs); t < toMs;
             t = DukascopyLayout.nextCandleFileStart(period, t)) {
            files.add(candles(symbol, side, period, t));
        }
        return files;
    }

    private static void checkRange(long fromMs, long toMs) {
        if (toMs <= fromMs) {
            throw new IllegalArgumentException("empty range: from " + fromMs + " must be before to " + toMs);
        }
    }

    /**
     * The file at a datafeed-relative path such as {@code EURUSD/2019/01/04/00h_ticks.bi5}.
     *
     * @throws IllegalArgumentException when the path is not a tick or candle file of the datafeed
     */
    public static DatafeedFile parse(String relativePath) {
        try {
            Matcher m = TICKS.matcher(relativePath);
            if (m.matches()) {
                long t = utc(m.group(2), m.group(3), m.group(4), m.group(5));
                return tickHour(m.group(1), t);
            }
            m = MINUTES.matcher(relativePath);
            if (m.matches()) {
                long t = utc(m.group(2), m.group(3), m.group(4), "00");
                return candles(m.group(1), OfferSide.valueOf(m.group(5)), CandlePeriod.MINUTE, t);
            }
            m = HOURS.matcher(relativePath);
            if (m.matches()) {
                long t = utc(m.group(2), m.group(3), "01", "00");
                return candles(m.group(1), OfferSide.valueOf(m.group(4)), CandlePeriod.HOUR, t);
            }
            m = DAYS.matcher(relativePath);
            if (m.matches()) {
                long t = utc(m.group(2), "00", "01", "00");
                return candles(m.group(1), OfferSide.valueOf(m.group(3)), CandlePeriod.DAY, t);
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("not a datafeed file (no such date): " + relativePath, e);
        }
        throw new IllegalArgumentException("not a datafeed tick or candle file: " + relativePath);
    }

    /** Zero-based month as in the datafeed paths. */
    private static long utc(String year, String zeroBasedMonth, String day, String hour) {
        return LocalDateTime.of(Integer.parseInt(year), Integer.parseInt(zeroBasedMonth) + 1, Integer.parseInt(day),
                Integer.parseInt(hour), 0).toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    /** Path relative to the datafeed root, with '/' separators. */
    public String path() { return path; }

    public Kind kind() { return kind; }

    /** Bytes per decompressed record (20 for ticks, 24 for candles). */
    public int recordSize() { return kind.recordSize(); }

    /** Start of the covered period, ms UTC (inclusive). */
    public long startMs() { return startMs; }

    /** End of the covered period, ms UTC (exclusive). */
    public long endMs() { return endMs; }

    @Override
    public boolean equals(Object o) {
        return o instanceof DatafeedFile && ((DatafeedFile) o).path.equals(path);
    }

    @Override
    public int hashCode() { return path.hashCode(); }

    @Override
    public String toString() { return path; }
}
