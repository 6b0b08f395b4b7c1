package io.orderflow.jforex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.orderflow.backtest.testing.RecordingListener;
import io.orderflow.execution.EntryTags;
import io.orderflow.execution.OrderIntent;
import io.orderflow.execution.TradeSide;
import io.orderflow.market.AssetClass;
import io.orderflow.market.InstrumentSpec;

/** Order sending alone: amounts on the step, prices on tenths of a pip, the once-per-second change queue. */
class OrderSenderTest {
    /** Six decimals (a tenth of a pip is 10 points), minimum 0.005 million, step 0.002. */
    private static final InstrumentSpec EURUSD = new InstrumentSpec("EURUSD", "EUR", "USD", AssetClass.FX, 6, 4, 0.005,
            0.002);
    private static final EntryTags TREND = EntryTags.of("TREND", EntryTags.Confirmation.CONFIRMED, "confirmed");

    private final StrategyHostRulesTest.Recording orders = new StrategyHostRulesTest.Recording();
    private final OrderTracker book = new OrderTracker();
    private final RecordingListener engine = new RecordingListener();
    private final List<String> lines = new ArrayList<>();
    private final HostLog log = new HostLog() {
        @Override public void info(String line) { lines.add("I " + line); }

        @Override public void warn(String line) { lines.add("W " + line); }

        @Override public void error(String line) { lines.add("E " + line); }
    };
    private final OrderSender sender = new OrderSender(EURUSD, orders, book, log, 3, engine,
            new RunJournal(6, "USD", HostLog.NONE));

    private static OrderIntent enter(String label, double amount, long stop, long target) {
        return OrderIntent.enter(label, "EURUSD", TradeSide.LONG, amount, stop, target, 0, "why", TREND);
    }

    @Test
    void anEntryGoesOutOnTheAmountStepAndTenthsOfAPipWithItsComment() {
        // 0.1234 million -> 0.122 (step 0.002); 1.139133 -> 1.13913 and 1.142167 -> 1.14217 (tenths of a pip)
        sender.send(enter("A", 0.1234, 1_139_133, 1_142_167), 5);
        assertEquals(List.of("0 submit A 0.122 SL 1.13913 TP 1.14217"), orders.calls);
        assertEquals(List.of("I entry A: amount 0.1234 rounded down to 0.122 (step 0.002 of EURUSD)",
                "I ENTER LONG 0.122 EURUSD SL 1.139133 TP 1.142167 [A] TREND confirmed"), lines);
        assertEquals(1, sender.entriesSent());
        assertEquals(OrderTracker.State.PENDING, book.get("A").state);
        assertEquals("OF TREND LONG confirmed", OrderComment.encode(TradeSide.LONG, book.get("A").trade.entryTags()));
    }

    @Test
    void anEntryBelowTheMinimumIsRefusedToTheEngineAndNotSent() {
        sender.send(enter("A", 0.004, 0, 0), 7);
        assertTrue(orders.calls.isEmpty());
        assertEquals(List.of("REJECT A ENTER"), engine.events);
        assertEquals("amount 0.004 is below the minimum 0.005 of EURUSD (step 0.002): not sent", engine.rejections.get(0));
        assertEquals(1, sender.rejections());
        assertEquals(0, sender.entriesSent());
        assertNull(book.get("A"));
    }

    @Test
    void aStopAndTargetChangeIsSpreadOverTwoSecondsByTheQueue() {
        sender.send(enter("A", 0.1, 1_139_100, 1_142_100), 0);
        OrderTracker.Order a = book.get("A");
        book.opened(a);
        a.trade.fill(0, 1_140_100, 0.1, 1.0);
        orders.calls.clear();
        sender.send(OrderIntent.modify("A", "EURUSD", 1_140_100, 1_143_100, 1_000, "break-even"), 1_000);
        assertEquals(List.of("0 SL 1.1401"), orders.calls, "the stop first");
        assertTrue(sender.changeQueued("A"));
        sender.flushChanges(1_999);
        assertEquals(1, orders.calls.size(), "less than a second after the last change: nothing");
        sender.flushChanges(2_000);
        assertEquals(List.of("0 SL 1.1401", "0 TP 1.1431"), orders.calls);
        assertFalse(sender.changeQueued("A"));
        sender.flushChanges(5_000);
        assertEquals(2, orders.calls.size(), "nothing left to send");
    }

    @Test
    void aModifyOrExitOfNoOpenOrderIsRefusedAndAnUnchangedModifyIsConfirmedAtOnce() {
        sender.send(OrderIntent.exit("X", "EURUSD", 0, "why"), 9);
        sender.send(OrderIntent.modify("X", "EURUSD", 1, 2, 0, "why"), 9);
        sender.send(enter("A", 0.1, 1_139_100, 1_142_100), 10);
        book.opened(book.get("A"));
        sender.send(OrderIntent.modify("A", "EURUSD", 1_139_100, 1_142_100, 11, "same"), 11);
        assertEquals(List.of("REJECT X EXIT", "REJECT X MODIFY", "MODIFY A 11 1139100 1142100"), engine.events);
        sender.send(OrderIntent.exit("A", "EURUSD", 12, "time stop"), 12);
        assertTrue(book.get("A").exitRequested);
        assertEquals("I EXIT A (time stop)", lines.get(lines.size() - 1));
    }
}
