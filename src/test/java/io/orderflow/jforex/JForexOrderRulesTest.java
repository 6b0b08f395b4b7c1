package io.orderflow.jforex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.dukascopy.api.IEngine;
import com.dukascopy.api.IOrder;
import com.dukascopy.api.IStrategy;
import com.dukascopy.api.Instrument;

import io.orderflow.backtest.broker.BrokerConfig;
import io.orderflow.backtest.testing.Ticks;
import io.orderflow.execution.CloseReason;
import io.orderflow.jforex.harness.ConversionTape;
import io.orderflow.jforex.harness.FakeOrder;
import io.orderflow.jforex.harness.FakePlatform;
import io.orderflow.jforex.harness.RuntimeInstruments;
import io.orderflow.jforex.harness.TickTape;
import io.orderflow.strategy.Position;
import io.orderflow.strategy.config.ParameterTable;
import io.orderflow.trades.ClosedTrade;

/**
 * The compiled strategy against the strict platform rules on orders, accounts and instruments:
 * the defects each rule exposed, fixed. Real EURUSD ticks of 2019-02-04/05 (one-minute bars, every
 * trend signal taken) and real GBPJPY ticks of December 2012 with a synthetic USDJPY
 * ({@link ConversionTape}).
 */
@Tag("slow")
class JForexOrderRulesTest {
    private static TickTape eurusd;
    private static final BrokerConfig BROKER = BrokerConfig.builder().accountCurrency("USD").initialDeposit(100_000)
            .commissionUsdPerMillion(35).build();

    @BeforeAll
    static void load() throws Exception {
        eurusd = TickTape.load(Ticks.eurusdTwoDays());
    }

    private static IStrategy strategy() throws Exception {
        return JForexLiveTest.strategy(0);
    }

    private static FakeOrder firstFilled(FakePlatform p) {
        return JForexLiveTest.firstFilled(p);
    }

    private static boolean replayUntil(FakePlatform p, IStrategy s, java.util.function.BooleanSupplier done) {
        while (p.cursor() < eurusd.size()) {
            p.replay(s, p.cursor() + 50);
            if (done.getAsBoolean()) return true;
        }
        return false;
    }

    private static Object field(Object o, String name) throws ReflectiveOperationException {
        Field f = o.getClass().getDeclaredField(name);
        f.setAccessible(true);
        return f.get(o);
    }

    /**
     * A cross without a fixed rate: the conversion instrument (USDJPY) is subscribed before its last
     * tick is read (the strict history throws otherwise, as IHistory.getLastTick does for an
     * instrument that is "not active"), the start rate is 1 / its mid, and the rate then follows its
     * ticks, which arrive interleaved with GBPJPY's.
     */
    @Test
    void aCrossSubscribesItsConversionInstrumentBeforeReadingItAndFollowsItsTicks(@TempDir Path files) throws Exception {
        TickTape gbpjpy = TickTape.load(Ticks.gbpjpy("2012-12-03T00:00:00Z", "2012-12-05T00:00:00Z"));
        TickTape usdjpy = ConversionTape.usdJpy(gbpjpy, 1.61, 2, 250, 8);
        BrokerConfig broker = BrokerConfig.builder().accountCurrency("USD").initialDeposit(100_000).usdPerQuote(0.0122)
                .build();
        IStrategy s = strategy();
        JForexTesterParityTest.set(s, "instrument", Instrument.GBPJPY);
        int start = 2_000;
        try (FakePlatform p = new FakePlatform(Instrument.GBPJPY, gbpjpy, broker, IEngine.Type.DEMO, files.toFile(), start)) {
            p.addInstrument(Instrument.USDJPY, usdjpy);
            p.start(s);
            assertTrue(p.subscribed().contains(Instrument.USDJPY) && p.subscribed().contains(Instrument.GBPJPY),
                    p.subscribed().toString());
            QuoteConversion conversion = (QuoteConversion) field(s, "conversion");
            assertNotNull(conversion, "the live conversion is on");
            int k = usdjpy.indexAtOrAfter(gbpjpy.time(start - 1) + 1) - 1;   // USDJPY's last tick before the start
            double mid = (usdjpy.spec().toPrice(usdjpy.ask(k)) + usdjpy.spec().toPrice(usdjpy.bid(k))) / 2;
            assertEquals(1 / mid, conversion.rate(0), 1e-15, "start rate = 1 / USDJPY mid");
            assertEquals(1 / mid, JForexTesterParityTest.host(s).config().doubleValue(ParameterTable.ACCOUNT_QUOTE_TO_ACCOUNT_RATE),
                    1e-15);
            p.replay(s, 6_000);
            int last = usdjpy.indexAtOrAfter(gbpjpy.time(5_999) + 1) - 1;
            double lastMid = (usdjpy.spec().toPrice(usdjpy.ask(last)) + usdjpy.spec().toPrice(usdjpy.bid(last))) / 2;
            assertTrue(last > k + 1000, "many USDJPY ticks were delivered: " + (last - k));
            assertEquals(1 / lastMid, conversion.rate(0), 1e-15, "the rate follows the last USDJPY tick");
            assertEquals(usdjpy.time(last), conversion.lastQuoteMs());
            System.out.printf(java.util.Locale.ROOT, "GBPJPY on USD: start rate %.8f (USDJPY mid %.4f), after %d USDJPY ticks %.8f%n",
                    1 / mid, mid, last - k, conversion.rate(0));
            p.stop(s);
        }
    }

    /** A conversion instrument that stops quoting: one warning after five minutes of silence, one when it is back. */
    @Test
    void aSilentConversionInstrumentIsReported(@TempDir Path files) throws Exception {
        TickTape gbpjpy = TickTape.load(Ticks.gbpjpy("2012-12-03T00:00:00Z", "2012-12-05T00:00:00Z"));
        TickTape usdjpy = ConversionTape.usdJpy(gbpjpy, 1.61, 4_000, 250, 8);   // one USDJPY tick per 4,000 GBPJPY ticks
        BrokerConfig broker = BrokerConfig.builder().accountCurrency("USD").initialDeposit(100_000).usdPerQuote(0.0122)
                .build();
        IStrategy s = strategy();
        JForexTesterParityTest.set(s, "instrument", Instrument.GBPJPY);
        try (FakePlatform p = new FakePlatform(Instrument.GBPJPY, gbpjpy, broker, IEngine.Type.DEMO, files.toFile(), 4_100)) {
            p.addInstrument(Instrument.USDJPY, usdjpy);
            p.start(s);
            p.replay(s, 20_000);
            long silent = 0;
            for (int i = 1; i < usdjpy.size() && usdjpy.time(i) < gbpjpy.time(19_999); i++) {
                if (usdjpy.time(i - 1) >= gbpjpy.time(4_099)) silent = Math.max(silent, usdjpy.time(i) - usdjpy.time(i - 1));
            }
            assertTrue(silent > 6 * 60_000, "the synthetic USDJPY has gaps of more than 6 minutes: " + silent);
            assertTrue(p.consoleLines().stream().anyMatch(l -> l.contains("no good quote of USD/JPY for more than 5 minutes")),
                    p.consoleLines().toString());
            assertTrue(p.consoleLines().stream().anyMatch(l -> l.contains("quotes of USD/JPY again")));
            p.stop(s);
        }
    }

    /**
     * Amounts follow the runtime instrument (minimum 5,000 and increment 2,000 contracts: 0.005 and
     * 0.002 million): the strategy rounds down to the increment and logs it, and never sends an amount
     * the strict engine refuses (before, every amount off the increment was sent and refused with
     * INVALID_AMOUNT). The refusal below the minimum is in StrategyHostRulesTest.
     */
    @Test
    void amountsAreRoundedDownToTheRuntimeIncrementAndRefusedBelowTheMinimum(@TempDir Path files) throws Exception {
        try (RuntimeInstruments runtime = new RuntimeInstruments().amounts(Instrument.EURUSD, 5_000, 2_000)) {
            IStrategy s = strategy();
            try (FakePlatform p = new FakePlatform(Instrument.EURUSD, eurusd, BROKER, IEngine.Type.TEST, files.toFile(), 0)) {
                p.start(s);
                p.replay(s, 120_000);
                assertTrue(p.submissions().size() >= 3, "entries: " + p.submissions().size());
                for (FakePlatform.Submission sub : p.submissions()) {
                    long units = Math.round(sub.amount * 1e6);
                    assertTrue(units >= 5_000 && units % 2_000 == 0, sub.label + ": " + sub.amount);
                }
                assertFalse(p.consoleLines().stream().anyMatch(l -> l.contains("refused by the platform")),
                        p.consoleLines().toString());
                long rounded = p.consoleLines().stream().filter(l -> l.contains("rounded down to")).count();
                assertTrue(rounded > 0, "some amount was rounded");
                System.out.printf(java.util.Locale.ROOT, "runtime amounts (min 0.005, step 0.002): %d entries sent, %d rounded down, "
                        + "0 refused%n", p.submissions().size(), rounded);
                p.stop(s);
            }
        }
    }

    /** IOrder: close and stop/target changes are not allowed on Global accounts, so the strategy refuses to start there. */
    @Test
    void refusesToStartOnAGlobalAccount(@TempDir Path files) throws Exception {
        IStrategy s = strategy();
        try (FakePlatform p = new FakePlatform(Instrument.EURUSD, eurusd, BROKER, IEngine.Type.DEMO, files.toFile(), 0)) {
            p.setGlobalAccount(true);
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> p.start(s));
            assertTrue(e.getCause().getMessage().contains("is a Global account"), e.getCause().getMessage());
            assertTrue(p.submissions().isEmpty());
        }
    }

    /**
     * The reconciliation runs on a reconnection only: a disconnection message and the ticks, bars and
     * messages of normal trading make no order lookup besides the one each stop change or close needs
     * to find its order.
     */
    @Test
    void ordersAreLookedUpOnReconnectionOnly(@TempDir Path files) throws Exception {
        IStrategy s = strategy();
        try (FakePlatform p = new FakePlatform(Instrument.EURUSD, eurusd, BROKER, IEngine.Type.DEMO, files.toFile(), 0)) {
            p.start(s);
            int lines = p.consoleLines().size();
            int before = p.orderLookups();
            p.replay(s, 60_000);
            long calls = changeCalls(p.consoleLines().subList(lines, p.consoleLines().size()));
            assertEquals(calls, p.orderLookups() - before, "one lookup per change or close, none per tick, bar or message");
            System.out.printf(java.util.Locale.ROOT, "60,000 ticks connected: %d order lookups for %d changes and closes%n",
                    p.orderLookups() - before, calls);
            assertTrue(replayUntil(p, s, () -> firstFilled(p) != null), "a position opens");
            before = p.orderLookups();
            p.disconnect(s);
            assertEquals(before, p.orderLookups(), "a disconnection looks nothing up");
            p.replay(s, p.cursor() + 500);
            assertEquals(before, p.orderLookups(), "nothing while disconnected");
            p.reconnect(s);
            assertTrue(p.orderLookups() > before, "the reconnection reconciles");
            p.stop(s);
        }
    }

    private static long changeCalls(List<String> lines) {
        return lines.stream().filter(l -> l.contains("] MODIFY ") || l.contains("] EXIT ")).count();
    }

    /**
     * A close missed while disconnected, whose order is in neither the active orders nor (yet) the
     * history at the reconnection: the strategy waits (and says so), then takes the platform's close
     * once history knows it, within the grace period.
     */
    @Test
    void anOrderMissingFromBothListsIsWaitedForThenTakenFromHistory(@TempDir Path files) throws Exception {
        IStrategy s = strategy();
        try (FakePlatform p = new FakePlatform(Instrument.EURUSD, eurusd, BROKER, IEngine.Type.DEMO, files.toFile(), 0)) {
            p.setHistoryDelayMs(10_000);
            p.start(s);
            assertTrue(replayUntil(p, s, () -> firstFilled(p) != null), "a position opens");
            FakeOrder o = firstFilled(p);
            p.disconnect();
            while (o.getState() != IOrder.State.CLOSED) p.replay(s, p.cursor() + 1);
            p.reconnect(s);
            StrategyHost host = JForexTesterParityTest.host(s);
            assertEquals(1, host.enginePositionsInUse(), "not yet known: still held");
            assertTrue(p.consoleLines().stream().anyMatch(l -> l.contains(o.getLabel() + " is in neither the active orders "
                    + "nor the history yet; waiting up to 30 s")), p.consoleLines().toString());
            assertTrue(replayUntil(p, s, () -> host.enginePositionsInUse() == 0), "settled");
            ClosedTrade t = host.closedTrades().get(host.closedTrades().size() - 1);
            assertEquals(o.getLabel(), t.label());
            assertEquals(eurusd.spec().toPoints(o.getClosePrice()), t.exitPrice(), "the platform's close price "
                    + p.consoleLines().stream().filter(l -> l.contains(o.getLabel()) || l.contains("connect")).toList() + " " + o);
            assertEquals(o.getProfitLossInAccountCurrency(), t.grossProfitLoss(), 1e-9);
            assertTrue(t.closeNote().contains("reconciliation"), t.closeNote());
            assertTrue(p.nowMs() - o.getCloseTime() >= 10_000, "only once history knew it");
            p.stop(s);
        }
    }

    /** Missing for longer than the grace period: the strategy decides (closed outside, price unknown) and logs the decision. */
    @Test
    void anOrderMissingLongerThanTheGracePeriodIsSettledWithALoggedDecision(@TempDir Path files) throws Exception {
        IStrategy s = strategy();
        try (FakePlatform p = new FakePlatform(Instrument.EURUSD, eurusd, BROKER, IEngine.Type.DEMO, files.toFile(), 0)) {
            p.setHistoryDelayMs(Long.MAX_VALUE / 4);
            p.start(s);
            assertTrue(replayUntil(p, s, () -> firstFilled(p) != null), "a position opens");
            FakeOrder o = firstFilled(p);
            p.disconnect();
            while (o.getState() != IOrder.State.CLOSED) p.replay(s, p.cursor() + 1);
            p.reconnect(s);
            long reconnectedAt = p.nowMs();
            StrategyHost host = JForexTesterParityTest.host(s);
            assertTrue(replayUntil(p, s, () -> host.enginePositionsInUse() == 0), "settled");
            assertTrue(p.nowMs() - reconnectedAt >= StrategyHost.MISSING_GRACE_MS, "after the grace period");
            ClosedTrade t = host.closedTrades().get(host.closedTrades().size() - 1);
            assertEquals(o.getLabel(), t.label());
            assertEquals(CloseReason.EXTERNAL, t.closeReason());
            assertTrue(t.closeNote().contains("price and P/L unknown"), t.closeNote());
            assertTrue(p.consoleLines().stream().anyMatch(l -> l.contains(o.getLabel() + " still unknown to the platform after")
                    && l.contains("counted as closed outside the strategy")), p.consoleLines().toString());
            p.stop(s);
        }
    }

    /** A partial close made outside the strategy (IOrder.close(amount)): the engine's position amount follows the platform's. */
    @Test
    void aPartialCloseOutsideTheStrategyReducesTheEnginesPosition(@TempDir Path files) throws Exception {
        IStrategy s = strategy();
        try (FakePlatform p = new FakePlatform(Instrument.EURUSD, eurusd, BROKER, IEngine.Type.DEMO, files.toFile(), 0)) {
            p.start(s);
            assertTrue(replayUntil(p, s, () -> firstFilled(p) != null), "a position opens");
            FakeOrder o = firstFilled(p);
            double full = o.getAmount();
            double part = Math.floor(full / 2 * 1000) / 1000;
            p.onStrategyThread(() -> {
                o.close(part);   // e.g. the trader, from the platform's order panel
                return null;
            });
            p.replay(s, p.cursor() + 1);
            StrategyHost host = JForexTesterParityTest.host(s);
            double left = Math.round((full - part) * 1e6) / 1e6;
            assertEquals(left, o.getAmount(), 1e-12);
            Position engine = position(host, o.getLabel());
            assertNotNull(engine);
            assertEquals(left, engine.amount(), 1e-12, "the engine follows the platform");
            assertTrue(p.consoleLines().stream().anyMatch(l -> l.contains(o.getLabel() + " partly closed outside the strategy")));
            p.stop(s);
        }
    }

    private static Position position(StrategyHost host, String label) {
        for (int i = 0; i < host.engine().positions().capacity(); i++) {
            Position x = host.engine().positions().slot(i);
            if (label.equals(x.label()) && x.state() != Position.State.FREE) return x;
        }
        return null;
    }

    /**
     * Configurable.fileType lists "files from strategy directory" matching the pattern; the chosen
     * name is relative, so the strategy reads it from the Strategies folder (the files folder's parent).
     */
    @Test
    void aJsonFileChosenFromTheStrategiesFolderIsRead(@TempDir Path root) throws Exception {
        File files = root.resolve("Strategies").resolve("files").toFile();
        assertTrue(files.mkdirs());
        Files.write(root.resolve("Strategies").resolve("tuned.json"),
                "{\"trend\": {\"emaFast\": 7}}".getBytes(StandardCharsets.UTF_8));
        IStrategy s = strategy();
        JForexTesterParityTest.set(s, "configFile", new File("tuned.json"));
        try (FakePlatform p = new FakePlatform(Instrument.EURUSD, eurusd, BROKER, IEngine.Type.DEMO, files, 0)) {
            p.start(s);
            assertEquals(7, JForexTesterParityTest.host(s).config().intValue(ParameterTable.TREND_EMA_FAST));
            p.stop(s);
        }
    }
}
