package io.orderflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import io.orderflow.cli.ReferenceTicks.RawCandle;
import io.orderflow.cli.ReferenceTicks.RawTick;
import io.orderflow.testing.TestData;

/**
 * {@code summary} over the shared real data (offline, {@code --data-dir}); every printed number is
 * checked against the slow reference reading of the raw files and against Dukascopy's own daily
 * candles for the same days.
 */
@Tag("slow")
class SummaryCommandTest {
    private static Path bi5;

    @BeforeAll
    static void data() {
        bi5 = TestData.dukascopyBi5();
    }

    static long utc(String date) {
        return LocalDate.parse(date).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    private static CliRun summary(String... extra) {
        String[] base = {"summary", "--data-dir", bi5.toString()};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return CliRun.of(args);
    }

    private static BigDecimal price(int points, int scale) {
        return BigDecimal.valueOf(points, scale);
    }

    @Test
    void twoEurusdDaysMatchTheRawFilesAndDukascopysDailyCandles() throws Exception {
        CliRun run = summary("--instrument", "EURUSD", "--from", "2019-02-04", "--to", "2019-02-06", "--format", "json");
        assertEquals(0, run.code(), run.toString());
        JsonObject j = run.json();

        List<RawTick> ref = ReferenceTicks.ticks(bi5, "EURUSD", utc("2019-02-04"), utc("2019-02-06"));
        assertEquals(266_219, ref.size(), "fixture: 136,741 + 129,478 ticks");
        assertEquals(266_219, j.get("ticks").getAsLong());
        assertEquals("2019-02-04T00:00:00.994Z", j.get("firstTick").getAsString());
        assertEquals(java.time.Instant.ofEpochMilli(ref.get(ref.size() - 1).timeMs()).toString(),
                j.get("lastTick").getAsString());
        assertEquals(price(ref.stream().mapToInt(RawTick::bid).min().getAsInt(), 5),
                j.getAsJsonObject("bid").get("low").getAsBigDecimal());
        assertEquals(price(ref.stream().mapToInt(RawTick::bid).max().getAsInt(), 5),
                j.getAsJsonObject("bid").get("high").getAsBigDecimal());
        assertEquals(price(ref.stream().mapToInt(RawTick::ask).min().getAsInt(), 5),
                j.getAsJsonObject("ask").get("low").getAsBigDecimal());
        assertEquals(price(ref.stream().mapToInt(RawTick::ask).max().getAsInt(), 5),
                j.getAsJsonObject("ask").get("high").getAsBigDecimal());

        long spreadSum = 0;
        int spreadMax = 0;
        for (RawTick t : ref) {
            spreadSum += t.ask() - t.bid();
            spreadMax = Math.max(spreadMax, t.ask() - t.bid());
        }
        JsonObject spread = j.getAsJsonObject("spread");
        assertEquals((double) spreadSum / ref.size(), spread.get("meanPoints").getAsDouble(), 1e-12);
        assertEquals((double) spreadSum / ref.size() / 10, spread.get("meanPips").getAsDouble(), 1e-12);
        assertEquals(spreadMax, spread.get("maxPoints").getAsLong());
        assertEquals(spreadMax / 10.0, spread.get("maxPips").getAsDouble(), 1e-12);

        JsonObject volume = j.getAsJsonObject("volume");
        assertEquals(0, ReferenceTicks.sum(ref, true).compareTo(volume.get("bid").getAsBigDecimal()),
                "bid volume " + volume.get("bid") + " vs " + ReferenceTicks.sum(ref, true));
        assertEquals(0, ReferenceTicks.sum(ref, false).compareTo(volume.get("ask").getAsBigDecimal()),
                "ask volume " + volume.get("ask") + " vs " + ReferenceTicks.sum(ref, false));

        // Dukascopy's own daily BID candles (UTC days) for the same two days: the oracle for the table.
        List<RawCandle> daily = ReferenceTicks.candles(bi5.resolve("EURUSD/2019/BID_candles_day_1.bi5"),
                utc("2019-01-01"));
        JsonArray days = j.getAsJsonArray("days");
        assertEquals(2, days.size());
        int[] expectedTicks = {136_741, 129_478};
        for (int i = 0; i < 2; i++) {
            JsonObject d = days.get(i).getAsJsonObject();
            RawCandle c = daily.get(34 + i);
            assertEquals(utc(d.get("date").getAsString()), c.timeMs(), "day " + i);
            assertEquals(expectedTicks[i], d.get("ticks").getAsLong());
            assertEquals(price(c.open(), 5), d.get("bidOpen").getAsBigDecimal(), "open " + c);
            assertEquals(price(c.high(), 5), d.get("bidHigh").getAsBigDecimal(), "high " + c);
            assertEquals(price(c.low(), 5), d.get("bidLow").getAsBigDecimal(), "low " + c);
            assertEquals(price(c.close(), 5), d.get("bidClose").getAsBigDecimal(), "close " + c);
            assertEquals(c.volume(), d.get("bidVolume").getAsFloat(), "volume, as float32 like the candle");
        }
        assertEquals(48, j.get("hourFilesRead").getAsInt());
        assertEquals(0, j.get("hoursMissing").getAsInt());
        assertEquals(0, j.getAsJsonObject("problems").get("total").getAsLong());
        assertEquals("", run.err(), "no progress bar when stderr is not a terminal");
    }

    @Test
    void textReportPrintsTheSameNumbersForPeople() {
        CliRun run = summary("-i", "EURUSD", "--from", "2019-02-04", "--to", "2019-02-06");
        assertEquals(0, run.code(), run.toString());
        String out = run.out();
        for (String line : new String[] {
            "ticks            266,219",
            "first tick       2019-02-04 00:00:00.994 UTC",
            "bid low / high   1.14011 / 1.14603",
            "ask low / high   1.14014 / 1.14605",
            "spread max       53 points (5.3 pips)",
            "bid volume       698913.96",
            "ask volume       703653.99",
            "hour files read  48",
            "hours missing    0",
            "problems         no problems",
            "2019-02-04    136,741       1.14543       1.14603       1.14244       1.14349       367141.98       361437.46",
            "2019-02-05    129,478       1.14348       1.14404       1.14011       1.14087       331771.98       342216.53"}) {
            assertTrue(out.contains(line), "missing line '" + line + "' in\n" + out);
        }
        // (443,351 + 397,850) / 266,219 points, computed by hand from the raw files.
        assertTrue(out.contains(String.format(Locale.ROOT, "spread mean      %.2f points (%.3f pips)",
                841_201 / 266_219.0, 84_120.1 / 266_219.0)), out);
    }

    @Test
    void gbpjpyFortnightReadsEveryHourFileIncludingTheEmptyOne() throws Exception {
        CliRun run = summary("-i", "GBP/JPY", "--from", "2012-12-01", "--to", "2012-12-17", "--format", "json");
        assertEquals(0, run.code(), run.toString());
        JsonObject j = run.json();
        // Facts of the fixture: 617,592 ticks in 243 hour files, one of them empty (Saturday 1 Dec 00h);
        // every hour of the FX week (Sun 22:00 to Fri 22:00 UTC) has its file.
        assertEquals(617_592, j.get("ticks").getAsLong());
        assertEquals(243, j.get("hourFilesRead").getAsInt());
        assertEquals(0, j.get("hoursMissing").getAsInt());
        JsonArray days = j.getAsJsonArray("days");
        assertEquals(16, days.size(), "every UTC day of the range, weekends included");
        for (int i = 0; i < 16; i++) {
            JsonObject d = days.get(i).getAsJsonObject();
            long from = utc(d.get("date").getAsString());
            List<RawTick> ref = ReferenceTicks.ticks(bi5, "GBPJPY", from, from + 86_400_000L);
            assertEquals(ref.size(), d.get("ticks").getAsLong(), d.toString());
            if (!ref.isEmpty()) {
                assertEquals(price(ref.get(0).bid(), 3), d.get("bidOpen").getAsBigDecimal());
                assertEquals(price(ref.get(ref.size() - 1).bid(), 3), d.get("bidClose").getAsBigDecimal());
            } else {
                assertTrue(d.get("bidOpen").isJsonNull());
            }
        }
        // Sunday 2 December: only 22:00-24:00 trades.
        assertEquals("2012-12-02T22:00:20.449Z", j.get("firstTick").getAsString());
    }

    @Test
    void acceptsDateTimesAndOffsetsForTheRange() throws Exception {
        List<RawTick> ref = ReferenceTicks.ticks(bi5, "EURUSD", utc("2019-02-04") + 12 * 3_600_000L + 15 * 60_000L,
                utc("2019-02-04") + 13 * 3_600_000L + 30 * 60_000L);
        CliRun utcForm = summary("-i", "eurusd", "--from", "2019-02-04T12:15", "--to", "2019-02-04 13:30",
                "--format", "json");
        CliRun offsetForm = summary("-i", "EUR-USD", "--from", "2019-02-04T14:15+02:00", "--to", "2019-02-04T13:30:00Z",
                "--format", "json");
        assertEquals(0, utcForm.code(), utcForm.toString());
        assertEquals(ref.size(), utcForm.json().get("ticks").getAsLong());
        assertEquals(utcForm.out(), offsetForm.out());
        assertEquals(2, utcForm.json().get("hourFilesRead").getAsInt(), "12h and 13h");
    }

    @Test
    void drawsProgressOnStderrWhenForcedWithoutChangingStdout() {
        CliRun plain = summary("-i", "EURUSD", "--from", "2019-02-04", "--to", "2019-02-05");
        CliRun withBar = summary("-i", "EURUSD", "--from", "2019-02-04", "--to", "2019-02-05", "--progress", "always");
        assertEquals(plain.out(), withBar.out());
        assertTrue(withBar.err().contains("Decoding 100%") && withBar.err().contains("24/24 hours"), withBar.err());
    }
}
