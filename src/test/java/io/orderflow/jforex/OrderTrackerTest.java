package io.orderflow.jforex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.orderflow.execution.CloseReason;
import io.orderflow.execution.EntryTags;
import io.orderflow.execution.TradeSide;
import io.orderflow.market.AssetClass;
import io.orderflow.market.InstrumentSpec;
import io.orderflow.jforex.OrderTracker.Order;
import io.orderflow.jforex.OrderTracker.State;
import io.orderflow.trades.OpenTrade;

/** {@link OrderTracker}: state transitions, the open list, the finished memory and the close reasons. */
class OrderTrackerTest {
    private static final EntryTags TAGS = EntryTags.of("TREND", EntryTags.Confirmation.CONFIRMED, "confirmed");
    private static final InstrumentSpec EURUSD = new InstrumentSpec("EURUSD", "EUR", "USD", AssetClass.FX, 5, 4, 0.001);


    private static Order order(String label, TradeSide side, long stop, long target) {
        return new Order(new OpenTrade(label, EURUSD, side, 0.1, stop, target, "entry", TAGS), false);
    }

    @Test
    void anOrderMovesPendingToOpenToDoneAndIsThenRememberedAsFinished() {
        OrderTracker book = new OrderTracker();
        Order a = order("A", TradeSide.LONG, 109_980, 110_040);
        Order b = order("B", TradeSide.SHORT, 110_020, 109_960);
        book.track(a);
        book.track(b);
        assertEquals(State.PENDING, a.state);
        assertEquals(List.of("A", "B"), book.labels());
        assertEquals(0, book.openCount());

        book.opened(b);
        book.opened(a);
        assertEquals(State.OPEN, a.state);
        assertEquals(2, book.openCount());
        assertSame(b, book.open(0)); // fill order, not tracking order
        assertSame(a, book.open(1));
        book.opened(a); // already open: not listed twice
        assertEquals(2, book.openCount());

        book.finish(b);
        assertEquals(State.DONE, b.state);
        book.opened(b); // done never moves back
        assertEquals(State.DONE, b.state);
        assertEquals(1, book.openCount());
        assertSame(a, book.open(0));
        assertNull(book.get("B"));
        assertFalse(book.isTracked("B"));
        assertTrue(book.isFinished("B"));
        assertFalse(book.isFinished("A"));
        assertEquals(List.of("A"), book.labels());
    }

    @Test
    void aPendingOrderCanFinishWithoutOpening() {
        OrderTracker book = new OrderTracker();
        Order a = order("A", TradeSide.LONG, 0, 0);
        book.track(a);
        book.finish(a);
        assertEquals(0, book.openCount());
        assertTrue(book.isFinished("A"));
        assertTrue(book.labels().isEmpty());
    }

    @Test
    void anAlreadyOpenOrderIsListedOpenWhenTracked() {
        OrderTracker book = new OrderTracker();
        Order a = new Order(new OpenTrade("A", EURUSD, TradeSide.LONG, 0.1, 0, 0, "", EntryTags.NONE), true);
        a.state = State.OPEN;
        book.track(a);
        assertEquals(1, book.openCount());
        assertTrue(a.adopted);
    }

    @Test
    void theFinishedMemoryKeepsTheLast512Labels() {
        OrderTracker book = new OrderTracker();
        for (int i = 0; i < 513; i++) {
            Order o = order("L" + i, TradeSide.LONG, 0, 0);
            book.track(o);
            book.finish(o);
        }
        assertFalse(book.isFinished("L0")); // the 513th finish pushed out the first
        assertTrue(book.isFinished("L1"));
        assertTrue(book.isFinished("L512"));
    }

    @Test
    void theSnapshotMayBeWalkedWhileFinishing() {
        OrderTracker book = new OrderTracker();
        book.track(order("A", TradeSide.LONG, 0, 0));
        book.track(order("B", TradeSide.LONG, 0, 0));
        int n = 0;
        for (Order o : book.snapshot()) {
            book.finish(o);
            n++;
        }
        assertEquals(2, n);
        assertTrue(book.labels().isEmpty());
    }

    @Test
    void aMissingOrderIsSeenUntilFound() {
        OrderTracker book = new OrderTracker();
        Order a = order("A", TradeSide.LONG, 0, 0);
        book.track(a);
        assertFalse(book.anyMissing());
        a.missingSinceMs = 5_000;
        assertTrue(book.anyMissing());
        a.missingSinceMs = Long.MIN_VALUE;
        assertFalse(book.anyMissing());
    }

    @Test
    void aMessagesCloseReasonComesFromItsReasonsElseFromWhoAsked() {
        Order a = order("A", TradeSide.LONG, 0, 0);
        assertEquals(CloseReason.STOP_LOSS, OrderTracker.closeReason(a, List.of("ORDER_CLOSED_BY_SL")));
        assertEquals(CloseReason.TAKE_PROFIT, OrderTracker.closeReason(a, List.of("ORDER_CLOSED_BY_TP")));
        assertEquals(CloseReason.EXTERNAL, OrderTracker.closeReason(a, List.of("ORDER_CLOSED_BY_MERGE")));
        assertEquals(CloseReason.EXTERNAL, OrderTracker.closeReason(a, null));
        a.exitRequested = true;
        assertEquals(CloseReason.REQUESTED, OrderTracker.closeReason(a, List.of()));
        assertEquals(CloseReason.EXTERNAL, OrderTracker.closeReason(a, List.of("ORDER_CLOSED_BY_MERGE")));
    }

    @Test
    void aReconciledCloseReasonComesFromThePriceAgainstStopAndTarget() {
        Order lng = order("L", TradeSide.LONG, 109_980, 110_040);
        assertEquals(CloseReason.STOP_LOSS, OrderTracker.inferredReason(lng, 109_980));
        assertEquals(CloseReason.STOP_LOSS, OrderTracker.inferredReason(lng, 109_970)); // slipped through the stop
        assertEquals(CloseReason.TAKE_PROFIT, OrderTracker.inferredReason(lng, 110_040));
        assertEquals(CloseReason.EXTERNAL, OrderTracker.inferredReason(lng, 110_010));
        lng.exitRequested = true;
        assertEquals(CloseReason.REQUESTED, OrderTracker.inferredReason(lng, 110_010));

        Order sht = order("S", TradeSide.SHORT, 110_020, 109_960);
        assertEquals(CloseReason.STOP_LOSS, OrderTracker.inferredReason(sht, 110_021));
        assertEquals(CloseReason.TAKE_PROFIT, OrderTracker.inferredReason(sht, 109_955));
        assertEquals(CloseReason.EXTERNAL, OrderTracker.inferredReason(sht, 110_000));

        Order none = order("N", TradeSide.LONG, 0, 0); // no stop, no target: nothing matches
        assertEquals(CloseReason.EXTERNAL, OrderTracker.inferredReason(none, 0));
    }

    @Test
    void anOrderKeepsTheEntrysTypedTagsAndReasonText() {
        Order a = order("A", TradeSide.LONG, 0, 0);
        assertEquals(TAGS, a.trade.entryTags());
        assertEquals("entry", a.trade.reason(), "the reason text is kept as written, for people");
    }
}
