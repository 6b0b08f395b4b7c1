package io.orderflow.data.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.orderflow.data.Bi5CandleReader;
import io.orderflow.data.Candle;
import io.orderflow.data.DirectoryBi5Source;
import io.orderflow.data.DukascopyLayout;
import io.orderflow.data.DukascopyLayout.CandlePeriod;
import io.orderflow.data.DukascopyTickStream;
import io.orderflow.data.ProblemLog;
import io.orderflow.market.InstrumentSpec;
import io.orderflow.market.Instruments;
import io.orderflow.market.OfferSide;
import io.orderflow.market.Tick;
import io.orderflow.testing.TestData;

/**
 * The decoded CSV copies in the shared data hold the same values as the raw {@code .bi5} files;
 * reading both with our readers must give identical ticks and candles, field for field.
 */
class CsvMatchesBi5Test {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "EURUSD, 2019-02-04, 136741",
        "EURUSD, 2019-02-05, 129478",
        "GBPJPY, 2012-12-05, 65617",
    })
    void tickCsvEqualsBi5TickForTick(String symbol, String day, long expectedTicks) throws IOException {
        InstrumentSpec spec = Instruments.of(symbol);
        Path csv = TestData.require("dukascopy/csv/" + symbol + "_ticks_" + day + ".csv.gz");
        Path bi5 = TestData.dukascopyBi5();
        long from = LocalDate.parse(day).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();

        ProblemLog csvLog = ProblemLog.failing();
        Tick a = new Tick();
        Tick b = new Tick();
        long n = 0;
        try (CsvTickReader fromCsv = CsvTickReader.open(csv, spec, csvLog);
             DukascopyTickStream fromBi5 = new DukascopyTickStream(new DirectoryBi5Source(bi5), spec, from,
                     from + DukascopyLayout.DAY_MS, ProblemLog.failing())) {
            while (true) {
                boolean more = fromCsv.next(a);
                assertEquals(more, fromBi5.next(b), "both end together, after " + n + " ticks");
                if (!more) break;
                n++;
                String at = "tick " + n + " (csv line " + fromCsv.lineNumber() + ")";
                assertEquals(b.timeMs(), a.timeMs(), at + " time");
                assertEquals(b.ask(), a.ask(), at + " ask");
                assertEquals(b.bid(), a.bid(), at + " bid");
                assertEquals(b.askVolume(), a.askVolume(), 0.0, at + " ask volume");
                assertEquals(b.bidVolume(), a.bidVolume(), 0.0, at + " bid volume");
            }
            assertEquals(CsvHeader.Dialect.JFOREX, fromCsv.header().dialect());
        }
        assertEquals(expectedTicks, n);
        assertEquals(0, csvLog.total());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource({
        "EURUSD, EURUSD_BID_M1_2019-02-04_2019-02-05.csv.gz, MINUTE, 2019-02-04, 2019-02-06, 2880",
        "EURUSD, EURUSD_BID_H1_2019-01_2019-02.csv.gz, HOUR, 2019-01-01, 2019-03-01, 1416",
        "EURUSD, EURUSD_BID_D1_2018-2019.csv.gz, DAY, 2018-01-01, 2020-01-01, 730",
        "BTCUSD, BTCUSD_BID_M1_2023-02-01_2023-02-19.csv.gz, MINUTE, 2023-02-01, 2023-02-20, 27360",
        "BTCUSD, BTCUSD_BID_H1_2023-01.csv.gz, HOUR, 2023-01-01, 2023-02-01, 744",
        "BTCUSD, BTCUSD_BID_D1_2018-2022.csv.gz, DAY, 2018-01-01, 2023-01-01, 1826",
    })
    void candleCsvEqualsBi5CandleFiles(String symbol, String csvName, CandlePeriod period, String fromDay,
                                       String toDay, int expected) throws IOException {
        InstrumentSpec spec = Instruments.of(symbol);
        Path csv = TestData.require("dukascopy/csv/" + csvName);
        Path bi5 = TestData.dukascopyBi5();
        long from = LocalDate.parse(fromDay).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        long to = LocalDate.parse(toDay).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();

        List<Candle> expectedCandles = new ArrayList<>();
        Bi5CandleReader reader = new Bi5CandleReader();
        for (long fileStart = from; fileStart < to; fileStart = DukascopyLayout.nextCandleFileStart(period, fileStart)) {
            String rel = DukascopyLayout.candleFile(symbol, OfferSide.BID, period, fileStart);
            try (InputStream in = Files.newInputStream(bi5.resolve(rel))) {
                reader.open(in, rel, fileStart, ProblemLog.failing());
                Candle c = new Candle();
                while (reader.next(c)) expectedCandles.add(copy(c));
            }
        }

        List<Candle> actual = new ArrayList<>();
        try (CsvCandleReader r = CsvCandleReader.open(csv, spec, ProblemLog.failing())) {
            Candle c = new Candle();
            while (r.next(c)) actual.add(copy(c));
        }

        assertEquals(expected, expectedCandles.size(), "candles in the bi5 files");
        assertEquals(expected, actual.size(), "candles in the CSV");
        for (int i = 0; i < expected; i++) {
            Candle e = expectedCandles.get(i);
            Candle a = actual.get(i);
            String at = csvName + " candle " + i;
            assertEquals(e.timeMs(), a.timeMs(), at + " time");
            assertEquals(e.open(), a.open(), at + " open");
            assertEquals(e.high(), a.high(), at + " high");
            assertEquals(e.low(), a.low(), at + " low");
            assertEquals(e.close(), a.close(), at + " close");
            assertEquals(e.volume(), a.volume(), 0.0, at + " volume");
        }
    }

    private static Candle copy(Candle c) {
        return new Candle().set(c.timeMs(), c.open(), c.high(), c.low(), c.close(), c.volume());
    }
}
