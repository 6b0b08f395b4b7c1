package io.orderflow.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.orderflow.data.DukascopyLayout.CandlePeriod;
import io.orderflow.market.Instruments;
import io.orderflow.market.OfferSide;
import io.orderflow.market.Tick;
import io.orderflow.testing.TestData;
import io.orderflow.testing.Seeds;

@Tag("slow")
class Bi5ReadersTest {

    private static long utc(String iso) {
        return Instant.parse(iso).toEpochMilli();
    }

    private static long countTicks(Path file, long hourStart, ProblemLog log) throws IOException {
        Bi5TickReader r = new Bi5TickReader();
        try (InputStream in = Files.newInputStream(file)) {
            r.open(in, file.toString(), hourStart, log);
        }
        Tick t = new Tick(1);
        long n = 0;
        while (r.next(t)) n++;
        return n;
    }

    @Test
    void zeroByteFileHasNoTicksAndNoProblems() throws IOException {
        ProblemLog log = ProblemLog.failing();
        Bi5TickReader r = new Bi5TickReader();
        r.open(new ByteArrayInputStream(new byte[0]), "empty.bi5", 0, log);
        assertFalse(r.next(new Tick()));
        Bi5CandleReader c = new Bi5CandleReader();
        c.open(new ByteArrayInputStream(new byte[0]), "empty.bi5", 0, log);
        assertFalse(c.next(new Candle()));
    }

    @Test
    void gbpjpySaturdayHourFileIsEmpty() throws IOException {
        Path sat = TestData.require("dukascopy/bi5/GBPJPY/2012/11/01/00h_ticks.bi5");
        assertEquals(0, Files.size(sat));
        assertEquals(0, countTicks(sat, utc("2012-12-01T00:00:00Z"), ProblemLog.failing()));
    }

    @ParameterizedTest(name = "EURUSD {0}")
    @CsvSource({"2019-02-04, 04, 136741", "2019-02-05, 05, 129478"})
    void eurusdDaysHoldTheKnownNumberOfTicks(String day, String dir, long expected) throws IOException {
        Path root = TestData.dukascopyBi5();
        long total = 0;
        for (int h = 0; h < 24; h++) {
            Path f = root.resolve(String.format("EURUSD/2019/01/%s/%02dh_ticks.bi5", dir, h));
            total += countTicks(f, utc(day + "T00:00:00Z") + h * DukascopyLayout.HOUR_MS, ProblemLog.failing());
        }
        assertEquals(expected, total);
    }

    @Test
    void gbpjpyFirstHalfOfDecember2012StreamsInTimeOrderWithoutMissingHours() throws IOException {
        ProblemLog log = ProblemLog.failing();
        long from = utc("2012-12-01T00:00:00Z");
        long to = utc("2012-12-17T00:00:00Z");
        long n = 0;
        long last = Long.MIN_VALUE;
        try (DukascopyTickStream s = new DukascopyTickStream(new DirectoryBi5Source(TestData.dukascopyBi5()),
                Instruments.of("GBPJPY"), from, to, log)) {
            Tick t = new Tick(1);
            while (s.next(t)) {
                assertTrue(t.timeMs() >= last, "time order at tick " + n);
                assertTrue(t.timeMs() >= from && t.timeMs() < to);
                assertTrue(t.ask() >= t.bid());
                last = t.timeMs();
                n++;
            }
            assertEquals(617_592, n);
            assertEquals(617_592, s.ticks());
            assertEquals(243, s.filesRead(), "242 hours with ticks and the empty Saturday file");
            assertEquals(0, s.hoursMissing(), "weekend hours without files are not missing");
        }
        assertEquals(0, log.total());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "EURUSD/2019/01/04/BID_candles_min_1.bi5, 2019-02-04T00:00:00Z, 1440, 60",
        "EURUSD/2019/00/BID_candles_hour_1.bi5, 2019-01-01T00:00:00Z, 744, 3600",
        "EURUSD/2019/01/BID_candles_hour_1.bi5, 2019-02-01T00:00:00Z, 672, 3600",
        "EURUSD/2018/BID_candles_day_1.bi5, 2018-01-01T00:00:00Z, 365, 86400",
        "BTCUSD/2020/BID_candles_day_1.bi5, 2020-01-01T00:00:00Z, 366, 86400",
    })
    void candleFilesHoldOneCandlePerPeriod(String rel, String start, int expected, long periodSeconds)
            throws IOException {
        Path f = TestData.require("dukascopy/bi5/" + rel);
        Bi5CandleReader r = new Bi5CandleReader();
        try (InputStream in = Files.newInputStream(f)) {
            r.open(in, rel, utc(start), ProblemLog.failing());
        }
        Candle c = new Candle();
        int n = 0;
        while (r.next(c)) {
            assertEquals(utc(start) + n * periodSeconds * 1000, c.timeMs(), rel + " candle " + n);
            n++;
        }
        assertEquals(expected, n);
    }

    @Test
    void oneDecoderReadsManyFilesOfTheSameSizeInTurn() throws IOException {
        // Regression: xz 1.10's array cache corrupted the second file of an equal dictionary size.
        Path root = TestData.dukascopyBi5();
        Bi5CandleReader shared = new Bi5CandleReader();
        for (int day = 1; day <= 19; day++) {
            String rel = String.format("BTCUSD/2023/01/%02d/BID_candles_min_1.bi5", day);
            long start = utc(String.format("2023-02-%02dT00:00:00Z", day));
            List<Candle> viaShared = readCandles(shared, root.resolve(rel), start);
            List<Candle> viaFresh = readCandles(new Bi5CandleReader(), root.resolve(rel), start);
            assertEquals(1440, viaShared.size(), rel);
            for (int i = 0; i < 1440; i++) {
                assertEquals(viaFresh.get(i).toString(), viaShared.get(i).toString(), rel + " candle " + i);
            }
        }
    }

    private static List<Candle> readCandles(Bi5CandleReader r, Path f, long start) throws IOException {
        try (InputStream in = Files.newInputStream(f)) {
            r.open(in, f.toString(), start, ProblemLog.failing());
        }
        List<Candle> out = new ArrayList<>();
        Candle c = new Candle();
        while (r.next(c)) out.add(new Candle().set(c.timeMs(), c.open(), c.high(), c.low(), c.close(), c.volume()));
        return out;
    }

    @Test
    void encodedRandomTicksDecodeToTheSameValues() throws IOException {
        long seed = Seeds.of(0xB15L);
        Random rnd = new Random(seed);
        long hour = utc("2019-02-04T10:00:00Z");
        for (boolean sizeInHeader : new boolean[] {true, false}) {
            List<byte[]> recs = new ArrayList<>();
            List<long[]> expected = new ArrayList<>();
            List<double[]> volumes = new ArrayList<>();
            int ms = 0;
            for (int i = 0; i < 20_000; i++) {
                ms += rnd.nextInt(180);
                int bid = 100_000 + rnd.nextInt(50_000);
                int ask = bid + rnd.nextInt(30);
                double av = (1 + rnd.nextInt(100_000)) / 100.0;
                double bv = rnd.nextInt(3) == 0 ? 1 : (1 + rnd.nextInt(1000)) / 1000.0;
                recs.add(Bi5Fixtures.tick(ms, ask, bid, (float) av, (float) bv));
                expected.add(new long[] {hour + ms, ask, bid});
                volumes.add(new double[] {av, bv});
            }
            byte[] file = Bi5Fixtures.lzma(Bi5Fixtures.concat(recs), sizeInHeader);
            Bi5TickReader r = new Bi5TickReader();
            r.open(new ByteArrayInputStream(file), "random.bi5", hour, ProblemLog.failing());
            Tick t = new Tick(1);
            for (int i = 0; i < expected.size(); i++) {
                String at = "tick " + i + " seed " + seed + " sizeInHeader " + sizeInHeader;
                assertTrue(r.next(t), at);
                assertEquals(expected.get(i)[0], t.timeMs(), at);
                assertEquals(expected.get(i)[1], t.ask(), at);
                assertEquals(expected.get(i)[2], t.bid(), at);
                assertEquals(volumes.get(i)[0], t.askVolume(), 0.0, at);
                assertEquals(volumes.get(i)[1], t.bidVolume(), 0.0, at);
            }
            assertFalse(r.next(t));
        }
    }

    @Test
    void timeOrderIsCheckedAcrossFilesUnlessReset() throws IOException {
        Path root = TestData.dukascopyBi5();
        Bi5TickReader r = new Bi5TickReader();
        Tick t = new Tick(1);
        long h5 = utc("2019-02-04T05:00:00Z");
        try (InputStream in = Files.newInputStream(root.resolve("EURUSD/2019/01/04/05h_ticks.bi5"))) {
            r.open(in, "05h", h5, ProblemLog.failing());
        }
        while (r.next(t)) { }
        try (InputStream in = Files.newInputStream(root.resolve("EURUSD/2019/01/04/04h_ticks.bi5"))) {
            r.open(in, "EURUSD/2019/01/04/04h_ticks.bi5", h5 - DukascopyLayout.HOUR_MS, ProblemLog.failing());
        }
        DataFormatException e = assertThrows(DataFormatException.class, () -> r.next(t));
        assertEquals(Problem.TIME_BACKWARDS, e.problem());
        assertTrue(e.getMessage().startsWith("EURUSD/2019/01/04/04h_ticks.bi5: record 1: TIME_BACKWARDS"),
                e.getMessage());
        try (InputStream in = Files.newInputStream(root.resolve("EURUSD/2019/01/04/04h_ticks.bi5"))) {
            r.open(in, "04h", h5 - DukascopyLayout.HOUR_MS, ProblemLog.failing());
        }
        r.resetTimeOrder();
        assertTrue(r.next(t));
    }

    @Test
    void layoutUsesZeroBasedMonths() {
        long t = utc("2019-02-04T10:59:59.999Z");
        assertEquals("EURUSD/2019/01/04/10h_ticks.bi5", DukascopyLayout.tickFile("EURUSD", t));
        assertEquals("EURUSD/2019/01/04/BID_candles_min_1.bi5",
                DukascopyLayout.candleFile("EURUSD", OfferSide.BID, CandlePeriod.MINUTE, t));
        assertEquals("EURUSD/2019/01/ASK_candles_hour_1.bi5",
                DukascopyLayout.candleFile("EURUSD", OfferSide.ASK, CandlePeriod.HOUR, t));
        assertEquals("EURUSD/2019/BID_candles_day_1.bi5",
                DukascopyLayout.candleFile("EURUSD", OfferSide.BID, CandlePeriod.DAY, t));
        assertEquals("GBPJPY/2012/11/31/23h_ticks.bi5", DukascopyLayout.tickFile("GBPJPY", utc("2012-12-31T23:00:00Z")));
        assertEquals("X/2013/00/01/00h_ticks.bi5", DukascopyLayout.tickFile("X", utc("2013-01-01T00:00:00Z")));
        assertEquals(utc("2019-02-04T00:00:00Z"), DukascopyLayout.candleFileStart(CandlePeriod.MINUTE, t));
        assertEquals(utc("2019-02-01T00:00:00Z"), DukascopyLayout.candleFileStart(CandlePeriod.HOUR, t));
        assertEquals(utc("2019-01-01T00:00:00Z"), DukascopyLayout.candleFileStart(CandlePeriod.DAY, t));
        assertEquals(utc("2013-01-01T00:00:00Z"), DukascopyLayout.nextCandleFileStart(CandlePeriod.HOUR,
                utc("2012-12-31T23:00:00Z")));
        assertEquals(utc("2019-02-04T10:00:00Z"), DukascopyLayout.hourStart(t));
        assertEquals(-DukascopyLayout.HOUR_MS, DukascopyLayout.hourStart(-1));
        assertEquals(60_000, CandlePeriod.MINUTE.periodMs());
    }
}
