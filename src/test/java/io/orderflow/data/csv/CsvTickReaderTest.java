package io.orderflow.data.csv;

import static io.orderflow.data.csv.CsvTestSupport.ascii;
import static io.orderflow.data.csv.CsvTestSupport.gzip;
import static io.orderflow.data.csv.CsvTestSupport.ticks;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.orderflow.data.DataFormatException;
import io.orderflow.data.Problem;
import io.orderflow.data.ProblemLog;
import io.orderflow.market.InstrumentSpec;
import io.orderflow.market.Instruments;
import io.orderflow.market.Tick;

class CsvTickReaderTest {
    private static final InstrumentSpec EURUSD = Instruments.of("EURUSD");
    private static final InstrumentSpec USDJPY = Instruments.of("USDJPY");
    private static final long T0 = Instant.parse("2019-02-04T00:00:00.994Z").toEpochMilli();

    private static void assertTick(Tick t, long time, long ask, long bid, double askVol, double bidVol) {
        assertEquals(time, t.timeMs(), "time");
        assertEquals(ask, t.ask(), "ask");
        assertEquals(bid, t.bid(), "bid");
        assertEquals(askVol, t.askVolume(), 0.0, "ask volume");
        assertEquals(bidVol, t.bidVolume(), 0.0, "bid volume");
    }

    @Test
    void readsJForexTickExportIntoExactPoints() throws IOException {
        List<Tick> ts = ticks("Time (UTC),Ask,Bid,AskVolume,BidVolume\n"
                + "2019.02.04 00:00:00.994,1.14545,1.14543,1,2.06\n"
                + "2019.02.04 00:00:01.271,1.14546,1.1454,0.75,1\n", EURUSD, ProblemLog.failing());
        assertEquals(2, ts.size());
        assertTick(ts.get(0), T0, 114545, 114543, 1, 2.06);
        assertTick(ts.get(1), T0 + 277, 114546, 114540, 0.75, 1);
    }

    @Test
    void acceptsTrailingSpaceInHeaderCrlfBomAndTimesWithoutMillis() throws IOException {
        List<Tick> ts = ticks("\u00EF\u00BB\u00BFTime (UTC),Ask,Bid,AskVolume,BidVolume \r\n"
                + "2019.02.04 00:00:01,1.14545,1.14543,1,2.06\r\n", EURUSD, ProblemLog.failing());
        assertEquals(1, ts.size());
        assertTick(ts.get(0), T0 - 994 + 1000, 114545, 114543, 1, 2.06);
    }

    @Test
    void readsDukascopyWebExportInGmt() throws IOException {
        List<Tick> ts = ticks("Gmt time,Ask,Bid,AskVolume,BidVolume\n"
                + "04.02.2019 00:00:00.994,1.14545,1.14543,1,2.06\n", EURUSD, ProblemLog.failing());
        assertTick(ts.get(0), T0, 114545, 114543, 1, 2.06);
    }

    @Test
    void convertsDukascopyWebLocalTimeWithItsOffset() throws IOException {
        List<Tick> ts = ticks("Local time,Ask,Bid,AskVolume,BidVolume\n"
                + "04.02.2019 02:00:00.994 GMT+0200,1.14545,1.14543,1,2.06\n"
                + "03.02.2019 19:00:01.994 GMT-0500,1.14545,1.14543,1,2.06\n", EURUSD, ProblemLog.failing());
        assertEquals(T0, ts.get(0).timeMs());
        assertEquals(T0 + 1000, ts.get(1).timeMs());
    }

    @Test
    void localTimeWithoutOffsetIsAMalformedRow() throws IOException {
        ProblemLog log = ProblemLog.skipping();
        List<Tick> ts = ticks("Local time,Ask,Bid,AskVolume,BidVolume\n"
                + "04.02.2019 02:00:00.994,1.14545,1.14543,1,2.06\n", EURUSD, log);
        assertEquals(0, ts.size());
        assertEquals(1, log.count(Problem.MALFORMED_ROW));
    }

    @Test
    void readsColumnsInAnyOrderByTheirNames() throws IOException {
        List<Tick> ts = ticks("Time (UTC),Bid,Ask,BidVolume,AskVolume\n"
                + "2019.02.04 00:00:00.994,1.14543,1.14545,2.06,1\n", EURUSD, ProblemLog.failing());
        assertTick(ts.get(0), T0, 114545, 114543, 1, 2.06);
    }

    @Test
    void readsSemicolonSeparatedCommaDecimalExport() throws IOException {
        List<Tick> ts = ticks("Time (UTC);Ask;Bid;AskVolume;BidVolume\n"
                + "2019.02.04 00:00:00.994;1,14545;1,14543;1;2,06\n", EURUSD, ProblemLog.failing());
        assertTick(ts.get(0), T0, 114545, 114543, 1, 2.06);
    }

    @Test
    void resolvesCommaAsBothFieldAndDecimalSeparator() throws IOException {
        List<Tick> ts = ticks("Time (UTC),Ask,Bid,AskVolume,BidVolume\n"
                + "2019.02.04 00:00:00.994,1,14545,1,14543,1,2,06\n"  // "06" cannot start a number: 1 and 2.06
                + "2019.02.04 00:00:01.994,1,14545,1,14543,0,75,1,5\n"  // two fractions: 0.75 and 1.5
                + "2019.02.04 00:00:02.994,1,14545,1,14543,1,1\n", EURUSD, ProblemLog.failing());
        assertEquals(3, ts.size());
        assertTick(ts.get(0), T0, 114545, 114543, 1, 2.06);
        assertTick(ts.get(1), T0 + 1000, 114545, 114543, 0.75, 1.5);
        assertTick(ts.get(2), T0 + 2000, 114545, 114543, 1, 1);
    }

    @Test
    void ambiguousDecimalCommasAreReportedNotGuessed() throws IOException {
        // Volumes "1,2,5" read as 1 and 2.5 or as 1.2 and 5: both valid; so do "0,75,1" (0.75 and 1, or 0 and 75.1).
        DataFormatException e = assertThrows(DataFormatException.class, () -> ticks(
                "Time (UTC),Ask,Bid,AskVolume,BidVolume\n"
                        + "2019.02.04 00:00:00.994,1,14545,1,14543,1,2,5\n", EURUSD, ProblemLog.failing()));
        assertEquals(Problem.MALFORMED_ROW, e.problem());
        assertEquals(2, e.record());
        assertTrue(e.getMessage().contains("ambiguous"), e.getMessage());
        assertTrue(e.getMessage().startsWith("test.csv: line 2: MALFORMED_ROW"), e.getMessage());
    }

    @Test
    void gzipIsRecognisedByMagicBytesWhateverTheName(@TempDir Path dir) throws IOException {
        byte[] plain = ascii("Time (UTC),Ask,Bid,AskVolume,BidVolume\n2019.02.04 00:00:00.994,112.345,112.34,1,1\n");
        Path misnamedGzip = dir.resolve("ticks.csv");
        Files.write(misnamedGzip, gzip(plain));
        Path misnamedPlain = dir.resolve("ticks.csv.gz");
        Files.write(misnamedPlain, plain);
        for (Path p : new Path[] {misnamedGzip, misnamedPlain}) {
            try (CsvTickReader r = CsvTickReader.open(p, USDJPY, ProblemLog.failing())) {
                Tick t = new Tick();
                assertTrue(r.next(t), p.toString());
                assertTick(t, T0, 112345, 112340, 1, 1);
                assertEquals(false, r.next(t));
                assertEquals(1, r.ticks());
            }
        }
    }

    @Test
    void priceOffTheInstrumentGridIsABadPrice() throws IOException {
        ProblemLog log = ProblemLog.skipping();
        List<Tick> ts = ticks("Time (UTC),Ask,Bid,AskVolume,BidVolume\n"
                + "2019.02.04 00:00:00.994,1.145451,1.14543,1,1\n"
                + "2019.02.04 00:00:00.995,1.1454500,1.14543,1,1\n", EURUSD, log);
        assertEquals(1, ts.size(), "trailing zeros beyond the grid are fine");
        assertEquals(114545, ts.get(0).ask());
        assertEquals(1, log.count(Problem.BAD_PRICE));
        assertTrue(log.samples().get(0).contains("line 2"), log.samples().get(0));
    }

    @Test
    void emptyInputHasNoTicksAndNoProblems() throws IOException {
        ProblemLog log = ProblemLog.failing();
        assertEquals(0, ticks("", EURUSD, log).size());
        assertEquals(0, ticks("Time (UTC),Ask,Bid,AskVolume,BidVolume\n", EURUSD, log).size());
        assertEquals(0, ticks(gzip(new byte[0]), EURUSD, log).size());
    }

    @Test
    void blankLinesAreIgnoredAndLineNumbersStayPhysical() throws IOException {
        DataFormatException e = assertThrows(DataFormatException.class, () -> ticks(
                "Time (UTC),Ask,Bid,AskVolume,BidVolume\n\n"
                        + "2019.02.04 00:00:00.994,1.14545,1.14543,1,1\n  \n"
                        + "2019.02.04 00:00:00.995,1.14545,x,1,1\n", EURUSD, ProblemLog.failing()));
        assertEquals(5, e.record());
    }

    @Test
    void candleHeaderIsRejectedByTheTickReader() throws IOException {
        DataFormatException e = assertThrows(DataFormatException.class, () -> ticks(
                "Time (UTC),Open,High,Low,Close,Volume\n", EURUSD, ProblemLog.failing()));
        assertEquals(Problem.UNKNOWN_HEADER, e.problem());
        assertEquals(1, e.record());
    }

    @Test
    void readerOwnsAndClosesItsStream() throws IOException {
        boolean[] closed = {false};
        ByteArrayInputStream in = new ByteArrayInputStream(new byte[0]) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        new CsvTickReader(in, "x", EURUSD, ProblemLog.failing()).close();
        assertTrue(closed[0]);
    }
}
