package io.orderflow.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import io.orderflow.data.feed.FakeDatafeedServer;
import io.orderflow.testing.TestData;

/**
 * {@code fetch} against a local stand-in for the datafeed serving the shared real files: ticks and
 * candles land in the cache byte for byte, a second run downloads nothing, an interrupted run
 * resumes, hours the datafeed lacks inside trading hours are reported (weekends are not), and the
 * cache then serves the other commands offline.
 */
@Tag("slow")
class FetchCommandTest {
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

    private CliRun fetch(FakeDatafeedServer s, String... extra) {
        List<String> args = new ArrayList<>(List.of("fetch", "--datafeed-url", s.baseUrl(), "--cache-dir",
                tmp.resolve("cache").toString(), "--format", "json", "--progress", "never"));
        args.addAll(List.of(extra));
        return CliRun.of(args.toArray(new String[0]));
    }

    private static JsonObject instrument(CliRun run, int i) {
        return run.json().getAsJsonArray("instruments").get(i).getAsJsonObject();
    }

    @Test
    void ticksAndCandlesLandInTheCacheByteForByteAndASecondRunDownloadsNothing() throws Exception {
        CliRun run = fetch(server, "-i", "EURUSD", "--from", "2019-02-04", "--to", "2019-02-06", "--candles", "minute",
                "--candle-side", "bid");
        assertEquals(0, run.code(), run.toString());
        JsonObject e = instrument(run, 0);
        assertEquals("EURUSD", e.get("instrument").getAsString());
        JsonObject ticks = e.getAsJsonObject("ticks");
        assertEquals(48, ticks.get("files").getAsInt());
        assertEquals(48, ticks.get("downloaded").getAsInt());
        assertEquals(0, e.getAsJsonArray("missingHours").size());
        JsonObject candles = e.getAsJsonObject("candles");
        assertEquals(2, candles.get("files").getAsInt(), "one file of minute candles per day");
        assertEquals(2, candles.get("downloaded").getAsInt());
        for (String f : List.of("EURUSD/2019/01/04/00h_ticks.bi5", "EURUSD/2019/01/05/23h_ticks.bi5",
                "EURUSD/2019/01/04/BID_candles_min_1.bi5", "EURUSD/2019/01/05/BID_candles_min_1.bi5")) {
            assertArrayEquals(Files.readAllBytes(bi5.resolve(f)), Files.readAllBytes(tmp.resolve("cache").resolve(f)), f);
        }
        int requests = server.totalRequests();
        assertEquals(50, requests);

        CliRun again = fetch(server, "-i", "EURUSD", "--from", "2019-02-04", "--to", "2019-02-06", "--candles", "minute",
                "--candle-side", "bid");
        assertEquals(0, again.code(), again.toString());
        assertEquals(48, instrument(again, 0).getAsJsonObject("ticks").get("fromCache").getAsInt());
        assertEquals(2, instrument(again, 0).getAsJsonObject("candles").get("fromCache").getAsInt());
        assertEquals(requests, server.totalRequests(), "nothing downloaded again");

        // the cache serves the other commands without network, with the same result as the original files
        CliRun offline = CliRun.of("summary", "-i", "EURUSD", "--from", "2019-02-04", "--to", "2019-02-06", "--format",
                "json", "--offline", "--cache-dir", tmp.resolve("cache").toString());
        CliRun direct = CliRun.of("summary", "-i", "EURUSD", "--from", "2019-02-04", "--to", "2019-02-06", "--format",
                "json", "--data-dir", bi5.toString());
        assertEquals(0, offline.code(), offline.toString());
        JsonObject a = offline.json();
        JsonObject b = direct.json();
        a.remove("source");
        b.remove("source");
        assertEquals(b, a);
    }

    @Test
    void hoursMissingInsideTradingHoursAreReportedButWeekendsAreNot() {
        server.always("EURUSD/2019/01/04/12h_ticks.bi5", FakeDatafeedServer.status(404));
        // Saturday 2 Feb 00:00 to Monday 4 Feb 14:00: the weekend until Sunday 22:00 UTC is closed.
        CliRun run = fetch(server, "-i", "EURUSD", "--from", "2019-02-02", "--to", "2019-02-04T14:00");
        assertEquals(0, run.code(), run.toString());
        JsonObject e = instrument(run, 0);
        assertEquals(62, e.getAsJsonObject("ticks").get("files").getAsInt());
        assertEquals(13, e.getAsJsonObject("ticks").get("downloaded").getAsInt(), "Monday 00-13h but the noon hour");
        assertEquals(49, e.getAsJsonObject("ticks").get("notFound").getAsInt());
        JsonArray missing = e.getAsJsonArray("missingHours");
        List<String> got = new ArrayList<>();
        missing.forEach(m -> got.add(m.getAsString()));
        assertEquals(List.of("2019-02-03T22:00:00Z", "2019-02-03T23:00:00Z", "2019-02-04T12:00:00Z"), got,
                "Sunday 22:00 and 23:00 UTC are trading hours the shared copy does not hold; the weekend is not missing");

        CliRun text = CliRun.of("fetch", "--datafeed-url", server.baseUrl(), "--cache-dir", tmp.resolve("cache").toString(),
                "-i", "EURUSD", "--from", "2019-02-02", "--to", "2019-02-04T14:00", "--progress", "never");
        assertEquals(0, text.code(), text.toString());
        assertTrue(text.out().contains("3 hour(s) inside trading hours without data"), text.out());
        assertTrue(text.out().contains("2019-02-04 12:00 UTC  EURUSD/2019/01/04/12h_ticks.bi5"), text.out());
    }

    @Test
    void aFailedRunExitsWith4AndTheNextRunResumesWhereItStopped() throws Exception {
        server.always("EURUSD/2019/01/04/20h_ticks.bi5", FakeDatafeedServer.status(500));
        CliRun failed = fetch(server, "-i", "EURUSD", "--from", "2019-02-04", "--to", "2019-02-05", "--max-attempts",
                "1", "--threads", "1");
        assertEquals(ExitCodes.IO, failed.code(), failed.toString());
        assertEquals("", failed.out());
        assertTrue(failed.err().contains("download failed: " + server.baseUrl() + "EURUSD/2019/01/04/20h_ticks.bi5"),
                failed.err());
        assertTrue(failed.err().contains("run the command again to resume"), failed.err());
        long kept;
        try (var files = Files.walk(tmp.resolve("cache"))) {
            kept = files.filter(p -> p.toString().endsWith("_ticks.bi5")).count();
        }
        assertTrue(kept >= 1 && kept < 24, "files before the failure are kept: " + kept);

        try (FakeDatafeedServer healthy = FakeDatafeedServer.serving(bi5)) {
            CliRun resumed = fetch(healthy, "-i", "EURUSD", "--from", "2019-02-04", "--to", "2019-02-05");
            assertEquals(0, resumed.code(), resumed.toString());
            JsonObject t = instrument(resumed, 0).getAsJsonObject("ticks");
            assertEquals(kept, t.get("fromCache").getAsInt());
            assertEquals(24 - kept, t.get("downloaded").getAsInt());
            assertEquals(24 - kept, healthy.totalRequests(), "only the files still missing are requested");
        }
    }

    @Test
    void severalInstrumentsInOneRunEachWithItsOwnReport() {
        CliRun run = fetch(server, "-i", "EURUSD,GBPJPY", "--from", "2019-02-04", "--to", "2019-02-04T06:00");
        assertEquals(0, run.code(), run.toString());
        assertEquals(6, instrument(run, 0).getAsJsonObject("ticks").get("downloaded").getAsInt());
        assertEquals(0, instrument(run, 0).getAsJsonArray("missingHours").size());
        assertEquals("GBPJPY", instrument(run, 1).get("instrument").getAsString());
        assertEquals(6, instrument(run, 1).getAsJsonObject("ticks").get("notFound").getAsInt(),
                "the shared copy has GBPJPY for December 2012 only");
        assertEquals(6, instrument(run, 1).getAsJsonArray("missingHours").size());
    }

    @Test
    void wrongCommandLinesAreRefusedBeforeAnyRequest() {
        for (String[] args : new String[][] {
                {"-i", "EURUSD", "--from", "2019-02-06", "--to", "2019-02-04"},
                {"-i", "NOPE", "--from", "2019-02-04", "--to", "2019-02-06"},
                {"-i", "EURUSD", "--from", "2019-02-04", "--to", "2999-01-01"},
                {"-i", "EURUSD", "--from", "2019-02-04", "--to", "2019-02-06", "--candles", "week"},
                {"-i", "EURUSD", "--from", "2019-02-04", "--to", "2019-02-06", "--no-ticks"},
                {"-i", "EURUSD", "--from", "2019-02-04", "--to", "2019-02-06", "--threads", "0"}}) {
            CliRun run = fetch(server, args);
            assertEquals(ExitCodes.USAGE, run.code(), run.toString());
            assertEquals("", run.out());
        }
        assertEquals(0, server.totalRequests());
        assertTrue(Files.notExists(tmp.resolve("cache")));
    }
}
