package io.orderflow.market;

import static io.orderflow.market.ReferenceBars.assertSameBars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.orderflow.data.DirectoryBi5Source;
import io.orderflow.data.DukascopyLayout;
import io.orderflow.data.DukascopyTickStream;
import io.orderflow.data.ProblemLog;
import io.orderflow.testing.TestData;
import io.orderflow.testing.Seeds;

/**
 * The streaming bar aggregators against {@link ReferenceBars}, on random tick streams (seed printed
 * on failure) and on a real EURUSD day.
 */
@Tag("slow")
class BarAggregatorsTest {
    private static final long SEED = Seeds.of(0xBA25L);
    private static List<Tick> randomTicks;

    @BeforeAll
    static void ticks() {
        randomTicks = ReferenceBars.randomTicks(new java.util.Random(SEED), 20_000);
    }

    private static String ctx(String what) {
        return what + " (seed " + SEED + ")";
    }

    private static List<Tick> eurusdDay() throws IOException {
        long from = LocalDate.of(2019, 2, 4).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        List<Tick> out = new ArrayList<>();
        try (DukascopyTickStream s = new DukascopyTickStream(new DirectoryBi5Source(TestData.dukascopyBi5()),
                Instruments.of("EURUSD"), from, from + DukascopyLayout.DAY_MS, ProblemLog.failing())) {
            Tick t = new Tick(1);
            while (s.next(t)) out.add(new Tick(1).copyFrom(t));
        }
        return out;
    }

    private static List<Bar> run(TickSink agg, List<Tick> ticks, Runnable flush, List<Bar> sink) {
        for (Tick t : ticks) agg.onTick(t);
        flush.run();
        return sink;
    }

    @ParameterizedTest
    @ValueSource(longs = {1_000, 60_000, 300_000, 3_600_000})
    void timeBarsEqualTheReferenceWithAndWithoutFlatBars(long period) {
        for (boolean flat : new boolean[] {false, true}) {
            List<Bar> bars = new ArrayList<>();
            TimeBarAggregator agg = new TimeBarAggregator(BarClock.fixed(period), flat, bars::add);
            run(agg, randomTicks, agg::flush, bars);
            assertSameBars(ReferenceBars.timeBars(randomTicks, period, flat), bars,
                    ctx("period " + period + " flat " + flat));
        }
    }

    @Test
    void timeBarsOfARealDayEqualTheReferenceOnBothSides() throws IOException {
        List<Tick> day = eurusdDay();
        List<Bar> bars = new ArrayList<>();
        TimeBarAggregator agg = new TimeBarAggregator(BarClock.fixed(300_000), true, bars::add);
        run(agg, day, agg::flush, bars);
        assertEquals(288, bars.size());
        assertSameBars(ReferenceBars.timeBars(day, 300_000, true), bars, "EURUSD 2019-02-04 M5");
        // The ask side is a real, different series: high ask ≥ high bid in every bar.
        for (Bar b : bars) assertTrue(b.askHigh() >= b.bidHigh() && b.askLow() >= b.bidLow(), b.toString());
    }

    @Test
    void flatBarsCarryThePreviousCloseOnBothSidesAndNoVolume() {
        List<Bar> bars = new ArrayList<>();
        TimeBarAggregator agg = new TimeBarAggregator(BarClock.fixed(60_000), true, bars::add);
        agg.onTick(new Tick().set(10_000, 105, 100, 1, 2));
        agg.onTick(new Tick().set(20_000, 107, 103, 1, 2));
        agg.onTick(new Tick().set(200_000, 110, 108, 3, 4));
        assertTrue(agg.hasPartialBar());
        agg.flush();
        assertFalse(agg.hasPartialBar());
        assertEquals(4, bars.size());
        Bar first = bars.get(0);
        assertEquals(0, first.startMs());
        assertEquals(60_000, first.endMs());
        assertEquals(100, first.bidOpen());
        assertEquals(103, first.bidHigh());
        assertEquals(107, first.askClose());
        assertEquals(4.0, first.bidVolume(), 0.0);
        for (int i = 1; i <= 2; i++) {
            Bar f = bars.get(i);
            assertEquals(i * 60_000L, f.startMs());
            assertEquals(0, f.tickCount());
            assertEquals(0.0, f.bidVolume(), 0.0);
            assertEquals(103, f.bidOpen());
            assertEquals(103, f.bidLow());
            assertEquals(107, f.askHigh());
            assertEquals(107, f.askClose());
        }
        assertEquals(180_000, bars.get(3).startMs());
        assertEquals(1, bars.get(3).tickCount());
    }

    @Test
    void flushWithoutTicksEmitsNothing() {
        List<Bar> bars = new ArrayList<>();
        TimeBarAggregator agg = TimeBarAggregator.ofPeriod(60_000, bars::add);
        agg.flush();
        CountBarAggregator c = new CountBarAggregator(CountBarAggregator.Kind.TICKS, 3, bars::add);
        c.flush();
        RangeBarAggregator r = new RangeBarAggregator(OfferSide.BID, 5, bars::add);
        r.flush();
        assertEquals(0, bars.size());
    }

    @Test
    void tradingDayBarsFollowTheFxSessionAcrossAWeekend() {
        // Friday 2019-02-08 21:00 UTC (16:00 New York) and Sunday 22:30 UTC (Monday's session).
        List<Bar> bars = new ArrayList<>();
        TimeBarAggregator agg = new TimeBarAggregator(BarClock.tradingDays(SessionAnchor.FX_NEW_YORK), false,
                bars::add);
        long fri = java.time.Instant.parse("2019-02-08T21:00:00Z").toEpochMilli();
        long sun = java.time.Instant.parse("2019-02-10T22:30:00Z").toEpochMilli();
        agg.onTick(new Tick().set(fri, 2, 1, 1, 1));
        agg.onTick(new Tick().set(sun, 4, 3, 1, 1));
        agg.flush();
        assertEquals(2, bars.size());
        assertEquals(java.time.Instant.parse("2019-02-07T22:00:00Z").toEpochMilli(), bars.get(0).startMs());
        assertEquals(java.time.Instant.parse("2019-02-08T22:00:00Z").toEpochMilli(), bars.get(0).endMs());
        assertEquals(java.time.Instant.parse("2019-02-10T22:00:00Z").toEpochMilli(), bars.get(1).startMs());
        assertEquals(java.time.Instant.parse("2019-02-11T22:00:00Z").toEpochMilli(), bars.get(1).endMs());
    }

    @ParameterizedTest
    @EnumSource(CountBarAggregator.Kind.class)
    void countBarsEqualTheReference(CountBarAggregator.Kind kind) {
        double[] thresholds = kind == CountBarAggregator.Kind.TICKS ? new double[] {1, 2, 7, 100}
                : new double[] {0.5, 3, 25.37, 400};
        for (double threshold : thresholds) {
            List<Bar> bars = new ArrayList<>();
            CountBarAggregator agg = new CountBarAggregator(kind, threshold, bars::add);
            run(agg, randomTicks, agg::flush, bars);
            assertSameBars(ReferenceBars.countBars(randomTicks, kind, threshold), bars,
                    ctx(kind + " " + threshold));
        }
    }

    @Test
    void countBarsOfARealDayEqualTheReference() throws IOException {
        List<Tick> day = eurusdDay();
        List<Bar> bars = new ArrayList<>();
        CountBarAggregator agg = new CountBarAggregator(CountBarAggregator.Kind.TICKS, 1000, bars::add);
        run(agg, day, agg::flush, bars);
        assertEquals(137, bars.size(), "136,741 ticks in bars of 1000, the last one partial");
        assertEquals(741, bars.get(136).tickCount());
        assertSameBars(ReferenceBars.countBars(day, CountBarAggregator.Kind.TICKS, 1000), bars, "EURUSD ticks");
        List<Bar> vol = new ArrayList<>();
        CountBarAggregator v = new CountBarAggregator(CountBarAggregator.Kind.BID_VOLUME, 500, vol::add);
        run(v, day, v::flush, vol);
        assertSameBars(ReferenceBars.countBars(day, CountBarAggregator.Kind.BID_VOLUME, 500), vol, "EURUSD volume");
    }

    @Test
    void countBarsNeverSplitATick() {
        List<Bar> bars = new ArrayList<>();
        CountBarAggregator agg = new CountBarAggregator(CountBarAggregator.Kind.BID_VOLUME, 5, bars::add);
        agg.onTick(new Tick().set(1, 2, 1, 0, 3));
        agg.onTick(new Tick().set(2, 2, 1, 0, 4)); // 7 >= 5: closes with both ticks
        agg.onTick(new Tick().set(3, 2, 1, 0, 1));
        agg.flush();
        assertEquals(2, bars.size());
        assertEquals(7.0, bars.get(0).bidVolume(), 0.0);
        assertEquals(1, bars.get(0).startMs());
        assertEquals(3, bars.get(0).endMs());
        assertEquals(1.0, bars.get(1).bidVolume(), 0.0);
        assertEquals(3, bars.get(1).startMs());
        assertEquals(4, bars.get(1).endMs());
    }

    @ParameterizedTest
    @EnumSource(OfferSide.class)
    void rangeBarsEqualTheReferenceOnEitherSide(OfferSide side) throws IOException {
        for (long range : new long[] {1, 3, 10, 50}) {
            List<Bar> bars = new ArrayList<>();
            RangeBarAggregator agg = new RangeBarAggregator(side, range, bars::add);
            run(agg, randomTicks, agg::flush, bars);
            assertSameBars(ReferenceBars.rangeBars(randomTicks, side, range), bars, ctx(side + " range " + range));
            for (Bar b : bars) assertTrue(b.high(side) - b.low(side) <= range, b.toString());
        }
        List<Tick> day = eurusdDay();
        List<Bar> bars = new ArrayList<>();
        RangeBarAggregator agg = new RangeBarAggregator(side, 50, bars::add);
        run(agg, day, agg::flush, bars);
        assertSameBars(ReferenceBars.rangeBars(day, side, 50), bars, "EURUSD " + side + " 5-pip range");
    }

    @Test
    void invalidParametersAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> BarClock.fixed(0));
        assertThrows(IllegalArgumentException.class,
                () -> new CountBarAggregator(CountBarAggregator.Kind.TICKS, 0, b -> { }));
        assertThrows(IllegalArgumentException.class,
                () -> new CountBarAggregator(CountBarAggregator.Kind.TICKS, Double.NaN, b -> { }));
        assertThrows(IllegalArgumentException.class, () -> new RangeBarAggregator(OfferSide.BID, 0, b -> { }));
    }
}
