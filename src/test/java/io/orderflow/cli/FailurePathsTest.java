package io.orderflow.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.IntUnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.LZMAOutputStream;

import com.google.gson.JsonObject;

import io.orderflow.backtest.io.FileSet;
import io.orderflow.cli.ReferenceTicks.RawTick;
import io.orderflow.data.feed.FakeDatafeedServer;
import io.orderflow.testing.TestData;
import picocli.CommandLine;

/**
 * The failure paths of issue 15, each reproduced through the command line in this process: result
 * sets replaced whole or not at all, concurrent runs, stale partial files, implausible prices,
 * configuration conflicts, no stack traces, out of memory, an unreachable or wrong datafeed, lost
 * and empty hours, misleading messages, and the help's examples.
 */
@Tag("slow")
class FailurePathsTest {
    private static final String DAY = "EURUSD/2019/01/04/";
    private static final long MONDAY = SummaryCommandTest.utc("2019-02-04");
    private static final long HOUR = 3_600_000L;

    @TempDir
    static Path tmp;

    private static Path bi5;

    @BeforeAll
    static void data() {
        bi5 = TestData.dukascopyBi5();
    }

    private static void assertFails(CliRun run, int code, String... inStderr) {
        assertEquals(code, run.code(), run.toString());
        assertNoStackTrace(run);
        for (String s : inStderr) assertTrue(run.err().contains(s), "stderr lacks '" + s + "':\n" + run.err());
    }

    private static void assertNoStackTrace(CliRun run) {
        assertFalse(run.err().contains("\tat ") || run.err().contains("Exception in thread"), "a stack trace:\n" + run);
    }

    /** A copy of 2019-02-04 (hours 0-23) with {@code hour} replaced by {@code content} (null: left out). */
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

    /** The real hour file re-encoded with the ask and bid of record {@code bad} (1-based) changed. */
    private static byte[] hourWith(int hour, int bad, IntUnaryOperator ask, IntUnaryOperator bid) throws Exception {
        long hourMs = MONDAY + hour * HOUR;
        List<RawTick> ticks = ReferenceTicks.ticks(bi5, "EURUSD", hourMs, hourMs + HOUR);
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(raw);
        for (int i = 0; i < ticks.size(); i++) {
            RawTick t = ticks.get(i);
            d.writeInt((int) (t.timeMs() - hourMs));
            d.writeInt(i + 1 == bad ? ask.applyAsInt(t.ask()) : t.ask());
            d.writeInt(i + 1 == bad ? bid.applyAsInt(t.bid()) : t.bid());
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

    private static String[] day(Path root, String command, String... extra) {
        List<String> a = new ArrayList<>(List.of(command, "-i", "EURUSD", "--from", "2019-02-04", "--to", "2019-02-05",
                "--data-dir", root.toString(), "--progress", "never"));
        a.addAll(List.of(extra));
        return a.toArray(new String[0]);
    }

    private static Map<String, byte[]> files(Path dir) throws Exception {
        Map<String, byte[]> m = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                if (Files.isRegularFile(p)) m.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        }
        return m;
    }

    private static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        for (String k : expected.keySet()) assertArrayEquals(expected.get(k), actual.get(k), k);
    }

    // ---- result files: whole sets, concurrent runs, stale partial files

    @Test
    void aRenameFailingLateInTheCommitLeavesTheOldResultSetWhole() throws Exception {
        Path out = tmp.resolve("late-failure");
        CliRun first = CliRun.of(day(bi5, "backtest", "--out", out.toString(), "--name", "bt"));
        assertEquals(0, first.code(), first.toString());
        Files.delete(out.resolve("bt-report.html"));
        Files.createDirectories(out.resolve("bt-report.html")); // the last target name is taken by a folder
        Map<String, byte[]> before = files(out);
        CliRun second = CliRun.of(day(bi5, "backtest", "--out", out.toString(), "--name", "bt", "--set",
                "trend.emaFast=5"));
        assertFails(second, ExitCodes.IO, out.resolve("bt-report.html").toString(), "folder");
        assertEquals("", second.out());
        assertSameFiles(before, files(out)); // journal and statistics not replaced either: no mix
        assertTrue(Files.isDirectory(out.resolve("bt-report.html")));
    }

    @Test
    void twoRunsIntoOneFolderEachReplaceTheWholeSetAndALeftoverPartialFileIsRemoved() throws Exception {
        String[] a = {"--set", "trend.emaFast=5"};
        String[] b = {"--set", "trend.emaFast=13", "--commission", "35"};
        Path aloneA = tmp.resolve("alone-a");
        Path aloneB = tmp.resolve("alone-b");
        assertEquals(0, CliRun.of(day(bi5, "backtest", concat(a, "--out", aloneA.toString()))).code());
        assertEquals(0, CliRun.of(day(bi5, "backtest", concat(b, "--out", aloneB.toString()))).code());
        Map<String, byte[]> setA = files(aloneA);
        Map<String, byte[]> setB = files(aloneB);
        assertFalse(java.util.Arrays.equals(setA.get("backtest-stats.json"), setB.get("backtest-stats.json")));
        Path shared = tmp.resolve("shared");
        for (int round = 0; round < 3; round++) {
            java.util.concurrent.CompletableFuture<CliRun> runA = java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> CliRun.of(day(bi5, "backtest", concat(a, "--out", shared.toString()))));
            java.util.concurrent.CompletableFuture<CliRun> runB = java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> CliRun.of(day(bi5, "backtest", concat(b, "--out", shared.toString()))));
            assertEquals(0, runA.get(120, TimeUnit.SECONDS).code());
            assertEquals(0, runB.get(120, TimeUnit.SECONDS).code());
            Map<String, byte[]> found = files(shared);
            boolean isA = found.keySet().equals(setA.keySet()) && found.keySet().stream()
                    .allMatch(k -> java.util.Arrays.equals(found.get(k), setA.get(k)));
            boolean isB = found.keySet().equals(setB.keySet()) && found.keySet().stream()
                    .allMatch(k -> java.util.Arrays.equals(found.get(k), setB.get(k)));
            assertTrue(isA || isB, "round " + round + ": the folder holds one run's whole set, not a mix");
        }
        try (Stream<Path> s = Files.list(shared)) {
            assertEquals(4, s.count(), "the four results and nothing else (no lock, no temporary file)");
        }

        // an interrupted earlier run left a hidden partial file: the next run of the set removes it
        Path stale = Files.writeString(shared.resolve(".backtest-journal.csv.k2j4.partial"), "half");
        assertEquals(0, CliRun.of(day(bi5, "backtest", "--out", shared.toString())).code());
        assertFalse(Files.exists(stale));
    }

    private static String[] concat(String[] a, String... b) {
        String[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    // ---- implausible prices, bounded structures

    @Test
    void anAbsurdCsvPriceIsBadInputNamingTheLineNotAnInternalError() throws Exception {
        Path csv = tmp.resolve("absurd.csv");
        Files.writeString(csv, "Time (UTC),Ask,Bid,AskVolume,BidVolume\n"
                + "2019.02.04 00:00:00.100,1.14561,1.14558,1.5,2.25\n"
                + "2019.02.04 00:00:01.100,99999999999,1.14558,1.5,2.25\n"
                + "2019.02.04 00:00:02.100,1.14562,1.14559,1.5,2.25\n");
        String[] args = {"backtest", "-i", "EURUSD", "--from", "2019-02-04", "--to", "2019-02-04T01:00", "--csv",
                csv.toString(), "--out", tmp.resolve("absurd-out").toString(), "--progress", "never"};
        assertFails(CliRun.of(args), ExitCodes.BAD_DATA, csv + ": line 3", "IMPLAUSIBLE_PRICE", "--on-bad-input skip");
        assertFalse(Files.exists(tmp.resolve("absurd-out").resolve("backtest-stats.json")));
        CliRun skip = CliRun.of("summary", "-i", "EURUSD", "--from", "2019-02-04", "--to", "2019-02-04T01:00", "--csv",
                csv.toString(), "--on-bad-input", "skip", "--format", "json", "--progress", "never");
        assertEquals(0, skip.code(), skip.toString());
        assertEquals(2, skip.json().get("ticks").getAsLong());
        assertEquals(1, skip.json().getAsJsonObject("problems").getAsJsonObject("counts").get("IMPLAUSIBLE_PRICE")
                .getAsLong());
    }

    @Test
    void oneValidLookingBi5TickFarOffTheMarketIsReportedAndSkippedInSeconds() throws Exception {
        // record 100 of 10:00 at fifty times the market: valid format, positive, ask >= bid
        Path root = dayWith("far-off", 10, hourWith(10, 100, a -> a * 50, b -> b * 50));
        assertFails(CliRun.of(day(root, "summary")), ExitCodes.BAD_DATA,
                root.resolve(DAY + "10h_ticks.bi5") + ": record 100", "IMPLAUSIBLE_PRICE", "times the previous tick");
        long t0 = System.nanoTime();
        CliRun run = CliRun.of(day(root, "backtest", "--on-bad-input", "skip", "--out", tmp.resolve("far-off-out")
                .toString()));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(0, run.code(), run.toString());
        assertTrue(run.out().contains("136,740 ticks"), run.out());
        assertTrue(run.out().contains("1 skipped: {IMPLAUSIBLE_PRICE=1}"), run.out());
        assertTrue(ms < 60_000, "took " + ms + " ms");
        System.out.println("FailurePathsTest: backtest of the day with one far-off tick skipped: " + ms + " ms");

        // the first tick of a stream has no neighbour: it is checked against the instrument's range
        Path first = dayWith("far-off-first", 0, hourWith(0, 1, a -> 2_000_000_000, b -> 1_999_999_000));
        assertFails(CliRun.of(day(first, "summary")), ExitCodes.BAD_DATA, "00h_ticks.bi5: record 1",
                "outside the plausible range of EURUSD");
    }

    // ---- configuration conflicts, no stack traces, out of memory

    @Test
    void anInstrumentSetThatContradictsDashIIsAUsageErrorLikeInAConfigFile() throws Exception {
        assertFails(CliRun.of(day(bi5, "backtest", "--set", "instrument=USDJPY", "--out", tmp.resolve("never-1")
                .toString())), ExitCodes.USAGE, "--set instrument=USDJPY contradicts --instrument EURUSD");
        assertFails(CliRun.of(day(bi5, "sweep", "--set", "instrument=GBPUSD", "--grid", "trend.emaFast=5,9",
                "--out", tmp.resolve("never-2").toString())), ExitCodes.USAGE, "contradicts --instrument EURUSD");
        // the same instrument spelled differently is no conflict
        CliRun same = CliRun.of(day(bi5, "backtest", "--set", "instrument=EUR/USD", "--out", tmp.resolve("same")
                .toString()));
        assertEquals(0, same.code(), same.toString());
        assertFalse(Files.exists(tmp.resolve("never-1")));
    }

    @Test
    void anUnexpectedExceptionIsOneLineWithItsDetailsInAFile() throws Exception {
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err, true));
        int code = new Main.ExecutionErrors().handleExecutionException(new IllegalStateException("boom"), cl, null);
        assertEquals(ExitCodes.INTERNAL, code);
        String text = err.toString();
        assertEquals(1, text.strip().lines().count(), text);
        assertTrue(text.contains("internal error (please report it with the command line used): "
                + "IllegalStateException: boom (at FailurePathsTest."), text);
        Path details = Path.of(text.substring(text.indexOf("details in ") + 11).strip());
        assertTrue(Files.readString(details).contains("\tat io.orderflow.cli.FailurePathsTest"), "stack trace in the file");
        Files.delete(details);
    }

    @Test
    void outOfMemoryEndsWithAMessageSayingHowMuchMemoryToGive() throws Exception {
        Path bin = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> cmd = new ArrayList<>(List.of(bin.toString(), "-Xmx12m", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "sweep", "-i", "EURUSD", "--from", "2019-02-04", "--to", "2019-02-06",
                "--data-dir", bi5.toString(), "--grid", "trend.emaFast=3,5,8", "--progress", "never", "--out",
                tmp.resolve("oom").toString()));
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("FailurePathsTest: -Xmx12m sweep ended in " + ms + " ms with exit " + p.exitValue());
        assertEquals(ExitCodes.INTERNAL, p.exitValue(), err);
        assertTrue(err.contains("out of memory: Java may use at most 12 MB here"), err);
        assertTrue(err.contains("java -Xmx1g -jar jforex-orderflow-cli.jar"), err);
        assertFalse(err.contains("\tat ") || err.contains("Exception in thread"), err);
        assertFalse(Files.exists(tmp.resolve("oom").resolve("sweep.json")));
        assertEquals("out of memory: Java may use at most 4096 MB here. Give it more with -Xmx, e.g. 'java -Xmx8g -jar "
                + "jforex-orderflow-cli.jar ...', or shorten the range (--from/--to). No result file was replaced.",
                Main.outOfMemory(4096L << 20));
    }

    // ---- the datafeed: unreachable, wrong address, markers

    @Test
    void anUnresolvableDatafeedHostFailsFastSayingHowToWorkOffline() {
        String cache = tmp.resolve("cache-invalid").toString();
        CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            long t0 = System.nanoTime();
            CliRun r = CliRun.of("summary", "-i", "EURUSD", "--from", "2019-02-04", "--to", "2019-02-06",
                    "--datafeed-url", "http://datafeed.invalid/datafeed/", "--cache-dir", cache, "--progress", "never");
            System.out.println("FailurePathsTest: unresolvable host failed after " + (System.nanoTime() - t0) / 1_000_000
                    + " ms");
            return r;
        });
        assertFails(run, ExitCodes.IO, "cannot resolve the host name datafeed.invalid", "--offline", "--data-dir",
                cache);
        assertFalse(run.err().contains("retry"), run.err());
        assertFalse(run.err().contains("run the command again to resume"), run.err());
    }

    @Test
    void aClosedLocalPortFailsFastToo() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        final String url = "http://127.0.0.1:" + port + "/datafeed/";
        CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            long t0 = System.nanoTime();
            CliRun r = CliRun.of("fetch", "-i", "EURUSD", "--from", "2019-02-04", "--to", "2019-02-06", "--datafeed-url",
                    url, "--cache-dir", tmp.resolve("cache-closed").toString(), "--progress", "never");
            System.out.println("FailurePathsTest: closed port failed after " + (System.nanoTime() - t0) / 1_000_000
                    + " ms");
            return r;
        });
        assertFails(run, ExitCodes.IO, "cannot connect to 127.0.0.1:" + port, "--offline");
        assertFalse(run.err().contains("retry"), run.err());
    }

    @Test
    void aDatafeedAddressWhereEveryFileIsNotFoundIsReportedAsLikelyWrongAndNoMarkerIsKept() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty-feed"));
        Path cache = tmp.resolve("cache-404");
        try (FakeDatafeedServer server = FakeDatafeedServer.serving(empty)) {
            CliRun run = CliRun.of("summary", "-i", "EURUSD", "--from", "2019-02-04", "--to", "2019-02-05",
                    "--datafeed-url", server.baseUrl(), "--cache-dir", cache.toString(), "--progress", "never");
            assertFails(run, ExitCodes.IO, "answered 'not found' (404) for every one of the 24 files asked for",
                    "--datafeed-url", "*.absent markers", "24 removed");
        }
        try (Stream<Path> s = Files.walk(cache)) {
            assertEquals(0, s.filter(p -> p.toString().endsWith(".absent")).count(), "no marker kept");
        }
    }

    @Test
    void aMissingHourRememberedAsNotFoundNamesItsMarkerAndRefetchAbsent() throws Exception {
        Path cache = tmp.resolve("cache-marker");
        Files.createDirectories(cache.resolve(DAY));
        for (int h = 0; h < 24; h++) {
            String f = String.format("%02dh_ticks.bi5", h);
            if (h == 7) Files.createFile(cache.resolve(DAY + f + ".absent"));
            else Files.copy(bi5.resolve(DAY + f), cache.resolve(DAY + f));
        }
        assertFails(CliRun.of("summary", "-i", "EURUSD", "--from", "2019-02-04", "--to", "2019-02-05", "--offline",
                "--cache-dir", cache.toString(), "--progress", "never"), ExitCodes.BAD_DATA, "MISSING_HOUR",
                cache.resolve(DAY + "07h_ticks.bi5.absent").toString(), "--refetch-absent");
    }

    // ---- lost hours counted as hours, empty hours reported

    @Test
    void aCorruptHourSkippedCountsAsADamagedHourAndAnEmptyHourFileAsAMissingHour() throws Exception {
        byte[] real = Files.readAllBytes(bi5.resolve(DAY + "09h_ticks.bi5"));
        Path corrupt = dayWith("corrupt-skip", 9, java.util.Arrays.copyOf(real, 40));
        CliRun run = CliRun.of(day(corrupt, "summary", "--on-bad-input", "skip", "--format", "json"));
        assertEquals(0, run.code(), run.toString());
        JsonObject j = run.json();
        assertEquals(1, j.get("hoursDamaged").getAsInt(), run.out());
        assertEquals(1, j.getAsJsonObject("problems").getAsJsonObject("counts").get("CORRUPT_COMPRESSION").getAsLong());
        CliRun text = CliRun.of(day(corrupt, "summary", "--on-bad-input", "skip"));
        assertTrue(text.out().matches("(?s).*\\nhours damaged +1 \\(files that could not be decoded to their end\\).*"),
                text.out());

        Path empty = dayWith("empty-hour", 14, new byte[0]);
        assertFails(CliRun.of(day(empty, "summary")), ExitCodes.BAD_DATA, "14h_ticks.bi5", "MISSING_HOUR",
                "holds no tick");
        CliRun skipped = CliRun.of(day(empty, "summary", "--on-bad-input", "skip", "--format", "json"));
        assertEquals(0, skipped.code(), skipped.toString());
        assertEquals(1, skipped.json().get("hoursMissing").getAsInt());
        assertEquals(24, skipped.json().get("hourFilesRead").getAsInt());
        // an empty file outside trading hours (Saturday) is normal
        Path saturday = tmp.resolve("saturday");
        Files.createDirectories(saturday.resolve("EURUSD/2019/01/09/"));
        for (int h = 0; h < 24; h++) {
            Files.write(saturday.resolve(String.format("EURUSD/2019/01/09/%02dh_ticks.bi5", h)), new byte[0]);
        }
        CliRun weekend = CliRun.of("summary", "-i", "EURUSD", "--from", "2019-02-09", "--to", "2019-02-10",
                "--data-dir", saturday.toString(), "--format", "json", "--progress", "never");
        assertEquals(0, weekend.code(), weekend.toString());
        assertEquals(0, weekend.json().get("hoursMissing").getAsInt());
    }

    // ---- misleading messages

    @Test
    void ticksInReversedTimeOrderAreReportedAsTimeGoingBackwardsWithFileAndLine() throws Exception {
        Path csv = tmp.resolve("reversed.csv");
        Files.writeString(csv, "Time (UTC),Ask,Bid,AskVolume,BidVolume\n"
                + "2019.02.04 05:30:00.000,1.14561,1.14558,1.5,2.25\n"
                + "2019.02.04 03:30:00.000,1.14562,1.14559,1.5,2.25\n"
                + "2019.02.04 01:30:00.000,1.14563,1.14560,1.5,2.25\n");
        CliRun run = CliRun.of("summary", "-i", "EURUSD", "--from", "2019-02-04T01:00", "--to", "2019-02-04T06:00",
                "--csv", csv.toString(), "--progress", "never");
        assertFails(run, ExitCodes.BAD_DATA, csv + ": line 3", "TIME_BACKWARDS", "time goes backwards",
                "2019-02-04T03:30:00Z after 2019-02-04T05:30:00Z");
        assertFalse(run.err().contains("MISSING_HOUR"), run.err());
    }

    @Test
    void aFolderWhereAnHourFileBelongsIsNamed() throws Exception {
        Path root = dayWith("folder-hour", 5, null);
        Files.createDirectories(root.resolve(DAY + "05h_ticks.bi5"));
        assertFails(CliRun.of(day(root, "summary")), ExitCodes.IO, root.resolve(DAY + "05h_ticks.bi5").toString());
    }

    @Test
    void invalidJsonIsDescribedByLineAndColumnWithoutTheParsersWording() throws Exception {
        Path cfg = Files.writeString(tmp.resolve("comma.json"), "{\"trend\": {\"emaFast\": 5,}}\n");
        CliRun run = CliRun.of(day(bi5, "backtest", "--config", cfg.toString(), "--out", tmp.resolve("never-3")
                .toString()));
        assertFails(run, ExitCodes.USAGE, cfg + ": not valid JSON: line 1, column 26: a key in double quotes expected");
        Path grid = Files.writeString(tmp.resolve("grid.json"), "{\"trend.emaFast\": [5, 9\n");
        CliRun sweep = CliRun.of(day(bi5, "sweep", "--grid-file", grid.toString(), "--out", tmp.resolve("never-4")
                .toString()));
        assertFails(sweep, ExitCodes.USAGE, "line 2, column 1: the text ends too early");
        for (CliRun r : new CliRun[] {run, sweep}) {
            for (String internal : new String[] {"JsonReader", "Strictness", "gson", "EOFException", "path $"}) {
                assertFalse(r.err().contains(internal), internal + " in " + r.err());
            }
        }
    }

    // ---- help and instruments

    @Test
    void everyHelpExampleIsWholeAndParses() {
        int examples = 0;
        for (Class<?> c : Main.SUBCOMMANDS) {
            String name = c.getAnnotation(CommandLine.Command.class).name();
            CliRun help = CliRun.of(name, "--help");
            List<String> lines = help.out().lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                if (!lines.get(i).startsWith("  java -jar ")) continue;
                StringBuilder cmd = new StringBuilder();
                String line = lines.get(i);
                while (true) {
                    assertTrue(line.length() <= 79, "a help line picocli would wrap: '" + line + "'");
                    boolean more = line.endsWith("\\");
                    cmd.append(more ? line.substring(0, line.length() - 1) : line).append(' ');
                    if (!more) break;
                    line = lines.get(++i);
                    assertTrue(line.startsWith("      "), "continuation indented: '" + line + "'");
                }
                String after = i + 1 < lines.size() ? lines.get(i + 1) : "";
                assertTrue(after.isEmpty() || after.startsWith("  java -jar ") || Character.isUpperCase(after.charAt(0)),
                        "an example wrapped by picocli: '" + lines.get(i) + "' then '" + after + "'");
                String[] words = cmd.toString().trim().split("\\s+");
                assertEquals("jforex-orderflow-cli.jar", words[2], cmd.toString());
                assertTrue(commands().contains(words[3]), cmd.toString());
                String[] args = java.util.Arrays.copyOfRange(words, 3, words.length);
                CommandLine cl = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
                cl.parseArgs(args); // throws on a broken example
                examples++;
            }
        }
        assertTrue(examples >= 10, examples + " examples");
    }

    private static List<String> commands() {
        List<String> names = new ArrayList<>();
        for (Class<?> c : Main.SUBCOMMANDS) names.add(c.getAnnotation(CommandLine.Command.class).name());
        return names;
    }

    @Test
    void theUnknownInstrumentMessageListsOnlyDukascopyInstruments() {
        CliRun run = CliRun.of("summary", "-i", "BTCUSDT", "--from", "2019-02-04", "--to", "2019-02-05", "--data-dir",
                bi5.toString());
        assertFails(run, ExitCodes.USAGE, "unknown instrument 'BTCUSDT'", "EURUSD", "BTCUSD");
        for (String testOnly : new String[] {"ETHUSDT", "XRPETH", "BTCPERP", "6E,", "ORCL", "SPY", "AAPL"}) {
            assertFalse(run.err().contains(testOnly), testOnly + " listed: " + run.err());
        }
    }
}
