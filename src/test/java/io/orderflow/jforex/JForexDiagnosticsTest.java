package io.orderflow.jforex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import io.orderflow.jforex.harness.TickTape;
import io.orderflow.market.Instruments;

/** The first-run diagnostics report of the compiled strategy: its file, its console lines and each fact. */
class JForexDiagnosticsTest {
    private static TickTape tape;
    private static final BrokerConfig BROKER = BrokerConfig.builder().accountCurrency("USD").initialDeposit(100_000)
            .leverage(30).build();

    @BeforeAll
    static void load() throws Exception {
        tape = TickTape.load(Ticks.eurusdTwoDays());
    }

    private static File report(Path files) {
        File[] fs = files.resolve("orderflow").toFile().listFiles((d, n) -> n.startsWith("diagnostics-") && n.endsWith(".txt"));
        assertEquals(1, fs == null ? 0 : fs.length, "one report");
        return fs[0];
    }

    private static String line(List<String> lines, String key) {
        for (String l : lines) if (l.startsWith(key + ": ")) return l.substring(key.length() + 2);
        throw new AssertionError("no line '" + key + "' in " + lines);
    }

    /** Most ticks of {@code t} within one UTC minute among its first {@code n} ticks: counted here, independently. */
    private static int maxTicksPerMinute(TickTape t, int n) {
        java.util.Map<Long, Integer> perMinute = new java.util.HashMap<>();
        for (int i = 0; i < n; i++) perMinute.merge(t.time(i) / 60_000, 1, Integer::sum);
        return perMinute.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    @Test
    void theTesterReportNamesThePlatformFactsAndInfersRealTicks(@TempDir Path files) throws Exception {
        IStrategy s = JForexLiveTest.strategy(0);
        try (FakePlatform p = new FakePlatform(Instrument.EURUSD, tape, BROKER, IEngine.Type.TEST, files.toFile(), 0)) {
            p.start(s);
            File f = report(files);
            assertTrue(f.getName().matches("diagnostics-EURUSD-TEST-\\d{8}T\\d{6}Z\\.txt"), f.getName());
            List<String> atStart = Files.readAllLines(f.toPath(), StandardCharsets.UTF_8);
            assertEquals("at start", line(atStart, "report written"));
            assertEquals("no tick seen yet", line(atStart, "depth levels seen live"));
            assertTrue(p.consoleLines().stream().anyMatch(l -> l.equals("[OF diag] java: " + System.getProperty("java.version")
                    + " (" + System.getProperty("java.vendor") + ", " + System.getProperty("java.vm.name") + ")")),
                    "the report is also printed: " + p.consoleLines());

            p.replay(s, PlatformDiagnostics.SAMPLE_TICKS + 10);
            List<String> lines = Files.readAllLines(f.toPath(), StandardCharsets.UTF_8);
            assertEquals("after the first " + PlatformDiagnostics.SAMPLE_TICKS + " ticks", line(lines, "report written"));
            assertTrue(line(lines, "JForex API version").startsWith("unknown"), "the facade jar names no version");
            assertEquals("TEST (run mode LOCAL)", line(lines, "engine type"));
            assertEquals("currency USD, global false, leverage 30.0", line(lines, "account"));
            assertEquals("EUR/USD: pip value 1.0E-4, pip scale 4, tick scale 5", line(lines, "instrument"));
            assertTrue(line(lines, "amounts").startsWith("minimum " + Instrument.EURUSD.getMinTradeAmount() + ", increment "
                    + Instrument.EURUSD.getTradeAmountIncrement() + ", amount per contract "), line(lines, "amounts"));
            assertEquals(files.toFile().getAbsolutePath(), line(lines, "files folder"));
            assertEquals("1 level(s) per side on the first 500 tick(s)", line(lines, "depth levels seen live"));
            assertEquals(Times.utc(tape.time(0)), line(lines, "first tick seen"));
            int most = maxTicksPerMinute(tape, PlatformDiagnostics.SAMPLE_TICKS);
            assertTrue(most > 4, "real ticks come more than 4 a minute: " + most);
            assertEquals("yes, inferred: " + most + " ticks within one minute (ticks generated from one-minute candles come"
                    + " at most 4 per minute)", line(lines, "real ticks"));
            assertEquals("not checked: the tester delivers every tick", line(lines, "tick gaps"));
            p.stop(s);
            assertEquals("at stop", line(Files.readAllLines(f.toPath(), StandardCharsets.UTF_8), "report written"));
        }
    }

    @Test
    void liveTheReportShowsTheDepthSeenAndTheGapChecks(@TempDir Path files) throws Exception {
        IStrategy s = JForexLiveTest.strategy(24);
        int start = tape.indexAtOrAfter(java.time.Instant.parse("2019-02-05T13:00:00Z").toEpochMilli());
        try (FakePlatform p = new FakePlatform(Instrument.EURUSD, tape, BROKER, IEngine.Type.DEMO, files.toFile(), start)) {
            p.setDepthLevels(5);
            p.strictLiveDelivery(300);
            p.start(s);
            p.replay(s, start + 2000);
            p.stop(s);
            StrategyHost host = JForexLiveTest.host(s);
            List<String> lines = Files.readAllLines(report(files).toPath(), StandardCharsets.UTF_8);
            assertEquals("5 level(s) per side on the first 500 tick(s)", line(lines, "depth levels seen live"));
            assertEquals("yes (live feed)", line(lines, "real ticks"));
            assertEquals(host.gaps().summary(), line(lines, "tick gaps"));
            assertTrue(host.gaps().backfills() > 0, "the warm-up's requests made the first live tick a gap check");
            assertEquals("DEMO (run mode LOCAL)", line(lines, "engine type"));
        }
    }

    @Test
    void ticksGeneratedFromCandlesAreRecognisedAfterHalfAnHour(@TempDir Path files) throws Exception {
        // four ticks per minute at 0, 15, 30, 45 s (as FOUR_TICKS interpolation would give) for 150 minutes
        int n = 600;
        long t0 = java.time.Instant.parse("2019-02-05T08:00:00Z").toEpochMilli();
        long[] time = new long[n], ask = new long[n], bid = new long[n];
        double[] av = new double[n], bv = new double[n];
        for (int i = 0; i < n; i++) {
            time[i] = t0 + (i / 4) * 60_000L + (i % 4) * 15_000L;
            ask[i] = 114_000 + (i % 7);
            bid[i] = ask[i] - 10;
            av[i] = 1;
            bv[i] = 1;
        }
        TickTape candles = TickTape.of(Instruments.of("EURUSD"), time, ask, bid, av, bv);
        IStrategy s = JForexLiveTest.strategy(0);
        try (FakePlatform p = new FakePlatform(Instrument.EURUSD, candles, BROKER, IEngine.Type.TEST, files.toFile(), 0)) {
            p.start(s);
            p.replay(s, 100);
            assertTrue(line(Files.readAllLines(report(files).toPath(), StandardCharsets.UTF_8), "real ticks")
                    .startsWith("unknown"), "before the sample is complete");
            p.replayAll(s);
            p.stop(s);
            assertEquals("probably not, inferred: at most 4 tick(s) per minute over 125 minutes: ticks generated from candles;"
                    + " run the tester on ticks ('every tick')",
                    line(Files.readAllLines(report(files).toPath(), StandardCharsets.UTF_8), "real ticks"));
        }
    }

    @Test
    void switchedOffNoReportIsWritten(@TempDir Path files) throws Exception {
        IStrategy s = JForexLiveTest.strategy(0);
        JForexTesterParityTest.set(s, "writeDiagnostics", false);
        try (FakePlatform p = new FakePlatform(Instrument.EURUSD, tape, BROKER, IEngine.Type.TEST, files.toFile(), 0)) {
            p.start(s);
            p.replay(s, 600);
            p.stop(s);
        }
        File[] fs = files.resolve("orderflow").toFile().listFiles((d, n) -> n.startsWith("diagnostics-"));
        assertTrue(fs == null || fs.length == 0);
        assertFalse(files.resolve("orderflow").toFile().exists() && fs != null && fs.length > 0);
    }
}
