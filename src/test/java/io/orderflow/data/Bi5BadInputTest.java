package io.orderflow.data;

import static io.orderflow.data.Bi5Fixtures.candle;
import static io.orderflow.data.Bi5Fixtures.tick;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.orderflow.market.Tick;

/**
 * One case per kind of bad {@code .bi5} input, each read under both policies: {@code FAIL} throws a
 * {@link DataFormatException} naming the file and the first bad record; {@code SKIP} counts exactly
 * the bad records and delivers every good one.
 */
class Bi5BadInputTest {
    private static final long HOUR = 1_549_274_400_000L; // 2019-02-04T10:00Z
    private static final String SOURCE = "EURUSD/2019/01/04/10h_ticks.bi5";

    /** A record and whether it is bad. */
    private static final class Rec {
        final byte[] bytes;
        final boolean bad;

        Rec(byte[] bytes, boolean bad) {
            this.bytes = bytes;
            this.bad = bad;
        }
    }

    private static Rec good(int ms, int ask, int bid, float av, float bv) {
        return new Rec(tick(ms, ask, bid, av, bv), false);
    }

    private static Rec bad(int ms, int ask, int bid, float av, float bv) {
        return new Rec(tick(ms, ask, bid, av, bv), true);
    }

    private static Arguments tickCase(Problem kind, Rec... recs) {
        return Arguments.of(kind, Arrays.asList(recs));
    }

    static Stream<Arguments> badTickRecords() {
        return Stream.of(
            tickCase(Problem.BAD_PRICE, good(0, 114545, 114543, 1, 2.06f), good(10, 114546, 114544, 1, 1),
                    bad(20, 114546, 0, 1, 1), good(30, 114547, 114545, 1, 1), bad(40, -5, -7, 1, 1),
                    good(50, 114547, 114545, 1, 1)),
            tickCase(Problem.ASK_BELOW_BID, good(0, 114545, 114543, 1, 1), bad(10, 114543, 114544, 1, 1),
                    good(20, 114544, 114544, 1, 1), bad(30, 1, 2, 1, 1)),
            tickCase(Problem.BAD_VOLUME, good(0, 114545, 114543, 1, 1), bad(5, 114545, 114543, Float.NaN, 1),
                    bad(6, 114545, 114543, 1, -0.5f), bad(7, 114545, 114543, Float.POSITIVE_INFINITY, 1),
                    good(8, 114545, 114543, 0, 0)),
            tickCase(Problem.TIME_BACKWARDS, good(0, 114545, 114543, 1, 1), good(1000, 114545, 114543, 1, 1),
                    bad(999, 114545, 114543, 1, 1), good(1000, 114546, 114543, 1, 1), good(1001, 114546, 114543, 1, 1)),
            tickCase(Problem.TIME_OUT_OF_RANGE, good(0, 114545, 114543, 1, 1), bad(-1, 114545, 114543, 1, 1),
                    good(3_599_998, 114545, 114543, 1, 1), bad(3_600_000, 114545, 114543, 1, 1),
                    good(3_599_999, 114545, 114543, 1, 1)));
    }

    private static byte[] file(List<Rec> recs) throws IOException {
        List<byte[]> parts = new ArrayList<>();
        for (Rec r : recs) parts.add(r.bytes);
        return Bi5Fixtures.lzma(Bi5Fixtures.concat(parts));
    }

    private static List<Tick> readAll(byte[] file, ProblemLog log) throws IOException {
        Bi5TickReader r = new Bi5TickReader();
        r.open(new ByteArrayInputStream(file), SOURCE, HOUR, log);
        List<Tick> out = new ArrayList<>();
        Tick t = new Tick(1);
        while (r.next(t)) out.add(new Tick(1).copyFrom(t));
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badTickRecords")
    void badTickRecordFailsNamingFileAndRecordOrIsSkippedAndCounted(Problem kind, List<Rec> recs) throws IOException {
        byte[] file = file(recs);
        int firstBad = 0;
        int badCount = 0;
        List<byte[]> goodOnes = new ArrayList<>();
        for (int i = 0; i < recs.size(); i++) {
            if (recs.get(i).bad) {
                badCount++;
                if (firstBad == 0) firstBad = i + 1;
            } else {
                goodOnes.add(recs.get(i).bytes);
            }
        }

        DataFormatException e = assertThrows(DataFormatException.class, () -> readAll(file, ProblemLog.failing()));
        assertEquals(kind, e.problem());
        assertEquals(SOURCE, e.source());
        assertEquals(firstBad, e.record());
        assertTrue(e.getMessage().startsWith(SOURCE + ": record " + firstBad + ": " + kind + ": "), e.getMessage());

        ProblemLog log = ProblemLog.skipping();
        List<Tick> ticks = readAll(file, log);
        assertEquals(badCount, log.count(kind), log.summary());
        assertEquals(badCount, log.total(), log.summary());
        assertEquals(goodOnes.size(), ticks.size());
        for (int i = 0; i < ticks.size(); i++) {
            byte[] g = goodOnes.get(i);
            Tick t = ticks.get(i);
            assertEquals(HOUR + Bi5Decoder.readInt(g, 0), t.timeMs());
            assertEquals(Bi5Decoder.readInt(g, 4), t.ask());
            assertEquals(Bi5Decoder.readInt(g, 8), t.bid());
            assertEquals(FloatDecimals.toDouble(Bi5Decoder.readFloat(g, 12)), t.askVolume(), 0.0);
            assertEquals(FloatDecimals.toDouble(Bi5Decoder.readFloat(g, 16)), t.bidVolume(), 0.0);
        }
        assertEquals(badCount, log.samples().size());
        assertTrue(log.samples().get(0).startsWith(SOURCE + ": record " + firstBad + ": " + kind), log.samples().get(0));
    }

    private static byte[] threeGoodTicks() {
        return Bi5Fixtures.concat(Arrays.asList(tick(0, 3, 2, 1, 1), tick(1, 3, 2, 1, 1), tick(2, 3, 2, 1, 1)));
    }

    @Test
    void fileEndingInsideARecordIsATruncatedRecord() throws IOException {
        byte[] raw = Arrays.copyOf(threeGoodTicks(), 60 + 7);
        byte[] file = Bi5Fixtures.lzma(raw);
        DataFormatException e = assertThrows(DataFormatException.class, () -> readAll(file, ProblemLog.failing()));
        assertEquals(Problem.TRUNCATED_RECORD, e.problem());
        assertEquals(4, e.record());
        assertTrue(e.getMessage().contains("7 of 20 bytes"), e.getMessage());
        ProblemLog log = ProblemLog.skipping();
        assertEquals(3, readAll(file, log).size());
        assertEquals(1, log.count(Problem.TRUNCATED_RECORD));
        assertEquals(1, log.total());
    }

    @Test
    void truncatedLzmaStreamIsCorruptCompressionAndGoodRecordsBeforeTheDamageSurvive() throws IOException {
        List<byte[]> recs = new ArrayList<>();
        java.util.Random rnd = io.orderflow.testing.Seeds.random(7);
        for (int i = 0; i < 20_000; i++) {
            int bid = 114_000 + rnd.nextInt(100);
            recs.add(tick(i * 100, bid + rnd.nextInt(5), bid, 1 + rnd.nextInt(9), 1 + rnd.nextInt(9)));
        }
        byte[] whole = Bi5Fixtures.lzma(Bi5Fixtures.concat(recs));
        byte[] cut = Arrays.copyOf(whole, whole.length * 3 / 4);
        DataFormatException e = assertThrows(DataFormatException.class, () -> readAll(cut, ProblemLog.failing()));
        assertEquals(Problem.CORRUPT_COMPRESSION, e.problem());
        assertTrue(e.getMessage().startsWith(SOURCE + ": record "), e.getMessage());

        ProblemLog log = ProblemLog.skipping();
        List<Tick> ticks = readAll(cut, log);
        assertEquals(1, log.count(Problem.CORRUPT_COMPRESSION));
        assertEquals(1, log.total());
        assertTrue(ticks.size() > 10_000 && ticks.size() < 20_000, "prefix before the damage: " + ticks.size());
        for (int i = 0; i < ticks.size(); i++) assertEquals(HOUR + i * 100L, ticks.get(i).timeMs());
    }

    @Test
    void damagedLzmaHeaderIsCorruptCompressionOfTheWholeFile() throws IOException {
        byte[] good = Bi5Fixtures.lzma(threeGoodTicks());
        byte[] badProps = good.clone();
        badProps[0] = (byte) 0xFF; // lc/lp/pb out of range
        byte[] hugeDictionary = good.clone();
        hugeDictionary[1] = hugeDictionary[2] = hugeDictionary[3] = (byte) 0xFF;
        hugeDictionary[4] = (byte) 0x7F; // about 2 GiB
        byte[] shortHeader = Arrays.copyOf(good, 9);
        for (byte[] file : new byte[][] {badProps, hugeDictionary, shortHeader}) {
            DataFormatException e = assertThrows(DataFormatException.class, () -> readAll(file, ProblemLog.failing()));
            assertEquals(Problem.CORRUPT_COMPRESSION, e.problem());
            assertTrue(e.getMessage().startsWith(SOURCE + ": CORRUPT_COMPRESSION: "), e.getMessage());
            ProblemLog log = ProblemLog.skipping();
            assertEquals(0, readAll(file, log).size());
            assertEquals(1, log.count(Problem.CORRUPT_COMPRESSION));
        }
    }

    @Test
    void absurdlyLargeFileIsRefusedUnderEitherPolicyWithoutReadingItAll() throws IOException {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 0;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                return len;
            }
        };
        Bi5TickReader r = new Bi5TickReader();
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> r.open(endless, SOURCE, HOUR, ProblemLog.failing()));
        assertEquals(Problem.CORRUPT_COMPRESSION, e.problem());
        ProblemLog log = ProblemLog.skipping();
        r.open(endless, SOURCE, HOUR, log);
        assertEquals(false, r.next(new Tick()));
        assertEquals(1, log.count(Problem.CORRUPT_COMPRESSION));
    }

    @Test
    void streamDecompressingBeyondTheLimitIsStoppedAndReported() throws IOException {
        byte[] file = Bi5Fixtures.lzma(new byte[4 * 1024 * 1024], false);
        for (InputPolicy policy : InputPolicy.values()) {
            ProblemLog log = new ProblemLog(policy);
            Bi5Decoder d = new Bi5Decoder(1024 * 1024);
            d.open(new ByteArrayInputStream(file), SOURCE, 20, log);
            long records = 0;
            try {
                while (d.nextRecord() >= 0) records++;
                assertEquals(InputPolicy.SKIP, policy);
                assertEquals(1, log.count(Problem.CORRUPT_COMPRESSION));
            } catch (DataFormatException e) {
                assertEquals(InputPolicy.FAIL, policy);
                assertTrue(e.getMessage().contains("decompresses to more than 1048576 bytes"), e.getMessage());
            }
            assertTrue(records * 20 <= 1024 * 1024 + 64 * 1024, "stopped near the limit: " + records);
        }
    }

    // --- candles ---------------------------------------------------------------------------------

    private static List<Candle> readCandles(byte[] file, ProblemLog log) throws IOException {
        Bi5CandleReader r = new Bi5CandleReader();
        r.open(new ByteArrayInputStream(file), "BID_candles_min_1.bi5", HOUR, log);
        List<Candle> out = new ArrayList<>();
        Candle c = new Candle();
        while (r.next(c)) out.add(new Candle().set(c.timeMs(), c.open(), c.high(), c.low(), c.close(), c.volume()));
        return out;
    }

    static Stream<Arguments> badCandleRecords() {
        byte[] g0 = candle(0, 10, 12, 9, 13, 1.5f);
        byte[] g1 = candle(60, 12, 11, 11, 12, 0);
        byte[] g2 = candle(120, 11, 11, 11, 11, 2);
        return Stream.of(
            Arguments.of(Problem.BAD_BAR, new byte[][] {g0, candle(60, 10, 12, 13, 9, 1), g1,
                candle(90, 14, 12, 9, 13, 1), g2}, 2, 2),
            Arguments.of(Problem.BAD_PRICE, new byte[][] {g0, candle(60, 0, 12, 0, 13, 1), g1, g2}, 2, 1),
            Arguments.of(Problem.BAD_VOLUME, new byte[][] {g0, candle(60, 10, 12, 9, 13, Float.NaN), g1,
                candle(61, 10, 12, 9, 13, -1), g2}, 2, 2),
            Arguments.of(Problem.TIME_BACKWARDS, new byte[][] {g0, g1, candle(59, 10, 12, 9, 13, 1), g2}, 3, 1),
            Arguments.of(Problem.TIME_OUT_OF_RANGE, new byte[][] {candle(-60, 10, 12, 9, 13, 1), g0, g1, g2}, 1, 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCandleRecords")
    void badCandleRecordFailsOrIsSkippedAndCounted(Problem kind, byte[][] recs, int firstBad, int badCount)
            throws IOException {
        byte[] file = Bi5Fixtures.lzma(Bi5Fixtures.concat(Arrays.asList(recs)));
        DataFormatException e = assertThrows(DataFormatException.class, () -> readCandles(file, ProblemLog.failing()));
        assertEquals(kind, e.problem());
        assertEquals(firstBad, e.record());
        assertTrue(e.getMessage().startsWith("BID_candles_min_1.bi5: record " + firstBad + ": " + kind),
                e.getMessage());
        ProblemLog log = ProblemLog.skipping();
        List<Candle> candles = readCandles(file, log);
        assertEquals(badCount, log.count(kind));
        assertEquals(badCount, log.total());
        assertEquals(3, candles.size());
        assertEquals("Candle{" + HOUR + " O10 H13 L9 C12 V1.5}", candles.get(0).toString());
        assertEquals("Candle{" + (HOUR + 60_000) + " O12 H12 L11 C11 V0.0}", candles.get(1).toString());
        assertEquals("Candle{" + (HOUR + 120_000) + " O11 H11 L11 C11 V2.0}", candles.get(2).toString());
    }

    @Test
    void candleFileEndingInsideARecordIsATruncatedRecord() throws IOException {
        byte[] raw = Bi5Fixtures.concat(Arrays.asList(candle(0, 10, 12, 9, 13, 1), new byte[23]));
        byte[] file = Bi5Fixtures.lzma(raw);
        DataFormatException e = assertThrows(DataFormatException.class, () -> readCandles(file, ProblemLog.failing()));
        assertEquals(Problem.TRUNCATED_RECORD, e.problem());
        assertEquals(2, e.record());
        ProblemLog log = ProblemLog.skipping();
        assertEquals(1, readCandles(file, log).size());
        assertEquals(1, log.total());
    }
}
