package io.orderflow.jforex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.dukascopy.api.IEngine;
import com.dukascopy.api.IMessage;
import com.dukascopy.api.IOrder;
import com.dukascopy.api.IStrategy;
import com.dukascopy.api.Instrument;
import com.dukascopy.api.JFException;
import com.dukascopy.api.Period;

import io.orderflow.backtest.broker.BrokerConfig;
import io.orderflow.backtest.testing.Ticks;
import io.orderflow.jforex.harness.FakeOrder;
import io.orderflow.jforex.harness.FakePlatform;
import io.orderflow.jforex.harness.TickTape;
import io.orderflow.strategy.setup.SetupKind;
import io.orderflow.strategy.stats.SkipReason;
import io.orderflow.trades.ClosedTrade;

/**
 * The compiled strategy on the fake platform with live semantics: messages that arrive later, a
 * refused order, a lost connection, a restart with an open position, the LIVE-account guard, the
 * warm-up from history, a parameter changed from the platform's UI thread and the bar timer.
 * Real EURUSD ticks of 2019-02-04/05, one-minute bars, every trend signal taken (so that there are
 * trades to follow), break-even at 1 R and a 30-bar time stop.
 */
@Tag("slow")
class JForexLiveTest {
    private static TickTape tape;
    private static final BrokerConfig BROKER = BrokerConfig.builder().accountCurrency("USD").initialDeposit(100_000)
            .commissionUsdPerMillion(35).build();

    @BeforeAll
    static void load() throws Exception {
        tape = TickTape.load(Ticks.eurusdTwoDays());
    }

    static IStrategy strategy(int warmUpHours) throws Exception {
        IStrategy s = JForexTesterParityTest.newStrategy();
        JForexTesterParityTest.set(s, "instrument", Instrument.EURUSD);
        JForexTesterParityTest.set(s, "barsPeriod", Period.ONE_MIN);
        JForexTesterParityTest.set(s, "trendOrderFlowConfirmation", false);
        JForexTesterParityTest.set(s, "exitsBreakEvenAtR", 1.0);
        JForexTesterParityTest.set(s, "exitsMaxBarsInTrade", 30);
        JForexTesterParityTest.set(s, "warmUpHours", warmUpHours);
        return s;
    }

    static StrategyHost host(IStrategy s) throws Exception {
        return JForexTesterParityTest.host(s);
    }

    /** Replays in steps until {@code done} holds or the tape ends; returns whether it held. */
    static boolean replayUntil(FakePlatform p, IStrategy s, java.util.function.BooleanSupplier done) {
        while (p.cursor() < tape.size()) {
            p.replay(s, p.cursor() + 50);
            if (done.getAsBoolean()) return true;
        }
        return false;
    }

    static FakeOrder firstFilled(FakePlatform p) {
        for (FakeOrder o : p.activeOrders()) if (o.getState() == IOrder.State.FILLED) return o;
        return null;
    }

    @Test
    void fillsThatArriveLaterAreFollowedAndNeverExceedThePositionLimit(@TempDir Path files) throws Exception {
        IStrategy s = strategy(0);
        try (FakePlatform p = new FakePlatform(Instrument.EURUSD, tape, BROKER, IEngine.Type.DEMO, files.toFile(), 0)) {
            p.setMessageDelayTicks(40);
            p.start(s);
            p.replayAll(s);
            p.endOfData(s);
            StrategyHost host = host(s);
            p.stop(s);

            assertTrue(host.closedTrades().size() >= 5, "trades: " + host.closedTrades().size());
            assertTrue(p.threadViolations().isEmpty(), p.threadViolations().toString());
            assertEquals(0, host.engine().unknownExecutionEvents(), "every message matched a position");
            for (FakePlatform.Submission sub : p.submissions()) {
                assertEquals(0, sub.activeBefore, sub.label + ": a pending entry counts against the limit of one position");
            }
            for (ClosedTrade t : host.closedTrades()) {
                FakeOrder o = order(p, t.label());
                assertEquals(tape.spec().toPoints(o.getOpenPrice()), t.entryPrice(), t.label());
                assertEquals(tape.spec().toPoints(o.getClosePrice()), t.exitPrice(), t.label());
                assertEquals(o.getProfitLossInAccountCurrency(), t.grossProfitLoss(), 1e-9, t.label());
            }
            assertEquals(0, host.enginePositionsInUse(), "the engine holds nothing after the last close");
        }
    }

    @Test
    void aRefusedEntryFreesItsSlotAndIsCountedAsRejected(@TempDir Path files) throws Exception {
        IStrategy s = strategy(0);
        try (FakePlatform p = new FakePlatform(Instrument.EURUSD, tape, BROKER, IEngine.Type.DEMO, files.toFile(), 0)) {
            p.setMessageDelayTicks(5);
            p.rejectNextEntries(1, "Not enough margin");
            p.start(s);
            p.replayAll(s);
            p.endOfData(s);
            StrategyHost host = host(s);

            FakeOrder first = p.orders().get(0);
            assertEquals(IOrder.State.CANCELED, first.getState());
            assertTrue(p.delivered().stream().anyMatch(m -> m.getType() == IMessage.Type.ORDER_SUBMIT_REJECTED));
            long rejected = host.engine().stats().decisions(SetupKind.TREND, SkipReason.REJECTED)
                    + host.engine().stats().decisions(SetupKind.REVERSION, SkipReason.REJECTED);
            assertEquals(1, rejected, "the refused signal is counted as REJECTED");
            assertTrue(p.submissions().size() > 1, "the slot was freed: later entries were sent");
            assertTrue(p.consoleLines().stream().anyMatch(l -> l.contains("REJECTED " + first.getLabel())
                    && l.contains("Not enough margin")), "the console says so");
            assertFalse(host.closedTrades().stream().anyMatch(t -> t.label().equals(first.getLabel())));
            p.stop(s);
        }
    }

    @Test
    void aCloseMissedWhileDisconnectedIsReconciledFromTheOrderHistory(@TempDir Path files) throws Exception {
        IStrategy s = strategy(0);
        try (FakePlatform p = new FakePlatform(Instrument.EURUSD, tape, BROKER, IEngine.Type.DEMO, files.toFile(), 0)) {
            p.start(s);
            assertTrue(replayUntil(p, s, () -> firstFilled(p) != null), "a position opens");
            FakeOrder o = firstFilled(p);
            p.disconnect();
            assertTrue(replayUntil(p, s, () -> o.getState() == IOrder.State.CLOSED), "the server closes it");
            p.replay(s, p.cursor() + 200);
            assertTrue(p.lost().stream().anyMatch(m -> m.getOrder() == o && m.getType() == IMessage.Type.ORDER_CLOSE_OK),
                    "its close message was lost");
            StrategyHost host = host(s);
            assertEquals(1, host.enginePositionsInUse(), "before reconnecting the engine still believes it open");

            p.reconnect(s);
            assertEquals(0, host.enginePositionsInUse(), "the reconciliation released it");
            ClosedTrade t = host.closedTrades().get(host.closedTrades().size() - 1);
            assertEquals(o.getLabel(), t.label());
            assertEquals(tape.spec().toPoints(o.getClosePrice()), t.exitPrice(), "the platform's close price");
            assertEquals(o.getCloseTime(), t.exitTimeMs());
            assertEquals(o.getProfitLossInAccountCurrency(), t.grossProfitLoss(), 1e-9, "the platform's P/L");
            assertTrue(t.closeNote().contains("reconciliation"), t.closeNote());

            int before = p.submissions().size();
            p.replayAll(s);
            assertTrue(p.submissions().size() > before, "trading goes on after the reconnection");
            p.stop(s);
        }
    }

    @Test
    void aFillMissedWhileDisconnectedIsReconciledFromTheActiveOrders(@TempDir Path files) throws Exception {
        IStrategy s = strategy(0);
        try (FakePlatform p = new FakePlatform(Instrument.EURUSD, tape, BROKER, IEngine.Type.DEMO, files.toFile(), 0)) {
            p.start(s);
            // one tick at a time until an entry is sent, then the line drops before its fill is reported
            while (p.submissions().isEmpty()) p.replay(s, p.cursor() + 1);
            FakeOrder o = p.orders().get(0);
            assertEquals(IOrder.State.OPENED, o.getState());
            p.disconnect();
            p.replay(s, p.cursor() + 3);
            assertEquals(IOrder.State.FILLED, o.getState(), "filled on the server");
            p.reconnect(s);
            StrategyHost host = host(s);
            assertEquals(1, host.openPositions(), "the fill is known now");
            assertEquals(1, host.enginePositionsInUse());
            assertTrue(replayUntil(p, s, () -> !host.closedTrades().isEmpty()), "and its close arrives normally");
            assertEquals(o.getLabel(), host.closedTrades().get(0).label());
            assertEquals(tape.spec().toPoints(o.getOpenPrice()), host.closedTrades().get(0).entryPrice());
            p.stop(s);
        }
    }

    @Test
    void aRestartedStrategyAdoptsItsOpenPositionInsteadOfOpeningAnother(@TempDir Path files) throws Exception {
        IStrategy first = strategy(0);
        try (FakePlatform p = new FakePlatform(Instrument.EURUSD, tape, BROKER, IEngine.Type.DEMO, files.toFile(), 0)) {
            p.start(first);
            assertTrue(replayUntil(p, first, () -> firstFilled(p) != null));
            FakeOrder open = firstFilled(p);
            p.stop(first);
            assertTrue(p.consoleLines().stream().anyMatch(l -> l.contains("1 position(s) left open")));

            IStrategy second = strategy(2);
            int submissionsBefore = p.submissions().size();
            p.start(second);
            StrategyHost host = host(second);
            assertEquals(1, host.adopted(), "the open position is adopted");
            assertEquals(1, host.enginePositionsInUse());
            assertTrue(p.consoleLines().stream().anyMatch(l -> l.contains("ADOPTED " + open.getLabel())));

            assertTrue(replayUntil(p, second, () -> open.getState() == IOrder.State.CLOSED), "it closes");
            for (FakePlatform.Submission sub : p.submissions().subList(submissionsBefore, p.submissions().size())) {
                assertEquals(0, sub.activeBefore, "no second position while the adopted one is open: " + sub.label);
            }
            ClosedTrade t = host.closedTrades().get(0);
            assertEquals(open.getLabel(), t.label());
            assertTrue(t.closeNote().contains("adopted"), t.closeNote());
            assertEquals(0, host.enginePositionsInUse());

            p.replayAll(second);
            assertTrue(p.submissions().size() > submissionsBefore, "the restarted strategy trades on");
            Set<String> labels = new HashSet<>();
            for (FakePlatform.Submission sub : p.submissions()) assertTrue(labels.add(sub.label), "unique: " + sub.label);
            p.stop(second);
        }
    }

    @Test
    void refusesALiveAccountUnlessAllowed(@TempDir Path files) throws Exception {
        IStrategy s = strategy(0);
        try (FakePlatform p = new FakePlatform(Instrument.EURUSD, tape, BROKER, IEngine.Type.LIVE, files.toFile(), 0)) {
            JFException e = assertThrows(JFException.class, () -> s.onStart(p.context()));
            assertTrue(e.getMessage().contains("allowLiveAccount"), e.getMessage());
        }
        IStrategy allowed = strategy(0);
        JForexTesterParityTest.set(allowed, "allowLiveAccount", true);
        try (FakePlatform p = new FakePlatform(Instrument.EURUSD, tape, BROKER, IEngine.Type.LIVE, files.toFile(), 0)) {
            p.start(allowed);
            assertEquals(RunMode.LIVE, host(allowed).mode());
        }
    }

    @Test
    void warmsUpOnTheHistoryBeforeItsStartWithoutOrders(@TempDir Path files) throws Exception {
        int start = tape.indexAtOrAfter(java.time.Instant.parse("2019-02-05T00:00:00Z").toEpochMilli());
        IStrategy s = strategy(24);
        try (FakePlatform p = new FakePlatform(Instrument.EURUSD, tape, BROKER, IEngine.Type.TEST, files.toFile(), start)) {
            p.start(s);
            StrategyHost host = host(s);
            assertEquals(24, p.historyRequests().size(), "one history request per hour");
            long to = tape.time(start - 1);
            int expected = start - tape.indexAtOrAfter(to - 24 * 3_600_000L + 1);
            assertEquals(expected, host.warmUpTicks(), "every tick of the 24 hours before the start");
            assertTrue(host.engine().barsClosed() > 1000, "the minute bars of the day are built: " + host.engine().barsClosed());
            assertTrue(p.submissions().isEmpty(), "no order during the warm-up");
            assertEquals(0, host.engine().stats().signals(SetupKind.TREND, true).count()
                    + host.engine().stats().signals(SetupKind.TREND, false).count(), "warm-up signals are not counted");
            // the same ticks through an engine of the same configuration, entries suspended: the same state
            io.orderflow.strategy.StrategyEngine reference = new io.orderflow.strategy.StrategyEngine(host.config(),
                    intent -> { throw new AssertionError("no intent during a warm-up: " + intent); });
            reference.setEntriesSuspended(true);
            io.orderflow.market.Tick t = new io.orderflow.market.Tick(1);
            for (int i = tape.indexAtOrAfter(to - 24 * 3_600_000L + 1); i < start; i++) reference.onTick(tape.tick(i, t));
            assertEquals(reference.barsClosed(), host.engine().barsClosed());
            assertEquals(reference.series().getLastBar().getEndTime(), host.engine().series().getLastBar().getEndTime());
            assertEquals(reference.series().getLastBar().getClosePrice(), host.engine().series().getLastBar().getClosePrice());
            assertEquals(reference.lastReadings().toString(), host.engine().lastReadings().toString());

            p.replay(s, start + 20_000);
            assertEquals(0, host.skippedTicks(), "live ticks continue where the history ended");
        }
    }

    @Test
    void pausingFromThePlatformThreadReachesTheStrategyThroughExecuteTask(@TempDir Path files) throws Exception {
        IStrategy s = strategy(0);
        try (FakePlatform p = new FakePlatform(Instrument.EURUSD, tape, BROKER, IEngine.Type.DEMO, files.toFile(), 0)) {
            p.start(s);
            p.changeParameter("entriesPaused", false, true);
            assertTrue(p.consoleLines().stream().anyMatch(l -> l.contains("entries paused")));
            p.replay(s, tape.size() / 2);
            assertTrue(p.submissions().isEmpty(), "no entries while paused");
            p.changeParameter("entriesPaused", true, false);
            p.replayAll(s);
            assertFalse(p.submissions().isEmpty(), "entries again after resuming");
            assertTrue(p.threadViolations().isEmpty(), p.threadViolations().toString());
        }
    }

    @Test
    void liveTheBarTimerDecidesAtTheBarEndWhileTheTesterWaitsForTheNextTick(@TempDir Path files) throws Exception {
        List<Long> demo = decisionSeconds(IEngine.Type.DEMO, files.resolve("demo"));
        List<Long> test = decisionSeconds(IEngine.Type.TEST, files.resolve("test"));
        assertFalse(demo.isEmpty());
        assertTrue(demo.stream().allMatch(sec -> sec % 60 == 0), "live: decisions at minute ends " + demo);
        assertTrue(test.stream().anyMatch(sec -> sec % 60 != 0), "tester: decisions at the first tick after the bar " + test);
    }

    @Test
    void liveDepthIsRecordedInTheBookRecordingFormatOneFilePerDay(@TempDir Path files) throws Exception {
        IStrategy s = strategy(0);
        JForexTesterParityTest.set(s, "recordDepth", true);
        JForexTesterParityTest.set(s, "depthLevels", 5);
        int end = tape.indexAtOrAfter(java.time.Instant.parse("2019-02-05T00:30:00Z").toEpochMilli());
        int start = end - 3_000;
        try (FakePlatform p = new FakePlatform(Instrument.EURUSD, tape, BROKER, IEngine.Type.DEMO, files.toFile(), start)) {
            p.setDepthLevels(5);
            p.start(s);
            p.replay(s, end);
            p.stop(s);
        }
        java.io.File[] recordings = files.resolve("orderflow/depth").toFile().listFiles();
        assertNotNull(recordings);
        java.util.Arrays.sort(recordings);
        assertEquals(2, recordings.length, "the ticks span midnight UTC: two daily files");
        assertEquals("EURUSD-2019-02-04.ofd", recordings[0].getName());
        int i = start;
        io.orderflow.market.Tick t = new io.orderflow.market.Tick(10);
        for (java.io.File f : recordings) {
            try (io.orderflow.data.depth.DepthRecordingReader in = io.orderflow.data.depth.DepthRecordingReader.open(
                    f.toPath(), io.orderflow.data.ProblemLog.failing())) {
                while (in.next(t)) {
                    assertEquals(tape.time(i), t.timeMs());
                    assertEquals(5, t.levels());
                    assertEquals(tape.ask(i), t.ask());
                    assertEquals(tape.bid(i) - 4, t.bidPrice(4));
                    assertEquals(tape.bidVolume(i) + 2.0, t.bidVolume(4), 1e-12);
                    i++;
                }
            }
        }
        assertEquals(end, i, "every live tick recorded, in order");

        IStrategy tester = strategy(0);
        JForexTesterParityTest.set(tester, "recordDepth", true);
        try (FakePlatform p = new FakePlatform(Instrument.EURUSD, tape, BROKER, IEngine.Type.TEST,
                files.resolve("t").toFile(), start)) {
            p.start(tester);
            assertTrue(p.consoleLines().stream().anyMatch(l -> l.contains("not recorded in the Historical Tester")));
        }
    }

    /**
     * Custom indicators "must be registered first" (wiki "Use Custom Indicator in Strategies"): the
     * strict registry returns no indicator by name before {@code registerCustomIndicator(File)}. The
     * platform compiles an indicator next to its source in the Indicators folder (beside Strategies,
     * whose files folder the strategy knows), so that is where the .jfx files are; a .jfx in the files
     * folder is not the platform's and is ignored. What was added is removed on stop.
     */
    @Test
    void registersTheCompiledIndicatorsFromTheIndicatorsFolderAndRemovesThemOnStop(@TempDir Path root) throws Exception {
        java.io.File files = root.resolve("Strategies").resolve("files").toFile();
        java.io.File indicatorsDir = root.resolve("Indicators").toFile();
        assertTrue(files.mkdirs() && indicatorsDir.mkdirs());
        com.dukascopy.api.IChart chart = org.mockito.Mockito.mock(com.dukascopy.api.IChart.class);
        io.orderflow.jforex.harness.CustomIndicatorRegistry registry = new io.orderflow.jforex.harness.CustomIndicatorRegistry();
        java.util.Map<String, com.dukascopy.api.indicators.IIndicator> compiled = new java.util.HashMap<>();
        for (IndicatorCatalog e : IndicatorCatalog.values()) {
            com.dukascopy.api.indicators.IIndicator ind = org.mockito.Mockito.mock(com.dukascopy.api.indicators.IIndicator.class);
            compiled.put(e.indicatorName(), ind);
            // OF_OFI was never compiled in the platform: its .jfx sits in the files folder only
            java.io.File jfx = new java.io.File(e == IndicatorCatalog.OFI ? files : indicatorsDir, e.jfxFileName());
            assertTrue(jfx.createNewFile());
            registry.compiled(jfx, e.indicatorName(), ind);
        }
        assertEquals(null, registry.indicators().getIndicator("OF_DELTA"), "nothing is found before it is registered");
        IStrategy s = strategy(0);
        try (FakePlatform p = new FakePlatform(Instrument.EURUSD, tape, BROKER, IEngine.Type.DEMO, files, 0)) {
            p.setChart(chart);
            p.setIndicators(registry.indicators());
            p.start(s);
            for (String name : new String[] {"OF_DELTA", "OF_CUMDELTA", "OF_IMBALANCE", "OF_VAP", "OF_MANIPULATION", "OF_FOOTPRINT"}) {
                org.mockito.Mockito.verify(chart).add(compiled.get(name));
            }
            org.mockito.Mockito.verify(chart, org.mockito.Mockito.never()).add(compiled.get("OF_OFI"));
            for (java.io.File f : registry.registrations()) assertEquals(indicatorsDir, f.getParentFile(), f.toString());
            assertTrue(p.consoleLines().stream().anyMatch(l -> l.contains("indicators on the chart: [OF_DELTA, "
                    + "OF_CUMDELTA, OF_IMBALANCE, OF_VAP, OF_MANIPULATION, OF_FOOTPRINT]") && l.contains("OfiIndicator.jfx")), p.consoleLines().toString());
            org.mockito.Mockito.verify(chart, org.mockito.Mockito.never()).removeIndicator(
                    org.mockito.ArgumentMatchers.any(com.dukascopy.api.indicators.IIndicator.class));
            p.stop(s);
            for (String name : new String[] {"OF_DELTA", "OF_CUMDELTA", "OF_IMBALANCE", "OF_VAP", "OF_MANIPULATION", "OF_FOOTPRINT"}) {
                org.mockito.Mockito.verify(chart).removeIndicator(compiled.get(name));
            }
        }
    }

    @Test
    void anOrderWantedOffTheStrategyThreadIsSubmittedOnItThroughExecuteTask(@TempDir Path files) throws Exception {
        IStrategy s = strategy(0);
        try (FakePlatform p = new FakePlatform(Instrument.EURUSD, tape, BROKER, IEngine.Type.DEMO, files.toFile(), 1000)) {
            p.start(s);
            // the platform refuses order calls from other threads ...
            JFException e = assertThrows(JFException.class, () -> p.context().getEngine().submitOrder("OF_EURUSD_1_1",
                    Instrument.EURUSD, IEngine.OrderCommand.BUY, 0.01));
            assertTrue(e.getMessage().contains("Incorrect thread"), e.getMessage());
            // ... so an intent that reaches the strategy on another thread is moved onto the strategy thread
            StrategyHost host = host(s);
            long bid = tape.bid(999);
            Thread other = new Thread(() -> host.submit(io.orderflow.execution.OrderIntent.enter("OF_EURUSD_2_1", "EURUSD",
                    io.orderflow.execution.TradeSide.SHORT, 0.01, bid + 300, bid - 600, tape.time(999), "test")), "ui");
            other.start();
            other.join();
            p.onStrategyThread(() -> null);
            FakePlatform.Submission sub = p.submissions().get(p.submissions().size() - 1);
            assertEquals("OF_EURUSD_2_1", sub.label);
            assertEquals(p.strategyThread().getName(), sub.thread);
            assertEquals(1, p.threadViolations().size(), "only the direct call above: " + p.threadViolations());
        }
    }

    private List<Long> decisionSeconds(IEngine.Type type, Path files) throws Exception {
        files.toFile().mkdirs();
        IStrategy s = strategy(0);
        try (FakePlatform p = new FakePlatform(Instrument.EURUSD, tape, BROKER, type, files.toFile(), 0)) {
            p.start(s);
            p.replay(s, tape.size() / 4);
            return p.submissions().stream().map(sub -> Long.parseLong(sub.label.split("_")[2]))
                    .collect(Collectors.toList());
        }
    }

    private static FakeOrder order(FakePlatform p, String label) {
        for (FakeOrder o : p.orders()) if (o.getLabel().equals(label)) return o;
        assertNotNull(null, "no order " + label);
        return null;
    }
}
