package io.orderflow.data.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import io.orderflow.testing.Seeds;

class CsvTimeTest {
    private static long parse(String s) {
        byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
        return new CsvTime().parse(b, 0, b.length);
    }

    @Test
    void agreesWithJavaTimeOnRandomInstantsInAllFormats() {
        long seed = Seeds.of(0xC5F71EL);
        Random rnd = new Random(seed);
        DateTimeFormatter jforex = DateTimeFormatter.ofPattern("yyyy.MM.dd HH:mm:ss.SSS");
        DateTimeFormatter web = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss.SSS");
        DateTimeFormatter dashes = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        for (int i = 0; i < 20_000; i++) {
            // 1900..2100, includes leap days and century years.
            long ms = -2_208_988_800_000L + (long) (rnd.nextDouble() * 6_311_433_600_000L);
            LocalDateTime t = LocalDateTime.ofInstant(Instant.ofEpochMilli(ms), ZoneOffset.UTC);
            String msg = "seed " + seed + " at " + t;
            assertEquals(ms, parse(jforex.format(t)), msg);
            assertEquals(ms, parse(web.format(t)), msg);
            assertEquals(Math.floorDiv(ms, 1000) * 1000, parse(dashes.format(t)), msg);
            int offsetMinutes = (rnd.nextInt(2 * 14 * 60 + 1) - 14 * 60);
            ZoneOffset off = ZoneOffset.ofTotalSeconds(offsetMinutes * 60);
            String local = web.format(t.atOffset(ZoneOffset.UTC).withOffsetSameInstant(off).toLocalDateTime())
                    + " GMT" + (offsetMinutes < 0 ? "-" : "+")
                    + String.format("%02d%02d", Math.abs(offsetMinutes) / 60, Math.abs(offsetMinutes) % 60);
            assertEquals(ms, parse(local), msg + " " + local);
        }
    }

    @Test
    void readsShortFractionsAsMilliseconds() {
        long base = Instant.parse("2019-02-04T00:00:01Z").toEpochMilli();
        assertEquals(base + 900, parse("2019.02.04 00:00:01.9"));
        assertEquals(base + 990, parse("2019.02.04 00:00:01.99"));
        assertEquals(base + 994, parse("2019.02.04 00:00:01.994000"));
        assertEquals(base, parse("04.02.2019 00:00:01 GMT"));
        assertEquals(base - 2 * 3_600_000, parse("04.02.2019 00:00:01 GMT+02:00"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2019.02.30 00:00:00", "2019.13.01 00:00:00", "2019.02.04 24:00:00",
        "2019.02.04 00:60:00", "2019.02.04 00:00:60", "2019.02.04 00:00:01.9941", "2019.02.04", "19.02.04 00:00:00",
        "2019.02-04 00:00:00", "2019/02/04 00:00:00", "2019.02.04 00:00:00.", "2019.02.04 00:00:00 CET",
        "2019.02.04 00:00:00 GMT+2", "2019.02.04 00:00:00 GMT+1900", "2019.02.04 00:00:00x", "04.02.19 00:00:00",
        "2019.002.04 00:00:00", "2100.02.29 00:00:00"})
    void rejectsWhatIsNotAValidTime(String text) {
        assertEquals(CsvTime.INVALID, parse(text), text);
    }

    @Test
    void leapDayOf2000Exists() {
        assertEquals(Instant.parse("2000-02-29T12:00:00Z").toEpochMilli(), parse("29.02.2000 12:00:00.000"));
    }
}
