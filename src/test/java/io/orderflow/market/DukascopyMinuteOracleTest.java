package io.orderflow.market;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.orderflow.data.Bi5CandleReader;
import io.orderflow.data.Candle;
import io.orderflow.data.DirectoryBi5Source;
import io.orderflow.data.DukascopyLayout;
import io.orderflow.data.DukascopyLayout.CandlePeriod;
import io.orderflow.data.DukascopyTickStream;
import io.orderflow.data.ProblemLog;
import io.orderflow.testing.TestData;

/**
 * Oracle: Dukascopy's own 1-minute BID candles are reproduced exactly from its ticks — open, high,
 * low and close equal, volume equal to the sum of the ticks' bid volumes — for every minute of
 * EURUSD on 2019-02-04 and 2019-02-05.
 */
class DukascopyMinuteOracleTest {

    @ParameterizedTest
    @ValueSource(strings = {"2019-02-04", "2019-02-05"})
    void minuteBidBarsFromTicksEqualDukascopyCandles(String day) throws Exception {
        Path root = TestData.dukascopyBi5();
        InstrumentSpec eurusd = Instruments.of("EURUSD");
        long from = LocalDate.parse(day).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        long to = from + DukascopyLayout.DAY_MS;

        List<Bar> bars = new ArrayList<>();
        TimeBarAggregator agg = new TimeBarAggregator(BarClock.fixed(60_000), true, bars::add);
        try (DukascopyTickStream ticks = new DukascopyTickStream(new DirectoryBi5Source(root), eurusd, from, to,
                ProblemLog.failing())) {
            ticks.drainTo(agg);
        }
        agg.flush();

        List<Candle> candles = new ArrayList<>();
        String rel = DukascopyLayout.candleFile("EURUSD", OfferSide.BID, CandlePeriod.MINUTE, from);
        Bi5CandleReader reader = new Bi5CandleReader();
        try (InputStream in = Files.newInputStream(root.resolve(rel))) {
            reader.open(in, rel, from, ProblemLog.failing());
            Candle c = new Candle();
            while (reader.next(c)) {
                candles.add(new Candle().set(c.timeMs(), c.open(), c.high(), c.low(), c.close(), c.volume()));
            }
        }

        assertEquals(1440, candles.size(), "candles in the day file");
        assertEquals(1440, bars.size(), "minute bars built from ticks");
        for (int i = 0; i < 1440; i++) {
            Candle c = candles.get(i);
            Bar b = bars.get(i);
            String at = day + " minute " + i;
            assertEquals(c.timeMs(), b.startMs(), at + " time");
            assertEquals(c.open(), b.bidOpen(), at + " open");
            assertEquals(c.high(), b.bidHigh(), at + " high");
            assertEquals(c.low(), b.bidLow(), at + " low");
            assertEquals(c.close(), b.bidClose(), at + " close");
            assertEquals((float) c.volume(), (float) b.bidVolume(), at + " volume (float32, as stored)");
            assertEquals(c.volume(), b.bidVolume(), 1e-9, at + " volume (decimal)");
        }
    }
}
