package io.orderflow.jforex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.dukascopy.api.IAccount;
import com.dukascopy.api.IBar;
import com.dukascopy.api.IContext;
import com.dukascopy.api.IEngine;
import com.dukascopy.api.IMessage;
import com.dukascopy.api.IOrder;
import com.dukascopy.api.IStrategy;
import com.dukascopy.api.ITick;
import com.dukascopy.api.Instrument;
import com.dukascopy.api.JFException;
import com.dukascopy.api.Period;

import io.orderflow.backtest.broker.BrokerConfig;
import io.orderflow.backtest.testing.Ticks;
import io.orderflow.jforex.harness.ConversionTape;
import io.orderflow.jforex.harness.FakePlatform;
import io.orderflow.jforex.harness.RuntimeInstruments;
import io.orderflow.jforex.harness.TickTape;
import io.orderflow.market.InstrumentSpec;

/**
 * The platform rules on orders, accounts and instruments that the fake platform enforces, each
 * against its documented source (listed in docs/readme/jforex.md, "Emulated platform rules: orders,
 * accounts, instruments"), driven by a bare strategy that only records what it receives. Every test
 * here passed the old, kinder harness's opposite: there, an unsubscribed instrument's last tick was
 * returned, off-grid stops and off-increment amounts were accepted, changes had no rate limit,
 * Global accounts did not exist, close(amount) closed everything, a closed order was in the history
 * at once and only one instrument ever ticked.
 */
class JForexPlatformRulesTest {
    private static TickTape eurusd;
    private static final BrokerConfig BROKER = BrokerConfig.builder().accountCurrency("USD").initialDeposit(100_000).build();
    private static final int START = 1_000;

    @BeforeAll
    static void load() throws Exception {
        eurusd = TickTape.load(Ticks.eurusdTwoDays());
    }

    /** Records ticks and messages; subscribes to nothing by itself. */
    static final class Recorder implements IStrategy {
        IContext context;
        final List<Instrument> tickInstruments = new ArrayList<>();
        final List<ITick> ticks = new ArrayList<>();
        final List<IMessage> messages = new ArrayList<>();

        @Override
        public void onStart(IContext context) { this.context = context; }

        @Override
        public void onTick(Instrument instrument, ITick tick) {
            tickInstruments.add(instrument);
            ticks.add(tick);
        }

        @Override
        public void onBar(Instrument instrument, Period period, IBar askBar, IBar bidBar) {
        }

        @Override
        public void onMessage(IMessage message) { messages.add(message); }

        @Override
        public void onAccount(IAccount account) {
        }

        @Override
        public void onStop() {
        }

        void subscribe(Instrument... instruments) {
            Set<Instrument> s = new HashSet<>(context.getSubscribedInstruments());
            Collections.addAll(s, instruments);
            context.setSubscribedInstruments(s, true);
        }

        IMessage last(IMessage.Type type) {
            for (int i = messages.size() - 1; i >= 0; i--) if (messages.get(i).getType() == type) return messages.get(i);
            return null;
        }
    }

    private static FakePlatform platform(Path files, IEngine.Type type) {
        return new FakePlatform(Instrument.EURUSD, eurusd, BROKER, type, files.toFile(), START);
    }

    private static IOrder submit(FakePlatform p, String label, double amount, double sl, double tp) {
        return p.onStrategyThread(() -> p.context().getEngine().submitOrder(label, Instrument.EURUSD,
                IEngine.OrderCommand.BUY, amount, 0, 5, sl, tp));
    }

    private static JFException refused(FakePlatform p, String label, double amount) {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> submit(p, label, amount, 0, 0));
        assertTrue(e.getCause() instanceof JFException, String.valueOf(e.getCause()));
        return (JFException) e.getCause();
    }

    /** A filled BUY of {@code amount} (replays ticks until the server fills it). */
    private static IOrder filled(FakePlatform p, Recorder r, double amount) {
        IOrder o = submit(p, "L" + p.orders().size(), amount, 0, 0);
        while (o.getState() != IOrder.State.FILLED) p.replay(r, p.cursor() + 1);
        return o;
    }

    /** IHistory.getLastTick: "@throws JFException when instrument is not active (not opened in platform)". */
    @Test
    void theLastTickOfAnInstrumentThatIsNotSubscribedIsRefused(@TempDir Path files) throws Exception {
        Recorder r = new Recorder();
        try (FakePlatform p = platform(files, IEngine.Type.DEMO)) {
            p.start(r);
            JFException e = assertThrows(JFException.class, () -> r.context.getHistory().getLastTick(Instrument.EURUSD));
            assertTrue(e.getMessage().contains("not active"), e.getMessage());
            r.subscribe(Instrument.EURUSD);
            ITick t = r.context.getHistory().getLastTick(Instrument.EURUSD);
            InstrumentSpec spec = eurusd.spec();
            assertEquals(eurusd.time(START - 1), t.getTime());
            assertEquals(spec.toPrice(eurusd.bid(START - 1)), t.getBid(), 0);
            assertEquals(spec.toPrice(eurusd.ask(START - 1)), t.getAsk(), 0);
        }
    }

    /** IEngine.submitOrder: stop-loss and take-profit prices "should be divisible by 0.1 pips or order will be rejected". */
    @Test
    void stopsAndTargetsOffTheTenthPipGridAreRejected(@TempDir Path files) throws Exception {
        Recorder r = new Recorder();
        try (FakePlatform p = platform(files, IEngine.Type.TEST)) {
            p.start(r);
            r.subscribe(Instrument.EURUSD);
            InstrumentSpec spec = eurusd.spec();
            double onGrid = spec.toPrice(eurusd.bid(START - 1) - 200);          // 20 pips below: 5 decimals
            double offGrid = onGrid - 0.000004;                                  // a 6th decimal: 0.04 pip
            IOrder bad = submit(p, "OFF", 0.01, offGrid, 0);
            p.replay(r, p.cursor() + 1);
            assertEquals(IOrder.State.CANCELED, bad.getState());
            IMessage m = r.last(IMessage.Type.ORDER_SUBMIT_REJECTED);
            assertNotNull(m);
            assertTrue(m.getContent().contains("0.1 pips"), m.getContent());
            IOrder badTarget = submit(p, "OFFTP", 0.01, 0, spec.toPrice(eurusd.ask(START - 1) + 200) + 0.0000051);
            assertEquals(IOrder.State.CANCELED, badTarget.getState());
            IOrder good = submit(p, "ON", 0.01, onGrid, spec.toPrice(eurusd.ask(START - 1) + 200));
            assertEquals(IOrder.State.OPENED, good.getState());
        }
    }

    /**
     * IEngine.submitOrder throws "if amount is less than minimum allowed"; the minimum and increment
     * are the runtime Instrument's (Instrument.java: "may be overridden in runtime after instrument
     * subscription"), in contracts, orders in millions (wiki "Order Amounts").
     */
    @Test
    void amountsBelowTheRuntimeMinimumOrOffItsIncrementAreRefused(@TempDir Path files) throws Exception {
        Recorder r = new Recorder();
        try (FakePlatform p = platform(files, IEngine.Type.TEST)) {
            p.start(r);
            r.subscribe(Instrument.EURUSD);
            // defaults of API 2.13.63: 1000 contracts (0.001 million) minimum, one unit increment
            assertTrue(refused(p, "A1", 0.0009).getMessage().contains("less than the minimum 0.001"));
            assertTrue(refused(p, "A2", 0.0012345).getMessage().contains("not a multiple of the increment 1.0E-6"));
            assertEquals(IOrder.State.OPENED, submit(p, "A3", 0.001234, 0, 0).getState());
            try (RuntimeInstruments runtime = new RuntimeInstruments().amounts(Instrument.EURUSD, 5_000, 2_000)) {
                // now 0.005 million minimum and 0.002 million steps
                assertTrue(refused(p, "B1", 0.004).getMessage().contains("minimum 0.005"));
                assertTrue(refused(p, "B2", 0.007).getMessage().contains("increment 0.002"));
                assertEquals(IOrder.State.OPENED, submit(p, "B3", 0.006, 0, 0).getState());
            }
            assertEquals(1000.0, Instrument.EURUSD.getMinTradeAmount(), 0, "the override is undone");
        }
    }

    /** JFException.Error.LABEL_INCONSISTENT: "must not be null, longer than 64 symbols, contain restricted symbols or start with number". */
    @Test
    void labelsAreAtMost64LettersDigitsOrUnderscoresStartingWithALetter(@TempDir Path files) throws Exception {
        Recorder r = new Recorder();
        try (FakePlatform p = platform(files, IEngine.Type.TEST)) {
            p.start(r);
            String l64 = "L" + "x".repeat(63);
            for (String bad : new String[] {"1abc", "a-b", "a b", l64 + "y", ""}) {
                IllegalStateException e = assertThrows(IllegalStateException.class, () -> submit(p, bad, 0.01, 0, 0));
                assertTrue(e.getCause().getMessage().startsWith("Label inconsistent"), bad + ": " + e.getCause().getMessage());
            }
            assertEquals(IOrder.State.OPENED, submit(p, l64, 0.01, 0, 0).getState());
        }
    }

    /** IOrder.setStopLossPrice/setTakeProfitPrice: "may not be called on the same order more often than once per second". */
    @Test
    void anOrderIsChangedAtMostOncePerSecond(@TempDir Path files) throws Exception {
        Recorder r = new Recorder();
        try (FakePlatform p = platform(files, IEngine.Type.TEST)) {
            p.start(r);
            r.subscribe(Instrument.EURUSD);
            IOrder o = filled(p, r, 0.01);
            InstrumentSpec spec = eurusd.spec();
            double sl = spec.toPrice(spec.toPoints(o.getOpenPrice()) - 300);
            double tp = spec.toPrice(spec.toPoints(o.getOpenPrice()) + 300);
            long first = p.nowMs();
            p.onStrategyThread(() -> {
                o.setStopLossPrice(sl);
                o.setTakeProfitPrice(tp);   // same moment: too soon
                return null;
            });
            p.replay(r, p.cursor() + 1);
            assertEquals(sl, o.getStopLossPrice(), 0);
            assertEquals(0, o.getTakeProfitPrice(), 0, "the second change was refused");
            assertEquals(1, p.refusedChanges().size(), p.refusedChanges().toString());
            assertNotNull(r.last(IMessage.Type.ORDER_CHANGED_REJECTED));
            while (p.nowMs() < first + 1_000) p.replay(r, p.cursor() + 1);
            p.onStrategyThread(() -> {
                o.setTakeProfitPrice(tp);
                return null;
            });
            p.replay(r, p.cursor() + 1);
            assertEquals(tp, o.getTakeProfitPrice(), 0, "a second later it is accepted");
            assertEquals(1, p.refusedChanges().size());
        }
    }

    /** IOrder: stop/target changes "Not applicable for Global accounts"; "Full position close is not allowed for Global accounts". */
    @Test
    void aGlobalAccountRefusesStopTargetChangesAndFullCloses(@TempDir Path files) throws Exception {
        Recorder r = new Recorder();
        try (FakePlatform p = platform(files, IEngine.Type.TEST)) {
            p.setGlobalAccount(true);
            p.start(r);
            assertTrue(r.context.getAccount().isGlobal());
            r.subscribe(Instrument.EURUSD);
            IOrder o = filled(p, r, 0.01);
            double sl = eurusd.spec().toPrice(eurusd.spec().toPoints(o.getOpenPrice()) - 300);
            for (java.util.concurrent.Callable<Object> call : List.<java.util.concurrent.Callable<Object>>of(
                    () -> { o.setStopLossPrice(sl); return null; },
                    () -> { o.setTakeProfitPrice(sl + 0.006); return null; },
                    () -> { o.close(); return null; })) {
                IllegalStateException e = assertThrows(IllegalStateException.class, () -> p.onStrategyThread(call));
                assertTrue(e.getCause().getMessage().contains("Global account"), e.getCause().getMessage());
            }
            assertEquals(IOrder.State.FILLED, o.getState());
        }
    }

    /** IOrder.close(amount): a part is closed, the rest stays open with its smaller amount. */
    @Test
    void aPartialCloseLeavesTheRemainderOpen(@TempDir Path files) throws Exception {
        Recorder r = new Recorder();
        try (FakePlatform p = platform(files, IEngine.Type.TEST)) {
            p.start(r);
            r.subscribe(Instrument.EURUSD);
            IOrder o = filled(p, r, 0.01);
            double balanceBefore = r.context.getAccount().getBalance();
            int last = p.cursor() - 1;
            p.onStrategyThread(() -> {
                o.close(0.004);
                return null;
            });
            double balanceAfter = r.context.getAccount().getBalance();
            p.replay(r, p.cursor() + 1);   // the confirmation arrives with the next tick
            assertEquals(IOrder.State.FILLED, o.getState());
            assertEquals(0.006, o.getAmount(), 1e-12);
            IMessage m = r.last(IMessage.Type.ORDER_CLOSE_OK);
            assertNotNull(m, "the partial close is confirmed");
            assertEquals(o, m.getOrder());
            // 4,000 EUR sold at the bid: profit in USD = (bid - open) x 4000, no commission configured
            double expected = (eurusd.spec().toPrice(eurusd.bid(last)) - o.getOpenPrice()) * 4_000;
            assertEquals(expected, balanceAfter - balanceBefore, 1e-6);
            assertEquals(1, p.activeOrders().size(), "still active");
            p.onStrategyThread(() -> {
                o.close();
                return null;
            });
            p.replay(r, p.cursor() + 2);
            assertEquals(IOrder.State.CLOSED, o.getState());
        }
    }

    /** The API promises no moment at which history knows a closed order: it may be missing from both lists for a while. */
    @Test
    void aClosedOrderIsMissingFromBothListsForAWhile(@TempDir Path files) throws Exception {
        Recorder r = new Recorder();
        try (FakePlatform p = platform(files, IEngine.Type.DEMO)) {
            p.start(r);
            r.subscribe(Instrument.EURUSD);
            IOrder o = filled(p, r, 0.01);
            p.onStrategyThread(() -> {
                o.close();
                return null;
            });
            while (o.getState() != IOrder.State.CLOSED) p.replay(r, p.cursor() + 1);
            assertTrue(p.context().getEngine().getOrders().isEmpty());
            assertNull(p.context().getHistory().getHistoricalOrderById(o.getId()), "not in the history yet");
            while (p.nowMs() < o.getCloseTime() + 2_000) {
                assertNull(p.context().getHistory().getHistoricalOrderById(o.getId()));
                p.replay(r, p.cursor() + 1);
            }
            assertEquals(o, p.context().getHistory().getHistoricalOrderById(o.getId()), "two seconds later it is");
        }
    }

    /**
     * Two instruments: the conversion instrument's ticks (USDJPY, synthesised from the real GBPJPY
     * ticks: ConversionTape) reach onTick only once subscribed, interleaved in time order with GBPJPY's.
     */
    @Test
    void aSecondInstrumentTicksInTimeOrderOnceSubscribed(@TempDir Path files) throws Exception {
        TickTape gbpjpy = TickTape.load(Ticks.gbpjpy("2012-12-03T00:00:00Z", "2012-12-04T00:00:00Z"));
        TickTape usdjpy = ConversionTape.usdJpy(gbpjpy, 1.61, 3, 250, 8);
        Recorder r = new Recorder();
        BrokerConfig broker = BrokerConfig.builder().accountCurrency("USD").initialDeposit(100_000).usdPerQuote(0.0122).build();
        try (FakePlatform p = new FakePlatform(Instrument.GBPJPY, gbpjpy, broker, IEngine.Type.DEMO, files.toFile(), 100)) {
            p.addInstrument(Instrument.USDJPY, usdjpy);
            p.start(r);
            r.subscribe(Instrument.GBPJPY);
            p.replay(r, 300);
            assertTrue(r.tickInstruments.stream().allMatch(i -> i == Instrument.GBPJPY), "USDJPY not subscribed yet");
            assertThrows(JFException.class, () -> r.context.getHistory().getLastTick(Instrument.USDJPY));
            long subscribedAt = p.nowMs();
            r.subscribe(Instrument.USDJPY);
            p.replay(r, 1_300);
            long end = gbpjpy.time(1_299);
            int expectedUsd = usdjpy.indexAtOrAfter(end + 1) - usdjpy.indexAtOrAfter(subscribedAt + 1);
            long gotUsd = r.tickInstruments.stream().filter(i -> i == Instrument.USDJPY).count();
            assertEquals(expectedUsd, gotUsd);
            assertEquals(1_200, r.tickInstruments.stream().filter(i -> i == Instrument.GBPJPY).count());
            for (int i = 1; i < r.ticks.size(); i++) {
                assertTrue(r.ticks.get(i).getTime() >= r.ticks.get(i - 1).getTime(), "tick " + i + " in time order");
            }
            int lastUsd = usdjpy.indexAtOrAfter(end + 1) - 1;
            ITick t = r.context.getHistory().getLastTick(Instrument.USDJPY);
            assertEquals(usdjpy.time(lastUsd), t.getTime());
            assertEquals(usdjpy.spec().toPrice(usdjpy.bid(lastUsd)), t.getBid(), 0);
        }
    }
}
