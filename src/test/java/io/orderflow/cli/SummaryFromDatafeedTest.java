package io.orderflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;

import io.orderflow.data.feed.FakeDatafeedServer;
import io.orderflow.testing.TestData;

/**
 * {@code summary} in its default mode, the datafeed through the cache, against a local stand-in for
 * the datafeed serving the shared real files: the same report as reading the directory, a second
 * run served from the cache alone, and a clear exit code when the datafeed fails.
 */
@Tag("slow")
class SummaryFromDatafeedTest {
    @TempDir
    Path tmp;

    private Path bi5;
    private FakeDatafeedServer server;

    @BeforeEach
    void start() throws Exception {
        bi5 = TestData.dukascopyBi5();
        server = FakeDatafeedServer.serving(bi5);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private CliRun fromDatafeed(String... extra) {
        String[] base = {"summary", "-i", "EURUSD", "--from", "2019-02-04", "--to", "2019-02-06", "--format", "json",
                "--datafeed-url", server.baseUrl(), "--cache-dir", tmp.resolve("cache").toString()};
        String[] args = java.util.Arrays.copyOf(base, base.length + extra.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return CliRun.of(args);
    }

    /** The report without the lines that say where the ticks came from. */
    private static JsonObject withoutSource(CliRun run) {
        JsonObject j = run.json();
        j.remove("source");
        j.remove("download");
        return j;
    }

    @Test
    void downloadsThroughTheCacheAndReportsWhatTheDirectoryHolds() {
        CliRun direct = CliRun.of("summary", "-i", "EURUSD", "--from", "2019-02-04", "--to", "2019-02-06",
                "--format", "json", "--data-dir", bi5.toString());
        server.enqueue("EURUSD/2019/01/04/07h_ticks.bi5", FakeDatafeedServer.status(503));

        CliRun first = fromDatafeed("--download-threads", "3");
        assertEquals(0, first.code(), first.toString());
        assertEquals(withoutSource(direct), withoutSource(first));
        JsonObject download = first.json().getAsJsonObject("download");
        assertEquals(48, download.get("files").getAsInt());
        assertEquals(48, download.get("downloaded").getAsInt());
        assertEquals(1, download.get("retries").getAsInt());
        assertEquals(49, server.totalRequests());
        assertTrue(first.json().get("source").getAsString().startsWith(server.baseUrl() + " via cache "));
        assertTrue(first.err().contains("warning: " + server.baseUrl() + "EURUSD/2019/01/04/07h_ticks.bi5: retry 1/"),
                first.err());
        assertTrue(Files.isRegularFile(tmp.resolve("cache/EURUSD/2019/01/05/23h_ticks.bi5")));

        CliRun again = fromDatafeed();
        assertEquals(0, again.code(), again.toString());
        assertEquals(48, again.json().getAsJsonObject("download").get("fromCache").getAsInt());
        assertEquals(49, server.totalRequests(), "nothing requested again");

        CliRun offline = fromDatafeed("--offline");
        assertEquals(0, offline.code(), offline.toString());
        assertEquals(withoutSource(direct), withoutSource(offline));
        assertEquals(49, server.totalRequests());
    }

    @Test
    void failedDownloadExitsWith4NamingTheUrl() {
        String broken = "EURUSD/2019/01/04/03h_ticks.bi5";
        server.always(broken, FakeDatafeedServer.status(500));
        CliRun run = fromDatafeed("--max-attempts", "1");
        assertEquals(ExitCodes.IO, run.code(), run.toString());
        assertEquals("", run.out());
        assertTrue(run.err().contains("download failed: " + server.baseUrl() + broken + ": HTTP 500"), run.err());
        assertTrue(run.err().contains("run the command again to resume"), run.err());
    }

    @Test
    void offlineWithAnEmptyCacheReportsEveryTradingHourMissing() {
        CliRun run = fromDatafeed("--offline");
        assertEquals(ExitCodes.BAD_DATA, run.code(), run.toString());
        assertTrue(run.err().contains("00h_ticks.bi5: MISSING_HOUR"), run.err());

        CliRun skipped = fromDatafeed("--offline", "--on-bad-input", "skip");
        assertEquals(0, skipped.code(), skipped.toString());
        assertEquals(0, skipped.json().get("ticks").getAsLong());
        assertEquals(48, skipped.json().get("hoursMissing").getAsInt(), "Mon and Tue: all 48 hours are trading hours");
        assertEquals(0, server.totalRequests());
    }
}
