package io.orderflow.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.orderflow.market.InstrumentSpec;

/** Text forms shared by the commands: UTC times, prices from points, volumes, byte counts. */
public final class Formats {
    private static final DateTimeFormatter TIME_MS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);

    private Formats() {
    }

    /** {@code 2019-02-04 00:00:00.994 UTC}. */
    public static String timeMs(long ms) {
        return TIME_MS.format(Instant.ofEpochMilli(ms)) + " UTC";
    }

    /** {@code 2019-02-04 00:00 UTC}, with seconds and ms only when not zero. */
    public static String time(long ms) {
        return ms % 60_000 == 0 ? TIME.format(Instant.ofEpochMilli(ms)) + " UTC" : timeMs(ms);
    }

    /** ISO-8601 instant, {@code 2019-02-04T00:00:00.994Z}. */
    public static String iso(long ms) {
        return Instant.ofEpochMilli(ms).toString();
    }

    /** Exact decimal price of {@code points}. */
    public static BigDecimal price(InstrumentSpec spec, long points) {
        return BigDecimal.valueOf(points, spec.pointScale());
    }

    /** A volume rounded to 6 decimals, trailing zeros dropped. */
    public static BigDecimal volume(double v) {
        BigDecimal d = new BigDecimal(v).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }

    /** A volume for tables: as {@link #volume(double)}, with at least 2 decimals. */
    public static String volumeText(double v) {
        BigDecimal d = volume(v);
        return (d.scale() < 2 ? d.setScale(2) : d).toPlainString();
    }

    /** {@code 1,234,567}. */
    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** {@code 512 B}, {@code 1.4 MB} (powers of 1000). */
    public static String bytes(long b) {
        if (b < 1000) return b + " B";
        if (b < 1_000_000) return String.format(Locale.ROOT, "%.1f kB", b / 1e3);
        if (b < 1_000_000_000) return String.format(Locale.ROOT, "%.1f MB", b / 1e6);
        return String.format(Locale.ROOT, "%.2f GB", b / 1e9);
    }
}
