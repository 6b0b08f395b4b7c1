package io.orderflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.orderflow.backtest.BacktestConfig;
import io.orderflow.backtest.BacktestRun;
import io.orderflow.backtest.BarSpec;
import io.orderflow.backtest.DepthRecordingTicks;
import io.orderflow.backtest.EngineStrategy;
import io.orderflow.backtest.broker.BrokerConfig;
import io.orderflow.data.binance.BinanceBookBuilder;
import io.orderflow.data.depth.DepthRecorder;
import io.orderflow.data.depth.DepthRecordingReader;
import io.orderflow.data.depth.FlushPolicy;
import io.orderflow.data.InputPolicy;
import io.orderflow.data.ProblemLog;
import io.orderflow.market.InstrumentSpec;
import io.orderflow.market.Instruments;
import io.orderflow.market.Tick;
import io.orderflow.strategy.config.StrategyConfig;
import io.orderflow.strategy.setup.Checks;
import io.orderflow.strategy.setup.SetupKind;
import io.orderflow.strategy.stats.SignalListener;
import io.orderflow.strategy.stats.SignalRecord;
import io.orderflow.testing.TestData;
import io.orderflow.testing.TestInstruments;

/**
 * {@code backtest --depth-recording}: the manipulation filter measured from the command line on a
 * live depth recording built from real books: Binance's ETHUSDT level-2 capture of 2024-08-08 and 09,
 * recorded as Dukascopy's ETHUSD (the same price scale, 0.01; the strategy runs on Dukascopy
 * instruments, as it does live, and the recording's header names it). The confirmation
 * table's spoofed-book rows and confirmed/unconfirmed counts equal those of the strategy engine fed
 * the same recording in-process (signal by signal through a listener, not through the CLI's
 * tables); the tick count of a sub-range equals a count read straight from the file; bad, mixed
 * and disagreeing recordings fail with the file named and nothing written.
 */
class BacktestDepthRecordingTest {
    /**
     * The capture covers 11 minutes (2024-08-08 23:54 to 2024-08-09 00:05 UTC): 10-second bars (the
     * shortest allowed) and short indicator windows give the engine signals to judge; a lower
     * maxScore than the default (0.5) lets the real books flag some of them and not others.
     */
    private static final String[] SETTINGS = {"--set", "bars.periodSeconds=10", "--set", "risk.maxSpreadPips=0",
            "--set", "ta.warmupBars=10", "--set", "ta.atrPeriod=5", "--set", "trend.emaFast=3", "--set",
            "trend.emaSlow=8", "--set", "trend.donchianPeriod=5", "--set", "trend.adxPeriod=5", "--set", "trend.adxMin=0",
            "--set", "reversion.rsiPeriod=5", "--set", "reversion.bbPeriod=8", "--set", "orderflow.zWindow=10",
            "--set", "manipulation.maxScore=0.1", "--progress", "never"};

    @TempDir
    static Path shared;

    @TempDir
    Path tmp;

    private static Path ofd;
    private static final InstrumentSpec ETHUSD = Instruments.of("ETHUSD");

    @BeforeAll
    static void record() throws Exception {
        Path dir = TestData.require("binance/spot");
        InstrumentSpec inst = TestInstruments.of("ethusdt");
        assertEquals(inst.pointScale(), ETHUSD.pointScale(), "the same price scale: points carry over unchanged");
        ofd = shared.resolve("ETHUSD-2024-08-09.ofd");
        try (DepthRecorder rec = DepthRecorder.open(ofd, ETHUSD, 10, FlushPolicy.buffered(256, 1_000),
                ProblemLog.failing())) {
            new BinanceBookBuilder(inst, 10, t -> {
                try {
                    rec.append(t);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }, null, ProblemLog.failing()).read(List.of(dir.resolve("ethusdt_20240808.gz"),
                    dir.resolve("ethusdt_20240809.gz")));
        }
    }

    private CliRun backtest(String name, String... extra) {
        List<String> args = new ArrayList<>(List.of("backtest", "--from", "2024-08-08", "--to", "2024-08-10",
                "--depth-recording", ofd.toString(), "--out", tmp.toString(), "--name", name));
        args.addAll(List.of(SETTINGS));
        args.addAll(List.of(extra));
        return CliRun.of(args.toArray(new String[0]));
    }

    private JsonObject stats(String name) throws Exception {
        return JsonParser.parseString(Files.readString(tmp.resolve(name + "-stats.json"))).getAsJsonObject();
    }

    /** Per setup: closed signals, confirmed ones, and those failing spoofed-book, from the engine in-process. */
    private static final class Counts {
        final Map<SetupKind, long[]> bySetup = new EnumMap<>(SetupKind.class);
        final List<SignalRecord> closed = new ArrayList<>();

        long[] of(SetupKind k) {
            return bySetup.computeIfAbsent(k, x -> new long[3]);
        }
    }

    private static Counts inProcess(JsonObject stats) throws Exception {
        StrategyConfig.Builder b = StrategyConfig.builder();
        for (Map.Entry<String, JsonElement> e : stats.getAsJsonObject("strategyChanged").entrySet()) {
            JsonElement v = e.getValue();
            b.set(e.getKey(), v.getAsJsonPrimitive().isBoolean() ? v.getAsBoolean()
                    : v.getAsJsonPrimitive().isNumber() ? v.getAsNumber() : v.getAsString());
        }
        StrategyConfig config = b.build();
        final Counts counts = new Counts();
        final EngineStrategy engine = new EngineStrategy(config).signalListener(new SignalListener() {
            @Override
            public void onSignalClosed(SignalRecord r) {
                long[] c = counts.of(r.setup);
                c[0]++;
                if (r.failedChecks == 0) c[1]++;
                if ((r.failedChecks & Checks.SPOOFED_BOOK) != 0) c[2]++;
                counts.closed.add(r);
            }
        });
        BacktestConfig bt = BacktestConfig.builder().bars(BarSpec.time(config.barPeriodMs()))
                .broker(BrokerConfig.builder().accountCurrency("USD").initialDeposit(100_000).build()).build();
        BacktestRun.run(bt, new DepthRecordingTicks(List.of(ofd), ETHUSD, InputPolicy.FAIL),
                engine);
        return counts;
    }

    private static long row(JsonObject stats, String array, String group) {
        for (JsonElement e : stats.getAsJsonArray(array)) {
            JsonObject r = e.getAsJsonObject();
            if (r.get("group").getAsString().equals(group)) return r.get("count").getAsLong();
        }
        return 0;
    }

    @Test
    void theFilterIsMeasuredFromTheCommandLineAndCountedLikeTheOtherChecks() throws Exception {
        CliRun off = backtest("off", "--set", "manipulation.filter=false");
        CliRun on = backtest("on", "--set", "manipulation.filter=true");
        assertEquals(0, off.code(), off.toString());
        assertEquals(0, on.code(), on.toString());
        JsonObject so = stats("off"), sn = stats("on");
        Counts expectOff = inProcess(so), expectOn = inProcess(sn);

        long flaggedTotal = 0, flaggedOnly = 0;
        for (SetupKind k : SetupKind.values()) {
            String s = k.name().toLowerCase(java.util.Locale.ROOT);
            long[] eo = expectOff.of(k), en = expectOn.of(k);
            assertEquals(eo[0], en[0], s + ": the filter does not change the technical signals");
            assertEquals(en[1], row(sn, "signalConfirmation", s + " · confirmed signals"), s + " confirmed, on");
            assertEquals(en[0] - en[1], row(sn, "signalConfirmation", s + " · unconfirmed signals"), s + " unconfirmed, on");
            assertEquals(eo[1], row(so, "signalConfirmation", s + " · confirmed signals"), s + " confirmed, off");
            assertEquals(en[2], row(sn, "signalChecks", s + " · fails spoofed-book"), s + " spoofed-book, on");
            assertEquals(0, row(so, "signalChecks", s + " · fails spoofed-book"), s + " spoofed-book, off");
            flaggedTotal += en[2];
        }
        // every check's row (not only spoofed-book) counts the signals failing it, as the engine's signals say
        int rowsSeen = 0;
        for (SetupKind k : SetupKind.values()) {
            String s = k.name().toLowerCase(java.util.Locale.ROOT);
            for (int i = 0; i < Checks.COUNT; i++) {
                long n = 0;
                for (SignalRecord r : expectOn.closed) if (r.setup == k && (r.failedChecks & (1 << i)) != 0) n++;
                assertEquals(n, row(sn, "signalChecks", s + " · fails " + Checks.name(i)), s + " fails " + Checks.name(i));
                if (n > 0) rowsSeen++;
            }
        }
        assertEquals(rowsSeen, sn.getAsJsonArray("signalChecks").size(), "one row per check that some signal failed");
        // a signal confirmed without the filter and flagged with it moves from confirmed to unconfirmed
        for (SignalRecord r : expectOn.closed) if (r.failedChecks == Checks.SPOOFED_BOOK) flaggedOnly++;
        long confirmedOff = 0, confirmedOn = 0;
        for (SetupKind k : SetupKind.values()) {
            confirmedOff += expectOff.of(k)[1];
            confirmedOn += expectOn.of(k)[1];
        }
        assertEquals(confirmedOff - flaggedOnly, confirmedOn, "confirmed signals: off minus those only spoofed-book fails");
        System.out.printf("backtest --depth-recording ETHUSD (real ETHUSDT books): %d signals, %d fail spoofed-book with the "
                        + "filter (%d of them otherwise confirmed); confirmed %d off, %d on%n",
                expectOn.closed.size(), flaggedTotal, flaggedOnly, confirmedOff, confirmedOn);
        assertTrue(expectOn.closed.size() >= 5, "signals: " + expectOn.closed.size());
        assertTrue(flaggedTotal >= 1 && flaggedTotal < expectOn.closed.size(),
                "the real books flag some signals, not all: " + flaggedTotal);
        assertTrue(flaggedOnly >= 1, "a signal confirmed without the filter is unconfirmed with it");
        assertEquals(true, sn.getAsJsonObject("strategyChanged").get("manipulation.filter").getAsBoolean());
        assertTrue(on.out().contains(" · fails spoofed-book"), on.out());
        assertFalse(off.out().contains("spoofed-book"), off.out());
        assertTrue(on.out().contains("1 depth recording(s), no problems"), on.out());
        assertTrue(sn.getAsJsonObject("data").get("source").getAsString().startsWith("depth recording "), sn.toString());
    }

    @Test
    void ticksOutsideTheRangeAreLeftOutAndTheInstrumentComesFromTheRecording() throws Exception {
        long from = Instant.parse("2024-08-09T00:00:00Z").toEpochMilli();
        long to = Instant.parse("2024-08-09T00:03:00Z").toEpochMilli();
        long inRange = 0;
        try (DepthRecordingReader in = DepthRecordingReader.open(ofd, ProblemLog.failing())) {
            Tick t = new Tick(10);
            while (in.next(t)) if (t.timeMs() >= from && t.timeMs() < to) inRange++;
        }
        CliRun run = CliRun.of("backtest", "--from", "2024-08-09T00:00", "--to", "2024-08-09T00:03",
                "--depth-recording", ofd.toString(), "--out", tmp.toString(), "--name", "range", "--progress",
                "never");
        assertEquals(0, run.code(), run.toString());
        assertTrue(inRange > 500, "ticks in range: " + inRange);
        assertEquals(inRange, stats("range").getAsJsonObject("statistics").get("ticks").getAsLong());
        assertTrue(run.out().startsWith("backtest        ETHUSD "), run.out());
    }

    @Test
    void badMixedAndDisagreeingRecordingsFailClearlyAndWriteNothing() throws Exception {
        Path out = tmp.resolve("bad");
        // -i disagrees with the recording
        CliRun wrong = CliRun.of("backtest", "-i", "EURUSD", "--from", "2024-08-08", "--to", "2024-08-10",
                "--depth-recording", ofd.toString(), "--out", out.toString(), "--progress", "never");
        assertEquals(ExitCodes.USAGE, wrong.code(), wrong.toString());
        assertTrue(wrong.err().contains("-i EURUSD disagrees") && wrong.err().contains("ETHUSD"), wrong.err());
        // a file that is not a recording, combined sources, a missing file
        Path csv = Files.writeString(tmp.resolve("ticks.csv"), "x\n");
        CliRun notOfd = CliRun.of("backtest", "--from", "2024-08-08", "--to", "2024-08-10",
                "--depth-recording", ofd.toString(), csv.toString(), "--out", out.toString());
        assertEquals(ExitCodes.USAGE, notOfd.code(), notOfd.toString());
        assertTrue(notOfd.err().contains("ticks.csv: not a depth recording"), notOfd.err());
        CliRun both = CliRun.of("backtest", "--from", "2024-08-08", "--to", "2024-08-10",
                "--depth-recording", ofd.toString(), "--csv", csv.toString(), "--out", out.toString());
        assertEquals(ExitCodes.USAGE, both.code(), both.toString());
        assertTrue(both.err().contains("cannot be combined with --csv"), both.err());
        CliRun noI = CliRun.of("backtest", "--from", "2024-08-08", "--to", "2024-08-10", "--out", out.toString());
        assertEquals(ExitCodes.USAGE, noI.code(), noI.toString());
        assertTrue(noI.err().contains("--instrument"), noI.err());
        // sweep keeps top of book only: refused rather than a filter fed empty books
        CliRun sweep = CliRun.of("sweep", "--from", "2024-08-08", "--to", "2024-08-10",
                "--depth-recording", ofd.toString(), "--grid", "trend.emaFast=5,8", "--out", out.toString());
        assertEquals(ExitCodes.USAGE, sweep.code(), sweep.toString());
        assertTrue(sweep.err().contains("--depth-recording cannot be used here"), sweep.err());

        // a damaged record in the middle: exit 3 naming the file and the record
        Path damaged = tmp.resolve("ETHUSD-damaged.ofd");
        Files.copy(ofd, damaged);
        try (RandomAccessFile f = new RandomAccessFile(damaged.toFile(), "rw")) {
            long mid = f.length() / 2;
            f.seek(mid);
            byte[] junk = new byte[64];
            java.util.Arrays.fill(junk, (byte) 0xFF);
            f.write(junk);
        }
        CliRun bad = CliRun.of("backtest", "--from", "2024-08-08", "--to", "2024-08-10",
                "--depth-recording", damaged.toString(), "--out", out.toString(),
                "--progress", "never");
        assertEquals(ExitCodes.BAD_DATA, bad.code(), bad.toString());
        assertTrue(bad.err().contains(damaged.getFileName().toString()) && bad.err().contains("record"), bad.err());
        // two instruments' recordings
        Path eur = tmp.resolve("EURUSD-2024-08-09.ofd");
        try (DepthRecorder rec = DepthRecorder.open(eur, TestInstruments.of("EURUSD"), 10,
                FlushPolicy.buffered(16, 1_000), ProblemLog.failing())) {
            Tick t = new Tick(10);
            t.set(Instant.parse("2024-08-10T00:00:00Z").toEpochMilli(), 109_001, 109_000, 1, 1);
            rec.append(t);
        }
        CliRun mixed = CliRun.of("backtest", "--from", "2024-08-08", "--to", "2024-08-11",
                "--depth-recording", ofd.toString(), eur.toString(), "--out", out.toString());
        assertEquals(ExitCodes.USAGE, mixed.code(), mixed.toString());
        assertTrue(mixed.err().contains(eur.toString()) && mixed.err().contains("give one instrument's recordings"),
                mixed.err());
        assertFalse(Files.exists(out), "nothing written");
    }
}
