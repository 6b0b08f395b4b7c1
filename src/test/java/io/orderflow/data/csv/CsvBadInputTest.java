package io.orderflow.data.csv;

import static io.orderflow.data.csv.CsvTestSupport.ascii;
import static io.orderflow.data.csv.CsvTestSupport.candles;
import static io.orderflow.data.csv.CsvTestSupport.gzip;
import static io.orderflow.data.csv.CsvTestSupport.ticks;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.orderflow.data.Candle;
import io.orderflow.data.DataFormatException;
import io.orderflow.data.Problem;
import io.orderflow.data.ProblemLog;
import io.orderflow.market.InstrumentSpec;
import io.orderflow.market.Instruments;
import io.orderflow.market.Tick;

/**
 * One case per kind of bad CSV input, each read under both policies: {@code FAIL} throws a
 * {@link DataFormatException} naming the file and the line of the first bad row; {@code SKIP}
 * counts exactly the bad rows and delivers every good one.
 */
class CsvBadInputTest {
    private static final InstrumentSpec EURUSD = Instruments.of("EURUSD");
    private static final String TICK_HEADER = "Time (UTC),Ask,Bid,AskVolume,BidVolume";
    private static final String CANDLE_HEADER = "Time (UTC),Open,High,Low,Close,Volume";

    /** Good rows are "+row", bad ones "-row". */
    private static Arguments rows(Problem kind, String... rows) {
        return Arguments.of(kind, Arrays.asList(rows));
    }

    static Stream<Arguments> badTickRows() {
        String longLine = "2019.02.04 00:00:03.000," + "1".repeat(5000);
        return Stream.of(
            rows(Problem.MALFORMED_ROW,
                "+2019.02.04 00:00:00.994,1.14545,1.14543,1,2.06",
                "-garbage",
                "-2019.02.31 00:00:01.000,1.14545,1.14543,1,1",
                "-2019.02.04 00:00:01.000,1.14545,1.14543,1",
                "-2019.02.04 00:00:01.000,1.1454x,1.14543,1,1",
                "-2019.02.04 00:00:01.000,1.14545,,1,1",
                "+2019.02.04 00:00:02.000,1.14546,1.14543,1,1",
                "-" + longLine,
                "-2019.02.04 00:00:03.000" + ",1".repeat(20),
                "-2019.02.04 00:00:03.000;1.14545;1.14543;1;1",
                "+2019.02.04 00:00:04.000,1.14547,1.14543,0.5,1"),
            rows(Problem.BAD_PRICE,
                "+2019.02.04 00:00:00.994,1.14545,1.14543,1,2.06",
                "-2019.02.04 00:00:01.000,0,1.14543,1,1",
                "-2019.02.04 00:00:01.000,1.14545,-1.14543,1,1",
                "-2019.02.04 00:00:01.000,1.145455,1.14543,1,1",
                "+2019.02.04 00:00:02.000,1.14546,1.14543,1,1"),
            rows(Problem.ASK_BELOW_BID,
                "+2019.02.04 00:00:00.994,1.14545,1.14543,1,2.06",
                "-2019.02.04 00:00:01.000,1.14542,1.14543,1,1",
                "+2019.02.04 00:00:02.000,1.14543,1.14543,1,1"),
            rows(Problem.BAD_VOLUME,
                "+2019.02.04 00:00:00.994,1.14545,1.14543,1,2.06",
                "-2019.02.04 00:00:01.000,1.14545,1.14543,-1,1",
                "-2019.02.04 00:00:01.000,1.14545,1.14543,1,NaN",
                "-2019.02.04 00:00:01.000,1.14545,1.14543,Infinity,1",
                "-2019.02.04 00:00:01.000,1.14545,1.14543,1e999,1",
                "+2019.02.04 00:00:02.000,1.14546,1.14543,0,0"),
            rows(Problem.TIME_BACKWARDS,
                "+2019.02.04 00:00:00.994,1.14545,1.14543,1,2.06",
                "+2019.02.04 00:00:01.000,1.14545,1.14543,1,1",
                "-2019.02.04 00:00:00.999,1.14545,1.14543,1,1",
                "+2019.02.04 00:00:01.000,1.14546,1.14543,1,1"));
    }

    private static String text(String header, List<String> rows) {
        StringBuilder sb = new StringBuilder(header).append('\n');
        for (String r : rows) sb.append(r.substring(1)).append('\n');
        return sb.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badTickRows")
    void badTickRowFailsNamingFileAndLineOrIsSkippedAndCounted(Problem kind, List<String> rows) throws IOException {
        String csv = text(TICK_HEADER, rows);
        int firstBadLine = 0;
        int bad = 0;
        List<String> good = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).startsWith("-")) {
                bad++;
                if (firstBadLine == 0) firstBadLine = i + 2;
            } else {
                good.add(rows.get(i).substring(1));
            }
        }
        for (boolean gz : new boolean[] {false, true}) {
            byte[] bytes = gz ? gzip(ascii(csv)) : ascii(csv);
            DataFormatException e = assertThrows(DataFormatException.class,
                    () -> ticks(bytes, EURUSD, ProblemLog.failing()));
            assertEquals(kind, e.problem());
            assertEquals(firstBadLine, e.record());
            assertTrue(e.getMessage().startsWith("test.csv: line " + firstBadLine + ": " + kind + ": "), e.getMessage());

            ProblemLog log = ProblemLog.skipping();
            List<Tick> ticks = ticks(bytes, EURUSD, log);
            assertEquals(bad, log.count(kind), log.summary() + " " + log.samples());
            assertEquals(bad, log.total(), log.summary());
            List<Tick> expected = ticks(text(TICK_HEADER, prefixed(good)), EURUSD, ProblemLog.failing());
            assertEquals(good.size(), expected.size());
            assertEquals(expected.toString(), ticks.toString());
        }
    }

    private static List<String> prefixed(List<String> rows) {
        List<String> out = new ArrayList<>();
        for (String r : rows) out.add("+" + r);
        return out;
    }

    @Test
    void candleRowsOutsideTheirRangeAreBadBars() throws IOException {
        String csv = CANDLE_HEADER + "\n"
                + "2025.01.01 22:00:00,1.03503,1.03519,1.03483,1.03485,91.44\n"
                + "2025.01.01 22:01:00,1.03503,1.03500,1.03483,1.03485,1\n"   // open above high
                + "2025.01.01 22:02:00,1.03503,1.03519,1.03490,1.03485,1\n"   // close below low
                + "2025.01.01 22:03:00,1.03485,1.03546,1.03485,1.03543,240.6\n";
        DataFormatException e = assertThrows(DataFormatException.class, () -> candles(csv, EURUSD, ProblemLog.failing()));
        assertEquals(Problem.BAD_BAR, e.problem());
        assertEquals(3, e.record());
        ProblemLog log = ProblemLog.skipping();
        List<Candle> cs = candles(csv, EURUSD, log);
        assertEquals(2, cs.size());
        assertEquals(2, log.count(Problem.BAD_BAR));
        assertEquals(2, log.total());
    }

    @Test
    void candleTimeBackwardsBadPriceAndVolume() throws IOException {
        String csv = CANDLE_HEADER + "\n"
                + "2025.01.01 22:01:00,1.03503,1.03519,1.03483,1.03485,1\n"
                + "2025.01.01 22:00:00,1.03503,1.03519,1.03483,1.03485,1\n"
                + "2025.01.01 22:02:00,0,1.03519,0,1.03485,1\n"
                + "2025.01.01 22:02:00,1.03503,1.03519,1.03483,1.03485,-3\n"
                + "2025.01.01 22:02:00,1.03503,1.03519,1.03483,1.03485,3\n";
        ProblemLog log = ProblemLog.skipping();
        assertEquals(2, candles(csv, EURUSD, log).size());
        assertEquals(1, log.count(Problem.TIME_BACKWARDS));
        assertEquals(1, log.count(Problem.BAD_PRICE));
        assertEquals(1, log.count(Problem.BAD_VOLUME));
        assertEquals(3, log.total());
        DataFormatException e = assertThrows(DataFormatException.class, () -> candles(csv, EURUSD, ProblemLog.failing()));
        assertEquals(Problem.TIME_BACKWARDS, e.problem());
        assertEquals(3, e.record());
    }

    @Test
    void unknownHeaderFailsOrSkipsTheWholeFileCountedOnce() throws IOException {
        String csv = "Date,Open,High\n2025.01.01 22:00:00,1,2\n";
        DataFormatException e = assertThrows(DataFormatException.class, () -> ticks(csv, EURUSD, ProblemLog.failing()));
        assertEquals(Problem.UNKNOWN_HEADER, e.problem());
        assertTrue(e.getMessage().startsWith("test.csv: line 1: UNKNOWN_HEADER: not a known header"), e.getMessage());
        assertTrue(e.getMessage().contains("'Date,Open,High'"), e.getMessage());
        ProblemLog log = ProblemLog.skipping();
        assertEquals(0, ticks(csv, EURUSD, log).size());
        assertEquals(1, log.count(Problem.UNKNOWN_HEADER));
        assertEquals(1, log.total());
        // A file without a header: its first data row is not a header.
        ProblemLog noHeader = ProblemLog.skipping();
        assertEquals(0, ticks("2019.02.04 00:00:00.994,1.14545,1.14543,1,2.06\n", EURUSD, noHeader).size());
        assertEquals(1, noHeader.count(Problem.UNKNOWN_HEADER));
    }

    @Test
    void truncatedGzipIsCorruptCompressionAndEarlierRowsSurvive() throws IOException {
        StringBuilder sb = new StringBuilder(TICK_HEADER).append('\n');
        java.util.Random rnd = io.orderflow.testing.Seeds.random(3);
        int n = 200_000;
        java.time.format.DateTimeFormatter f = java.time.format.DateTimeFormatter.ofPattern("yyyy.MM.dd HH:mm:ss.SSS")
                .withZone(java.time.ZoneOffset.UTC);
        for (int i = 0; i < n; i++) {
            long ms = 1_549_238_400_000L + i * 100L;
            long bid = 114_000 + rnd.nextInt(1000);
            sb.append(f.format(java.time.Instant.ofEpochMilli(ms))).append(',')
                    .append(java.math.BigDecimal.valueOf(bid + rnd.nextInt(9), 5).toPlainString()).append(',')
                    .append(java.math.BigDecimal.valueOf(bid, 5).toPlainString()).append(",1,")
                    .append(rnd.nextInt(100) / 10.0).append('\n');
        }
        byte[] whole = gzip(ascii(sb.toString()));
        byte[] cut = Arrays.copyOf(whole, whole.length / 2);
        DataFormatException e = assertThrows(DataFormatException.class, () -> ticks(cut, EURUSD, ProblemLog.failing()));
        assertEquals(Problem.CORRUPT_COMPRESSION, e.problem());
        assertTrue(e.getMessage().startsWith("test.csv: line "), e.getMessage());
        ProblemLog log = ProblemLog.skipping();
        List<Tick> ts = ticks(cut, EURUSD, log);
        assertEquals(1, log.count(Problem.CORRUPT_COMPRESSION));
        assertEquals(1, log.total());
        assertTrue(ts.size() > n / 4 && ts.size() < n, "rows before the damage: " + ts.size());
        for (int i = 0; i < ts.size(); i++) assertEquals(1_549_238_400_000L + i * 100L, ts.get(i).timeMs());
    }

    @Test
    void damagedGzipHeaderIsCorruptCompressionOfTheWholeFile() throws IOException {
        byte[] gz = gzip(ascii(TICK_HEADER + "\n2019.02.04 00:00:00.994,1.14545,1.14543,1,2.06\n"));
        byte[] badMethod = gz.clone();
        badMethod[2] = 9; // compression method other than deflate
        byte[] cutHeader = Arrays.copyOf(gz, 5);
        for (byte[] bytes : new byte[][] {badMethod, cutHeader}) {
            DataFormatException e = assertThrows(DataFormatException.class,
                    () -> ticks(bytes, EURUSD, ProblemLog.failing()));
            assertEquals(Problem.CORRUPT_COMPRESSION, e.problem());
            assertTrue(e.getMessage().startsWith("test.csv: CORRUPT_COMPRESSION: gzip"), e.getMessage());
            ProblemLog log = ProblemLog.skipping();
            assertEquals(0, ticks(bytes, EURUSD, log).size());
            assertEquals(1, log.total());
        }
    }
}
