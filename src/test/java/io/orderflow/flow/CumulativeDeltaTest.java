package io.orderflow.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.orderflow.market.BarClock;
import io.orderflow.market.SessionAnchor;

/**
 * Cumulative delta resets (FX day at 17:00 New York across DST, UTC day, never) and reference
 * §b.9 item 4: loading the same data from two different start points gives identical values after
 * the first reset point.
 */
class CumulativeDeltaTest {

    private static long at(String instant) {
        return Instant.parse(instant).toEpochMilli();
    }

    @Test
    void fxDayResetsAt2200UtcInWinterAnd2100UtcInSummer() {
        CumulativeDelta w = new CumulativeDelta(DeltaReset.FX_DAY);
        w.add(at("2019-02-04T21:59:59.999Z"), 5);
        assertEquals(5, w.value());
        assertFalse(w.isAnchored());
        w.add(at("2019-02-04T22:00:00Z"), -2);
        assertEquals(-2, w.value());
        assertTrue(w.isAnchored());
        assertEquals(at("2019-02-04T22:00:00Z"), w.sessionStartMs());

        CumulativeDelta s = new CumulativeDelta(DeltaReset.FX_DAY);
        s.add(at("2019-07-01T20:59:59Z"), 5);
        s.add(at("2019-07-01T21:00:00Z"), 1);
        assertEquals(1, s.value());
        assertEquals(1, s.resets());
    }

    @Test
    void utcDayAndNeverAndCustomAnchors() {
        CumulativeDelta u = new CumulativeDelta(DeltaReset.UTC_DAY);
        u.add(at("2019-02-04T23:59:00Z"), 5);
        u.add(at("2019-02-05T00:00:00Z"), 1);
        assertEquals(1, u.value());
        CumulativeDelta n = new CumulativeDelta(DeltaReset.NEVER);
        n.add(at("2019-02-04T23:59:00Z"), 5);
        n.add(at("2019-02-09T00:00:00Z"), 1);
        assertEquals(6, n.value());
        assertFalse(n.isAnchored());
        CumulativeDelta l = new CumulativeDelta(DeltaReset.parse("08:00@Europe/London"));
        l.add(at("2019-02-04T07:59:00Z"), 5);
        l.advanceTo(at("2019-02-04T08:00:00Z"));
        assertEquals(0, l.value());
        assertEquals(DeltaReset.NEVER, DeltaReset.parse("never"));
        assertEquals(DeltaReset.FX_DAY, DeltaReset.parse("fx"));
    }

    /** Bars of a run from {@code from}, keyed by bar start. */
    private static Map<Long, FlowBar> run(List<ReferenceTradeFlow.Quote> q, long from, DeltaReset reset,
                                          AggressorMethod m, VolumeProxy p) {
        Map<Long, FlowBar> out = new LinkedHashMap<>();
        TradeFlow flow = TradeFlow.forQuotes(m, p, 10).deltaReset(reset).sessionProfile(SessionAnchor.FX_NEW_YORK)
                .timeBars(BarClock.fixed(60_000), b -> out.put(b.startMs(), b)).build();
        for (ReferenceTradeFlow.Quote x : q) {
            if (x.t() >= from) flow.onQuote(x.t(), x.ask(), x.bid(), x.askSize(), x.bidSize());
        }
        flow.flush();
        return out;
    }

    @Test
    void loadingFromTwoStartPointsGivesIdenticalValuesAfterTheFirstReset() throws Exception {
        List<ReferenceTradeFlow.Quote> q = RealTicks.load("EURUSD", "2019-02-04", "2019-02-06");
        long early = at("2019-02-04T00:00:00Z");
        long late = at("2019-02-04T13:37:00Z");
        long reset = at("2019-02-04T22:00:00Z");
        for (AggressorMethod m : new AggressorMethod[] {AggressorMethod.MID_TICK_RULE, AggressorMethod.QUOTE_CHANGE}) {
            for (VolumeProxy p : new VolumeProxy[] {VolumeProxy.TICK_COUNT, VolumeProxy.QUOTED_SIZE_CHANGE}) {
                Map<Long, FlowBar> a = run(q, early, DeltaReset.FX_DAY, m, p);
                Map<Long, FlowBar> b = run(q, late, DeltaReset.FX_DAY, m, p);
                int compared = 0;
                int differedBefore = 0;
                for (Map.Entry<Long, FlowBar> e : b.entrySet()) {
                    FlowBar x = a.get(e.getKey());
                    FlowBar y = e.getValue();
                    if (e.getKey() >= reset) {
                        String at = m + "/" + p + " bar " + Instant.ofEpochMilli(e.getKey());
                        assertTrue(y.delta().isCumulativeDeltaAnchored(), at);
                        assertEquals(x.delta().cumulativeDelta(), y.delta().cumulativeDelta(), 0.0, at + " CD");
                        assertEquals(x.delta().cumulativeDeltaHigh(), y.delta().cumulativeDeltaHigh(), 0.0, at + " CD high");
                        assertEquals(x.delta().cumulativeDeltaLow(), y.delta().cumulativeDeltaLow(), 0.0, at + " CD low");
                        assertEquals(x.delta().delta(), y.delta().delta(), 0.0, at + " delta");
                        assertEquals(x.pocPrice(), y.pocPrice(), at + " developing POC");
                        assertEquals(x.valueArea().lowPrice(), y.valueArea().lowPrice(), at + " VAL");
                        assertEquals(x.valueArea().highPrice(), y.valueArea().highPrice(), at + " VAH");
                        compared++;
                    } else if (x.delta().cumulativeDelta() != y.delta().cumulativeDelta()) {
                        assertFalse(y.delta().isCumulativeDeltaAnchored());
                        differedBefore++;
                    }
                }
                System.out.printf("%s x %s: %d bars identical after the reset, %d differed before it%n", m, p,
                        compared, differedBefore);
                assertEquals(1560, compared, "minute bars from 22:00 UTC on 4 Feb to the end of 5 Feb");
                assertTrue(differedBefore > 400, "before the reset the loading start shows: " + differedBefore);
            }
        }
    }

    @Test
    void withoutResetsTheLoadingStartShowsForever() throws Exception {
        List<ReferenceTradeFlow.Quote> q = RealTicks.load("EURUSD", "2019-02-04", "2019-02-06");
        Map<Long, FlowBar> a = run(q, at("2019-02-04T00:00:00Z"), DeltaReset.NEVER, AggressorMethod.MID_TICK_RULE,
                VolumeProxy.TICK_COUNT);
        Map<Long, FlowBar> b = run(q, at("2019-02-04T13:37:00Z"), DeltaReset.NEVER, AggressorMethod.MID_TICK_RULE,
                VolumeProxy.TICK_COUNT);
        long lastBar = new ArrayList<>(b.keySet()).get(b.size() - 1);
        assertNotEquals(a.get(lastBar).delta().cumulativeDelta(), b.get(lastBar).delta().cumulativeDelta());
        assertFalse(b.get(lastBar).delta().isCumulativeDeltaAnchored());
        // but the per-bar deltas agree once the classifier state has converged
        assertEquals(a.get(lastBar).delta().delta(), b.get(lastBar).delta().delta(), 0.0);
    }
}
