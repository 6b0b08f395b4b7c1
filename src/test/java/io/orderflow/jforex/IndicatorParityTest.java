package io.orderflow.jforex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.dukascopy.api.DataType;
import com.dukascopy.api.IBar;
import com.dukascopy.api.Instrument;
import com.dukascopy.api.OfferSide;
import com.dukascopy.api.Period;
import com.dukascopy.api.feed.FeedDescriptor;
import com.dukascopy.api.indicators.IIndicator;
import com.dukascopy.api.indicators.IndicatorResult;

import io.orderflow.backtest.testing.Ticks;
import io.orderflow.book.OfiIntervals;
import io.orderflow.book.QueueImbalance;
import io.orderflow.flow.AggressorMethod;
import io.orderflow.flow.DeltaReset;
import io.orderflow.flow.FlowBar;
import io.orderflow.flow.TradeFlow;
import io.orderflow.flow.VolumeProxy;
import io.orderflow.jforex.harness.FakeBar;
import io.orderflow.jforex.harness.FakeIndicatorContext;
import io.orderflow.jforex.harness.TapeHistory;
import io.orderflow.jforex.harness.TickTape;
import io.orderflow.market.BarClock;
import io.orderflow.market.InstrumentSpec;
import io.orderflow.market.SessionAnchor;
import io.orderflow.market.Tick;
import io.orderflow.profile.ValueArea;
import io.orderflow.profile.ValueAreaMethod;

/**
 * Each compiled indicator ({@code jforex.*Indicator}), driven through the API facade on a chart of
 * bars built from real Dukascopy ticks, with a history serving the same ticks, shows bar for bar
 * the values the core computes streaming over those ticks: delta, cumulative delta (also when the
 * chart grows bar by bar), tick and level-1 imbalance, OFI (also across a weekend) and the
 * developing session POC/VAH/VAL. The calculation happens in the background: {@code calculate}
 * returns at once and loads nothing itself.
 */
class IndicatorParityTest {
    private static TickTape eurusd;
    private static TickTape gbpjpy;

    @BeforeAll
    static void load() throws Exception {
        eurusd = TickTape.load(Ticks.eurusdTwoDays());
        gbpjpy = TickTape.load(Ticks.gbpjpyDecember());
    }

    /** The chart's bars: one per period with ticks, bid prices, as JForex time bars. */
    static IBar[] bars(TickTape tape, long periodMs, int endIndex) {
        List<IBar> out = new ArrayList<>();
        InstrumentSpec spec = tape.spec();
        long start = Long.MIN_VALUE;
        double o = 0, h = 0, l = 0, c = 0, v = 0;
        for (int i = 0; i < endIndex; i++) {
            long t = tape.time(i);
            long s = t - Math.floorMod(t, periodMs);
            double bid = spec.toPrice(tape.bid(i));
            if (s != start) {
                if (start != Long.MIN_VALUE) out.add(new FakeBar(start, o, c, l, h, v));
                start = s;
                o = h = l = c = bid;
                v = 0;
            }
            h = Math.max(h, bid);
            l = Math.min(l, bid);
            c = bid;
            v += tape.bidVolume(i);
        }
        if (start != Long.MIN_VALUE) out.add(new FakeBar(start, o, c, l, h, v));
        return out.toArray(new IBar[0]);
    }

    /** A chart: the indicator, its context and the tape's "now". */
    static final class Chart {
        final IIndicator indicator;
        final FakeIndicatorContext context;
        final TapeHistory history;
        int now;
        double[][] out;

        Chart(String cls, TickTape tape, Instrument instrument, Period period, Object... options) throws Exception {
            now = tape.size();
            history = new TapeHistory(instrument, tape, () -> now, id -> null);
            context = new FakeIndicatorContext(new FeedDescriptor(DataType.TIME_PERIOD_AGGREGATION, instrument, period,
                    OfferSide.BID), history);
            indicator = (IIndicator) Class.forName("jforex." + cls).getDeclaredConstructor().newInstance();
            indicator.onStart(context);
            for (int k = 0; k < options.length; k++) indicator.setOptInputParameter(k, options[k]);
        }

        /** calculate over all bars, then the background work and calculate again until nothing is queued. */
        double[][] show(IBar[] bars) throws Exception {
            indicator.setInputParameter(0, bars);
            out = new double[indicator.getIndicatorInfo().getNumberOfOutputs()][bars.length];
            for (int k = 0; k < out.length; k++) indicator.setOutputParameter(k, out[k]);
            IndicatorResult r = indicator.calculate(0, bars.length - 1);
            assertEquals(0, r.getFirstValueIndex());
            assertEquals(bars.length, r.getNumberOfElements());
            int rounds = 0;
            while (context.runQueued() > 0) {
                indicator.calculate(0, bars.length - 1);
                assertTrue(++rounds < 10, "converges");
            }
            return out;
        }
    }

    /** The core's streaming flow bars by start time. */
    static Map<Long, FlowBar> coreFlow(TickTape tape, long periodMs, TradeFlow.Builder builder) {
        Map<Long, FlowBar> bars = new LinkedHashMap<>();
        TradeFlow flow = builder.timeBars(BarClock.fixed(periodMs), b -> bars.put(b.startMs(), b)).build();
        Tick t = new Tick(1);
        for (int i = 0; i < tape.size(); i++) flow.onTick(tape.tick(i, t));
        flow.flush();
        return bars;
    }

    static void assertClose(double expected, double actual, String what) {
        if (Double.isNaN(expected)) {
            assertTrue(Double.isNaN(actual), what + ": expected NaN, was " + actual);
            return;
        }
        assertEquals(expected, actual, 1e-9 * Math.max(1, Math.abs(expected)), what);
    }

    @Test
    void calculateReturnsAtOnceAndLoadsTicksOnlyInTheBackground() throws Exception {
        IBar[] bars = bars(eurusd, 60_000, eurusd.size());
        Chart chart = new Chart("OrderFlowDeltaIndicator", eurusd, Instrument.EURUSD, Period.ONE_MIN, 0, 0, 60);
        chart.indicator.setInputParameter(0, bars);
        double[][] out = new double[3][bars.length];
        for (int k = 0; k < 3; k++) chart.indicator.setOutputParameter(k, out[k]);
        chart.indicator.calculate(0, bars.length - 1);
        assertTrue(chart.history.requests().isEmpty(), "no history request on the chart's thread");
        assertEquals(1, chart.context.queued(), "one background job");
        for (double v : out[0]) assertTrue(Double.isNaN(v), "nothing shown before the ticks are in");
        chart.context.runQueued();
        assertFalse(chart.history.requests().isEmpty());
        assertTrue(chart.history.requestThreads().stream().allMatch("indicator-background"::equals));
        for (long[] r : chart.history.requests()) assertTrue(r[1] - r[0] < 3_600_000L, "at most one hour per request");
        assertEquals(100, (int) chart.context.progress().get(chart.context.progress().size() - 1));
        chart.indicator.calculate(0, bars.length - 1);
        assertFalse(Double.isNaN(out[0][bars.length / 2]));
        assertEquals(0, chart.context.queued(), "cached: nothing more to load");
    }

    @Test
    void deltaEqualsTheCoreBarForBarForTwoInferences() throws Exception {
        IBar[] bars = bars(eurusd, 60_000, eurusd.size());
        int[][] choices = {{0, 0}, {1, 1}, {0, 2}};
        for (int[] c : choices) {
            AggressorMethod m = io.orderflow.jforex.indicator.FlowChoices.METHODS[c[0]];
            VolumeProxy p = io.orderflow.jforex.indicator.FlowChoices.PROXIES[c[1]];
            double[][] out = new Chart("OrderFlowDeltaIndicator", eurusd, Instrument.EURUSD, Period.ONE_MIN, c[0], c[1], 60)
                    .show(bars);
            Map<Long, FlowBar> core = coreFlow(eurusd, 60_000, TradeFlow.forQuotes(m, p, 1).deltaReset(DeltaReset.NEVER));
            for (int i = 0; i < bars.length; i++) {
                FlowBar f = core.get(bars[i].getTime());
                String what = m + " x " + p + " bar " + i;
                assertClose(f.delta().delta(), out[0][i], what + " delta");
                assertClose(f.delta().buyVolume(), out[1][i], what + " buy");
                assertClose(f.delta().sellVolume(), out[2][i], what + " sell");
            }
        }
    }

    @Test
    void cumulativeDeltaEqualsTheCoreAlsoWhenTheChartGrowsBarByBar() throws Exception {
        IBar[] all = bars(eurusd, 60_000, eurusd.size());
        for (int reset = 0; reset < 3; reset++) {
            DeltaReset r = io.orderflow.jforex.indicator.FlowChoices.RESETS[reset];
            Chart chart = new Chart("CumulativeDeltaIndicator", eurusd, Instrument.EURUSD, Period.ONE_MIN, 0, 0, reset, 60);
            // a live chart: first the bars up to 23:30 on Monday (the FX day resets at 22:00 UTC), then more
            int cut = eurusd.indexAtOrAfter(java.time.Instant.parse("2019-02-04T23:30:20Z").toEpochMilli());
            chart.now = cut;
            IBar[] early = bars(eurusd, 60_000, cut);
            chart.show(early);
            chart.now = eurusd.size();
            Thread.sleep(io.orderflow.jforex.indicator.BarIndicatorLogic.REFRESH_MS + 50); // the unfinished bar refreshes
            double[][] out = chart.show(all);
            Map<Long, FlowBar> core = coreFlow(eurusd, 60_000, TradeFlow.forQuotes(AggressorMethod.MID_TICK_RULE,
                    VolumeProxy.TICK_COUNT, 1).deltaReset(r));
            for (int i = 0; i < all.length; i++) {
                FlowBar f = core.get(all[i].getTime());
                String what = "reset " + r + " bar " + i + " " + java.time.Instant.ofEpochMilli(all[i].getTime());
                assertClose(f.delta().cumulativeDelta(), out[0][i], what);
                assertClose(f.delta().cumulativeDeltaHigh(), out[1][i], what + " high");
                assertClose(f.delta().cumulativeDeltaLow(), out[2][i], what + " low");
            }
        }
    }

    @Test
    void ofiEqualsTheCoreIncludingTheFirstBarAfterAWeekend() throws Exception {
        check(eurusd, Instrument.EURUSD, Period.ONE_MIN, 60_000);
        check(gbpjpy, Instrument.GBPJPY, Period.FIVE_MINS, 300_000);
    }

    private static void check(TickTape tape, Instrument instrument, Period period, long periodMs) throws Exception {
        IBar[] bars = bars(tape, periodMs, tape.size());
        Map<Long, double[]> core = new LinkedHashMap<>();
        OfiIntervals iv = OfiIntervals.ofPeriod(periodMs, (s, e, ofi, mid, depth, ticks) ->
                core.put(s, new double[] {ofi, mid, ofi / depth}));
        Tick t = new Tick(1);
        for (int i = 0; i < tape.size(); i++) iv.onTick(tape.tick(i, t));
        iv.flush();
        double[][] raw = new Chart("OfiIndicator", tape, instrument, period, false, 60).show(bars);
        double[][] norm = new Chart("OfiIndicator", tape, instrument, period, true, 60).show(bars);
        for (int i = 0; i < bars.length; i++) {
            double[] c = core.get(bars[i].getTime());
            String what = instrument + " bar " + i + " " + java.time.Instant.ofEpochMilli(bars[i].getTime());
            assertClose(c[0], raw[0][i], what + " OFI");
            assertClose(c[1], raw[1][i], what + " mid change");
            assertClose(c[2], norm[0][i], what + " OFI / depth");
        }
    }

    @Test
    void tickAndLevelOneImbalanceEqualTheCore() throws Exception {
        IBar[] bars = bars(eurusd, 60_000, eurusd.size());
        double[][] out = new Chart("TickImbalanceIndicator", eurusd, Instrument.EURUSD, Period.ONE_MIN, 5, 60).show(bars);
        Map<Long, FlowBar> core = coreFlow(eurusd, 60_000, TradeFlow.forQuotes(AggressorMethod.MID_TICK_RULE,
                VolumeProxy.TICK_COUNT, 1).deltaReset(DeltaReset.NEVER));
        // level-1 imbalance at each bar's last tick, streaming
        Map<Long, Double> level1 = new LinkedHashMap<>();
        QueueImbalance qi = new QueueImbalance();
        Tick t = new Tick(1);
        for (int i = 0; i < eurusd.size(); i++) {
            qi.onTick(eurusd.tick(i, t));
            level1.put(eurusd.time(i) - Math.floorMod(eurusd.time(i), 60_000L), qi.value());
        }
        for (int i = 0; i < bars.length; i++) {
            FlowBar f = core.get(bars[i].getTime());
            double up = f.delta().buyVolume();
            double down = f.delta().sellVolume();
            assertClose(up + down > 0 ? (up - down) / (up + down) : Double.NaN, out[0][i], "bar " + i + " ticks");
            assertClose(level1.get(bars[i].getTime()), out[1][i], "bar " + i + " level 1");
            assertTrue(Double.isNaN(out[2][i]), "no depth in history: the book imbalance stays empty");
        }
    }

    @Test
    void developingSessionPocAndValueAreaEqualTheCoreSessionProfile() throws Exception {
        IBar[] bars = bars(eurusd, 60_000, eurusd.size());
        double[][] out = new Chart("VolumeAtPriceIndicator", eurusd, Instrument.EURUSD, Period.ONE_MIN,
                0, 0, 1.0, 70, 0, 0, 3.0, 3, true, 25, 60).show(bars);
        Map<Long, FlowBar> core = coreFlow(eurusd, 60_000, TradeFlow.forQuotes(AggressorMethod.MID_TICK_RULE,
                VolumeProxy.TICK_COUNT, 10).deltaReset(DeltaReset.NEVER).sessionProfile(SessionAnchor.FX_NEW_YORK)
                .valueArea(0.70, ValueAreaMethod.ONE_ROW).developingValueArea(true));
        InstrumentSpec spec = eurusd.spec();
        for (int i = 0; i < bars.length; i++) {
            ValueArea va = core.get(bars[i].getTime()).valueArea();
            String what = "bar " + i + " " + java.time.Instant.ofEpochMilli(bars[i].getTime());
            assertClose(spec.toPrice(va.pocPrice() + 5.0), out[0][i], what + " POC");
            assertClose(spec.toPrice(va.highEdge()), out[1][i], what + " VAH");
            assertClose(spec.toPrice(va.lowPrice()), out[2][i], what + " VAL");
            assertTrue(Double.isNaN(out[3][i]), "the profile output is drawn, not plotted");
        }
    }
}
