package io.orderflow.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.orderflow.market.InstrumentSpec;
import io.orderflow.market.Instruments;
import io.orderflow.market.Tick;
import io.orderflow.testing.TestData;

class DukascopyTickStreamTest {
    private static final InstrumentSpec EURUSD = Instruments.of("EURUSD");

    private static long utc(String iso) {
        return Instant.parse(iso).toEpochMilli();
    }

    private static List<Tick> read(Bi5Source src, InstrumentSpec spec, long from, long to, ProblemLog log)
            throws IOException {
        List<Tick> out = new ArrayList<>();
        try (DukascopyTickStream s = new DukascopyTickStream(src, spec, from, to, log)) {
            Tick t = new Tick(1);
            while (s.next(t)) out.add(new Tick(1).copyFrom(t));
        }
        return out;
    }

    @Test
    void rangeIsClippedInsideHoursAndEqualsFilteringTheWholeDay() throws IOException {
        Bi5Source src = new DirectoryBi5Source(TestData.dukascopyBi5());
        long day = utc("2019-02-04T00:00:00Z");
        List<Tick> all = read(src, EURUSD, day, day + DukascopyLayout.DAY_MS, ProblemLog.failing());
        long from = utc("2019-02-04T10:15:30.123Z");
        long to = utc("2019-02-04T12:00:00.500Z");
        List<Tick> expected = new ArrayList<>();
        for (Tick t : all) if (t.timeMs() >= from && t.timeMs() < to) expected.add(t);
        List<Tick> clipped = read(src, EURUSD, from, to, ProblemLog.failing());
        assertEquals(expected.size(), clipped.size());
        assertTrue(expected.size() > 1000);
        for (int i = 0; i < expected.size(); i++) assertEquals(expected.get(i).toString(), clipped.get(i).toString());
        assertTrue(clipped.get(0).timeMs() >= from);
        assertTrue(clipped.get(clipped.size() - 1).timeMs() < to);
    }

    @Test
    void tickIsUnchangedWhenTheStreamEndsInsideAnHour() throws IOException {
        Bi5Source src = new DirectoryBi5Source(TestData.dukascopyBi5());
        long from = utc("2019-02-04T10:00:00Z");
        try (DukascopyTickStream s = new DukascopyTickStream(src, EURUSD, from, from + 60_000, ProblemLog.failing())) {
            Tick t = new Tick(1);
            Tick last = new Tick(1);
            while (s.next(t)) last.copyFrom(t);
            assertEquals(last.toString(), t.toString(), "next() returned false and must not touch the tick");
            assertFalse(s.next(t));
        }
    }

    @Test
    void missingHourInsideTradingHoursIsReportedNamingTheFile(@TempDir Path dir) throws IOException {
        Path root = TestData.dukascopyBi5();
        Path day = dir.resolve("EURUSD/2019/01/04");
        Files.createDirectories(day);
        long expectedTicks = 0;
        for (int h = 0; h < 6; h++) {
            if (h == 3) continue;
            String name = String.format("%02dh_ticks.bi5", h);
            Files.copy(root.resolve("EURUSD/2019/01/04").resolve(name), day.resolve(name));
        }
        long from = utc("2019-02-04T00:00:00Z");
        long to = utc("2019-02-04T06:00:00Z");
        List<Tick> full = read(new DirectoryBi5Source(root), EURUSD, from, to, ProblemLog.failing());
        for (Tick t : full) if (t.timeMs() < from + 3 * 3_600_000L || t.timeMs() >= from + 4 * 3_600_000L) expectedTicks++;

        DirectoryBi5Source src = new DirectoryBi5Source(dir);
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> read(src, EURUSD, from, to, ProblemLog.failing()));
        assertEquals(Problem.MISSING_HOUR, e.problem());
        assertTrue(e.getMessage().contains(day.resolve("03h_ticks.bi5").toString()), e.getMessage());

        ProblemLog log = ProblemLog.skipping();
        try (DukascopyTickStream s = new DukascopyTickStream(src, EURUSD, from, to, log)) {
            Tick t = new Tick(1);
            long n = 0;
            while (s.next(t)) n++;
            assertEquals(expectedTicks, n);
            assertEquals(1, s.hoursMissing());
            assertEquals(5, s.filesRead());
        }
        assertEquals(1, log.count(Problem.MISSING_HOUR));
        assertEquals(1, log.total());
    }

    @Test
    void weekendAndPartlyClosedHoursWithoutFilesAreNotMissing() throws IOException {
        // Friday 7 Dec 2012 21:00 UTC to Monday 10 Dec 01:00: the weekend hours have no files.
        Bi5Source src = new DirectoryBi5Source(TestData.dukascopyBi5());
        ProblemLog log = ProblemLog.failing();
        List<Tick> ts = read(src, Instruments.of("GBPJPY"), utc("2012-12-07T21:00:00Z"), utc("2012-12-10T01:00:00Z"), log);
        assertTrue(ts.size() > 1000);
        assertTrue(ts.get(0).timeMs() < utc("2012-12-07T22:00:00Z"));
        assertTrue(ts.get(ts.size() - 1).timeMs() >= utc("2012-12-09T22:00:00Z"));
        for (int i = 1; i < ts.size(); i++) assertTrue(ts.get(i).timeMs() >= ts.get(i - 1).timeMs());
    }

    @Test
    void emptyRangeIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new DukascopyTickStream(
                new DirectoryBi5Source(Path.of(".")), EURUSD, 10, 10, ProblemLog.failing()));
    }
}
