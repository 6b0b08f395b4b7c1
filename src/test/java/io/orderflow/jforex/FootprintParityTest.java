package io.orderflow.jforex;

import org.junit.jupiter.api.Tag;

import static io.orderflow.jforex.IndicatorParityTest.assertClose;
import static io.orderflow.jforex.IndicatorParityTest.at;
import static io.orderflow.jforex.IndicatorParityTest.closedShown;
import static io.orderflow.jforex.IndicatorParityTest.coreFlow;
import static io.orderflow.jforex.IndicatorParityTest.when;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.dukascopy.api.Instrument;
import com.dukascopy.api.Period;

import io.orderflow.backtest.testing.Ticks;
import io.orderflow.flow.AggressorMethod;
import io.orderflow.flow.DeltaReset;
import io.orderflow.flow.FlowBar;
import io.orderflow.flow.FootprintBar;
import io.orderflow.flow.FootprintSettings;
import io.orderflow.flow.TradeFlow;
import io.orderflow.flow.VolumeProxy;
import io.orderflow.jforex.harness.ChartEmulation;
import io.orderflow.jforex.harness.ChartEmulation.Attached;
import io.orderflow.jforex.harness.TickTape;
import io.orderflow.jforex.indicator.FlowChoices;
import io.orderflow.jforex.indicator.FootprintLogic;
import io.orderflow.market.InstrumentSpec;

/**
 * The compiled footprint indicator ({@code jforex.FootprintIndicator}) on the strict chart emulation
 * ({@link ChartEmulation}: one {@code calculate} per tick, arrays of the visible bars and a margin,
 * background work that never triggers a call) over real EURUSD ticks: every closed bar it holds for
 * drawing has, row for row, the core's streaming footprint on the same ticks — row price, sell, buy
 * and total volume, buy and sell imbalance flags, the POC row, the stacked-imbalance zones — and the
 * POC output the chart shows is the middle of the core's POC row.
 */
@Tag("slow")
class FootprintParityTest {
    private static final long MIN = 60_000;
    private static TickTape eurusd;

    @BeforeAll
    static void load() throws Exception {
        eurusd = TickTape.load(Ticks.eurusdTwoDays());
    }

    /** The core's footprints per bar start, streaming over the whole tape. */
    static Map<Long, FlowBar> core(AggressorMethod m, VolumeProxy p, FootprintSettings s) {
        return coreFlow(eurusd, MIN, TradeFlow.forQuotes(m, p, s.rowPoints()).deltaReset(DeltaReset.NEVER).footprint(s));
    }

    /** Compares one bar row by row; returns the number of imbalance rows seen. */
    static int assertSameFootprint(FootprintBar expected, FootprintBar actual, String what) {
        assertNotNull(actual, what + ": the indicator holds the bar");
        assertEquals(expected.rowCount(), actual.rowCount(), what + " rows");
        int imbalances = 0;
        for (int r = 0; r < expected.rowCount(); r++) {
            String row = what + " row " + r;
            assertEquals(expected.rowPrice(r), actual.rowPrice(r), row + " price");
            assertClose(expected.sellVolume(r), actual.sellVolume(r), row + " sell");
            assertClose(expected.buyVolume(r), actual.buyVolume(r), row + " buy");
            assertClose(expected.totalVolume(r), actual.totalVolume(r), row + " total");
            assertEquals(expected.isBuyImbalance(r), actual.isBuyImbalance(r), row + " buy imbalance");
            assertEquals(expected.isSellImbalance(r), actual.isSellImbalance(r), row + " sell imbalance");
            if (expected.isBuyImbalance(r) || expected.isSellImbalance(r)) imbalances++;
        }
        assertEquals(expected.pocIndex(), actual.pocIndex(), what + " POC row");
        assertEquals(expected.zoneCount(), actual.zoneCount(), what + " stacked zones");
        for (int z = 0; z < expected.zoneCount(); z++) {
            assertEquals(expected.zone(z).kind(), actual.zone(z).kind(), what + " zone " + z + " kind");
            assertEquals(expected.zone(z).lowPrice(), actual.zone(z).lowPrice(), what + " zone " + z + " low");
            assertEquals(expected.zone(z).highEdge(), actual.zone(z).highEdge(), what + " zone " + z + " high");
        }
        return imbalances;
    }

    static FootprintLogic logic(Attached a) throws Exception {
        java.lang.reflect.Field f = a.indicator.getClass().getDeclaredField("logic");
        f.setAccessible(true);
        return (FootprintLogic) f.get(a.indicator);
    }

    /** A bar differs from the core's in some row (price, volumes, flags, POC or zones). */
    static boolean differs(FootprintBar e, FootprintBar a) {
        if (e.rowCount() != a.rowCount() || e.pocIndex() != a.pocIndex() || e.zoneCount() != a.zoneCount()) return true;
        for (int r = 0; r < e.rowCount(); r++) {
            if (e.rowPrice(r) != a.rowPrice(r) || e.sellVolume(r) != a.sellVolume(r) || e.buyVolume(r) != a.buyVolume(r)
                    || e.isBuyImbalance(r) != a.isBuyImbalance(r) || e.isSellImbalance(r) != a.isSellImbalance(r)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A real EURUSD day (2019-02-05) replayed tick by tick into a chart of 1-minute bars (120 visible,
     * 30 margin), the indicator attached at the day's start: every bar that closed is the core's
     * footprint cell for cell, and the POC the chart shows for it is the core's. A control: the core
     * at another imbalance ratio disagrees on many bars, so the comparison can fail.
     */
    @Test
    void everyClosedBarOfALiveDayIsTheCoresFootprintCellForCell() throws Exception {
        int start = at(eurusd, "2019-02-05T00:00:00Z");
        ChartEmulation chart = new ChartEmulation(eurusd, Instrument.EURUSD, Period.ONE_MIN, start, 120, 30);
        // row 1 pip, ratio 3, minimum 0, stacked 3, sell x buy, automatic detail, tick count, mid tick rule
        Attached a = chart.attach("FootprintIndicator", 1.0, 3.0, 0.0, 3, 0, 0, 0, 0);
        chart.advanceTo(start + 1);
        long from = a.firstVisible();
        long t0 = System.nanoTime();
        chart.advanceTo(eurusd.size());
        double seconds = (System.nanoTime() - t0) / 1e9;
        FootprintLogic logic = logic(a);
        FootprintSettings s = logic.settings();
        assertEquals(10, s.rowPoints(), "one pip is 10 points on EURUSD");
        Map<Long, FlowBar> core = core(AggressorMethod.MID_TICK_RULE, VolumeProxy.TICK_COUNT, s);
        Map<Long, FlowBar> other = core(AggressorMethod.MID_TICK_RULE, VolumeProxy.TICK_COUNT, s.withImbalanceRatio(2.0));
        InstrumentSpec spec = eurusd.spec();
        TreeSet<Long> shown = new TreeSet<>(closedShown(chart, a).tailSet(from));
        int bars = 0;
        int imbalances = 0;
        int rows = 0;
        int zones = 0;
        int controlDiffers = 0;
        for (long t : shown) {
            FootprintBar expected = core.get(t).footprint();
            FootprintBar actual = logic.bar(t);
            imbalances += assertSameFootprint(expected, actual, "bar " + when(t));
            assertClose(spec.toPrice(expected.pocPrice() + 5.0), a.shown(t, 0), "POC shown " + when(t));
            assertTrue(Double.isNaN(a.shown(t, 1)), "the footprint output is drawn, not plotted");
            if (differs(other.get(t).footprint(), actual)) controlDiffers++;
            rows += expected.rowCount();
            zones += expected.zoneCount();
            bars++;
        }
        int ticks = eurusd.size() - start;
        System.out.printf("footprint, live EURUSD day: %d ticks in %.1f s; calculate: %d calls, mean %.1f us, max %.2f ms,"
                + " >=1 ms %d, >=10 ms %d; %d closed bars, %d rows, %d imbalance rows, %d stacked zones; control"
                + " (ratio 2) differs on %d bars%n", ticks, seconds, a.calls(), a.meanMicros(), a.maxMillis(),
                a.callsOver1ms(), a.callsOver10ms(), bars, rows, imbalances, zones, controlDiffers);
        assertEquals(ticks + 1, a.calls(), "one calculate per tick (and one when attached)");
        assertTrue(a.context.consoleLines().contains("OF_FOOTPRINT EUR/USD: Footprint (mid tick rule x tick count;"
                + " rows 1 pip, imbalance 3.0x, min 0, stacked 3)"), "the inference is named: " + a.context.consoleLines());
        assertTrue(bars > 1_300, "a day of minute bars: " + bars);
        assertTrue(imbalances > 500, "imbalances compared: " + imbalances);
        assertTrue(controlDiffers > 100, "the comparison tells settings apart: " + controlDiffers);
    }

    /**
     * Both days, zoomed out so that every bar is on the chart, for other choices: half-pip rows,
     * ratio 1.5, minimum volume 2, two stacked rows, quote-change inference with the quoted-size
     * proxy. Every closed bar equals the core.
     */
    @Test
    void everyBarOfTwoDaysEqualsTheCoreForOtherSettings() throws Exception {
        ChartEmulation chart = new ChartEmulation(eurusd, Instrument.EURUSD, Period.FIVE_MINS, eurusd.size() - 1_500,
                100_000, 0);
        Attached a = chart.attach("FootprintIndicator", 0.5, 1.5, 2.0, 2, 1, 1, 1, 1, null, null, null, 60);
        chart.advanceTo(eurusd.size());
        FootprintLogic logic = logic(a);
        FootprintSettings s = logic.settings();
        assertEquals(5, s.rowPoints());
        assertEquals(2.0, s.minImbalanceVolume());
        Map<Long, FlowBar> core = coreFlow(eurusd, Period.FIVE_MINS.getInterval(), TradeFlow.forQuotes(
                FlowChoices.METHODS[1], FlowChoices.PROXIES[1], 5).deltaReset(DeltaReset.NEVER).footprint(s));
        TreeSet<Long> shown = closedShown(chart, a);
        assertEquals(chart.bars().size() - 1, shown.size(), "every closed bar of the tape shown");
        int imbalances = 0;
        int zones = 0;
        for (long t : shown) {
            imbalances += assertSameFootprint(core.get(t).footprint(), logic.bar(t), "bar " + when(t));
            zones += core.get(t).footprint().zoneCount();
        }
        System.out.printf("footprint, two days of 5-minute bars: %d bars, %d imbalance rows, %d stacked zones%n",
                shown.size(), imbalances, zones);
        assertTrue(imbalances > 100, "imbalances compared: " + imbalances);
        assertTrue(zones > 10, "stacked zones compared: " + zones);
    }
}
