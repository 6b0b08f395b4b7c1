package io.orderflow.strategy.readings;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.orderflow.market.Bar;
import io.orderflow.market.BarClock;
import io.orderflow.market.Tick;
import io.orderflow.market.TimeBarAggregator;
import io.orderflow.strategy.ScenarioData;
import io.orderflow.strategy.SlowReadings;
import io.orderflow.strategy.StrategyEngine;
import io.orderflow.strategy.config.StrategyConfig;

/**
 * Differential test on real ticks: every reading the engine's order-flow source streams from the
 * project's calculators equals {@link SlowReadings}' recomputation from the full tick list — delta,
 * OFI, queue imbalance, their z-scores, cumulative delta and its slope, POC and value area, the
 * high-volume nodes either side, the nearest zone above and below (stacked imbalances, naked POCs,
 * the last session's value area), absorption, exhaustion and divergence — under several
 * combinations of the calculators' choices.
 */
@Tag("slow")
class ProjectOrderFlowSourceTest {

    /** A named data set and configuration. */
    record Case(String name, String symbol, String from, String to, StrategyConfig config) {
    }

    static Case named(String name) {
        StrategyConfig.Builder eurusd = StrategyConfig.builder().set("orderflow.zWindow", 30)
                .set("orderflow.cumDeltaSlopeBars", 6).set("orderflow.divergenceBars", 12);
        StrategyConfig.Builder gbpjpy = StrategyConfig.builder().set("instrument", "GBPJPY")
                .set("account.quoteToAccountRate", 0.0121);
        switch (name) {
            case "eurusd-defaults":
                return new Case(name, "EURUSD", "2019-02-04", "2019-02-06", eurusd.build());
            case "gbpjpy-quote-change-size-change-two-rows":
                return new Case(name, "GBPJPY", "2012-12-02", "2012-12-08", gbpjpy.set("bars.periodSeconds", 900)
                        .set("orderflow.profileRowPips", 2.0).set("orderflow.footprintRowPoints", 5)
                        .set("orderflow.aggressorRule", "QUOTE_CHANGE").set("orderflow.volumeProxy", "QUOTED_SIZE_CHANGE")
                        .set("orderflow.valueAreaMethod", "TWO_ROWS").set("orderflow.valueAreaPercent", 68.0)
                        .set("orderflow.cumDeltaReset", "utc").set("orderflow.imbalanceRatio", 2.5)
                        .set("orderflow.imbalanceMinVolume", 0.5).set("orderflow.stackedCount", 2)
                        .set("orderflow.maxZones", 4).set("orderflow.zoneMaxAgeBars", 40)
                        .set("orderflow.hvnSmoothingRows", 1).set("orderflow.hvnRadiusRows", 3)
                        .set("orderflow.hvnMeanFactor", 1.5).set("orderflow.absorptionExtremeRows", 3)
                        .set("orderflow.absorptionFactor", 1.2).set("orderflow.exhaustionFactor", 0.5)
                        .set("orderflow.zWindow", 20).build());
            case "eurusd-bvc-top-of-book-never-reset":
                return new Case(name, "EURUSD", "2019-02-04", "2019-02-06", eurusd.set("orderflow.aggressorRule", "BVC")
                        .set("orderflow.volumeProxy", "TOP_OF_BOOK_SIZE").set("orderflow.cumDeltaReset", "never")
                        .set("session.anchor", "utc").set("orderflow.bvcWindowBars", 40).build());
            case "gbpjpy-defaults":
                return new Case(name, "GBPJPY", "2012-12-09", "2012-12-15", gbpjpy.build());
            default:
                throw new IllegalArgumentException(name);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"eurusd-defaults", "gbpjpy-quote-change-size-change-two-rows",
            "eurusd-bvc-top-of-book-never-reset", "gbpjpy-defaults"})
    void streamingReadingsEqualASlowRecomputation(String name) throws Exception {
        Case k = named(name);
        List<Tick> ticks = ScenarioData.load(k.symbol(), k.from(), k.to());
        ProjectOrderFlowSource source = new ProjectOrderFlowSource(k.config());
        List<OrderFlowSnapshot> got = new ArrayList<>();
        List<Bar> bars = new ArrayList<>();
        TimeBarAggregator agg = new TimeBarAggregator(BarClock.fixed(k.config().barPeriodMs()), false, bar -> {
            OrderFlowSnapshot s = new OrderFlowSnapshot();
            source.onBar(bar, s);
            assertTrue(!s.hvnFilled && s.hvnAboveCount == 0 && s.hvnBelowCount == 0, "nodes wait until asked for");
            source.fillHighVolumeNodes(s);
            got.add(s);
            bars.add(bar);
        });
        for (Tick t : ticks) {
            agg.onTick(t);
            source.onTick(t);
        }
        agg.flush();

        SlowReadings.Result want = SlowReadings.compute(ticks, k.config());
        assertEquals(want.size(), got.size(), "bars");
        Set<ZoneKind> kindsSeen = EnumSet.noneOf(ZoneKind.class);
        int[] flags = new int[6];
        int hvns = 0;
        for (int b = 0; b < got.size(); b++) {
            OrderFlowSnapshot s = got.get(b);
            String at = name + " bar " + b + " " + java.time.Instant.ofEpochMilli(bars.get(b).startMs());
            assertEquals(want.bars.get(b)[0], s.barStartMs, at);
            close(want.delta[b], s.delta, 1e-9, at + " delta");
            close(want.ofi[b], s.ofi, 1e-9, at + " ofi");
            assertEquals(want.imbalance[b], s.imbalance, 1e-12, at + " imbalance");
            assertEquals(want.ready[b], s.ready, at + " ready");
            assertEquals(want.deltaZ[b], s.deltaZ, 1e-6, at + " delta z");
            assertEquals(want.ofiZ[b], s.ofiZ, 1e-6, at + " ofi z");
            close(want.cumDelta[b], s.cumDelta, 1e-9, at + " cumulative delta");
            close(want.slope[b], s.cumDeltaSlope, 1e-7, at + " slope");
            assertTrue(s.hasProfile && s.hvnFilled, at);
            assertEquals(want.poc[b], s.pocPoints, at + " POC");
            assertEquals(want.val[b], s.valPoints, at + " VAL");
            assertEquals(want.vah[b], s.vahPoints, at + " VAH");
            assertArrayEquals(want.hvnAbove[b], Arrays.copyOf(s.hvnAbove, s.hvnAboveCount), at + " HVNs above");
            assertArrayEquals(want.hvnBelow[b], Arrays.copyOf(s.hvnBelow, s.hvnBelowCount), at + " HVNs below");
            assertEquals(want.aboveKind[b], s.zoneAboveKind, at + " zone above");
            assertEquals(want.belowKind[b], s.zoneBelowKind, at + " zone below");
            if (s.zoneAboveKind != ZoneKind.NONE) {
                assertEquals(want.aboveLow[b], s.zoneAboveLow, at + " zone above low");
                assertEquals(want.aboveHigh[b], s.zoneAboveHigh, at + " zone above high");
            }
            if (s.zoneBelowKind != ZoneKind.NONE) {
                assertEquals(want.belowLow[b], s.zoneBelowLow, at + " zone below low");
                assertEquals(want.belowHigh[b], s.zoneBelowHigh, at + " zone below high");
            }
            assertEquals(want.absorption[b], s.absorption, at + " absorption");
            assertEquals(want.exhaustion[b], s.exhaustion, at + " exhaustion");
            assertEquals(want.divergence[b], s.divergence, at + " divergence");
            kindsSeen.add(s.zoneAboveKind);
            kindsSeen.add(s.zoneBelowKind);
            flags[0] += s.absorption > 0 ? 1 : 0;
            flags[1] += s.absorption < 0 ? 1 : 0;
            flags[2] += s.exhaustion > 0 ? 1 : 0;
            flags[3] += s.exhaustion < 0 ? 1 : 0;
            flags[4] += s.divergence > 0 ? 1 : 0;
            flags[5] += s.divergence < 0 ? 1 : 0;
            hvns += s.hvnAboveCount + s.hvnBelowCount;
        }
        System.out.println(name + ": " + got.size() + " bars, zone kinds " + kindsSeen + ", absorption +/- " + flags[0]
                + "/" + flags[1] + ", exhaustion +/- " + flags[2] + "/" + flags[3] + ", divergence +/- " + flags[4]
                + "/" + flags[5] + ", stacked zones formed " + want.zonesFormed + " broken " + want.zonesBroken
                + " dropped " + want.zonesDropped + ", naked POCs touched " + want.nakedTouched);
        // the data must exercise what is compared
        assertTrue(got.size() > 400, "bars " + got.size());
        assertTrue(hvns > 0, "high-volume nodes");
        assertTrue(flags[4] > 0 && flags[5] > 0, "divergences both ways");
        Set<ZoneKind> mustSee = EnumSet.of(ZoneKind.PRIOR_VALUE_HIGH, ZoneKind.PRIOR_VALUE_LOW);
        if (name.contains("bvc")) {
            assertEquals(0, want.zonesFormed, "BVC gives ticks no side: no imbalance zones");
            assertEquals(0, flags[0] + flags[1] + flags[2] + flags[3], "nor absorption or exhaustion");
        } else {
            mustSee.add(ZoneKind.NAKED_POC);
            mustSee.add(ZoneKind.STACKED_BUY_IMBALANCE);
            if (name.startsWith("gbpjpy")) {
                mustSee.add(ZoneKind.STACKED_SELL_IMBALANCE);
                assertTrue(flags[0] + flags[1] > 0, "absorption");
            }
            assertTrue(flags[2] > 0 && flags[3] > 0, "exhaustion both ways");
        }
        assertTrue(kindsSeen.containsAll(mustSee), "levels seen " + kindsSeen + ", expected at least " + mustSee);
        if (name.startsWith("gbpjpy-quote")) assertTrue(want.zonesDropped > 0, "the zone capacity was reached");
    }

    private static void close(double want, double got, double relative, String what) {
        assertEquals(want, got, relative * Math.max(1, Math.abs(want)), what);
    }

    /** The engine reads order flow from the project's calculators unless told otherwise. */
    @Test
    void theEngineUsesTheProjectCalculatorsByDefault() {
        StrategyEngine e = new StrategyEngine(StrategyConfig.defaults(), intent -> { });
        assertTrue(e.orderFlowSource() instanceof ProjectOrderFlowSource);
        String p = e.orderFlowSource().provenance();
        assertTrue(p.contains("mid tick rule x tick count") && p.contains("Cont-Kukanov-Stoikov"), p);
    }

    /** The nodes belong to the profile at the bar close: asked for after the next tick, they are refused. */
    @Test
    void highVolumeNodesAreRefusedOnceTheNextTickHasArrived() throws Exception {
        StrategyConfig c = StrategyConfig.defaults();
        ProjectOrderFlowSource source = new ProjectOrderFlowSource(c);
        OrderFlowSnapshot s = new OrderFlowSnapshot();
        List<Tick> ticks = ScenarioData.eurusd();
        TimeBarAggregator agg = new TimeBarAggregator(BarClock.fixed(c.barPeriodMs()), false, bar -> source.onBar(bar, s));
        int i = 0;
        while (s.barEndMs == 0) {
            agg.onTick(ticks.get(i));
            if (s.barEndMs == 0) source.onTick(ticks.get(i++));
        }
        source.fillHighVolumeNodes(s);
        assertTrue(s.hvnFilled);
        source.onTick(ticks.get(i));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> source.fillHighVolumeNodes(s));
    }

    /** After reset the source gives the same readings as a new one. */
    @Test
    void resetForgetsEverything() throws Exception {
        List<Tick> ticks = ScenarioData.eurusd().subList(0, 40_000);
        StrategyConfig c = StrategyConfig.defaults();
        ProjectOrderFlowSource reused = new ProjectOrderFlowSource(c);
        run(reused, ticks.subList(20_000, 40_000), c);
        reused.reset();
        List<String> again = run(reused, ticks, c);
        List<String> fresh = run(new ProjectOrderFlowSource(c), ticks, c);
        assertEquals(fresh, again);
    }

    private static List<String> run(ProjectOrderFlowSource source, List<Tick> ticks, StrategyConfig c) {
        List<String> out = new ArrayList<>();
        TimeBarAggregator agg = new TimeBarAggregator(BarClock.fixed(c.barPeriodMs()), false, bar -> {
            OrderFlowSnapshot s = new OrderFlowSnapshot();
            source.onBar(bar, s);
            source.fillHighVolumeNodes(s);
            out.add(s + " " + s.pocPoints + " " + s.valPoints + " " + s.vahPoints + " "
                    + Arrays.toString(Arrays.copyOf(s.hvnAbove, s.hvnAboveCount))
                    + Arrays.toString(Arrays.copyOf(s.hvnBelow, s.hvnBelowCount)) + " " + s.zoneAboveLow + " "
                    + s.zoneAboveHigh + " " + s.zoneBelowLow + " " + s.zoneBelowHigh);
        });
        for (Tick t : ticks) {
            agg.onTick(t);
            source.onTick(t);
        }
        return out;
    }
}
