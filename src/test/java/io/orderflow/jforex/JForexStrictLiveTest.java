package io.orderflow.jforex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.dukascopy.api.IEngine;
import com.dukascopy.api.IStrategy;
import com.dukascopy.api.Instrument;

import io.orderflow.backtest.broker.BrokerConfig;
import io.orderflow.backtest.testing.Ticks;
import io.orderflow.jforex.harness.FakePlatform;
import io.orderflow.jforex.harness.StrictLiveDelivery;
import io.orderflow.jforex.harness.TickTape;
import io.orderflow.market.Tick;
import io.orderflow.strategy.StrategyEngine;
import io.orderflow.strategy.stats.SignalListener;
import io.orderflow.strategy.stats.SignalRecord;

/**
 * The compiled strategy under the strict live emulation ({@link StrictLiveDelivery}): history
 * requests take platform time, and the platform skips {@code onTick} as its policy says. Real EURUSD
 * ticks of 2019-02-04/05, one-minute bars (the {@link JForexLiveTest} configuration).
 */
class JForexStrictLiveTest {
    private static TickTape tape;
    private static final BrokerConfig BROKER = BrokerConfig.builder().accountCurrency("USD").initialDeposit(100_000)
            .commissionUsdPerMillion(35).build();

    @BeforeAll
    static void load() throws Exception {
        tape = TickTape.load(Ticks.eurusdTwoDays());
    }

    /** What a signal decided: everything except what depends on fills (skip reason, amount). */
    static String describe(SignalRecord r) {
        return r.setup + " " + r.side + " @" + r.timeMs + " bar " + r.barStartMs + " checks " + r.failedChecks + " entry "
                + r.entryPoints + " stop " + r.stopPoints + " target " + r.targetPoints + " at " + r.where;
    }

    static final class Run {
        StrategyHost host;
        final List<String> signals = new ArrayList<>();
        int skipped;
        long requests;
        List<String> console;
    }

    private static Run strictRun(Path files, int start, int end, int warmUpHours, long latencyMs, boolean backfill)
            throws Exception {
        IStrategy s = JForexLiveTest.strategy(warmUpHours);
        JForexTesterParityTest.set(s, "backfillSkippedTicks", backfill);
        Run run = new Run();
        try (FakePlatform p = new FakePlatform(Instrument.EURUSD, tape, BROKER, IEngine.Type.DEMO, files.toFile(), start)) {
            StrictLiveDelivery live = p.strictLiveDelivery(latencyMs);
            p.start(s);
            run.host = JForexLiveTest.host(s);
            run.host.engine().setSignalListener(new SignalListener() {
                @Override
                public void onSignal(SignalRecord record) {
                    run.signals.add(describe(record));
                }
            });
            p.replay(s, end);
            run.skipped = live.skipped();
            run.requests = live.requests();
            p.stop(s);
            run.console = new ArrayList<>(p.consoleLines());
        }
        return run;
    }

    /**
     * The engine fed every tick: the warm-up's ticks with entries suspended, then every live tick,
     * with the platform's minute-bar callbacks as the live timer (before the first tick of each new minute).
     */
    private static StrategyEngine reference(StrategyHost like, int start, int end, int warmUpHours, List<String> signals) {
        StrategyEngine ref = new StrategyEngine(like.config(), intent -> { });
        ref.setSignalListener(new SignalListener() {
            @Override
            public void onSignal(SignalRecord record) {
                signals.add(describe(record));
            }
        });
        ref.setEntriesSuspended(true);
        Tick t = new Tick(1);
        int from = tape.indexAtOrAfter(tape.time(start - 1) - warmUpHours * 3_600_000L + 1);
        for (int i = from; i < end; i++) {
            if (i == start) ref.setEntriesSuspended(false);
            if (i > start && minute(i) > minute(i - 1)) ref.onTime(minute(i - 1) + 60_000);
            ref.onTick(tape.tick(i, t));
        }
        return ref;
    }

    private static long minute(int i) {
        return Math.floorDiv(tape.time(i), 60_000L) * 60_000L;
    }

    private static List<String> bars(StrategyEngine e) {
        List<String> out = new ArrayList<>();
        org.ta4j.core.BarSeries s = e.series();
        for (int i = s.getBeginIndex(); i <= s.getEndIndex(); i++) {
            org.ta4j.core.Bar b = s.getBar(i);
            out.add(b.getEndTime() + " O " + b.getOpenPrice() + " H " + b.getHighPrice() + " L " + b.getLowPrice() + " C "
                    + b.getClosePrice() + " V " + b.getVolume());
        }
        return out;
    }

    @Test
    void underStrictDeliveryTheEngineSeesWhatAnEngineFedEveryTickSees(@TempDir Path files) throws Exception {
        int start = tape.indexAtOrAfter(Instant.parse("2019-02-05T13:00:00Z").toEpochMilli());
        int end = tape.indexAtOrAfter(Instant.parse("2019-02-05T19:00:00Z").toEpochMilli());
        int warmUp = 24;
        List<String> refSignals = new ArrayList<>();
        StrategyEngine ref = null;
        for (long latency : new long[] {300, 1000}) {
            Run run = strictRun(files.resolve("strict" + latency), start, end, warmUp, latency, true);
            StrategyEngine engine = run.host.engine();
            if (ref == null) ref = reference(run.host, start, end, warmUp, refSignals);
            String what = "history latency " + latency + " ms: ";
            System.out.printf("strict live, %d ticks over 6 h after a 24 h warm-up, history latency %d ms: %d ticks skipped by "
                            + "the platform; %s; %d history requests in all%n",
                    end - start, latency, run.skipped, run.host.gaps().summary(), run.requests);
            assertTrue(run.skipped > 0, what + "the platform skipped ticks");
            assertEquals(run.skipped, run.host.backfilledTicks(), what + "each skipped tick was recovered once");
            assertEquals(0, engine.ticksOutOfOrder(), what + "every tick reached the engine in time order");
            assertEquals(ref.barsClosed(), engine.barsClosed(), what + "bars closed");
            assertEquals(bars(ref), bars(engine), what + "every bar of the series");
            assertEquals(ref.lastReadings().toString(), engine.lastReadings().toString(), what + "the order-flow readings");
            assertTrue(refSignals.size() >= 5, "the comparison needs signals: " + refSignals.size());
            assertEquals(refSignals, run.signals, what + "every decision: setup, side, time, checks, entry, stop, target");
            assertTrue(run.console.stream().anyMatch(l -> l.contains("tick gaps: ") && l.contains("skipped tick(s) recovered")),
                    what + "the stop summary reports the gaps");
        }
    }

    @Test
    void withoutTheBackfillTheStrictDeliveryLosesTicksAndTheBarsDiffer(@TempDir Path files) throws Exception {
        // the same run with the backfill switched off: shows that the comparison above can fail
        int start = tape.indexAtOrAfter(Instant.parse("2019-02-05T07:00:00Z").toEpochMilli());
        int end = tape.indexAtOrAfter(Instant.parse("2019-02-05T08:00:00Z").toEpochMilli());
        Run run = strictRun(files, start, end, 12, 250, false);
        StrategyEngine ref = reference(run.host, start, end, 12, new ArrayList<>());
        assertTrue(run.skipped > 0);
        assertEquals(0, run.host.backfilledTicks());
        assertNotEquals(bars(ref), bars(run.host.engine()), "the bars miss the skipped ticks");
    }

    @Test
    void ticksOfADisconnectedTimeAreFetchedAfterTheReconnection(@TempDir Path files) throws Exception {
        int start = tape.indexAtOrAfter(Instant.parse("2019-02-05T13:00:00Z").toEpochMilli());
        int cut = tape.indexAtOrAfter(Instant.parse("2019-02-05T14:00:00Z").toEpochMilli());
        int end = tape.indexAtOrAfter(Instant.parse("2019-02-05T15:00:00Z").toEpochMilli());
        IStrategy s = JForexLiveTest.strategy(2);
        try (FakePlatform p = new FakePlatform(Instrument.EURUSD, tape, BROKER, IEngine.Type.DEMO, files.toFile(), start)) {
            StrictLiveDelivery live = p.strictLiveDelivery(300);
            p.start(s);
            p.replay(s, cut);
            p.disconnect();
            p.replay(s, cut + 2000);
            p.reconnect(s);
            p.replay(s, end);
            StrategyHost host = JForexLiveTest.host(s);
            StrategyEngine ref = reference(host, start, end, 2, new ArrayList<>());
            assertTrue(host.backfilledTicks() >= 2000 + live.skipped(), "the disconnected time's ticks came from history: "
                    + host.backfilledTicks());
            assertEquals(0, host.engine().ticksOutOfOrder());
            // bars of the disconnected time closed on ticks, not on the (lost) bar callbacks: same content
            assertEquals(bars(ref), bars(host.engine()), "every bar of the series");
            assertEquals(ref.lastReadings().toString(), host.engine().lastReadings().toString());
            p.stop(s);
        }
    }

    @Test
    void startedBeforeTheFirstTickItWaitsForItToWarmUpAndNameTheJournal(@TempDir Path files) throws Exception {
        int first = tape.indexAtOrAfter(Instant.parse("2019-02-05T00:00:00Z").toEpochMilli());
        long firstMs = tape.time(first);
        for (IEngine.Type type : new IEngine.Type[] {IEngine.Type.TEST, IEngine.Type.DEMO}) {
            Path dir = files.resolve(type.name());
            IStrategy s = JForexLiveTest.strategy(24);
            try (FakePlatform p = new FakePlatform(Instrument.EURUSD, tape, BROKER, type, dir.toFile(), first)) {
                // history holds the day before, but no tick has been received yet: getTimeOfLastTick = -1
                p.noTickReceivedYet();
                if (type != IEngine.Type.TEST) p.strictLiveDelivery(100);
                p.start(s);
                assertTrue(p.historyRequests().isEmpty(), type + ": no warm-up over a range before the first tick");
                assertTrue(p.consoleLines().stream().anyMatch(l -> l.contains("no tick of EUR/USD received yet")),
                        p.consoleLines().toString());
                p.replay(s, first + 2);
                int warmUpRequests = 0;
                for (long[] r : p.historyRequests()) {
                    assertTrue(r[0] >= firstMs - 24 * 3_600_000L, type + ": nothing before the 24 h before the first tick: " + r[0]);
                    if (r[1] < firstMs) warmUpRequests++;
                }
                assertEquals(24, warmUpRequests, type + ": one request per hour, up to the first tick");
                StrategyHost host = JForexLiveTest.host(s);
                assertEquals(first - tape.indexAtOrAfter(firstMs - 24 * 3_600_000L + 1), host.warmUpTicks(),
                        type + ": every tick of the 24 hours before the first tick");
                assertEquals(0, host.engine().ticksOutOfOrder());
                p.stop(s);
            }
            java.io.File[] journals = dir.resolve("orderflow").toFile().listFiles((d, n) -> n.endsWith("_journal.csv"));
            assertEquals(1, journals.length);
            String expected = "OF_EURUSD_" + type + (type == IEngine.Type.TEST ? "_" + Times.compact(firstMs) : "")
                    + "_journal.csv";
            assertEquals(expected, journals[0].getName(), "named after the first tick in the tester, never 1969");
        }
    }
}
