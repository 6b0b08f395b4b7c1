package io.orderflow.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.orderflow.execution.CloseReason;
import io.orderflow.execution.ExecutionPort;
import io.orderflow.execution.EntryTags;
import io.orderflow.execution.OrderIntent;
import io.orderflow.execution.TradeSide;
import io.orderflow.market.InstrumentSpec;
import io.orderflow.strategy.config.StrategyConfig;
import io.orderflow.strategy.risk.PositionSizer;
import io.orderflow.strategy.risk.QuoteToAccountRate;
import io.orderflow.strategy.setup.SetupKind;
import io.orderflow.strategy.stats.ConfirmationStats;
import io.orderflow.strategy.stats.SignalListener;
import io.orderflow.strategy.stats.SignalRecord;
import io.orderflow.strategy.stats.SkipReason;

/**
 * The position state machine on its own, driven event by event with a recording port. EUR/USD:
 * 1 point = 0.00001; 0.1 lots = 100 000 units, so one point is worth 1.00 account unit at a
 * fixed quote-to-account rate of 1. Every expected number below is worked out from that.
 */
class PositionManagerTest {
    static final long T = 1_549_447_200_000L; // Wednesday 2019-02-06 10:00 UTC
    static final long FILL = 113_000;

    final List<OrderIntent> sent = new ArrayList<>();
    final List<SignalRecord> closed = new ArrayList<>();
    final InstrumentSpec eurusd = StrategyConfig.defaults().instrument();
    final PositionBook book = new PositionBook(2);
    /** Break-even at 1 R, time stop after 3 bars. */
    final PositionManager m = manager(book, 1.0, 3);

    PositionManager manager(PositionBook slots, double breakEvenAtR, int maxBars) {
        ExecutionPort port = new ExecutionPort() {
            @Override
            public void submit(OrderIntent intent) {
                sent.add(intent);
            }
        };
        PositionManager pm = new PositionManager(eurusd, port, slots, new PositionSizer(eurusd, 100),
                QuoteToAccountRate.fixed(1.0), new ConfirmationStats(), breakEvenAtR, maxBars, "OF_EURUSD_");
        pm.setListener(new SignalListener() {
            @Override
            public void onTradeClosed(SignalRecord r) {
                closed.add(r);
            }
        });
        return pm;
    }

    /** A long of 0.1 lots entered at 113 000 with stop 112 900 (risk 100 points) and target 113 200. */
    Position openLong() {
        SignalRecord r = new SignalRecord(1, SetupKind.TREND, TradeSide.LONG, T, T - 60_000, 0, FILL, FILL - 100,
                FILL + 200, 100, "trigger");
        Position p = m.openPending(r, TradeSide.LONG, 0.1, 100.0, FILL, FILL - 100, FILL + 200, 100, T);
        m.sendEnter(p, T, "why", EntryTags.NONE);
        return p;
    }

    @Test
    void entryLabelIntentAndRecord() {
        Position p = openLong();
        assertEquals("OF_EURUSD_" + (T / 1000) + "_1", p.label());
        assertEquals(Position.State.PENDING_ENTRY, p.state());
        assertEquals(p.label(), p.record().label);
        assertEquals(0.1, p.record().amount);
        OrderIntent in = sent.get(0);
        assertEquals(OrderIntent.Kind.ENTER, in.kind());
        assertEquals(TradeSide.LONG, in.side());
        assertEquals(0.1, in.amount());
        assertEquals(FILL - 100, in.stopPoints());
        assertEquals(FILL + 200, in.targetPoints());
        assertEquals("EURUSD", in.instrument());
        assertEquals(1, m.intentsSent());
        assertEquals(100.0, book.riskInUse(), 1e-9);
        // the second label counts on
        SignalRecord r2 = new SignalRecord(2, SetupKind.TREND, TradeSide.SHORT, T, T, 0, FILL, FILL + 100, FILL - 200,
                100, "trigger");
        assertEquals("OF_EURUSD_" + (T / 1000) + "_2",
                m.openPending(r2, TradeSide.SHORT, 0.1, 100.0, FILL, FILL + 100, FILL - 200, 100, T).label());
    }

    @Test
    void marksAtTheExitSideAndFollowsTheWorstPrice() {
        Position p = openLong();
        m.mark(FILL - 50, FILL - 40);
        assertEquals(0.0, m.unrealized()); // pending entries are not marked
        m.onFilled(p.label(), FILL, 0.1, T, null);
        m.mark(FILL - 30, FILL - 20); // long: exit at the bid, 30 points down = -30.00
        assertEquals(-30.0, m.unrealized(), 1e-9);
        m.mark(FILL + 50, FILL + 60);
        assertEquals(50.0, m.unrealized(), 1e-9);
        assertEquals(FILL - 30, p.worst);
    }

    @Test
    void breakEvenOnceAtOneRThenTimeStop() {
        Position p = openLong();
        m.onFilled(p.label(), FILL, 0.1, T, null);
        sent.clear();
        m.onBarClosed(FILL + 99, FILL + 109, T + 60_000); // 0.99 R: nothing
        assertTrue(sent.isEmpty());
        m.onBarClosed(FILL + 100, FILL + 110, T + 120_000); // 1 R at the bid close: stop to the fill
        assertEquals(1, sent.size());
        assertEquals(OrderIntent.Kind.MODIFY, sent.get(0).kind());
        assertEquals(FILL, sent.get(0).stopPoints());
        assertEquals(FILL + 200, sent.get(0).targetPoints());
        m.onModified(p.label(), FILL, FILL + 200);
        assertEquals(FILL, p.stopPoints());
        m.onBarClosed(FILL + 150, FILL + 160, T + 180_000); // third bar held: time stop, no second modify
        assertEquals(2, sent.size());
        assertEquals(OrderIntent.Kind.EXIT, sent.get(1).kind());
        assertEquals("time stop", sent.get(1).reason());
        assertEquals(Position.State.PENDING_EXIT, p.state());
    }

    @Test
    void rejectedModifyMayBeAskedAgain() {
        PositionManager m2 = manager(new PositionBook(1), 1.0, 0); // no time stop
        SignalRecord r = new SignalRecord(9, SetupKind.TREND, TradeSide.SHORT, T, T, 0, FILL, FILL + 100, FILL - 200,
                100, "trigger");
        Position s = m2.openPending(r, TradeSide.SHORT, 0.1, 100.0, FILL, FILL + 100, FILL - 200, 100, T);
        m2.onFilled(s.label(), FILL, 0.1, T, null);
        m2.onBarClosed(FILL - 110, FILL - 100, T + 60_000); // short: the ask close is 1 R below the fill
        assertEquals(1, sent.size());
        assertEquals(OrderIntent.Kind.MODIFY, sent.get(0).kind());
        m2.onBarClosed(FILL - 110, FILL - 100, T + 120_000); // waiting for the answer: no repeat
        assertEquals(1, sent.size());
        m2.onRejected(s.label(), T + 120_500, OrderIntent.Kind.MODIFY);
        m2.onBarClosed(FILL - 110, FILL - 100, T + 180_000);
        assertEquals(2, sent.size());
        assertEquals(FILL, sent.get(1).stopPoints());
        assertEquals(Position.State.OPEN, s.state());
    }

    @Test
    void rejectedExitIsRetriedAfterFiveSeconds() {
        Position p = openLong();
        m.onFilled(p.label(), FILL, 0.1, T, null);
        sent.clear();
        m.flatten(T + 1_000, "session end");
        m.flatten(T + 1_001, "session end"); // already leaving
        assertEquals(1, sent.size());
        m.onRejected(p.label(), T + 2_000, OrderIntent.Kind.EXIT);
        assertEquals(Position.State.OPEN, p.state());
        m.flatten(T + 6_999, "session end");
        assertEquals(1, sent.size());
        m.flatten(T + 7_000, "session end");
        assertEquals(2, sent.size());
        assertEquals("session end", sent.get(1).reason());
    }

    @Test
    void lateFillIsExitedAtOnce() {
        Position p = openLong();
        m.onFilled(p.label(), FILL + 2, 0.1, T + 500, "daily loss limit");
        assertEquals(1, m.lateFillsExited());
        assertEquals(Position.State.PENDING_EXIT, p.state());
        assertEquals(OrderIntent.Kind.EXIT, sent.get(1).kind());
        assertEquals(T + 500, sent.get(1).timeMs());
        assertEquals(FILL + 2, p.record().fillPoints);
    }

    @Test
    void closeGivesTheTradeInRAndFreesTheSlot() {
        Position p = openLong();
        m.onFilled(p.label(), FILL + 10, 0.1, T, null); // slipped 10: risk is now 110 points to the initial stop
        m.mark(FILL - 45, FILL - 35); // worst bid 112 955 = 55 points under the fill
        assertTrue(m.knows(p.label()));
        SignalRecord r = p.record();
        m.onClosed(p.label(), FILL + 175, CloseReason.TAKE_PROFIT, 165.0, FILL + 175, FILL + 185);
        assertEquals(1, closed.size());
        assertSame(r, closed.get(0));
        assertEquals(165.0 / 110, r.tradeR, 1e-12);
        assertEquals(55.0 / 110, r.tradeMaeR, 1e-12);
        assertEquals(FILL + 175, r.closePoints);
        assertTrue(r.tradeClosed);
        assertEquals(Position.State.FREE, p.state());
        assertEquals(0, book.inUse());
        assertEquals(0.0, m.unrealized());
    }

    @Test
    void stopThroughAGapCountsTheCloseInTheAdverseExcursion() {
        Position p = openLong();
        m.onFilled(p.label(), FILL, 0.1, T, null);
        m.mark(FILL - 30, FILL - 20); // worst marked bid: 30 points down
        SignalRecord r = p.record();
        m.onClosed(p.label(), FILL - 120, CloseReason.STOP_LOSS, -120.0, FILL - 120, FILL - 110); // gapped past the stop
        assertEquals(-1.2, r.tradeR, 1e-12);
        assertEquals(1.2, r.tradeMaeR, 1e-12);
    }

    @Test
    void closeBeforeTheFillCountsTheCloseAsFill() {
        Position p = openLong();
        SignalRecord r = p.record();
        m.onClosed(p.label(), FILL - 20, CloseReason.STOP_LOSS, -20.0, FILL - 20, FILL - 10);
        assertEquals(0.0, r.tradeR); // fill = close
        assertEquals(FILL - 20, r.fillPoints);
        assertEquals(0.0, r.tradeMaeR);
    }

    @Test
    void rejectedEntryFreesTheSlot() {
        Position p = openLong();
        SignalRecord r = p.record();
        m.onRejected(p.label(), T + 100, OrderIntent.Kind.ENTER);
        assertEquals(SkipReason.REJECTED, r.skipReason);
        assertEquals(0, book.inUse());
        assertNull(book.find(r.label));
    }

    @Test
    void adoptedPositionRiskAndNoStatistics() {
        // short 0.2 lots filled at 113 000 with stop 113 150: 150 points × 200 000 units × 0.00001 = 300.00
        assertTrue(m.adopt("OF_EURUSD_old_1", TradeSide.SHORT, 0.2, FILL, FILL + 150, FILL - 300, 2, true, T));
        assertFalse(m.adopt("OF_EURUSD_old_1", TradeSide.SHORT, 0.2, FILL, FILL + 150, FILL - 300, 2, true, T));
        Position p = book.find("OF_EURUSD_old_1");
        assertEquals(300.0, p.riskAccount(), 1e-9);
        assertEquals(2, p.barsHeld);
        m.mark(FILL - 20, FILL - 10); // short: exit at the ask, 10 points in profit × 2 = 20.00
        assertEquals(20.0, m.unrealized(), 1e-9);
        m.onBarClosed(FILL - 10, FILL, T + 60_000); // third bar: time stop
        assertEquals(OrderIntent.Kind.EXIT, sent.get(sent.size() - 1).kind());
        m.onClosed(p.label(), FILL, CloseReason.REQUESTED, 0.0, FILL, FILL + 10);
        assertTrue(closed.isEmpty());
        assertEquals(0, book.inUse());
    }

    @Test
    void unknownAndMisplacedEventsAreCounted() {
        Position p = openLong();
        m.onFilled("nope", FILL, 0.1, T, null);
        m.onModified("nope", 1, 2);
        m.onRejected("nope", T, OrderIntent.Kind.EXIT);
        m.onAmountChanged(p.label(), 0.05); // still pending: no amount to change
        assertFalse(m.knows("nope"));
        assertEquals(5, m.unknownEvents());
        m.onFilled(p.label(), FILL, 0.1, T, null);
        m.onFilled(p.label(), FILL, 0.1, T, null); // second fill
        m.onRejected(p.label(), T, OrderIntent.Kind.ENTER); // entry already filled
        assertEquals(7, m.unknownEvents());
        m.onAmountChanged(p.label(), 0.05);
        assertEquals(0.05, p.amount());
        assertEquals(7, m.unknownEvents());
    }
}
