package io.orderflow.jforex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.orderflow.execution.EntryTags;
import io.orderflow.execution.OrderIntent;
import io.orderflow.execution.TradeSide;
import io.orderflow.market.AssetClass;
import io.orderflow.market.InstrumentSpec;
import io.orderflow.strategy.config.StrategyConfig;

/**
 * The strategy host's order handling against the platform's documented limits, with a recording
 * order port: stop and target changes at most once per second per order (IOrder), amounts on the
 * runtime increment and at least the runtime minimum, stop and target prices on a whole tenth of a
 * pip (IEngine.submitOrder), and order lookups only when the connection returns.
 */
class StrategyHostRulesTest {
    /** Every call the host makes, with the host clock (the last tick's time) when it made it. */
    static final class Recording implements PlatformOrders {
        final List<String> calls = new ArrayList<>();
        int lookups;
        long now;
        OrderView active;

        @Override
        public void submit(String label, boolean buy, double amount, double slippagePips, double stopPrice,
                           double targetPrice, String comment) {
            calls.add(now + " submit " + label + " " + amount + " SL " + stopPrice + " TP " + targetPrice);
        }

        @Override
        public void setStopLoss(String label, double price) { calls.add(now + " SL " + price); }

        @Override
        public void setTakeProfit(String label, double price) { calls.add(now + " TP " + price); }

        @Override
        public void close(String label) { calls.add(now + " close"); }

        @Override
        public List<OrderView> activeOrders() { return Collections.emptyList(); }

        @Override
        public OrderView order(String label) {
            lookups++;
            return active;
        }

        @Override
        public OrderView historicalOrder(String id) {
            lookups++;
            return null;
        }

        @Override
        public boolean isStrategyThread() { return true; }

        @Override
        public void runOnStrategyThread(Runnable task) { task.run(); }
    }

    private static final long T0 = 1_549_267_200_000L; // 2019-02-04 08:00 UTC

    private static StrategyHost host(InstrumentSpec spec, Recording orders) {
        StrategyConfig config = StrategyConfig.builder().instrumentSpec(spec).set("instrument", spec.symbol()).build();
        return new StrategyHost(config, RunMode.DEMO, orders, HostLog.NONE, StrategyHost.Options.of(3, false));
    }

    private static void tick(StrategyHost host, Recording orders, long t) {
        orders.now = t;
        host.onTick(t, 1.14012, 1.14010, 1, 1);
    }

    private static OrderView filled(String label, double amount, double sl, double tp) {
        return new OrderView("ID1", label, true, "FILLED", amount, 1.14012, 0, sl, tp, T0, T0 + 10, 0, 0, 0, "");
    }

    private static StrategyHost openPosition(InstrumentSpec spec, Recording orders, String label) {
        StrategyHost host = host(spec, orders);
        tick(host, orders, T0);
        host.submit(OrderIntent.enter(label, spec.symbol(), TradeSide.LONG, 0.1, 113_912, 114_212, T0, "trend",
                EntryTags.of("TREND", EntryTags.Confirmation.CONFIRMED, "confirmed")));
        orders.active = filled(label, 0.1, 1.13912, 1.14212);
        host.onMessage("ORDER_FILL_OK", Collections.emptyList(), "", T0 + 10, orders.active);
        return host;
    }

    /** IOrder.setStopLossPrice/setTakeProfitPrice: "may not be called on the same order more often than once per second". */
    @Test
    void aStopAndTargetChangeIsSpreadOverTwoSeconds() {
        InstrumentSpec spec = new InstrumentSpec("EURUSD", "EUR", "USD", AssetClass.FX, 5, 4, 0.001);
        Recording orders = new Recording();
        String label = "OF_EURUSD_1_1";
        StrategyHost host = openPosition(spec, orders, label);
        orders.calls.clear();
        tick(host, orders, T0 + 100);
        host.submit(OrderIntent.modify(label, "EURUSD", 114_000, 114_300, T0 + 100, "trail"));
        assertEquals(List.of((T0 + 100) + " SL 1.14"), orders.calls, "the stop first, the target waits");
        assertTrue(host.changeQueued(label));
        tick(host, orders, T0 + 600);
        tick(host, orders, T0 + 1_099);
        assertEquals(1, orders.calls.size(), "not within the second");
        tick(host, orders, T0 + 1_100);
        assertEquals(List.of((T0 + 100) + " SL 1.14", (T0 + 1_100) + " TP 1.143"), orders.calls);
        assertFalse(host.changeQueued(label));
        tick(host, orders, T0 + 5_000);
        assertEquals(2, orders.calls.size(), "nothing is sent twice");
    }

    /** A queued change goes out on the live bar timer too, when no tick comes. */
    @Test
    void aQueuedChangeIsSentByTheBarTimerWithoutTicks() {
        InstrumentSpec spec = new InstrumentSpec("EURUSD", "EUR", "USD", AssetClass.FX, 5, 4, 0.001);
        Recording orders = new Recording();
        String label = "OF_EURUSD_1_1";
        StrategyHost host = openPosition(spec, orders, label);
        orders.calls.clear();
        tick(host, orders, T0 + 100);
        host.submit(OrderIntent.modify(label, "EURUSD", 114_000, 114_300, T0 + 100, "trail"));
        orders.now = T0 + 10_000;
        host.onBarTimer(T0 + 10_000);
        assertEquals(List.of((T0 + 100) + " SL 1.14", (T0 + 10_000) + " TP 1.143"), orders.calls);
    }

    /** Runtime amounts: rounded down to the increment; below the minimum after rounding, not sent, with a clear line. */
    @Test
    void amountsAreRoundedDownToTheIncrementAndRefusedBelowTheMinimum() {
        InstrumentSpec spec = new InstrumentSpec("EURUSD", "EUR", "USD", AssetClass.FX, 5, 4, 0.005, 0.002);
        Recording orders = new Recording();
        List<String> log = new ArrayList<>();
        StrategyConfig config = StrategyConfig.builder().instrumentSpec(spec).build();
        StrategyHost host = new StrategyHost(config, RunMode.DEMO, orders, new HostLog() {
            @Override
            public void info(String line) { log.add(line); }

            @Override
            public void warn(String line) { log.add(line); }

            @Override
            public void error(String line) { log.add(line); }
        }, StrategyHost.Options.of(3, false));
        tick(host, orders, T0);
        host.submit(OrderIntent.enter("OF_EURUSD_1_1", "EURUSD", TradeSide.LONG, 0.125, 113_912, 114_212, T0, ""));
        host.submit(OrderIntent.enter("OF_EURUSD_1_2", "EURUSD", TradeSide.LONG, 0.005, 113_912, 114_212, T0, ""));
        assertEquals(List.of(T0 + " submit OF_EURUSD_1_1 0.124 SL 1.13912 TP 1.14212"), orders.calls);
        assertTrue(log.contains("entry OF_EURUSD_1_1: amount 0.125 rounded down to 0.124 (step 0.002 of EURUSD)"), log.toString());
        assertTrue(log.contains("entry OF_EURUSD_1_2: amount 0.005 is below the minimum 0.005 of EURUSD (step 0.002): "
                + "not sent") || log.stream().anyMatch(l -> l.startsWith("entry OF_EURUSD_1_2: amount 0.005 is below")),
                log.toString());
        assertEquals(List.of("OF_EURUSD_1_1"), host.trackedLabels());
    }

    /** IEngine.submitOrder: stop and target "divisible by 0.1 pips"; on a grid finer than that they are rounded to it. */
    @Test
    void stopAndTargetPricesAreSentOnATenthOfAPip() {
        // a hypothetical grid of 0.000001 (a hundredth of a pip): the engine's points are not all on 0.1 pip
        InstrumentSpec spec = new InstrumentSpec("EURUSD", "EUR", "USD", AssetClass.FX, 6, 4, 0.001);
        Recording orders = new Recording();
        StrategyHost host = host(spec, orders);
        tick(host, orders, T0);
        host.submit(OrderIntent.enter("OF_EURUSD_1_1", "EURUSD", TradeSide.LONG, 0.1, 1_139_125, 1_142_124, T0, ""));
        assertEquals(List.of(T0 + " submit OF_EURUSD_1_1 0.1 SL 1.13913 TP 1.14212"), orders.calls);
    }

    /** A disconnection looks nothing up; the reconnection compares every tracked order once. */
    @Test
    void onlyAReconnectionReconciles() {
        InstrumentSpec spec = new InstrumentSpec("EURUSD", "EUR", "USD", AssetClass.FX, 5, 4, 0.001);
        Recording orders = new Recording();
        StrategyHost host = openPosition(spec, orders, "OF_EURUSD_1_1");
        host.onConnectionStatus(false, "disconnected", T0 + 20);
        host.onMessage("CONNECTION_STATUS", Collections.emptyList(), "disconnected", T0 + 20, null);
        for (int i = 1; i <= 100; i++) tick(host, orders, T0 + 20 + i * 500L);
        host.onBarTimer(T0 + 60_000);
        assertEquals(0, orders.lookups);
        host.onConnectionStatus(true, "connected", T0 + 70_000);
        assertEquals(1, orders.lookups, "one order, found among the active orders");
    }

    /**
     * After a long disconnection the last tick is old: the grace period of an order missing from both
     * the active orders and the history starts at the reconnection, not at that old tick.
     */
    @Test
    void theGracePeriodOfAMissingOrderStartsAtTheReconnection() {
        InstrumentSpec spec = new InstrumentSpec("EURUSD", "EUR", "USD", AssetClass.FX, 5, 4, 0.001);
        Recording orders = new Recording();
        StrategyHost host = openPosition(spec, orders, "OF_EURUSD_1_1");
        orders.active = null;   // closed while disconnected, and not in the history yet
        long back = T0 + 3_600_000;
        host.onConnectionStatus(true, "connected", back);
        assertEquals(2, orders.lookups, "active orders, then history");
        host.onBarTimer(back + 10_000);
        assertEquals(1, host.openPositions(), "10 s later: still waiting");
        host.onBarTimer(back + StrategyHost.MISSING_GRACE_MS);
        assertEquals(0, host.openPositions(), "after the grace period: settled");
        assertEquals("OF_EURUSD_1_1", host.closedTrades().get(0).label());
    }
}
