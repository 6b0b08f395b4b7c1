package io.orderflow.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.orderflow.execution.CloseReason;
import io.orderflow.execution.ExecutionPort;
import io.orderflow.execution.OrderIntent;
import io.orderflow.execution.TradeSide;
import io.orderflow.market.Tick;
import io.orderflow.strategy.config.StrategyConfig;
import io.orderflow.strategy.stats.SignalListener;
import io.orderflow.strategy.stats.SignalRecord;
import io.orderflow.strategy.stats.SkipReason;

/**
 * The engine stays consistent whatever the broker does: rejections, late or early fills, closes it
 * did not ask for, unknown labels, rejected exits. Driven by a scripted price path whose EMA crosses
 * are known: ten falling one-minute bars then a jump gives a long signal, decided on the next tick.
 */
class StrategyEngineExecutionTest {
    static final long T0 = 1_549_270_800_000L; // Monday 2019-02-04 09:00 UTC

    /** A broker that only records; the test answers for it. */
    static final class Recorder implements ExecutionPort {
        final List<OrderIntent> intents = new ArrayList<>();

        @Override
        public void submit(OrderIntent intent) {
            intents.add(intent);
        }

        List<OrderIntent> of(OrderIntent.Kind kind) {
            List<OrderIntent> out = new ArrayList<>();
            for (OrderIntent i : intents) if (i.kind() == kind) out.add(i);
            return out;
        }

        OrderIntent last() {
            return intents.get(intents.size() - 1);
        }
    }

    static StrategyConfig.Builder baseConfig() {
        return StrategyConfig.builder().set("bars.periodSeconds", 60).set("trend.emaFast", 2).set("trend.emaSlow", 4)
                .set("trend.adxMin", 0.0).set("trend.orderFlowConfirmation", false).set("reversion.enabled", false)
                .set("ta.warmupBars", 0).set("risk.maxTickAgeSeconds", 0).set("risk.maxSpreadPips", 0.0)
                .set("session.flatAtWeeklyClose", false).set("risk.noEntryMinutesBeforeWeeklyClose", 0);
    }

    /** Engine + recorder + a clock that emits six ticks per one-minute bar. */
    static final class Harness {
        final Recorder port = new Recorder();
        final StrategyEngine engine;
        final List<SignalRecord> signals = new ArrayList<>();
        final Tick tick = new Tick(1);
        long time = T0;
        long bid = 114_000;

        Harness(StrategyConfig c) {
            this(c, null);
        }

        Harness(StrategyConfig c, ExecutionPort port) {
            engine = new StrategyEngine(c, port == null ? this.port : port);
            engine.setSignalListener(new SignalListener() {
                @Override
                public void onSignal(SignalRecord r) {
                    signals.add(r);
                }
            });
        }

        void tickAt(long bidPoints) {
            bid = bidPoints;
            engine.onTick(tick.set(time, bidPoints + 2, bidPoints, 1.5, 1.5));
            time += 10_000;
        }

        /** One bar: six ticks around a move from the current bid to {@code close}. */
        void bar(long close) {
            long open = bid;
            long[] path = {open, open + 3, open - 3, (open + close) / 2, close + 1, close};
            for (long p : path) tickAt(p);
        }

        /** Ten falling bars, then a jump: the fast EMA crosses above the slow one; the next tick decides. */
        void longSignal() {
            for (int i = 0; i < 10; i++) bar(bid - 8);
            bar(bid + 120);
            tickAt(bid);
        }

        void fillLast() {
            OrderIntent e = port.last();
            engine.onFilled(e.label(), time, bid + 2, e.amount());
        }
    }

    @Test
    void aCrossProducesOneEnterWithStopTargetAndSize() {
        Harness h = new Harness(baseConfig().build());
        h.longSignal();
        List<OrderIntent> enters = h.port.of(OrderIntent.Kind.ENTER);
        assertEquals(1, enters.size());
        OrderIntent e = enters.get(0);
        assertEquals(TradeSide.LONG, e.side());
        assertTrue(e.stopPoints() < h.bid && e.targetPoints() > h.bid + 2, e.toString());
        assertTrue(e.label().startsWith("OF_EURUSD_"), e.label());
        long risk = h.bid + 2 - e.stopPoints();
        assertEquals(e.targetPoints() - (h.bid + 2), 2 * risk, 1); // 2R
        double budget = 0.005 * 100_000;
        assertTrue(e.amount() * 1e6 * risk * 1e-5 <= budget + 1e-9, e.toString());
        assertTrue((e.amount() + 0.001) * 1e6 * risk * 1e-5 > budget, e.toString());
        assertEquals(Position.State.PENDING_ENTRY, h.engine.positions().find(e.label()).state());
    }

    @Test
    void aPendingEntryCountsAgainstThePositionLimit() {
        Harness h = new Harness(baseConfig().build());
        h.longSignal();
        h.longSignal();
        assertEquals(1, h.port.of(OrderIntent.Kind.ENTER).size());
        assertEquals(3, h.signals.size(), "long, then a short cross on the way down, then long again");
        assertEquals(TradeSide.SHORT, h.signals.get(1).side);
        assertEquals(SkipReason.MAX_POSITIONS, h.signals.get(1).skipReason);
        assertEquals(SkipReason.MAX_POSITIONS, h.signals.get(2).skipReason);
    }

    @Test
    void aRejectedEntryFreesItsSlot() {
        Harness h = new Harness(baseConfig().build());
        h.longSignal();
        OrderIntent e = h.port.last();
        h.engine.onRejected(e.label(), h.time, OrderIntent.Kind.ENTER, "no margin");
        assertEquals(0, h.engine.positions().inUse());
        assertEquals(SkipReason.REJECTED, h.signals.get(0).skipReason);
        h.longSignal();
        assertEquals(2, h.port.of(OrderIntent.Kind.ENTER).size());
        assertEquals(1, h.engine.stats().decisions(io.orderflow.strategy.setup.SetupKind.TREND, SkipReason.REJECTED));
    }

    @Test
    void aCloseTheStrategyDidNotAskForReleasesThePositionAndIsCounted() {
        Harness h = new Harness(baseConfig().build());
        h.longSignal();
        h.fillLast();
        OrderIntent e = h.port.last();
        assertEquals(Position.State.OPEN, h.engine.positions().find(e.label()).state());
        h.engine.onClosed(e.label(), h.time, h.bid + 50, CloseReason.EXTERNAL, 123.0);
        assertEquals(0, h.engine.positions().inUse());
        assertEquals(100_123.0, h.engine.balance(), 1e-9);
        SignalRecord r = h.signals.get(0);
        assertTrue(r.tradeClosed);
        assertEquals(CloseReason.EXTERNAL, r.closeReason);
        assertEquals(1, h.engine.stats().trades(io.orderflow.strategy.setup.SetupKind.TREND, false).count());
    }

    @Test
    void eventsForUnknownLabelsAreIgnored() {
        Harness h = new Harness(baseConfig().build());
        h.engine.onFilled("OTHER_1", 0, 1, 0.1);
        h.engine.onClosed("OTHER_1", 0, 1, CloseReason.TAKE_PROFIT, 5);
        h.engine.onRejected("OTHER_1", 0, OrderIntent.Kind.EXIT, "x");
        h.engine.onModified("OTHER_1", 0, 1, 2);
        assertEquals(4, h.engine.unknownExecutionEvents());
        assertEquals(100_000, h.engine.balance(), 0);
        h.longSignal();
        h.fillLast();
        h.fillLast(); // a second fill for the same label
        assertEquals(5, h.engine.unknownExecutionEvents());
    }

    @Test
    void aFillArrivingAfterTheDailyStopIsClosedAtOnce() {
        Harness h = new Harness(baseConfig().build());
        h.longSignal();
        OrderIntent e = h.port.last();
        h.engine.setBalance(97_000); // the host reports a 3% loss: the 2% daily limit trips on the next tick
        h.tickAt(h.bid);
        assertTrue(h.engine.isHalted());
        h.engine.onFilled(e.label(), h.time, h.bid + 2, e.amount());
        OrderIntent exit = h.port.last();
        assertEquals(OrderIntent.Kind.EXIT, exit.kind());
        assertEquals(e.label(), exit.label());
        assertEquals(1, h.engine.lateFillsExited());
        h.longSignal();
        assertEquals(1, h.port.of(OrderIntent.Kind.ENTER).size(), "no entries for the rest of the day");
        assertEquals(SkipReason.DAILY_LOSS_LIMIT, h.signals.get(h.signals.size() - 1).skipReason);
    }

    @Test
    void theDailyLossLimitFlattensOpenPositionsAndTheNextDayTradesAgain() {
        Harness h = new Harness(baseConfig().set("risk.maxAmount", 100.0).set("risk.riskPercent", 5.0)
                .set("risk.maxTotalRiskPercent", 10.0).build());
        h.longSignal();
        h.fillLast();
        OrderIntent e = h.port.of(OrderIntent.Kind.ENTER).get(0);
        long fill = h.bid + 2;
        // loss of 2% of 100,000 = 2,000 USD = amount x 1e6 x points x 1e-5
        long pointsFor2Pct = (long) Math.ceil(2_000 / (e.amount() * 10));
        assertTrue(fill - pointsFor2Pct > e.stopPoints(), "the limit comes before the stop");
        h.tickAt(fill - pointsFor2Pct + 1);
        assertFalse(h.engine.isHalted());
        h.tickAt(fill - pointsFor2Pct - 1);
        assertTrue(h.engine.isHalted());
        assertEquals(OrderIntent.Kind.EXIT, h.port.last().kind());
        int before = h.port.intents.size();
        h.tickAt(h.bid);
        assertEquals(before, h.port.intents.size(), "one EXIT, not one per tick");
        // next FX day: 2019-02-05 starts at 22:00 UTC on the 4th
        h.time = 1_549_317_600_000L;
        h.engine.onClosed(e.label(), h.time, h.bid, CloseReason.REQUESTED, -2_050);
        h.tickAt(h.bid);
        assertFalse(h.engine.isHalted());
        h.longSignal();
        assertEquals(2, h.port.of(OrderIntent.Kind.ENTER).size());
    }

    @Test
    void aRejectedExitIsRetriedAfterAPause() {
        Harness h = new Harness(baseConfig().set("exits.maxBarsInTrade", 1).build());
        h.longSignal();
        h.fillLast();
        OrderIntent e = h.port.last();
        h.bar(h.bid); // one bar held: the time stop asks for the exit at the close
        OrderIntent exit = h.port.last();
        assertEquals(OrderIntent.Kind.EXIT, exit.kind());
        h.engine.onRejected(e.label(), h.time, OrderIntent.Kind.EXIT, "market closed");
        assertEquals(Position.State.OPEN, h.engine.positions().find(e.label()).state());
        int n = h.port.intents.size();
        h.bar(h.bid); // 60 s later: the time stop fires again, the pause (5 s) is over
        assertEquals(n + 1, h.port.intents.size());
        assertEquals(OrderIntent.Kind.EXIT, h.port.last().kind());
    }

    @Test
    void breakEvenMovesTheStopOnceConfirmed() {
        Harness h = new Harness(baseConfig().set("exits.breakEvenAtR", 1.0).build());
        h.longSignal();
        h.fillLast();
        OrderIntent e = h.port.of(OrderIntent.Kind.ENTER).get(0);
        long fill = h.bid + 2;
        long risk = fill - e.stopPoints();
        h.bar(fill + risk + 5);
        OrderIntent m = h.port.last();
        assertEquals(OrderIntent.Kind.MODIFY, m.kind());
        assertEquals(fill, m.stopPoints());
        assertEquals(e.targetPoints(), m.targetPoints());
        h.bar(fill + risk + 10);
        assertEquals(1, h.port.of(OrderIntent.Kind.MODIFY).size(), "not resent while pending");
        h.engine.onModified(e.label(), h.time, fill, e.targetPoints());
        h.bar(fill + risk + 20);
        assertEquals(1, h.port.of(OrderIntent.Kind.MODIFY).size(), "done");
        assertEquals(fill, h.engine.positions().find(e.label()).stopPoints());
    }

    @Test
    void aBrokerAnsweringInsideSubmitIsHandled() {
        final StrategyEngine[] ref = new StrategyEngine[1];
        final List<OrderIntent> seen = new ArrayList<>();
        ExecutionPort sync = intent -> {
            seen.add(intent);
            if (intent.kind() == OrderIntent.Kind.ENTER) ref[0].onFilled(intent.label(), 0, 114_000, intent.amount());
        };
        Harness h = new Harness(baseConfig().build(), sync);
        ref[0] = h.engine;
        h.longSignal();
        assertEquals(1, seen.size());
        Position p = h.engine.positions().find(seen.get(0).label());
        assertNotNull(p);
        assertEquals(Position.State.OPEN, p.state());
    }

    @Test
    void staleDataAndWideSpreadsBlockEntries() {
        Harness stale = new Harness(baseConfig().set("risk.maxTickAgeSeconds", 30).build());
        for (int i = 0; i < 10; i++) stale.bar(stale.bid - 8);
        stale.bar(stale.bid + 120);
        stale.time += 120_000; // two minutes without a tick
        stale.tickAt(stale.bid);
        assertEquals(0, stale.port.intents.size());
        assertEquals(SkipReason.STALE_DATA, stale.signals.get(0).skipReason);

        Harness wide = new Harness(baseConfig().set("risk.maxSpreadPips", 1.5).build());
        for (int i = 0; i < 10; i++) wide.bar(wide.bid - 8);
        wide.bar(wide.bid + 120);
        wide.engine.onTick(wide.tick.set(wide.time, wide.bid + 16, wide.bid, 1, 1)); // 1.6 pips
        assertEquals(0, wide.port.intents.size());
        assertEquals(SkipReason.SPREAD, wide.signals.get(0).skipReason);
    }

    @Test
    void aQuietMarketClosesTheBarOnTheTimer() {
        Harness h = new Harness(baseConfig().build());
        for (int i = 0; i < 10; i++) h.bar(h.bid - 8);
        h.bar(h.bid + 120);
        assertEquals(0, h.port.intents.size());
        long barsBefore = h.engine.barsClosed();
        h.engine.onTime(h.time + 5_000);
        assertEquals(barsBefore + 1, h.engine.barsClosed());
        assertEquals(1, h.port.of(OrderIntent.Kind.ENTER).size());
        // a tick stamped inside the bar already closed is ignored rather than reopening it
        h.engine.onTick(h.tick.set(h.time - 20_000, h.bid + 2, h.bid, 1, 1));
        assertEquals(1, h.engine.ticksOutOfOrder());
    }
}
