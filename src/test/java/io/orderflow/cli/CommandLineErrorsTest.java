package io.orderflow.cli;

import org.junit.jupiter.api.Tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.LZMAOutputStream;

import com.google.gson.JsonObject;

import io.orderflow.cli.ReferenceTicks.RawTick;
import io.orderflow.testing.TestData;

/**
 * What the command line does with wrong command lines and bad data: a clear message on stderr,
 * nothing on stdout, and an exit code per kind of failure.
 */
@Tag("slow")
class CommandLineErrorsTest {
    private static final String DAY = "EURUSD/2019/01/04/";

    @TempDir
    static Path tmp;

    private static Path bi5;

    @BeforeAll
    static void data() {
        bi5 = TestData.dukascopyBi5();
    }

    private static void assertFails(CliRun run, int code, String... inStderr) {
        assertEquals(code, run.code(), run.toString());
        assertEquals("", run.out(), "nothing half-written on stdout");
        for (String s : inStderr) assertTrue(run.err().contains(s), "stderr lacks '" + s + "':\n" + run.err());
    }

    /** A copy of 2019-02-04 with {@code hour} replaced by {@code content} (null: left out). */
    private static Path dayWith(String name, int hour, byte[] content) throws Exception {
        Path root = tmp.resolve(name);
        Files.createDirectories(root.resolve(DAY));
        for (int h = 0; h < 24; h++) {
            String file = String.format("%02dh_ticks.bi5", h);
            if (h != hour) Files.copy(bi5.resolve(DAY + file), root.resolve(DAY + file));
            else if (content != null) Files.write(root.resolve(DAY + file), content);
        }
        return root;
    }

    /** The real hour file re-encoded with record {@code badRecord} (1-based) made a crossed quote. */
    private static byte[] withCrossedQuote(int hour, int badRecord) throws Exception {
        long hourMs = SummaryCommandTest.utc("2019-02-04") + hour * 3_600_000L;
        List<RawTick> ticks = ReferenceTicks.ticks(bi5, "EURUSD", hourMs, hourMs + 3_600_000L);
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(raw);
        for (int i = 0; i < ticks.size(); i++) {
            RawTick t = ticks.get(i);
            d.writeInt((int) (t.timeMs() - hourMs));
            d.writeInt(i + 1 == badRecord ? t.bid() - 7 : t.ask());
            d.writeInt(t.bid());
            d.writeFloat(t.askVolume());
            d.writeFloat(t.bidVolume());
        }
        byte[] plain = raw.toByteArray();
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (LZMAOutputStream lzma = new LZMAOutputStream(packed, new LZMA2Options(), plain.length)) {
            lzma.write(plain);
        }
        return packed.toByteArray();
    }

    @Test
    void badRecordFailsWithExitCode3NamingTheFileAndRecordOrIsSkippedAndCounted() throws Exception {
        Path root = dayWith("crossed", 5, withCrossedQuote(5, 7));
        String[] args = {"summary", "-i", "EURUSD", "--from", "2019-02-04", "--to", "2019-02-05", "--data-dir",
                root.toString()};
        assertFails(CliRun.of(args), ExitCodes.BAD_DATA, root.resolve(DAY + "05h_ticks.bi5").toString(),
                "record 7", "ASK_BELOW_BID", "--on-bad-input skip");

        String[] skip = java.util.Arrays.copyOf(args, args.length + 4);
        skip[args.length] = "--on-bad-input";
        skip[args.length + 1] = "skip";
        skip[args.length + 2] = "--format";
        skip[args.length + 3] = "json";
        CliRun run = CliRun.of(skip);
        assertEquals(0, run.code(), run.toString());
        JsonObject j = run.json();
        assertEquals(136_741 - 1, j.get("ticks").getAsLong(), "the crossed quote skipped");
        JsonObject problems = j.getAsJsonObject("problems");
        assertEquals(1, problems.get("total").getAsLong());
        assertEquals(1, problems.getAsJsonObject("counts").get("ASK_BELOW_BID").getAsLong());
        assertTrue(problems.getAsJsonArray("samples").get(0).getAsString().contains("05h_ticks.bi5: record 7"));
    }

    @Test
    void corruptFileFailsWithExitCode3() throws Exception {
        byte[] real = Files.readAllBytes(bi5.resolve(DAY + "09h_ticks.bi5"));
        Path root = dayWith("corrupt", 9, java.util.Arrays.copyOf(real, real.length / 2));
        assertFails(CliRun.of("summary", "-i", "EURUSD", "--from", "2019-02-04", "--to", "2019-02-05", "--data-dir",
                root.toString()), ExitCodes.BAD_DATA, "09h_ticks.bi5", "CORRUPT_COMPRESSION");
    }

    @Test
    void hourMissingInsideTradingHoursFailsOrIsCounted() throws Exception {
        Path root = dayWith("gap", 12, null);
        assertFails(CliRun.of("summary", "-i", "EURUSD", "--from", "2019-02-04", "--to", "2019-02-05", "--data-dir",
                root.toString()), ExitCodes.BAD_DATA, "12h_ticks.bi5", "MISSING_HOUR");

        CliRun run = CliRun.of("summary", "-i", "EURUSD", "--from", "2019-02-04", "--to", "2019-02-05", "--data-dir",
                root.toString(), "--on-bad-input", "SKIP", "--format", "json");
        assertEquals(0, run.code(), run.toString());
        long noon = SummaryCommandTest.utc("2019-02-04") + 12 * 3_600_000L;
        int inNoonHour = ReferenceTicks.ticks(bi5, "EURUSD", noon, noon + 3_600_000L).size();
        assertEquals(136_741 - inNoonHour, run.json().get("ticks").getAsLong());
        assertEquals(1, run.json().get("hoursMissing").getAsInt());
        assertEquals(23, run.json().get("hourFilesRead").getAsInt());
    }

    @Test
    void wrongCommandLinesExitWith2AndSayWhy() {
        String dir = bi5.toString();
        assertFails(CliRun.of("summary", "-i", "XYZABC", "--from", "2019-02-04", "--to", "2019-02-06", "--data-dir", dir),
                ExitCodes.USAGE, "unknown instrument 'XYZABC'", "EURUSD", "--help");
        assertFails(CliRun.of("summary", "-i", "EURUSD", "--from", "2019-02-06", "--to", "2019-02-04", "--data-dir", dir),
                ExitCodes.USAGE, "must be after --from");
        assertFails(CliRun.of("summary", "-i", "EURUSD", "--from", "2019-02-04", "--to", "2019-02-04", "--data-dir", dir),
                ExitCodes.USAGE, "must be after --from");
        assertFails(CliRun.of("summary", "-i", "EURUSD", "--from", "2019-02-30", "--to", "2019-03-04", "--data-dir", dir),
                ExitCodes.USAGE, "'2019-02-30' is not a UTC date");
        assertFails(CliRun.of("summary", "-i", "EURUSD", "--from", "2019-02-04", "--to", "2019-02-05", "--data-dir",
                tmp.resolve("nowhere").toString()), ExitCodes.USAGE, "no such directory");
        assertFails(CliRun.of("summary", "-i", "EURUSD", "--from", "2019-02-04", "--to", "2019-02-05", "--data-dir", dir,
                "--offline"), ExitCodes.USAGE, "cannot be combined with --offline");
        assertFails(CliRun.of("summary", "-i", "EURUSD", "--from", "2019-02-04", "--to", "2999-01-01", "--cache-dir",
                tmp.resolve("c").toString()), ExitCodes.USAGE, "in the future");
        assertFails(CliRun.of("summary", "-i", "EURUSD", "--from", "2019-02-04", "--data-dir", dir),
                ExitCodes.USAGE, "--to");
        assertFails(CliRun.of("summary", "-i", "EURUSD", "--from", "2019-02-04", "--to", "2019-02-05", "--data-dir", dir,
                "--on-bad-input", "ignore"), ExitCodes.USAGE, "--on-bad-input");
        assertFails(CliRun.of("summary", "-i", "EURUSD", "--from", "2019-02-04", "--to", "2019-02-05", "--download-threads", "0",
                "--cache-dir", tmp.resolve("c").toString()), ExitCodes.USAGE, "--download-threads");
        assertFails(CliRun.of("nonsense"), ExitCodes.USAGE, "nonsense");
        assertFails(CliRun.of(), ExitCodes.USAGE, "no command given", "summary");
    }

    @Test
    void everyCommandHasHelpAndTheProgramAVersion() {
        for (String[] args : new String[][] {{"--help"}, {"summary", "--help"}, {"help", "summary"}}) {
            CliRun run = CliRun.of(args);
            assertEquals(0, run.code(), run.toString());
            assertTrue(run.out().startsWith("Usage: jforex-orderflow"), run.out());
            assertTrue(run.out().contains("Exit codes: 0 done, 2 usage error, 3 bad input data"), run.out());
        }
        assertTrue(CliRun.of("summary", "--help").out().contains("--on-bad-input=fail|skip"));
        for (String command : new String[] {"fetch", "summary", "analyze", "backtest", "sweep"}) {
            CliRun help = CliRun.of(command, "--help");
            assertEquals(0, help.code(), help.toString());
            assertTrue(help.out().startsWith("Usage: jforex-orderflow " + command), help.out());
            assertTrue(help.out().contains("Examples:"), command + " shows examples");
            assertTrue(help.out().contains("Exit codes: 0 done"), help.out());
            assertTrue(CliRun.of("--help").out().contains("  " + command + " "), "listed in the main help: " + command);
        }
        CliRun version = CliRun.of("--version");
        assertEquals(0, version.code());
        assertTrue(version.out().startsWith("jforex-orderflow "), version.out());
        assertTrue(version.out().contains("Java "), version.out());
    }

    @Test
    void checksTheRangeBeforeTouchingNetworkOrDisk() {
        // An unreachable datafeed URL is never contacted when the range is invalid.
        assertFails(CliRun.of("summary", "-i", "EURUSD", "--from", "2019-02-05", "--to", "2019-02-04",
                "--datafeed-url", "http://127.0.0.1:9/datafeed/", "--cache-dir", tmp.resolve("never").toString()),
                ExitCodes.USAGE, "must be after --from");
        assertTrue(Files.notExists(tmp.resolve("never")), "no cache directory created");
    }
}
