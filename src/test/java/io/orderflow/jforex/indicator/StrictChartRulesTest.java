package io.orderflow.jforex.indicator;

import static io.orderflow.jforex.IndicatorParityTest.assertClose;
import static io.orderflow.jforex.IndicatorParityTest.assertCumulative;
import static io.orderflow.jforex.IndicatorParityTest.assertDelta;
import static io.orderflow.jforex.IndicatorParityTest.assertOfi;
import static io.orderflow.jforex.IndicatorParityTest.assertVap;
import static io.orderflow.jforex.IndicatorParityTest.at;
import static io.orderflow.jforex.IndicatorParityTest.closedShown;
import static io.orderflow.jforex.IndicatorParityTest.coreFlow;
import static io.orderflow.jforex.IndicatorParityTest.coreOfi;
import static io.orderflow.jforex.IndicatorParityTest.coreVap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.dukascopy.api.DataType;
import com.dukascopy.api.IBar;
import com.dukascopy.api.Instrument;
import com.dukascopy.api.OfferSide;
import com.dukascopy.api.Period;
import com.dukascopy.api.feed.FeedDescriptor;
import com.dukascopy.api.indicators.IIndicator;
import com.dukascopy.api.indicators.IndicatorInfo;
import com.dukascopy.api.indicators.InputParameterInfo;
import com.dukascopy.api.indicators.OptInputParameterInfo;
import com.dukascopy.api.indicators.OutputParameterInfo;

import io.orderflow.backtest.testing.Ticks;
import io.orderflow.flow.AggressorMethod;
import io.orderflow.flow.DeltaReset;
import io.orderflow.flow.FlowBar;
import io.orderflow.flow.FootprintSettings;
import io.orderflow.flow.TradeFlow;
import io.orderflow.flow.VolumeProxy;
import io.orderflow.jforex.harness.ChartEmulation;
import io.orderflow.jforex.harness.ChartEmulation.Attached;
import io.orderflow.jforex.harness.FakeIndicatorContext;
import io.orderflow.jforex.harness.TickTape;

/**
 * The indicators under each rule of the strict chart emulation ({@link ChartEmulation}), and the
 * defects the rules exposed: each test passes on the strict emulation and says in its name what the
 * old, kinder harness or the old indicator code got wrong.
 */
@Tag("slow")
class StrictChartRulesTest {
    private static final long MIN = 60_000;
    /** Wall time between two ticks where a test drives the indicators' clock, ms. */
    private static final long TICK_WALL_MS = 100;
    private static TickTape eurusd;
    private static TickTape gbpjpy;

    @BeforeAll
    static void load() throws Exception {
        eurusd = TickTape.load(Ticks.eurusdTwoDays());
        gbpjpy = TickTape.load(Ticks.gbpjpyDecember());
    }

    static Map<Long, FlowBar> delta(long periodMs) {
        return coreFlow(eurusd, periodMs, TradeFlow.forQuotes(AggressorMethod.MID_TICK_RULE, VolumeProxy.TICK_COUNT, 1)
                .deltaReset(DeltaReset.NEVER));
    }

    static long newest(ChartEmulation chart) {
        return chart.bars().get(chart.bars().size() - 1).getTime();
    }

    /** Rule 1: calculate on ticks only. The forming bar is shown at the first call (old code: NaN until a second call). */
    @Test
    void calculateRunsOnTicksNotWhenBackgroundWorkFinishesAndTheFormingBarShowsAtOnce() throws Exception {
        int start = at(eurusd, "2019-02-05T10:00:00Z");
        ChartEmulation chart = new ChartEmulation(eurusd, Instrument.EURUSD, Period.ONE_MIN, start, 120, 30);
        chart.runBackground(false);
        Attached a = chart.attach("OrderFlowDeltaIndicator", 0, 0, 2);
        long newest = newest(chart);
        long older = chart.bars().get(chart.bars().size() - 10).getTime();
        assertEquals(1, a.calls());
        assertFalse(Double.isNaN(a.shown(newest, 0)), "the forming bar is computed on the chart thread at once");
        assertTrue(Double.isNaN(a.shown(older, 0)), "older bars are loaded in the background");
        assertEquals(1, a.context.queued());
        a.context.runQueued();
        assertEquals(1, a.calls(), "finishing background work calls nothing");
        assertTrue(Double.isNaN(a.shown(older, 0)), "so nothing new is shown yet");
        chart.advanceTo(start + 1);
        assertEquals(2, a.calls(), "the next tick calls calculate");
        assertDelta(delta(MIN), a, older, "after the next tick");
    }

    /** Rule 2: arrays of the visible bars and a margin, moving with the scroll (old harness: all history at once). */
    @Test
    void barsScrolledIntoViewAreLoadedAndEqualTheCore() throws Exception {
        int start = at(eurusd, "2019-02-05T12:00:00Z");
        ChartEmulation chart = new ChartEmulation(eurusd, Instrument.EURUSD, Period.ONE_MIN, start, 60, 15);
        Attached a = chart.attach("OrderFlowDeltaIndicator", 0, 0, 2);
        chart.advanceTo(start + 500);
        long liveEdge = a.firstVisible();
        chart.scroll(400); // the chart calls calculate for the new window; the background loads it
        long scrolled = a.firstVisible();
        assertTrue(scrolled < liveEdge - 300 * MIN, "the window moved back");
        chart.scroll(401); // one more bar: calculate again, the loaded values show
        Map<Long, FlowBar> core = delta(MIN);
        int n = 0;
        for (long t : closedShown(chart, a).subSet(a.firstVisible(), true, a.lastVisible(), true)) {
            assertDelta(core, a, t, "scrolled");
            n++;
        }
        assertTrue(n >= 55, "the scrolled-to bars are shown: " + n);
    }

    /** Rule 3: the same instances follow a period change (old harness: the period never changed). */
    @Test
    void theSameInstancesFollowAPeriodChange() throws Exception {
        int start = at(eurusd, "2019-02-05T08:00:00Z");
        ChartEmulation chart = new ChartEmulation(eurusd, Instrument.EURUSD, Period.ONE_MIN, start, 120, 30);
        Attached d = chart.attach("OrderFlowDeltaIndicator", 0, 0, 2);
        Attached c = chart.attach("CumulativeDeltaIndicator", 0, 0, 0, 2);
        Attached v = chart.attach("VolumeAtPriceIndicator", 0, 0, 1.0, 70, 0, 0, 3.0, 3, true, 25, 2);
        chart.advanceTo(start + 3_000);
        chart.setPeriod(Period.FIVE_MINS);
        int switched = chart.history().now();
        chart.advanceTo(switched + 1);
        long from = d.firstVisible();
        chart.advanceTo(switched + 3_000);
        Map<Long, FlowBar> delta = delta(5 * MIN);
        Map<Long, FlowBar> cum = coreFlow(eurusd, 5 * MIN, TradeFlow.forQuotes(AggressorMethod.MID_TICK_RULE,
                VolumeProxy.TICK_COUNT, 1).deltaReset(DeltaReset.FX_DAY));
        Map<Long, FlowBar> vap = coreVap(eurusd, 5 * MIN);
        TreeSet<Long> shown = closedShown(chart, d);
        assertTrue(shown.tailSet(from).size() >= 100, "five-minute bars shown: " + shown.tailSet(from).size());
        for (long t : shown.tailSet(from)) {
            assertEquals(0, t % (5 * MIN));
            assertDelta(delta, d, t, "5 min");
            assertCumulative(cum, c, t, "5 min");
            assertVap(vap, eurusd.spec(), v, t);
        }
    }

    /** Rule 4: nothing is called while the market is closed; the first bar after the weekend is right. */
    @Test
    void nothingIsCalledOverTheWeekendAndTheFirstBarAfterItIsRight() throws Exception {
        int start = at(gbpjpy, "2012-12-07T20:00:00Z");
        int end = at(gbpjpy, "2012-12-10T01:00:00Z");
        ChartEmulation chart = new ChartEmulation(gbpjpy, Instrument.GBPJPY, Period.FIVE_MINS, start, 120, 30);
        Attached ofi = chart.attach("OfiIndicator", false, 5);
        chart.advanceTo(end);
        int monday = at(gbpjpy, "2012-12-09T12:00:00Z"); // first tick after Saturday noon: Sunday's open
        long closed = gbpjpy.time(monday - 1);
        long opened = gbpjpy.time(monday);
        assertTrue(opened - closed > 40 * 3_600_000L, "a weekend without ticks");
        assertEquals(end - start + 1, ofi.calls(), "one call per tick, none in between");
        assertEquals(0, chart.callsWhileClosed(closed, opened));
        Map<Long, double[]> core = coreOfi(gbpjpy, 5 * MIN);
        long firstAfter = opened - Math.floorMod(opened, 5 * MIN);
        TreeSet<Long> shown = closedShown(chart, ofi);
        assertTrue(shown.contains(firstAfter));
        for (long t : shown.tailSet(firstAfter)) assertOfi(core, ofi, t, "after the weekend");
        assertTrue(core.get(firstAfter)[0] != 0, "measured against Friday's last quote");
    }

    /** Rule 5 / defect: started before the first tick, no empty bar is cached (old code cached zeros). */
    @Test
    void startedBeforeTheFirstTickTheBarsFillOnceTicksExist() throws Exception {
        int start = at(eurusd, "2019-02-05T09:00:00Z");
        ChartEmulation chart = new ChartEmulation(eurusd, Instrument.EURUSD, Period.ONE_MIN, start, 120, 30);
        chart.history().setOffline(true);
        Attached d = chart.attach("OrderFlowDeltaIndicator", 0, 0, 2);
        Attached c = chart.attach("CumulativeDeltaIndicator", 0, 0, 1, 2);
        chart.advanceTo(start); // a redraw without ticks
        assertEquals(0, chart.history().requests(), "nothing asked while there is no tick");
        for (double[] v : d.shown.values()) assertTrue(Double.isNaN(v[0]));
        chart.history().setOffline(false);
        chart.advanceTo(start + 1);
        long from = d.firstVisible();
        chart.advanceTo(start + 2_000);
        Map<Long, FlowBar> delta = delta(MIN);
        Map<Long, FlowBar> utc = coreFlow(eurusd, MIN, TradeFlow.forQuotes(AggressorMethod.MID_TICK_RULE,
                VolumeProxy.TICK_COUNT, 1).deltaReset(DeltaReset.UTC_DAY));
        TreeSet<Long> shown = closedShown(chart, d);
        assertTrue(shown.tailSet(from).size() > 100);
        for (long t : shown.tailSet(from)) {
            assertDelta(delta, d, t, "after the first tick");
            assertCumulative(utc, c, t, "after the first tick");
        }
    }

    /** Without a chart panel (calculateIndicator) one call computes every bar (old code: NaN, work queued). */
    @Test
    void withoutAChartPanelOneCalculateGivesEveryBar() throws Exception {
        ChartEmulation chart = new ChartEmulation(eurusd, Instrument.EURUSD, Period.ONE_MIN, eurusd.size(), 10, 0);
        IBar[] bars = chart.bars().toArray(new IBar[0]);
        Map<Long, FlowBar> core = delta(MIN);
        Map<Long, FlowBar> vap = coreVap(eurusd, MIN);
        Map<Long, FlowBar> footprint = coreFlow(eurusd, MIN, TradeFlow.forQuotes(
                AggressorMethod.MID_TICK_RULE, VolumeProxy.TICK_COUNT, 10).deltaReset(DeltaReset.NEVER)
                .footprint(FootprintSettings.rows(10)));
        for (String cls : new String[] {"OrderFlowDeltaIndicator", "VolumeAtPriceIndicator", "FootprintIndicator"}) {
            FakeIndicatorContext context = new FakeIndicatorContext(new FeedDescriptor(DataType.TIME_PERIOD_AGGREGATION,
                    Instrument.EURUSD, Period.ONE_MIN, OfferSide.BID), chart.history().history()).withoutChart();
            IIndicator ind = (IIndicator) Class.forName("jforex." + cls).getDeclaredConstructor().newInstance();
            ind.onStart(context);
            ind.setOptInputParameter(cls.startsWith("Order") ? 2 : cls.startsWith("Volume") ? 10 : 11, 60);
            ind.setInputParameter(0, bars);
            int outputs = ind.getIndicatorInfo().getNumberOfOutputs();
            double[][] out = new double[outputs][bars.length];
            for (int k = 0; k < outputs; k++) ind.setOutputParameter(k, out[k]);
            ind.calculate(0, bars.length - 1);
            assertEquals(0, context.queued(), "nothing left for the background");
            for (int i = 0; i < bars.length; i++) {
                long t = bars[i].getTime();
                if (cls.startsWith("Order")) {
                    assertClose(core.get(t).delta().delta(), out[0][i], "delta " + i);
                } else if (cls.startsWith("Footprint")) {
                    assertClose(eurusd.spec().toPrice(footprint.get(t).footprint().pocPrice() + 5.0), out[0][i],
                            "bar POC " + i);
                } else {
                    assertClose(eurusd.spec().toPrice(vap.get(t).valueArea().pocPrice() + 5.0), out[0][i], "POC " + i);
                }
            }
        }
    }

    /** The registry finds a custom indicator only once registered. */
    @Test
    void getIndicatorGivesNullForAnUnregisteredCustomIndicator() {
        FakeIndicatorContext context = new FakeIndicatorContext(null, null);
        assertNull(context.getIndicatorsProvider().getIndicator("OF_DELTA"));
        context.provider().register("OF_DELTA", () -> new jforex.OrderFlowDeltaIndicator());
        assertNotNull(context.getIndicatorsProvider().getIndicator("OF_DELTA"));
    }

    /** Everything the platform reads about outputs, inputs and options, as text. */
    static List<String> descriptors(IIndicator ind) {
        List<String> s = new ArrayList<>();
        IndicatorInfo info = ind.getIndicatorInfo();
        s.add(info.getName() + "|" + info.getTitle() + "|" + info.getGroupName() + "|" + info.isOverChart() + "|"
                + info.getNumberOfInputs() + "|" + info.getNumberOfOptionalInputs() + "|" + info.getNumberOfOutputs());
        for (int k = 0; k < info.getNumberOfInputs(); k++) {
            InputParameterInfo p = ind.getInputParameterInfo(k);
            s.add("in " + k + " " + System.identityHashCode(p) + " " + p.getName() + " " + p.getType());
        }
        for (int k = 0; k < info.getNumberOfOptionalInputs(); k++) {
            OptInputParameterInfo p = ind.getOptInputParameterInfo(k);
            s.add("opt " + k + " " + System.identityHashCode(p) + " " + p.getName() + " " + p.getType() + " "
                    + System.identityHashCode(p.getDescription()));
        }
        for (int k = 0; k < info.getNumberOfOutputs(); k++) {
            OutputParameterInfo p = ind.getOutputParameterInfo(k);
            s.add("out " + k + " " + System.identityHashCode(p) + " " + p.getName() + " " + p.getType() + " "
                    + p.getDrawingStyle() + " " + p.getColor() + " " + p.getColor2() + " gap " + p.isGapAtNaN() + " show "
                    + p.isShowOutput() + " drawn " + p.isDrawnByIndicator() + " two " + p.isHistogramTwoColor() + " shift "
                    + p.getShift());
        }
        return s;
    }

    /** Descriptors must not change after onStart (old code renamed outputs on option changes) and lines break at NaN. */
    @Test
    void outputDescriptorsDoNotChangeAfterOnStartAndLinesBreakAtMissingValues() throws Exception {
        Object[][] cases = {
                {"OrderFlowDeltaIndicator", new Object[] {1, 2, 3}},
                {"CumulativeDeltaIndicator", new Object[] {1, 1, 2, 3}},
                {"TickImbalanceIndicator", new Object[] {8, 3}},
                {"OfiIndicator", new Object[] {true, 3}},
                {"VolumeAtPriceIndicator", new Object[] {1, 1, 2.0, 60, 1, 1, 4.0, 4, false, 30, 3}},
                {"FootprintIndicator", new Object[] {0.5, 2.0, 1.0, 4, 1, 1, 1, 1, java.awt.Color.BLUE, java.awt.Color.BLACK,
                        java.awt.Color.RED, 3}}};
        ChartEmulation chart = new ChartEmulation(eurusd, Instrument.EURUSD, Period.ONE_MIN,
                at(eurusd, "2019-02-05T10:00:00Z"), 60, 10);
        IBar[] bars = chart.bars().subList(chart.bars().size() - 70, chart.bars().size()).toArray(new IBar[0]);
        for (Object[] c : cases) {
            String cls = (String) c[0];
            Object[] options = (Object[]) c[1];
            FakeIndicatorContext context = new FakeIndicatorContext(new FeedDescriptor(DataType.TIME_PERIOD_AGGREGATION,
                    Instrument.EURUSD, Period.ONE_MIN, OfferSide.BID), chart.history().history());
            IIndicator ind = (IIndicator) Class.forName("jforex." + cls).getDeclaredConstructor().newInstance();
            ind.onStart(context);
            List<String> before = descriptors(ind);
            for (int k = 0; k < options.length; k++) ind.setOptInputParameter(k, options[k]);
            ind.setInputParameter(0, bars);
            int outputs = ind.getIndicatorInfo().getNumberOfOutputs();
            for (int k = 0; k < outputs; k++) ind.setOutputParameter(k, new double[bars.length]);
            ind.calculate(10, bars.length - 1);
            context.setFeed(new FeedDescriptor(DataType.TIME_PERIOD_AGGREGATION, Instrument.EURUSD, Period.FIVE_MINS,
                    OfferSide.BID));
            ind.calculate(10, bars.length - 1);
            assertEquals(before, descriptors(ind), cls + ": descriptors after options, calculate and a period change");
            for (int k = 0; k < outputs; k++) {
                OutputParameterInfo o = ind.getOutputParameterInfo(k);
                assertSame(o, ind.getOutputParameterInfo(k));
                if (o.getDrawingStyle().isOutputAsLine()) assertTrue(o.isGapAtNaN(), cls + " output " + k + " gapAtNaN");
            }
            assertEquals(1, context.provider().stopListeners(ind), cls + " listens for its removal");
        }
    }

    /** A removed indicator stops its work (old code: no stop listener, requests went on). */
    @Test
    void aRemovedIndicatorStopsItsWork() throws Exception {
        int start = at(eurusd, "2019-02-05T10:00:00Z");
        ChartEmulation chart = new ChartEmulation(eurusd, Instrument.EURUSD, Period.ONE_MIN, start, 120, 30);
        chart.runBackground(false);
        Attached a = chart.attach("OrderFlowDeltaIndicator", 0, 0, 2);
        assertEquals(1, a.context.queued());
        assertEquals(1, a.context.provider().remove(a.indicator), "the platform tells the indicator");
        long requests = chart.history().requests();
        a.context.runQueued(true);
        chart.advanceTo(start + 500);
        assertEquals(requests, chart.history().requests(), "no history request after the removal");
    }

    /**
     * A failing history is retried after a growing wait, not at every call (old code: a new job per
     * call). The indicator's wall clock is the test's ({@link ChartEmulation#setClock}): a tick
     * arrives every {@value #TICK_WALL_MS} ms of wall time, and the back-off's waits (1, 2, 4 ... s,
     * {@link AsyncBarResults#FIRST_BACKOFF_MS} doubling) pass without sleeping.
     */
    @Test
    void aFailingHistoryBacksOffAndRecovers() throws Exception {
        int start = at(eurusd, "2019-02-05T10:00:00Z");
        ChartEmulation chart = new ChartEmulation(eurusd, Instrument.EURUSD, Period.ONE_MIN, start, 120, 30);
        long t0 = 1_549_360_800_000L; // any wall time: the indicator only compares its readings
        AtomicLong wall = new AtomicLong(t0);
        chart.setClock(wall::get);
        chart.history().failNext(Integer.MAX_VALUE);
        Attached a = chart.attach("OrderFlowDeltaIndicator", 0, 0, 2);
        for (int i = start; i < start + 300; i++) {
            wall.addAndGet(TICK_WALL_MS);
            chart.advanceTo(i + 1);
        }
        double seconds = (wall.get() - t0) / 1e3;
        long attempts = chart.history().requests();
        // waits of 1, 2, 4 ... s: attempts at 0, 1, 3, 7 ... s, so 1 + floor(log2(seconds + 1)) of them;
        // the upper bound (kept from when the clock was the system's) allows one more
        long bound = 1 + (long) Math.ceil(Math.log(seconds + 1) / Math.log(2)) + 1;
        long expected = 1 + (long) Math.floor(Math.log(seconds + 1) / Math.log(2));
        assertTrue(attempts <= bound, attempts + " attempts in " + seconds + " s for 300 calls, bound " + bound);
        assertTrue(attempts >= expected, attempts + " attempts in " + seconds + " s: retried less than every 1, 2, 4 ... s");
        chart.history().failNext(0);
        // the next retry is due (1 + 2 + ... + 2^(attempts-1)) s after the first attempt
        long retryAt = t0 + (AsyncBarResults.FIRST_BACKOFF_MS << attempts) - AsyncBarResults.FIRST_BACKOFF_MS;
        assertTrue(retryAt > wall.get(), "the test expects the last wait to be still running");
        wall.set(retryAt - TICK_WALL_MS);
        chart.advanceTo(start + 301);
        assertEquals(attempts, chart.history().requests(), "no request while the back-off runs, though history works again");
        wall.set(retryAt);
        chart.advanceTo(start + 302);
        assertTrue(chart.history().requests() > attempts, "retried when the back-off expired");
        long from = a.firstVisible();
        for (int i = start + 302; i < start + 600; i++) {
            wall.addAndGet(TICK_WALL_MS);
            chart.advanceTo(i + 1);
        }
        Map<Long, FlowBar> core = delta(MIN);
        java.util.NavigableSet<Long> shown = closedShown(chart, a).tailSet(from, true);
        assertTrue(shown.size() > 100);
        for (long t : shown) assertDelta(core, a, t, "after recovery");
    }

    /** VAP takes the session's bars from the clock (old code: from the window only, a partial session). */
    @Test
    void volumeAtPriceTakesTheSessionFromTheClockNotFromTheWindow() throws Exception {
        int start = at(eurusd, "2019-02-05T15:00:00Z");
        ChartEmulation chart = new ChartEmulation(eurusd, Instrument.EURUSD, Period.ONE_MIN, start, 60, 10);
        Attached v = chart.attach("VolumeAtPriceIndicator", 0, 0, 1.0, 70, 0, 0, 3.0, 3, true, 25, 2);
        chart.advanceTo(start + 1);
        long from = v.firstVisible();
        chart.advanceTo(start + 300);
        Map<Long, FlowBar> core = coreVap(eurusd, MIN);
        java.util.NavigableSet<Long> shown = closedShown(chart, v).tailSet(from, true);
        assertTrue(shown.size() >= 55);
        for (long t : shown) assertVap(core, eurusd.spec(), v, t);
    }
}

