package io.orderflow.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.orderflow.data.DirectoryBi5Source;
import io.orderflow.data.DukascopyTickStream;
import io.orderflow.data.ProblemLog;
import io.orderflow.market.BarClock;
import io.orderflow.market.Instruments;
import io.orderflow.market.SessionAnchor;
import io.orderflow.testing.TestData;

/**
 * The batch entry point over a bar range (what a JForex indicator calls) gives exactly the
 * streaming results: one arithmetic behind both.
 */
class TradeFlowBatchTest {

    private static TradeFlow.Builder builder() {
        return TradeFlow.forQuotes(AggressorMethod.MID_TICK_RULE, VolumeProxy.TICK_COUNT, 10)
                .sessionProfile(SessionAnchor.FX_NEW_YORK).divergenceLookback(0);
    }

    private static void assertSameBar(FlowBar s, FlowBar b, String at) {
        DeltaBar x = s.delta();
        DeltaBar y = b.delta();
        assertEquals(x.startMs(), y.startMs(), at);
        assertEquals(x.endMs(), y.endMs(), at);
        assertEquals(x.events(), y.events(), at);
        assertEquals(x.open(), y.open(), at);
        assertEquals(x.high(), y.high(), at);
        assertEquals(x.low(), y.low(), at);
        assertEquals(x.close(), y.close(), at);
        assertEquals(x.buyVolume(), y.buyVolume(), 0.0, at);
        assertEquals(x.sellVolume(), y.sellVolume(), 0.0, at);
        assertEquals(x.maxDelta(), y.maxDelta(), 0.0, at);
        assertEquals(x.minDelta(), y.minDelta(), 0.0, at);
        assertEquals(x.cumulativeDelta(), y.cumulativeDelta(), 0.0, at);
        assertEquals(s.footprint().rowCount(), b.footprint().rowCount(), at);
        for (int i = 0; i < s.footprint().rowCount(); i++) {
            assertEquals(s.footprint().rowPrice(i), b.footprint().rowPrice(i), at);
            assertEquals(s.footprint().buyVolume(i), b.footprint().buyVolume(i), 0.0, at);
            assertEquals(s.footprint().sellVolume(i), b.footprint().sellVolume(i), 0.0, at);
            assertEquals(s.footprint().isBuyImbalance(i), b.footprint().isBuyImbalance(i), at);
        }
        assertEquals(s.pocPrice(), b.pocPrice(), at);
        assertEquals(s.valueArea().lowPrice(), b.valueArea().lowPrice(), at);
        assertEquals(s.valueArea().highPrice(), b.valueArea().highPrice(), at);
    }

    @Test
    void batchOverMinuteBarsEqualsStreamingOnARealDay() throws Exception {
        List<ReferenceTradeFlow.Quote> q = RealTicks.load("EURUSD", "2019-02-04", "2019-02-05");
        List<FlowBar> streamed = new ArrayList<>();
        TradeFlow s = builder().timeBars(BarClock.fixed(60_000), streamed::add).build();
        int n = q.size();
        long[] t = new long[n];
        long[] ask = new long[n];
        long[] bid = new long[n];
        double[] av = new double[n];
        double[] bv = new double[n];
        for (int i = 0; i < n; i++) {
            ReferenceTradeFlow.Quote x = q.get(i);
            s.onQuote(x.t(), x.ask(), x.bid(), x.askSize(), x.bidSize());
            t[i] = x.t();
            ask[i] = x.ask();
            bid[i] = x.bid();
            av[i] = x.askSize();
            bv[i] = x.bidSize();
        }
        s.flush();
        long day = RealTicks.utc("2019-02-04");
        long[] starts = new long[1440];
        long[] ends = new long[1440];
        for (int i = 0; i < 1440; i++) {
            starts[i] = day + i * 60_000L;
            ends[i] = starts[i] + 60_000L;
        }
        FlowBar[] fromArrays = builder().build().computeBars(starts, ends, 1440, t, ask, bid, av, bv, n);
        FlowBar[] fromCursor;
        try (DukascopyTickStream cursor = new DukascopyTickStream(new DirectoryBi5Source(TestData.dukascopyBi5()),
                Instruments.of("EURUSD"), day, day + 86_400_000L, ProblemLog.failing())) {
            fromCursor = builder().build().computeBars(starts, ends, 1440, cursor);
        }
        assertEquals(1440, streamed.size(), "every minute of the day has ticks");
        for (int i = 0; i < 1440; i++) {
            assertSameBar(streamed.get(i), fromArrays[i], "minute " + i + " (arrays)");
            assertSameBar(streamed.get(i), fromCursor[i], "minute " + i + " (cursor)");
        }
    }

    @Test
    void ticksOutsideTheBarsStillMoveCumulativeDeltaAndEmptyBarsAreReturned() {
        // ticks at 0..9 s, one per second, mid rising each tick after the first
        int n = 10;
        long[] t = new long[n];
        long[] ask = new long[n];
        long[] bid = new long[n];
        double[] sz = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = i * 1000L;
            bid[i] = 1000 + i;
            ask[i] = 1002 + i;
            sz[i] = 1;
        }
        TradeFlow f = TradeFlow.forQuotes(AggressorMethod.MID_TICK_RULE, VolumeProxy.TICK_COUNT, 1)
                .deltaReset(DeltaReset.NEVER).sessionProfile(null).build();
        // bars [2 s, 4 s), [6 s, 8 s) and an empty one [20 s, 30 s)
        FlowBar[] bars = f.computeBars(new long[] {2000, 6000, 20_000}, new long[] {4000, 8000, 30_000}, 3, t, ask, bid,
                sz, sz, n);
        assertEquals(2, bars[0].delta().buyVolume());        // ticks at 2 s and 3 s
        assertEquals(3, bars[0].delta().cumulativeDelta());  // ticks 1..3 were buys (tick 0 unclassified)
        assertEquals(2, bars[1].delta().events());
        assertEquals(7, bars[1].delta().cumulativeDelta());  // ticks 1..7
        assertEquals(0, bars[2].delta().events());
        assertEquals(9, bars[2].delta().cumulativeDelta());  // ticks 8, 9 outside every bar still count
        assertEquals(1009, bars[2].delta().close());         // empty bar: previous bar's close... of events in bars
        assertNull(bars[2].valueArea());
        assertEquals(0, bars[2].footprint().rowCount());
    }

    @Test
    void batchRejectsOverlappingBarsAndTimeBarFlows() {
        TradeFlow f = builder().build();
        long[] none = new long[0];
        assertThrows(IllegalArgumentException.class,
                () -> f.computeBars(new long[] {0, 5}, new long[] {10, 20}, 2, none, none, none, new double[0], new double[0], 0));
        TradeFlow timed = builder().timeBars(BarClock.fixed(60_000), b -> { }).build();
        assertThrows(IllegalStateException.class,
                () -> timed.computeBars(new long[] {0}, new long[] {10}, 1, none, none, none, new double[0], new double[0], 0));
        TradeFlow trades = TradeFlow.forTrades(AggressorMethod.LEE_READY, VolumeProxy.TRADED_SIZE, 1).build();
        assertThrows(IllegalStateException.class, () -> f.onTrade(0, 1, 1, 0));
        trades.onQuote(0, 101, 99, 1, 1);   // a quote is not a flow event for trade input
        assertEquals(0, trades.delta().events());
        trades.onTrade(1, 101, 2.5, 0);
        assertEquals(2.5, trades.delta().buyVolume());
    }
}
