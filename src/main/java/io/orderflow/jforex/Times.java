package io.orderflow.jforex;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Time formatting for log lines and file names. Stateless; thread-safe. */
public final class Times {
    private static final DateTimeFormatter LOG = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter FILE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private Times() {
    }

    /** {@code 2019-02-04 13:37:00 UTC}; "-" for no time. */
    public static String utc(long timeMs) {
        if (timeMs == Long.MIN_VALUE || timeMs == Long.MAX_VALUE) return "-";
        return LOG.format(Instant.ofEpochMilli(timeMs));
    }

    /** {@code 20190204T133700Z}, for file names. */
    public static String compact(long timeMs) {
        return FILE.format(Instant.ofEpochMilli(timeMs));
    }
}
