package io.orderflow.data;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import io.orderflow.market.OfferSide;

/**
 * Paths of the Dukascopy datafeed, relative to its root
 * ({@code https://datafeed.dukascopy.com/datafeed/}), also used for the local cache:
 * <ul>
 * <li>ticks: {@code EURUSD/2019/01/04/00h_ticks.bi5} — one file per UTC hour;</li>
 * <li>minute candles: {@code EURUSD/2019/01/04/BID_candles_min_1.bi5} — one per UTC day;</li>
 * <li>hour candles: {@code EURUSD/2019/01/BID_candles_hour_1.bi5} — one per month;</li>
 * <li>day candles: {@code EURUSD/2019/BID_candles_day_1.bi5} — one per year.</li>
 * </ul>
 * <b>Months are zero-based</b> ({@code 01} is February). Thread-safe (stateless).
 */
public final class DukascopyLayout {
    /** Milliseconds in an hour. */
    public static final long HOUR_MS = 3_600_000L;
    /** Milliseconds in a day. */
    public static final long DAY_MS = 86_400_000L;

    private DukascopyLayout() {
    }

    /** Candle file granularity. */
    public enum CandlePeriod {
        /** One file per day of 1-minute candles. */
        MINUTE("min_1", 60_000L),
        /** One file per month of 1-hour candles. */
        HOUR("hour_1", HOUR_MS),
        /** One file per year of 1-day candles. */
        DAY("day_1", DAY_MS);

        final String token;
        final long periodMs;

        CandlePeriod(String token, long periodMs) {
            this.token = token;
            this.periodMs = periodMs;
        }

        /** Length of one candle in ms. */
        public long periodMs() { return periodMs; }
    }

    /** Path of the tick file for the hour containing {@code timeMs}. */
    public static String tickFile(String symbol, long timeMs) {
        LocalDateTime t = utc(timeMs);
        return symbol + "/" + t.getYear() + "/" + two(t.getMonthValue() - 1) + "/" + two(t.getDayOfMonth()) + "/"
                + two(t.getHour()) + "h_ticks.bi5";
    }

    /** Path of the candle file containing {@code timeMs}. */
    public static String candleFile(String symbol, OfferSide side, CandlePeriod period, long timeMs) {
        LocalDateTime t = utc(timeMs);
        String name = side.name() + "_candles_" + period.token + ".bi5";
        switch (period) {
            case MINUTE:
                return symbol + "/" + t.getYear() + "/" + two(t.getMonthValue() - 1) + "/" + two(t.getDayOfMonth())
                        + "/" + name;
            case HOUR:
                return symbol + "/" + t.getYear() + "/" + two(t.getMonthValue() - 1) + "/" + name;
            default:
                return symbol + "/" + t.getYear() + "/" + name;
        }
    }

    /** Start (ms UTC) of the candle file containing {@code timeMs}: day, month or year start. */
    public static long candleFileStart(CandlePeriod period, long timeMs) {
        LocalDateTime t = utc(timeMs);
        LocalDateTime s;
        switch (period) {
            case MINUTE: s = t.toLocalDate().atStartOfDay(); break;
            case HOUR: s = t.toLocalDate().withDayOfMonth(1).atStartOfDay(); break;
            default: s = t.toLocalDate().withDayOfYear(1).atStartOfDay(); break;
        }
        return s.toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    /** Start (ms UTC) of the candle file after the one containing {@code timeMs}. */
    public static long nextCandleFileStart(CandlePeriod period, long timeMs) {
        LocalDateTime s = utc(candleFileStart(period, timeMs));
        switch (period) {
            case MINUTE: s = s.plusDays(1); break;
            case HOUR: s = s.plusMonths(1); break;
            default: s = s.plusYears(1); break;
        }
        return s.toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    /** Start of the UTC hour containing {@code timeMs}. */
    public static long hourStart(long timeMs) {
        return Math.floorDiv(timeMs, HOUR_MS) * HOUR_MS;
    }

    private static LocalDateTime utc(long timeMs) {
        return LocalDateTime.ofInstant(Instant.ofEpochMilli(timeMs), ZoneOffset.UTC);
    }

    private static String two(int v) {
        return v < 10 ? "0" + v : Integer.toString(v);
    }
}
