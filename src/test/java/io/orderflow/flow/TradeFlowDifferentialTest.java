package io.orderflow.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.orderflow.flow.ReferenceTradeFlow.Bar;
import io.orderflow.flow.ReferenceTradeFlow.Config;
import io.orderflow.flow.ReferenceTradeFlow.Event;
import io.orderflow.flow.ReferenceTradeFlow.Print;
import io.orderflow.flow.ReferenceTradeFlow.Quote;
import io.orderflow.flow.ReferenceTradeFlow.Result;
import io.orderflow.market.BarClock;
import io.orderflow.market.SessionAnchor;
import io.orderflow.profile.NakedPocs;
import io.orderflow.profile.ValueArea;
import io.orderflow.profile.ValueAreaMethod;
import io.orderflow.testing.Seeds;

/**
 * Differential tests: the streaming {@link TradeFlow} (classification, delta, cumulative delta,
 * footprint, imbalances, zones, session profile, naked POCs, divergence) against
 * {@link ReferenceTradeFlow}, which recomputes everything from the full event list — on real
 * Dukascopy EURUSD and GBPJPY ticks and on seeded random quote and trade streams.
 */
@Tag("slow")
class TradeFlowDifferentialTest {
    private static final double EPS = 1e-9;

    // ------------------------------------------------------------------ real data

    @Test
    void eurusdTwoDaysMatchReferenceForEveryQuoteMethod() throws Exception {
        List<Quote> q = RealTicks.load("EURUSD", "2019-02-04", "2019-02-06");
        assertEquals(266_219, q.size(), "EURUSD ticks on 2019-02-04/05");
        runQuotes(q, config(AggressorMethod.MID_TICK_RULE, VolumeProxy.TICK_COUNT, QuotePrice.AGGRESSOR_SIDE, 10,
                ValueAreaMethod.ONE_ROW, 5 * 60_000), "EURUSD mid tick rule x tick count");
        runQuotes(q, config(AggressorMethod.QUOTE_CHANGE, VolumeProxy.QUOTED_SIZE_CHANGE, QuotePrice.BID, 10,
                ValueAreaMethod.TWO_ROWS, 5 * 60_000), "EURUSD quote change x size change");
        runQuotes(q, config(AggressorMethod.BVC, VolumeProxy.TOP_OF_BOOK_SIZE, QuotePrice.MID, 5,
                ValueAreaMethod.ONE_ROW, 60_000), "EURUSD BVC x top of book (1-minute bars)");
    }

    @Test
    void gbpjpyTwoWeeksMatchReference() throws Exception {
        List<Quote> q = RealTicks.load("GBPJPY", "2012-12-02", "2012-12-17");
        assertEquals(617_592, q.size(), "GBPJPY ticks 2012-12-02..16");
        runQuotes(q, config(AggressorMethod.MID_TICK_RULE, VolumeProxy.TOP_OF_BOOK_SIZE, QuotePrice.AGGRESSOR_SIDE, 10,
                ValueAreaMethod.ONE_ROW, 15 * 60_000), "GBPJPY mid tick rule x top of book");
        runQuotes(q, config(AggressorMethod.QUOTE_CHANGE, VolumeProxy.TICK_COUNT, QuotePrice.MID, 20,
                ValueAreaMethod.TWO_ROWS, 15 * 60_000), "GBPJPY quote change x tick count");
    }

    // ------------------------------------------------------------------ random streams

    @Test
    void randomQuoteStreamsMatchReferenceForEveryMethodProxyAndPrice() {
        long seed0 = 20190204L;
        for (int k = 0; k < 36; k++) {
            long seed = seed0 + k;
            Random r = Seeds.random(seed);
            List<Quote> q = randomQuotes(r, 3000 + r.nextInt(3000));
            AggressorMethod m = new AggressorMethod[] {AggressorMethod.MID_TICK_RULE, AggressorMethod.QUOTE_CHANGE,
                    AggressorMethod.BVC}[k % 3];
            VolumeProxy p = new VolumeProxy[] {VolumeProxy.TICK_COUNT, VolumeProxy.QUOTED_SIZE_CHANGE,
                    VolumeProxy.TOP_OF_BOOK_SIZE}[(k / 3) % 3];
            QuotePrice qp = QuotePrice.values()[(k / 9) % 4];
            Config c = new Config(m, p, qp, k % 2 == 0 ? SessionAnchor.FX_NEW_YORK : null,
                    FootprintSettings.rows(1 + r.nextInt(3)).withImbalanceRatio(1.5 + r.nextInt(3))
                            .withIgnoreZeros(r.nextBoolean()).withMinImbalanceVolume(r.nextInt(2))
                            .withStackedRows(2 + r.nextInt(2)),
                    SessionAnchor.UTC_MIDNIGHT, 1 + r.nextInt(3), 0.5 + 0.4 * r.nextDouble(),
                    r.nextBoolean() ? ValueAreaMethod.ONE_ROW : ValueAreaMethod.TWO_ROWS, 1 + r.nextInt(8),
                    2 + r.nextInt(20), (1 + r.nextInt(10)) * 60_000L);
            try {
                runQuotes(q, c, "random quotes seed " + seed);
            } catch (AssertionError e) {
                throw new AssertionError("seed " + seed + " (" + m + ", " + p + ", " + qp + "): " + e.getMessage(), e);
            }
        }
    }

    @Test
    void randomTradeStreamsMatchReferenceForEveryRule() {
        long seed0 = 20240808L;
        AggressorMethod[] methods = {AggressorMethod.TICK_RULE, AggressorMethod.QUOTE_RULE, AggressorMethod.LEE_READY,
                AggressorMethod.EMO, AggressorMethod.TRUE_SIDE, AggressorMethod.BVC};
        for (int k = 0; k < 24; k++) {
            long seed = seed0 + k;
            Random r = Seeds.random(seed);
            List<Print> trades = randomTrades(r, 2000 + r.nextInt(3000));
            AggressorMethod m = methods[k % methods.length];
            VolumeProxy p = k % 4 < 2 ? VolumeProxy.TRADED_SIZE : VolumeProxy.TICK_COUNT;
            Config c = new Config(m, p, QuotePrice.AGGRESSOR_SIDE, k % 3 == 0 ? null : SessionAnchor.UTC_MIDNIGHT,
                    FootprintSettings.rows(1 + r.nextInt(4)).withImbalanceRatio(1 + 3 * r.nextDouble())
                            .withIgnoreZeros(r.nextBoolean()),
                    SessionAnchor.FX_NEW_YORK, 1 + r.nextInt(4), 0.7, ValueAreaMethod.values()[k % 2], 5,
                    2 + r.nextInt(10), (1 + r.nextInt(5)) * 60_000L);
            try {
                runTrades(trades, c, "random trades seed " + seed);
            } catch (AssertionError e) {
                throw new AssertionError("seed " + seed + " (" + m + ", " + p + "): " + e.getMessage(), e);
            }
        }
    }

    // ------------------------------------------------------------------ drivers

    private static Config config(AggressorMethod m, VolumeProxy p, QuotePrice qp, long rowPoints,
                                 ValueAreaMethod vam, long barMs) {
        return new Config(m, p, qp, SessionAnchor.FX_NEW_YORK, FootprintSettings.rows(rowPoints),
                SessionAnchor.FX_NEW_YORK, rowPoints, 0.70, vam, 20, 100, barMs);
    }

    private static TradeFlow.Builder builder(TradeFlow.Builder b, Config c) {
        return b.quotePrice(c.quotePrice())
                .deltaReset(c.cdAnchor() == null ? DeltaReset.NEVER : DeltaReset.at(c.cdAnchor()))
                .footprint(c.footprint()).zoneCapacity(1_000_000).sessionProfile(c.profileAnchor())
                .profileRowPoints(c.profileRowPoints()).valueArea(c.vaShare(), c.vaMethod())
                .divergenceLookback(c.divergenceLookback()).bvc(c.bvcWindow(), 0);
    }

    private static void runQuotes(List<Quote> q, Config c, String what) {
        List<FlowBar> bars = new ArrayList<>();
        TradeFlow flow = builder(TradeFlow.forQuotes(c.method(), c.proxy(), c.footprint().rowPoints()), c)
                .timeBars(BarClock.fixed(c.barMs()), bars::add).build();
        List<Event> expectedEvents = ReferenceTradeFlow.quoteEvents(q, c);
        for (int i = 0; i < q.size(); i++) {
            Quote x = q.get(i);
            flow.onQuote(x.t(), x.ask(), x.bid(), x.askSize(), x.bidSize());
            checkEvent(flow, expectedEvents.get(i), what + " event " + i);
        }
        flow.flush();
        compare(ReferenceTradeFlow.compute(expectedEvents, c), flow, bars, c, what);
    }

    private static void runTrades(List<Print> trades, Config c, String what) {
        List<FlowBar> bars = new ArrayList<>();
        TradeFlow flow = builder(TradeFlow.forTrades(c.method(), c.proxy(), c.footprint().rowPoints()), c)
                .timeBars(BarClock.fixed(c.barMs()), bars::add).build();
        List<Event> expectedEvents = ReferenceTradeFlow.tradeEvents(trades, c);
        for (int i = 0; i < trades.size(); i++) {
            Print x = trades.get(i);
            if (x.bid() != TradeClassifier.NO_QUOTE) flow.onQuote(x.t(), x.ask(), x.bid(), 1, 1);
            flow.onTrade(x.t(), x.price(), x.size(), x.trueSide());
            checkEvent(flow, expectedEvents.get(i), what + " trade " + i);
        }
        flow.flush();
        compare(ReferenceTradeFlow.compute(expectedEvents, c), flow, bars, c, what);
    }

    private static void checkEvent(TradeFlow flow, Event e, String at) {
        if (flow.lastSide() != e.side() || flow.lastPrice() != e.price() || flow.lastVolume() != e.volume()) {
            fail(at + ": streaming side/price/volume " + flow.lastSide() + "/" + flow.lastPrice() + "/"
                    + flow.lastVolume() + ", reference " + e);
        }
    }

    private static void close(double expected, double actual, String what) {
        double tol = EPS * Math.max(1, Math.abs(expected));
        if (!(Math.abs(expected - actual) <= tol)) fail(what + ": expected " + expected + " but was " + actual);
    }

    private static void compare(Result ref, TradeFlow flow, List<FlowBar> bars, Config c, String what) {
        assertEquals(ref.bars().size(), bars.size(), what + ": bar count");
        int imbalances = 0;
        int zones = 0;
        int divergences = 0;
        for (int i = 0; i < bars.size(); i++) {
            Bar e = ref.bars().get(i);
            FlowBar fb = bars.get(i);
            DeltaBar a = fb.delta();
            String at = what + " bar " + i + " @" + e.start();
            assertEquals(e.start(), a.startMs(), at + " start");
            assertEquals(e.end(), a.endMs(), at + " end");
            assertEquals(e.events(), a.events(), at + " events");
            assertEquals(e.open(), a.open(), at + " open");
            assertEquals(e.high(), a.high(), at + " high");
            assertEquals(e.low(), a.low(), at + " low");
            assertEquals(e.close(), a.close(), at + " close");
            close(e.buy(), a.buyVolume(), at + " buy");
            close(e.sell(), a.sellVolume(), at + " sell");
            close(e.unclassified(), a.unclassifiedVolume(), at + " unclassified");
            close(e.maxDelta(), a.maxDelta(), at + " max delta");
            close(e.minDelta(), a.minDelta(), at + " min delta");
            close(e.cd(), a.cumulativeDelta(), at + " cumulative delta");
            close(e.cdHigh(), a.cumulativeDeltaHigh(), at + " cumulative delta high");
            close(e.cdLow(), a.cumulativeDeltaLow(), at + " cumulative delta low");
            assertEquals(e.anchored(), a.isCumulativeDeltaAnchored(), at + " anchored");
            assertEquals(c.method(), a.method(), at + " provenance method");
            assertEquals(c.proxy(), a.proxy(), at + " provenance proxy");
            assertEquals(e.divergence(), fb.divergence(), at + " divergence");
            if (e.divergence() != 0) divergences++;

            FootprintBar f = fb.footprint();
            ReferenceTradeFlow.Footprint rf = e.footprint();
            assertEquals(rf.rows().length, f.rowCount(), at + " footprint rows");
            for (int k = 0; k < f.rowCount(); k++) {
                String row = at + " row " + k;
                assertEquals(rf.rows()[k] * c.footprint().rowPoints(), f.rowPrice(k), row + " price");
                close(rf.buy()[k], f.buyVolume(k), row + " buy");
                close(rf.sell()[k], f.sellVolume(k), row + " sell");
                close(rf.total()[k], f.totalVolume(k), row + " total");
                assertEquals(rf.buyImb()[k], f.isBuyImbalance(k), row + " buy imbalance");
                assertEquals(rf.sellImb()[k], f.isSellImbalance(k), row + " sell imbalance");
                if (rf.buyImb()[k] || rf.sellImb()[k]) imbalances++;
            }
            assertEquals(rf.zones().size(), f.zoneCount(), at + " zones formed");
            for (int k = 0; k < f.zoneCount(); k++) {
                ReferenceTradeFlow.Zone z = rf.zones().get(k);
                ImbalanceZone y = f.zone(k);
                assertEquals(z.kind(), y.kind(), at + " zone kind");
                assertEquals(z.low(), y.lowPrice(), at + " zone low");
                assertEquals(z.highEdge(), y.highEdge(), at + " zone top");
                assertEquals(z.rows(), y.rows(), at + " zone rows");
                assertEquals(z.createdMs(), y.createdMs(), at + " zone time");
                zones++;
            }
            assertEquals(rf.poc(), f.pocPrice(), at + " footprint POC");
            assertEquals(rf.absHigh(), f.absorptionAtHigh(), at + " absorption at high");
            assertEquals(rf.absLow(), f.absorptionAtLow(), at + " absorption at low");
            assertEquals(rf.exHigh(), f.exhaustionAtHigh(), at + " exhaustion at high");
            assertEquals(rf.exLow(), f.exhaustionAtLow(), at + " exhaustion at low");

            ReferenceTradeFlow.ValueArea rva = e.va();
            ValueArea va = fb.valueArea();
            if (rva == null) {
                assertNull(va, at + " value area");
            } else {
                assertNotNull(va, at + " value area");
                assertEquals(rva.poc(), va.pocPrice(), at + " developing POC");
                assertEquals(rva.poc(), fb.pocPrice(), at + " developing POC (bar)");
                assertEquals(rva.val(), va.lowPrice(), at + " developing VAL");
                assertEquals(rva.vah(), va.highPrice(), at + " developing VAH");
                close(rva.volume(), va.volume(), at + " value-area volume");
                close(rva.total(), va.totalVolume(), at + " profile volume");
            }
        }
        // live zones at the end
        List<ImbalanceZone> alive = flow.zones().alive();
        List<ReferenceTradeFlow.Zone> refAlive = new ArrayList<>(ref.aliveZones());
        assertEquals(refAlive.size(), alive.size(), what + ": zones alive at the end");
        for (ImbalanceZone z : alive) {
            boolean found = refAlive.removeIf(r -> r.kind() == z.kind() && r.low() == z.lowPrice()
                    && r.highEdge() == z.highEdge() && r.createdMs() == z.createdMs());
            assertTrue(found, what + ": unexpected live zone " + z);
        }
        // naked POCs at the end
        NakedPocs naked = flow.profile().nakedPocs();
        assertEquals(ref.nakedPocs().size(), naked.size(), what + ": naked POCs at the end");
        for (int i = 0; i < naked.size(); i++) {
            assertEquals(ref.nakedPocs().get(i)[0], naked.price(i), what + ": naked POC " + i + " price");
            assertEquals(ref.nakedPocs().get(i)[1], naked.sessionStartMs(i), what + ": naked POC " + i + " session");
        }
        System.out.printf("%s: %d events, %d bars, %d imbalance rows, %d zones formed, %d alive, %d naked POCs, "
                + "%d divergences — all equal to the reference%n", what, ref.events().size(), bars.size(), imbalances,
                zones, alive.size(), naked.size(), divergences);
    }

    // ------------------------------------------------------------------ random data

    /** A random FX-like quote stream over about three days (crosses FX and UTC session boundaries). */
    static List<Quote> randomQuotes(Random r, int n) {
        List<Quote> out = new ArrayList<>(n);
        long t = RealTicks.utc("2019-02-04") + r.nextInt(20) * 3_600_000L;
        long stepMs = 3 * 86_400_000L / n * 2;
        long bid = 114_500 + r.nextInt(100);
        long spread = 1 + r.nextInt(3);
        double bidSize = 1;
        double askSize = 1;
        for (int i = 0; i < n; i++) {
            t += r.nextInt((int) stepMs + 1);
            int what = r.nextInt(10);
            if (what < 4) {
                bid += r.nextInt(5) - 2;
            } else if (what < 6) {
                spread = 1 + r.nextInt(4);
            } else if (what < 7) {
                bid += r.nextInt(3) - 1;
                spread = 1 + r.nextInt(4);
            }
            if (r.nextInt(3) > 0) bidSize = 0.25 * (1 + r.nextInt(12));
            if (r.nextInt(3) > 0) askSize = 0.25 * (1 + r.nextInt(12));
            out.add(new Quote(t, bid + spread, bid, askSize, bidSize));
        }
        return out;
    }

    /** Random trades with prevailing quotes: at the bid, ask, mid, inside, outside, sometimes without a quote. */
    static List<Print> randomTrades(Random r, int n) {
        List<Print> out = new ArrayList<>(n);
        long t = RealTicks.utc("2024-08-08") + r.nextInt(24) * 3_600_000L;
        long bid = 6_183_700 + r.nextInt(1000);
        long lastBid = TradeClassifier.NO_QUOTE;
        long lastAsk = TradeClassifier.NO_QUOTE;
        for (int i = 0; i < n; i++) {
            t += r.nextInt(120_000);
            if (r.nextInt(3) == 0) bid += r.nextInt(7) - 3;
            long spread = 1 + r.nextInt(4);
            long ask = bid + spread;
            int where = r.nextInt(8);
            long price = switch (where) {
                case 0, 1, 2 -> ask;
                case 3, 4 -> bid;
                case 5 -> spread % 2 == 0 ? bid + spread / 2 : ask;
                case 6 -> bid + r.nextInt((int) spread + 1);
                default -> r.nextBoolean() ? ask + 1 + r.nextInt(3) : bid - 1 - r.nextInt(3);
            };
            // the first trades come before any quote; later, sometimes the quote is stale (not updated)
            boolean quoted = i > 10 && r.nextInt(20) != 0;
            if (quoted) {
                lastBid = bid;
                lastAsk = ask;
            }
            int side = r.nextInt(10) == 0 ? 0 : (price >= ask ? (r.nextInt(5) == 0 ? -1 : 1) : (r.nextInt(5) == 0 ? 1 : -1));
            out.add(new Print(t, price, 0.001 * (1 + r.nextInt(5000)), side, lastBid, lastAsk));
        }
        return out;
    }
}
