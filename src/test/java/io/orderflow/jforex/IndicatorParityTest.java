package io.orderflow.jforex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.dukascopy.api.IBar;
import com.dukascopy.api.Instrument;
import com.dukascopy.api.Period;

import io.orderflow.backtest.testing.Ticks;
import io.orderflow.book.OfiIntervals;
import io.orderflow.book.QueueImbalance;
import io.orderflow.flow.AggressorMethod;
import io.orderflow.flow.DeltaReset;
import io.orderflow.flow.FlowBar;
import io.orderflow.flow.TradeFlow;
import io.orderflow.flow.VolumeProxy;
import io.orderflow.jforex.harness.ChartEmulation;
import io.orderflow.jforex.harness.ChartEmulation.Attached;
import io.orderflow.jforex.harness.TickTape;
import io.orderflow.jforex.indicator.FlowChoices;
import io.orderflow.market.BarClock;
import io.orderflow.market.InstrumentSpec;
import io.orderflow.market.SessionAnchor;
import io.orderflow.market.Tick;
import io.orderflow.profile.ValueArea;
import io.orderflow.profile.ValueAreaMethod;

/**
 * Each compiled indicator ({@code jforex.*Indicator}) on a {@link ChartEmulation} — a chart no
 * kinder than the documented platform: one {@code calculate} per tick, arrays covering the visible
 * bars and a margin, background work that never triggers a call — over real Dukascopy ticks, shows
 * for every closed bar the values the core computes streaming over the same ticks: delta, cumulative
 * delta, tick and level-1 imbalance, OFI (also across weekends) and the developing session POC/VAH/VAL.
 * The forming bar is provisional and not compared.
 */
@Tag("slow")
public class IndicatorParityTest {
    private static final long MIN = 60_000;
    private static TickTape eurusd;
    private static TickTape gbpjpy;

    @BeforeAll
    static void load() throws Exception {
        eurusd = TickTape.load(Ticks.eurusdTwoDays());
        gbpjpy = TickTape.load(Ticks.gbpjpyDecember());
    }

    public static int at(TickTape tape, String instant) {
        return tape.indexAtOrAfter(Instant.parse(instant).toEpochMilli());
    }

    /** The core's streaming flow bars by start time. */
    public static Map<Long, FlowBar> coreFlow(TickTape tape, long periodMs, TradeFlow.Builder builder) {
        Map<Long, FlowBar> bars = new LinkedHashMap<>();
        TradeFlow flow = builder.timeBars(BarClock.fixed(periodMs), b -> bars.put(b.startMs(), b)).build();
        Tick t = new Tick(1);
        for (int i = 0; i < tape.size(); i++) flow.onTick(tape.tick(i, t));
        flow.flush();
        return bars;
    }

    /** The core's OFI per bar: {OFI, mid change, OFI / average depth}. */
    public static Map<Long, double[]> coreOfi(TickTape tape, long periodMs) {
        Map<Long, double[]> core = new LinkedHashMap<>();
        OfiIntervals iv = OfiIntervals.ofPeriod(periodMs, (s, e, ofi, mid, depth, ticks) ->
                core.put(s, new double[] {ofi, mid, ofi / depth}));
        Tick t = new Tick(1);
        for (int i = 0; i < tape.size(); i++) iv.onTick(tape.tick(i, t));
        iv.flush();
        return core;
    }

    /** The core's level-1 queue imbalance at each bar's last tick. */
    public static Map<Long, Double> coreLevel1(TickTape tape, long periodMs) {
        Map<Long, Double> level1 = new LinkedHashMap<>();
        QueueImbalance qi = new QueueImbalance();
        Tick t = new Tick(1);
        for (int i = 0; i < tape.size(); i++) {
            qi.onTick(tape.tick(i, t));
            level1.put(tape.time(i) - Math.floorMod(tape.time(i), periodMs), qi.value());
        }
        return level1;
    }

    public static Map<Long, FlowBar> coreVap(TickTape tape, long periodMs) {
        return coreFlow(tape, periodMs, TradeFlow.forQuotes(AggressorMethod.MID_TICK_RULE, VolumeProxy.TICK_COUNT, 10)
                .deltaReset(DeltaReset.NEVER).sessionProfile(SessionAnchor.FX_NEW_YORK)
                .valueArea(0.70, ValueAreaMethod.ONE_ROW).developingValueArea(true));
    }

    public static void assertClose(double expected, double actual, String what) {
        if (Double.isNaN(expected)) {
            assertTrue(Double.isNaN(actual), what + ": expected NaN, was " + actual);
            return;
        }
        assertEquals(expected, actual, 1e-9 * Math.max(1, Math.abs(expected)), what);
    }

    /** Start times of the bars the indicator showed that are closed now (the forming, newest bar is provisional). */
    public static TreeSet<Long> closedShown(ChartEmulation chart, Attached a) {
        TreeSet<Long> s = new TreeSet<>(a.shown.keySet());
        IBar newest = chart.bars().get(chart.bars().size() - 1);
        s.remove(newest.getTime());
        return s;
    }

    public static String when(long t) {
        return Instant.ofEpochMilli(t).toString();
    }

    public static void assertDelta(Map<Long, FlowBar> core, Attached a, long t, String what) {
        FlowBar f = core.get(t);
        assertClose(f.delta().delta(), a.shown(t, 0), what + " delta " + when(t));
        assertClose(f.delta().buyVolume(), a.shown(t, 1), what + " buy " + when(t));
        assertClose(f.delta().sellVolume(), a.shown(t, 2), what + " sell " + when(t));
    }

    public static void assertCumulative(Map<Long, FlowBar> core, Attached a, long t, String what) {
        FlowBar f = core.get(t);
        assertClose(f.delta().cumulativeDelta(), a.shown(t, 0), what + " CD " + when(t));
        assertClose(f.delta().cumulativeDeltaHigh(), a.shown(t, 1), what + " CD high " + when(t));
        assertClose(f.delta().cumulativeDeltaLow(), a.shown(t, 2), what + " CD low " + when(t));
    }

    public static void assertImbalance(Map<Long, FlowBar> ticks, Map<Long, Double> level1, Attached a, long t) {
        FlowBar f = ticks.get(t);
        double up = f.delta().buyVolume();
        double down = f.delta().sellVolume();
        assertClose(up + down > 0 ? (up - down) / (up + down) : Double.NaN, a.shown(t, 0), "tick imbalance " + when(t));
        assertClose(level1.get(t), a.shown(t, 1), "level 1 " + when(t));
        assertTrue(Double.isNaN(a.shown(t, 2)), "no depth in history: the book imbalance stays empty");
    }

    public static void assertOfi(Map<Long, double[]> core, Attached raw, long t, String what) {
        double[] c = core.get(t);
        assertClose(c[0], raw.shown(t, 0), what + " OFI " + when(t));
        assertClose(c[1], raw.shown(t, 1), what + " mid change " + when(t));
    }

    public static void assertVap(Map<Long, FlowBar> core, InstrumentSpec spec, Attached a, long t) {
        ValueArea va = core.get(t).valueArea();
        assertClose(spec.toPrice(va.pocPrice() + 5.0), a.shown(t, 0), "POC " + when(t));
        assertClose(spec.toPrice(va.highEdge()), a.shown(t, 1), "VAH " + when(t));
        assertClose(spec.toPrice(va.lowPrice()), a.shown(t, 2), "VAL " + when(t));
        assertTrue(Double.isNaN(a.shown(t, 3)), "the profile output is drawn, not plotted");
    }

    // ------------------------------------------------------------------ the live day

    /**
     * A real EURUSD day replayed tick by tick into a chart of 1-minute bars (120 visible + 30 margin)
     * with all five indicators attached at its start (the previous day is history): every bar that
     * closed, and every bar the chart showed, has the core's values — the closing bar's value is
     * final at once, not a stale provisional one. The time per calculate and the memory held are
     * printed.
     */
    @Test
    void everyClosedBarOfALiveDayEqualsTheCore() throws Exception {
        int start = at(eurusd, "2019-02-05T00:00:00Z");
        ChartEmulation chart = new ChartEmulation(eurusd, Instrument.EURUSD, Period.ONE_MIN, start, 120, 30);
        Attached delta = chart.attach("OrderFlowDeltaIndicator", 0, 0, 2);
        Attached cum = chart.attach("CumulativeDeltaIndicator", 0, 0, 0, 2);
        Attached imb = chart.attach("TickImbalanceIndicator", 5, 2);
        Attached ofi = chart.attach("OfiIndicator", false, 2);
        Attached vap = chart.attach("VolumeAtPriceIndicator", 0, 0, 1.0, 70, 0, 0, 3.0, 3, true, 25, 2);
        long t0 = System.nanoTime();
        chart.advanceTo(start + 1);
        // bars that left the screen at the first tick were only ever shown before the background could load them
        long from = delta.firstVisible();
        chart.advanceTo(eurusd.size());
        double seconds = (System.nanoTime() - t0) / 1e9;

        int ticks = eurusd.size() - start;
        System.out.printf("live EURUSD day: %d ticks, replay %.1f s%n", ticks, seconds);
        for (Attached a : new Attached[] {delta, cum, imb, ofi, vap}) {
            System.out.printf("  %-24s calls %d, mean %.1f us, max %.2f ms, >=1 ms %d, >=10 ms %d%n",
                    a.indicator.getClass().getSimpleName(), a.calls(), a.meanMicros(), a.maxMillis(), a.callsOver1ms(),
                    a.callsOver10ms());
            assertEquals(ticks + 1, a.calls(), "one calculate per tick (and one when attached)");
            io.orderflow.jforex.indicator.AsyncBarResults<?> r = results(a.indicator);
            System.out.printf("  %-24s tail: %d requests, %d computations, at most %d ticks held; background: %d jobs,"
                    + " at most %d ticks per job; %d bars cached%n", "", r.tailRequests(), r.tailComputes(), r.maxTailTicks(),
                    r.jobsRun(), r.maxChunkTicks(), r.cachedBars());
            assertTrue(r.maxTailTicks() < 20_000, "the tail holds about an hour of ticks and a bar");
        }
        Map<Long, FlowBar> flow = coreFlow(eurusd, MIN, TradeFlow.forQuotes(AggressorMethod.MID_TICK_RULE,
                VolumeProxy.TICK_COUNT, 1).deltaReset(DeltaReset.NEVER));
        Map<Long, FlowBar> fxDay = coreFlow(eurusd, MIN, TradeFlow.forQuotes(AggressorMethod.MID_TICK_RULE,
                VolumeProxy.TICK_COUNT, 1).deltaReset(DeltaReset.FX_DAY));
        Map<Long, Double> level1 = coreLevel1(eurusd, MIN);
        Map<Long, double[]> ofiCore = coreOfi(eurusd, MIN);
        Map<Long, FlowBar> vapCore = coreVap(eurusd, MIN);
        int liveBars = 0;
        long liveFrom = eurusd.time(start);
        int compared = 0;
        for (long t : closedShown(chart, delta).tailSet(from)) {
            assertDelta(flow, delta, t, "delta");
            compared++;
            if (t >= liveFrom) liveBars++;
        }
        for (long t : closedShown(chart, cum).tailSet(from)) assertCumulative(fxDay, cum, t, "FX day");
        for (long t : closedShown(chart, imb).tailSet(from)) assertImbalance(flow, level1, imb, t);
        for (long t : closedShown(chart, ofi).tailSet(from)) assertOfi(ofiCore, ofi, t, "EURUSD");
        for (long t : closedShown(chart, vap).tailSet(from)) assertVap(vapCore, eurusd.spec(), vap, t);
        for (Attached a : new Attached[] {delta, cum, imb, ofi, vap}) {
            assertEquals(compared, closedShown(chart, a).tailSet(from).size(), "every closed bar was shown");
        }
        System.out.printf("  %d closed minute bars compared per indicator, %d of them closed live%n", compared, liveBars);
        assertTrue(liveBars > 1_300, "a day of minute bars closed live: " + liveBars);

    }

    /** The per-bar results behind an indicator (its private {@code logic} field), for the figures printed. */
    static io.orderflow.jforex.indicator.AsyncBarResults<?> results(Object indicator) throws Exception {
        java.lang.reflect.Field f = indicator.getClass().getDeclaredField("logic");
        f.setAccessible(true);
        return ((io.orderflow.jforex.indicator.BarIndicatorLogic<?>) f.get(indicator)).results();
    }

    // ------------------------------------------------------------------ all bars of the tapes

    /**
     * A zoomed-out chart that holds every bar of the tape: the indicator is attached near the end
     * (everything before is history) and the last ticks arrive one by one; background chunks run
     * between them. Returns the attached indicator once every tick is in.
     */
    static ChartEmulation zoomedOut(TickTape tape, Instrument instrument, Period period) {
        return new ChartEmulation(tape, instrument, period, tape.size() - 1_500, 100_000, 0);
    }

    @Test
    void deltaEqualsTheCoreBarForBarForThreeInferences() throws Exception {
        int[][] choices = {{0, 0}, {1, 1}, {0, 2}};
        for (int[] c : choices) {
            AggressorMethod m = FlowChoices.METHODS[c[0]];
            VolumeProxy p = FlowChoices.PROXIES[c[1]];
            ChartEmulation chart = zoomedOut(eurusd, Instrument.EURUSD, Period.ONE_MIN);
            Attached a = chart.attach("OrderFlowDeltaIndicator", c[0], c[1], 60);
            chart.advanceTo(eurusd.size());
            Map<Long, FlowBar> core = coreFlow(eurusd, MIN, TradeFlow.forQuotes(m, p, 1).deltaReset(DeltaReset.NEVER));
            TreeSet<Long> shown = closedShown(chart, a);
            assertEquals(chart.bars().size() - 1, shown.size(), "every closed bar of the tape shown");
            for (long t : shown) assertDelta(core, a, t, m + " x " + p);
        }
    }

    @Test
    void cumulativeDeltaEqualsTheCoreForEveryReset() throws Exception {
        for (int reset = 0; reset < 3; reset++) {
            DeltaReset r = FlowChoices.RESETS[reset];
            ChartEmulation chart = zoomedOut(eurusd, Instrument.EURUSD, Period.ONE_MIN);
            Attached a = chart.attach("CumulativeDeltaIndicator", 0, 0, reset, 60);
            chart.advanceTo(eurusd.size());
            Map<Long, FlowBar> core = coreFlow(eurusd, MIN, TradeFlow.forQuotes(AggressorMethod.MID_TICK_RULE,
                    VolumeProxy.TICK_COUNT, 1).deltaReset(r));
            TreeSet<Long> shown = closedShown(chart, a);
            assertEquals(chart.bars().size() - 1, shown.size());
            for (long t : shown) assertCumulative(core, a, t, "reset " + r);
        }
    }

    @Test
    void ofiEqualsTheCoreIncludingTheFirstBarAfterAWeekend() throws Exception {
        check(eurusd, Instrument.EURUSD, Period.ONE_MIN);
        check(gbpjpy, Instrument.GBPJPY, Period.FIVE_MINS);
    }

    private static void check(TickTape tape, Instrument instrument, Period period) throws Exception {
        ChartEmulation chart = zoomedOut(tape, instrument, period);
        Attached raw = chart.attach("OfiIndicator", false, 60);
        Attached norm = chart.attach("OfiIndicator", true, 60);
        chart.advanceTo(tape.size());
        Map<Long, double[]> core = coreOfi(tape, period.getInterval());
        TreeSet<Long> shown = closedShown(chart, raw);
        assertEquals(chart.bars().size() - 1, shown.size());
        for (long t : shown) {
            assertOfi(core, raw, t, instrument.toString());
            assertClose(core.get(t)[2], norm.shown(t, 0), instrument + " OFI / depth " + when(t));
        }
    }

    @Test
    void tickAndLevelOneImbalanceEqualTheCore() throws Exception {
        ChartEmulation chart = zoomedOut(eurusd, Instrument.EURUSD, Period.ONE_MIN);
        Attached a = chart.attach("TickImbalanceIndicator", 5, 60);
        chart.advanceTo(eurusd.size());
        Map<Long, FlowBar> core = coreFlow(eurusd, MIN, TradeFlow.forQuotes(AggressorMethod.MID_TICK_RULE,
                VolumeProxy.TICK_COUNT, 1).deltaReset(DeltaReset.NEVER));
        Map<Long, Double> level1 = coreLevel1(eurusd, MIN);
        TreeSet<Long> shown = closedShown(chart, a);
        assertEquals(chart.bars().size() - 1, shown.size());
        for (long t : shown) assertImbalance(core, level1, a, t);
    }

    @Test
    void developingSessionPocAndValueAreaEqualTheCoreSessionProfile() throws Exception {
        ChartEmulation chart = zoomedOut(eurusd, Instrument.EURUSD, Period.ONE_MIN);
        Attached a = chart.attach("VolumeAtPriceIndicator", 0, 0, 1.0, 70, 0, 0, 3.0, 3, true, 25, 60);
        chart.advanceTo(eurusd.size());
        Map<Long, FlowBar> core = coreVap(eurusd, MIN);
        TreeSet<Long> shown = closedShown(chart, a);
        assertEquals(chart.bars().size() - 1, shown.size());
        for (long t : shown) assertVap(core, eurusd.spec(), a, t);
    }
}
