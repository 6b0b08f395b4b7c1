package io.orderflow.jforex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.orderflow.execution.CloseReason;
import io.orderflow.execution.EntryTags;
import io.orderflow.execution.TradeSide;
import io.orderflow.jforex.OrderTracker.Order;
import io.orderflow.jforex.OrderTracker.State;
import io.orderflow.market.AssetClass;
import io.orderflow.market.InstrumentSpec;
import io.orderflow.strategy.risk.QuoteToAccountRate;
import io.orderflow.trades.OpenTrade;

/** {@link Reconciler}: the grace period of a missing order and the corrections from the platform's view. */
class ReconcilerTest {
    private static final InstrumentSpec EURUSD = new InstrumentSpec("EURUSD", "EUR", "USD", AssetClass.FX, 5, 4, 0.001);

    /** The platform's view: active orders by label, history by id; every lookup counted. */
    private static final class View implements PlatformOrders {
        final Map<String, OrderView> active = new HashMap<>();
        final Map<String, OrderView> history = new HashMap<>();
        int lookups;
        boolean fail;

        @Override public void submit(String l, boolean b, double a, double s, double sp, double tp, String c) {
            throw new UnsupportedOperationException();
        }

        @Override public void setStopLoss(String label, double price) { throw new UnsupportedOperationException(); }

        @Override public void setTakeProfit(String label, double price) { throw new UnsupportedOperationException(); }

        @Override public void close(String label) { throw new UnsupportedOperationException(); }

        @Override public List<OrderView> activeOrders() { return new ArrayList<>(active.values()); }

        @Override public OrderView order(String label) throws Exception {
            lookups++;
            if (fail) throw new Exception("server busy");
            return active.get(label);
        }

        @Override public OrderView historicalOrder(String id) {
            lookups++;
            return history.get(id);
        }

        @Override public boolean isStrategyThread() { return true; }

        @Override public void runOnStrategyThread(Runnable task) { task.run(); }
    }

    /** Records each outcome as text and moves the book as the host does. */
    private static final class Calls implements Reconciler.Outcomes {
        final OrderTracker book;
        final List<String> calls = new ArrayList<>();

        Calls(OrderTracker book) { this.book = book; }

        @Override public void filled(Order t, OrderView o, long time) {
            calls.add("filled " + t.label + " " + time);
            book.opened(t);
        }

        @Override public void changed(Order t, OrderView o, long time) {
            calls.add("changed " + t.label + " " + time);
        }

        @Override public void closed(Order t, OrderView o, CloseReason reason, String note) {
            calls.add("closed " + t.label + " " + reason + " " + o.closePrice() + " " + o.profitLoss() + " " + note);
            book.finish(t);
        }

        @Override public void entryRefused(Order t, long time, String why) {
            calls.add("refused " + t.label + " " + time + " " + why);
            book.finish(t);
        }

        @Override public boolean adopt(OrderView o, TradeSide side, long fill, long stop, long target, int barsHeld,
                                       boolean filled) {
            calls.add("adopt " + o.label() + " " + side + " " + fill + " " + stop + " " + target + " " + barsHeld + " "
                    + filled);
            return !o.label().endsWith("FULL");
        }
    }

    private final OrderTracker book = new OrderTracker();
    private final View view = new View();
    private final Calls calls = new Calls(book);
    private final List<String> lines = new ArrayList<>();
    private final Reconciler reconciler = new Reconciler(book, view, EURUSD, new HostLog() {
        @Override public void info(String line) { lines.add("I " + line); }

        @Override public void warn(String line) { lines.add("W " + line); }

        @Override public void error(String line) { lines.add("E " + line); }
    }, calls);

    /** A long 0.1 million, stop 1.09980, target 1.10040; open (filled at 1.10000) when {@code open}. */
    private Order track(String label, boolean open) {
        Order t = new Order(new OpenTrade(label, EURUSD, TradeSide.LONG, 0.1, 109_980, 110_040, "", EntryTags.NONE),
                false);
        t.orderId = "id-" + label;
        if (open) {
            t.state = State.OPEN;
            t.trade.fill(500, 110_000, 0.1, 1.0);
        }
        book.track(t);
        return t;
    }

    private static OrderView platform(String label, String state, double stop, double target, double close, long fillMs) {
        return new OrderView("id-" + label, label, true, state, 0.1, 1.1, close, stop, target, 100, fillMs,
                close > 0 ? 9_000 : 0, 3.5, 0.2, label.endsWith("_2_1") ? "OF REVERSION LONG unconfirmed" : "");
    }

    @Test
    void theGracePeriodStartsAtTheFirstMissAndEndsAfter30Seconds() {
        Order t = new Order(new OpenTrade("A", EURUSD, TradeSide.LONG, 0.1, 0, 0, "", EntryTags.NONE), false);
        assertEquals(Reconciler.Missing.STARTED, Reconciler.graceDecision(t, 1_000));
        assertEquals(1_000, t.missingSinceMs);
        assertEquals(Reconciler.Missing.WAITING, Reconciler.graceDecision(t, 30_999)); // 29.999 s
        assertEquals(Reconciler.Missing.SETTLE, Reconciler.graceDecision(t, 31_000)); // 30 s exactly
        assertEquals(1_000, t.missingSinceMs, "the start is not moved by later misses");
    }

    @Test
    void aMissingPendingEntryIsRefusedOnlyAfterTheGracePeriod() {
        track("A", false);
        assertEquals(0, reconciler.reconcile(false, 1_000, 900));
        assertEquals(List.of("I reconciliation: A is in neither the active orders nor the history yet; waiting up to 30 s"),
                lines);
        assertEquals(0, reconciler.reconcile(true, 30_999, 900));
        assertTrue(calls.calls.isEmpty());
        assertEquals(1, reconciler.reconcile(true, 31_000, 900));
        assertEquals(List.of("refused A 900 the platform no longer knows the order"), calls.calls);
        assertEquals("W reconciliation: A still unknown to the platform after 30 s: counted as refused", lines.get(1));
        assertEquals("W reconciliation: 1 correction(s) from the platform's order list", lines.get(2));
        assertEquals(1, reconciler.corrections());
    }

    @Test
    void aMissingOpenPositionIsClosedExternallyAtAnUnknownPriceAfterTheGracePeriod() {
        track("A", true);
        reconciler.reconcile(false, 10_000, 9_000);
        assertEquals(1, reconciler.reconcile(true, 40_000, 9_000));
        assertEquals(List.of("closed A EXTERNAL 0.0 0.0 closed while disconnected: price and P/L unknown"), calls.calls);
        assertTrue(lines.get(1).endsWith("counted as closed outside the strategy"), lines.get(1));
    }

    @Test
    void anOrderFoundAgainLeavesTheGracePeriod() {
        Order t = track("A", true);
        reconciler.reconcile(false, 1_000, 900);
        view.active.put("A", platform("A", "FILLED", 1.0998, 1.1004, 0, 500));
        assertEquals(0, reconciler.reconcile(true, 40_000, 900)); // same stop and target: nothing to correct
        assertEquals(Long.MIN_VALUE, t.missingSinceMs);
        assertTrue(calls.calls.isEmpty());
    }

    @Test
    void aFillAndAChangedStopTheMessagesMissedAreReported() {
        track("A", false);
        view.active.put("A", platform("A", "FILLED", 1.0999, 1.1004, 0, 700)); // stop moved 1.09980 -> 1.09990
        assertEquals(2, reconciler.reconcile(false, 1_000, 900));
        assertEquals(List.of("filled A 700", "changed A 900"), calls.calls);
    }

    @Test
    void closesFoundInTheHistoryGetTheirReasonFromThePrice() {
        track("S", true);
        track("P", false);
        view.history.put("id-S", platform("S", "CLOSED", 1.0998, 1.1004, 1.0998, 500)); // at the stop
        view.history.put("id-P", platform("P", "CLOSED", 1.0998, 1.1004, 0, 0)); // never filled
        assertEquals(2, reconciler.reconcile(false, 1_000, 900));
        assertEquals(List.of("closed S STOP_LOSS 1.0998 3.5 seen at reconciliation", "refused P 900 closed without a fill"),
                calls.calls);
    }

    @Test
    void aCanceledEntryIsRefused() {
        track("A", false);
        view.active.put("A", platform("A", "CANCELED", 1.0998, 1.1004, 0, 0));
        assertEquals(1, reconciler.reconcile(false, 1_000, 900));
        assertEquals(List.of("refused A 900 canceled"), calls.calls);
    }

    @Test
    void onlyMissingOrdersAreLookedUpByTheMissingOnlyPass() {
        track("A", true);
        view.active.put("A", platform("A", "FILLED", 1.0998, 1.1004, 0, 500));
        reconciler.reconcile(true, 1_000, 900);
        assertEquals(0, view.lookups);
        reconciler.reconcile(false, 1_000, 900);
        assertEquals(1, view.lookups);
    }

    @Test
    void aFailedLookupIsLoggedAndSkipped() {
        track("A", true);
        view.fail = true;
        assertEquals(0, reconciler.reconcile(false, 1_000, 900));
        assertEquals(List.of("W reconciliation: cannot read A: server busy"), lines);
        assertTrue(calls.calls.isEmpty());
    }

    @Test
    void aRestartAdoptsThisStrategysLiveOrdersOnce() {
        track("OF_EURUSD_1_1", false); // followed already
        long fillMs = 500;
        long lastTick = fillMs + 10 * 60_000 + 59_999; // 10 whole one-minute bars after the fill
        List<OrderView> active = List.of(
                platform("OF_EURUSD_1_1", "OPENED", 1.0998, 1.1004, 0, 0),
                platform("OF_EURUSD_2_1", "FILLED", 1.0998, 1.1004, 0, fillMs),
                platform("OF_EURUSD_3_1", "OPENED", 0, 1.1004, 0, 0),
                platform("OF_GBPUSD_4_1", "FILLED", 1.0998, 1.1004, 0, fillMs), // another instrument's stem
                platform("OF_EURUSD_5_1", "CLOSED", 1.0998, 1.1004, 1.1, fillMs), // done
                platform("OF_EURUSD_FULL", "FILLED", 1.0998, 1.1004, 0, fillMs)); // the engine refuses it
        assertEquals(2, reconciler.recover(active, "OF_EURUSD_", lastTick, 60_000, QuoteToAccountRate.fixed(1.0)));
        assertEquals(List.of("adopt OF_EURUSD_2_1 LONG 110000 109980 110040 10 true",
                "adopt OF_EURUSD_3_1 LONG 0 0 110040 0 false",
                "adopt OF_EURUSD_FULL LONG 110000 109980 110040 10 true"), calls.calls);
        assertEquals(List.of("OF_EURUSD_1_1", "OF_EURUSD_2_1", "OF_EURUSD_3_1"), book.labels());
        Order open = book.get("OF_EURUSD_2_1");
        assertEquals(State.OPEN, open.state);
        assertTrue(open.adopted);
        assertEquals(110_000, open.trade.entryPrice());
        assertEquals(fillMs, open.trade.entryTimeMs());
        // 20 points of 0.00001 on 0.1 million at 1 USD per USD = 20 USD
        assertEquals(20.0, open.trade.riskAtEntry(), 1e-9);
        assertEquals("OF REVERSION LONG unconfirmed", open.trade.reason(), "the platform comment, as the reason text");
        assertEquals(Map.of("setup", "REVERSION", "orderflow_confirmed", "false"), open.trade.entryTags().asMap(),
                "setup and verdict read back from the order comment");
        assertEquals(EntryTags.NONE, book.get("OF_EURUSD_3_1").trade.entryTags(), "no comment of ours: no tags");
        assertEquals(State.PENDING, book.get("OF_EURUSD_3_1").state);
        assertEquals(1, book.openCount());
        assertEquals(List.of("I ADOPTED OF_EURUSD_2_1 LONG 0.1 FILLED @ 1.10000 SL 1.09980 TP 1.10040",
                "I ADOPTED OF_EURUSD_3_1 LONG 0.1 OPENED SL - TP 1.10040"), lines);
        assertEquals(2, reconciler.adopted());

        calls.calls.clear();
        assertEquals(0, reconciler.recover(active, "OF_EURUSD_", lastTick, 60_000, QuoteToAccountRate.fixed(1.0)));
        assertEquals(List.of("adopt OF_EURUSD_FULL LONG 110000 109980 110040 10 true"), calls.calls, "only the refused one again");
        assertEquals(2, reconciler.adopted());
    }
}
