package io.orderflow.data.csv;

import static io.orderflow.data.csv.CsvTestSupport.candles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.orderflow.data.Candle;
import io.orderflow.data.DataFormatException;
import io.orderflow.data.Problem;
import io.orderflow.data.ProblemLog;
import io.orderflow.market.InstrumentSpec;
import io.orderflow.market.Instruments;

class CsvCandleReaderTest {
    private static final InstrumentSpec EURUSD = Instruments.of("EURUSD");
    private static final long T = Instant.parse("2025-01-01T22:00:00Z").toEpochMilli();

    private static void assertCandle(Candle c, long time, long o, long h, long l, long cl, double v) {
        assertEquals(time, c.timeMs(), "time");
        assertEquals(o, c.open(), "open");
        assertEquals(h, c.high(), "high");
        assertEquals(l, c.low(), "low");
        assertEquals(cl, c.close(), "close");
        assertEquals(v, c.volume(), 0.0, "volume");
    }

    @Test
    void readsJForexCandleExportWithTrailingSpaceInHeader() throws IOException {
        List<Candle> cs = candles("Time (UTC),Open,High,Low,Close,Volume \n"
                + "2025.01.01 22:00:00,1.03503,1.03519,1.03483,1.03485,91.44\n"
                + "2025.01.01 22:15:00,1.03485,1.03546,1.03485,1.03543,240.6\n", EURUSD, ProblemLog.failing());
        assertEquals(2, cs.size());
        assertCandle(cs.get(0), T, 103503, 103519, 103483, 103485, 91.44);
        assertCandle(cs.get(1), T + 900_000, 103485, 103546, 103485, 103543, 240.6);
    }

    @Test
    void readsDukascopyWebCandlesInGmtAndLocalTime() throws IOException {
        List<Candle> gmt = candles("Gmt time,Open,High,Low,Close,Volume\n"
                + "01.01.2025 22:00:00.000,1.03503,1.03519,1.03483,1.03485,192000000\n", EURUSD, ProblemLog.failing());
        assertCandle(gmt.get(0), T, 103503, 103519, 103483, 103485, 192_000_000);
        List<Candle> local = candles("Local time,Open,High,Low,Close,Volume\n"
                + "02.01.2025 00:00:00.000 GMT+0200,1.03503,1.03519,1.03483,1.03485,1\n", EURUSD, ProblemLog.failing());
        assertEquals(T, local.get(0).timeMs());
    }

    @Test
    void readsSpanishJForexExportWithCommaForBothSeparators() throws IOException {
        // Integer volume has no decimal comma, so the row has one part fewer.
        List<Candle> cs = candles("Time (UTC),Open,High,Low,Close,Volume \n"
                + "2016-01-04 10:00:00,1,08701,1,08713,1,08698,1,0871,123,45\n"
                + "2016-01-04 10:01:00,1,0871,1,0872,1,087,1,08715,250\n", EURUSD, ProblemLog.failing());
        long t = Instant.parse("2016-01-04T10:00:00Z").toEpochMilli();
        assertEquals(2, cs.size());
        assertCandle(cs.get(0), t, 108701, 108713, 108698, 108710, 123.45);
        assertCandle(cs.get(1), t + 60_000, 108710, 108720, 108700, 108715, 250);
    }

    @Test
    void highBelowLowIsABadBar() throws IOException {
        ProblemLog log = ProblemLog.skipping();
        List<Candle> cs = candles("Time (UTC),Open,High,Low,Close,Volume\n"
                + "2025.01.01 22:00:00,1.03503,1.03483,1.03519,1.03485,1\n"
                + "2025.01.01 22:01:00,1.03503,1.03519,1.03483,1.03485,1\n", EURUSD, log);
        assertEquals(1, cs.size());
        assertEquals(1, log.count(Problem.BAD_BAR));
        DataFormatException e = assertThrows(DataFormatException.class, () -> candles(
                "Time (UTC),Open,High,Low,Close,Volume\n"
                        + "2025.01.01 22:00:00,1.03503,1.03483,1.03519,1.03485,1\n", EURUSD, ProblemLog.failing()));
        assertEquals("test.csv: line 2: BAD_BAR: O 103503 H 103483 L 103519 C 103485 points in "
                + "'2025.01.01 22:00:00,1.03503,1.03483,1.03519,1.03485,1'", e.getMessage());
    }

    @Test
    void tickHeaderIsRejectedByTheCandleReader() {
        DataFormatException e = assertThrows(DataFormatException.class, () -> candles(
                "Gmt time,Ask,Bid,AskVolume,BidVolume\n", EURUSD, ProblemLog.failing()));
        assertEquals(Problem.UNKNOWN_HEADER, e.problem());
    }
}
