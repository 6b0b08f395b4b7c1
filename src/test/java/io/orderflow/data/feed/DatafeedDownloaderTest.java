package io.orderflow.data.feed;

import static io.orderflow.data.feed.FakeDatafeedServer.status;
import static io.orderflow.data.feed.FeedTestSupport.FAST_RETRIES;
import static io.orderflow.data.feed.FeedTestSupport.client;
import static io.orderflow.data.feed.FeedTestSupport.complete;
import static io.orderflow.data.feed.FeedTestSupport.eurusdTwoDays;
import static io.orderflow.data.feed.FeedTestSupport.tempFiles;
import static io.orderflow.data.feed.FeedTestSupport.utc;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import io.orderflow.data.feed.FakeDatafeedServer.Corrupt;
import io.orderflow.data.feed.FakeDatafeedServer.Delay;
import io.orderflow.data.feed.FakeDatafeedServer.DropMidBody;
import io.orderflow.data.feed.FakeDatafeedServer.HtmlPage;
import io.orderflow.data.feed.FakeDatafeedServer.Trickle;
import io.orderflow.data.feed.FakeDatafeedServer.Truncated;
import io.orderflow.testing.Await;
import io.orderflow.testing.FakeTimeSource;
import io.orderflow.testing.TestData;

/**
 * The downloader against a local stand-in for the datafeed that serves the shared real files and
 * misbehaves on request: the cache ends byte-identical to the served files whatever the faults,
 * retries happen where they should, parallelism stays within its bound, and runs resume.
 */
@Timeout(120)
@Tag("slow")
class DatafeedDownloaderTest {
    @TempDir
    Path tmp;

    private Path source;
    private FakeDatafeedServer server;
    private DatafeedCache cache;
    private final List<String> retries = new CopyOnWriteArrayList<>();
    /** The pauses the client announced to its RetryListener, ms, in order. */
    private final List<Long> announced = new CopyOnWriteArrayList<>();
    /**
     * The client's clock: every pause between attempts is recorded and passes in virtual time
     * (now = 2023-11-14T22:13:20Z at the start); the sockets' timeouts stay real.
     */
    private final FakeTimeSource time = new FakeTimeSource(1_700_000_000_000L);

    @BeforeEach
    void start() throws IOException {
        source = TestData.dukascopyBi5();
        server = FakeDatafeedServer.serving(source);
        cache = new DatafeedCache(tmp.resolve("cache"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private DatafeedDownloader downloader(int threads, DatafeedClient.Builder client) {
        return new DatafeedDownloader(CachedDatafeed.online(cache,
                client.timeSource(time).retryListener((url, attempt, max, delay, reason) -> {
                    retries.add(url + " | " + reason);
                    announced.add(delay);
                }).build()),
                threads);
    }

    private DatafeedDownloader downloader(int threads) {
        return downloader(threads, client(server));
    }

    private void assertCacheIdenticalToSource(List<DatafeedFile> files) throws IOException {
        for (DatafeedFile f : files) {
            Path cached = cache.pathOf(f);
            assertTrue(Files.isRegularFile(cached), "cached " + f);
            assertArrayEquals(Files.readAllBytes(source.resolve(f.path())), Files.readAllBytes(cached), f.path());
        }
        assertEquals(List.of(), tempFiles(cache.root()), "temp files left");
    }

    @Test
    void downloadsEveryHourByteIdenticalToTheDatafeed() throws IOException {
        List<DatafeedFile> files = eurusdTwoDays();
        List<DownloadProgress> progress = new CopyOnWriteArrayList<>();

        DownloadProgress done = downloader(4).download(files, progress::add);

        assertCacheIdenticalToSource(files);
        assertEquals(48, done.filesTotal());
        assertEquals(48, done.filesDownloaded());
        assertEquals(0, done.filesCached() + done.filesEmpty() + done.filesNotFound() + done.retries());
        long bytes = 0;
        for (DatafeedFile f : files) bytes += Files.size(source.resolve(f.path()));
        assertEquals(bytes, done.bytesDownloaded(), "compressed bytes downloaded");
        assertEquals(48, server.totalRequests());
        // Start report plus one per file; counts never go down.
        assertEquals(49, progress.size());
        for (int i = 0; i < progress.size(); i++) assertEquals(i, progress.get(i).filesDone());
        assertTrue(progress.get(48).isComplete());
    }

    @Test
    void neverHasMoreRequestsInFlightThanThreads() throws IOException {
        server.delayEveryResponse(40);
        downloader(3).download(eurusdTwoDays(), null);
        int max = server.maxConcurrentRequests();
        assertTrue(max <= 3, "at most 3 requests at once, saw " + max);
        assertTrue(max >= 2, "requests did run in parallel, saw at most " + max);

        server.resetCounts();
        cache = new DatafeedCache(tmp.resolve("cache-single"));
        downloader(1).download(eurusdTwoDays(), null);
        assertEquals(1, server.maxConcurrentRequests());
    }

    @Test
    void retriesServerErrorsThenSucceeds() throws IOException {
        List<DatafeedFile> files = eurusdTwoDays();
        String flaky = files.get(7).path();
        server.enqueue(flaky, status(500), status(503), status(502));

        DownloadProgress done = downloader(4).download(files, null);

        assertEquals(4, server.requests(flaky), "three failures then success");
        assertEquals(3, done.retries());
        assertEquals(3, retries.size());
        assertTrue(retries.get(0).contains("HTTP 500"), retries.get(0));
        assertBackoffGrows(3);
        assertCacheIdenticalToSource(files);
    }

    /**
     * The client paused {@code n} times, each exactly as long as it announced, and the pauses grow
     * as FAST_RETRIES says: after failed attempt k, between d/2 and d ms with d = 10 × 2^(k-1)
     * (5..10, 10..20, 20..40 ms; 80 ms cap not reached).
     */
    private void assertBackoffGrows(int n) {
        List<Long> slept = time.sleeps();
        assertEquals(announced, slept, "slept exactly the announced pauses");
        assertEquals(n, slept.size(), "pauses " + slept);
        for (int k = 1; k <= n; k++) {
            long d = 10L << (k - 1);
            long s = slept.get(k - 1);
            assertTrue(s >= d / 2 && s <= d, "pause " + k + " was " + s + " ms, expected " + d / 2 + ".." + d + ": " + slept);
        }
    }

    @Test
    void waitsAtLeastRetryAfterOn429() throws IOException {
        DatafeedFile f = eurusdTwoDays().get(0);
        server.enqueue(f.path(), status(429, "Retry-After", "1"));

        downloader(1).download(List.of(f), null);

        assertEquals(2, server.requests(f.path()));
        // Backoff alone would be 5..10 ms; only Retry-After explains a full second.
        assertEquals(List.of(1_000L), time.sleeps(), "one pause of the server's Retry-After");
        assertEquals(List.of(1_000L), announced);
        assertTrue(retries.get(0).contains("HTTP 429") && retries.get(0).contains("Retry-After 1000 ms"), retries.get(0));
        assertCacheIdenticalToSource(List.of(f));
    }

    @Test
    void measuresAnHttpDateRetryAfterFromTheClientsClockAndCapsALongOne() throws IOException {
        DatafeedFile dated = eurusdTwoDays().get(0);
        DatafeedFile longer = eurusdTwoDays().get(1);
        // the client's now is 2023-11-14T22:13:20Z: 7 s from now
        server.enqueue(dated.path(), status(429, "Retry-After", "Tue, 14 Nov 2023 22:13:27 GMT"));
        server.enqueue(longer.path(), status(503, "Retry-After", "3600"));

        downloader(1).download(List.of(dated), null);
        assertEquals(List.of(7_000L), time.sleeps(), "the date, 7 s after the client's now");
        assertTrue(retries.get(0).contains("Retry-After 7000 ms"), retries.get(0));

        downloader(1).download(List.of(longer), null);
        // FAST_RETRIES honours Retry-After up to 10 s; an hour is capped
        assertEquals(List.of(7_000L, 10_000L), time.sleeps());
        assertEquals(time.sleeps(), announced);
        assertEquals(2, server.requests(dated.path()));
        assertEquals(2, server.requests(longer.path()));
        assertCacheIdenticalToSource(List.of(dated, longer));
    }

    @Test
    void retriesBodiesThatAreShortCorruptOrNotBi5() throws IOException {
        List<DatafeedFile> files = eurusdTwoDays();
        String truncated = files.get(1).path();
        String corrupt = files.get(2).path();
        String html = files.get(3).path();
        String dropped = files.get(4).path();
        String droppedChunked = files.get(5).path();
        server.enqueue(truncated, new Truncated(1000));
        server.enqueue(corrupt, new Corrupt());
        server.enqueue(html, new HtmlPage());
        server.enqueue(dropped, new DropMidBody(2000, false));
        server.enqueue(droppedChunked, new DropMidBody(2000, true));

        DownloadProgress done = downloader(4).download(files, null);

        for (String p : List.of(truncated, corrupt, html, dropped, droppedChunked)) {
            assertEquals(2, server.requests(p), p);
        }
        assertEquals(5, done.retries());
        assertTrue(reasonFor(truncated).contains("does not decode"), reasonFor(truncated));
        assertTrue(reasonFor(corrupt).contains("does not decode"), reasonFor(corrupt));
        assertTrue(reasonFor(html).contains("does not decode"), reasonFor(html));
        assertTrue(reasonFor(dropped).contains("ended after 2000 of"), reasonFor(dropped));
        assertCacheIdenticalToSource(files);
    }

    private String reasonFor(String path) {
        return retries.stream().filter(r -> r.contains(path)).findFirst().orElse("no retry for " + path);
    }

    @Test
    void retriesAfterAReadTimeoutAndToleratesSlowBodies() throws IOException {
        List<DatafeedFile> files = eurusdTwoDays().subList(0, 3);
        String stalls = files.get(0).path();
        String trickles = files.get(1).path();
        server.enqueue(stalls, new Delay(2_000));
        server.enqueue(trickles, new Trickle(4_096, 30));

        DownloadProgress done = downloader(2, client(server).readTimeoutMs(500)).download(files, null);

        assertEquals(2, server.requests(stalls), "timed out once, then served");
        assertTrue(reasonFor(stalls).contains("timed out"), reasonFor(stalls));
        assertEquals(1, server.requests(trickles), "slow but never silent for 500 ms: no retry");
        assertEquals(1, done.retries());
        // the read timeout is the socket's (real); the pause after it is ours (virtual)
        assertBackoffGrows(1);
        assertCacheIdenticalToSource(files);
    }

    @Test
    void failsNamingTheUrlAfterTheLastAttemptAndKeepsNothingOfIt() throws IOException {
        DatafeedFile f = eurusdTwoDays().get(0);
        server.always(f.path(), status(500));

        DatafeedException e = assertThrows(DatafeedException.class,
                () -> downloader(1).download(List.of(f), null));

        assertEquals(FAST_RETRIES.maxAttempts(), server.requests(f.path()));
        assertBackoffGrows(FAST_RETRIES.maxAttempts() - 1);
        assertTrue(e.getMessage().contains(server.baseUrl() + f.path()), e.getMessage());
        assertTrue(e.getMessage().contains("HTTP 500") && e.getMessage().contains("4 attempts"), e.getMessage());
        assertEquals(e.url(), server.baseUrl() + f.path());
        assertEquals(500, e.httpStatus());
        assertEquals(DatafeedCache.State.MISSING, cache.state(f));
        assertEquals(List.of(), tempFiles(cache.root()));
    }

    @Test
    void doesNotRetryAForbiddenAnswer() {
        DatafeedFile f = eurusdTwoDays().get(0);
        server.always(f.path(), status(403));

        DatafeedException e = assertThrows(DatafeedException.class,
                () -> downloader(1).download(List.of(f), null));

        assertEquals(1, server.requests(f.path()));
        assertTrue(e.getMessage().contains("HTTP 403") && e.getMessage().contains("not retried"), e.getMessage());
    }

    @Test
    void recordsNotFoundAndEmptyAnswersSoAResumeDoesNotAskAgain() throws IOException {
        // Saturday 2019-02-02 12:00 is not in the data: the stand-in answers 404 like the datafeed.
        DatafeedFile saturday = DatafeedFile.tickHour("EURUSD", utc("2019-02-02", 12));
        // Saturday 2012-12-01 00:00 GBPJPY is a real 0-byte datafeed file (no ticks that hour).
        DatafeedFile empty = DatafeedFile.tickHour("GBPJPY", utc("2012-12-01", 0));
        assertEquals(0, Files.size(source.resolve(empty.path())), "fixture: the empty hour");

        DownloadProgress first = downloader(2).download(List.of(saturday, empty), null);
        assertEquals(1, first.filesNotFound());
        assertEquals(1, first.filesEmpty());
        assertEquals(DatafeedCache.State.ABSENT, cache.state(saturday));
        assertFalse(Files.exists(cache.pathOf(saturday)), "a 404 never looks like a file");
        assertEquals(DatafeedCache.State.COMPLETE, cache.state(empty));
        assertEquals(0, Files.size(cache.pathOf(empty)));

        server.resetCounts();
        DownloadProgress again = downloader(2).download(List.of(saturday, empty), null);
        assertEquals(0, server.totalRequests());
        assertEquals(2, again.filesCached());

        // Asked to, it checks the 404 again (the datafeed may have published it since).
        CachedDatafeed refetching = CachedDatafeed.online(cache, client(server).build()).withRefetchAbsent(true);
        new DatafeedDownloader(refetching, 2).download(List.of(saturday, empty), null);
        assertEquals(List.of(saturday.path()), server.requestedPaths());
    }

    @Test
    void resumeFetchesOnlyWhatIsMissing() throws IOException {
        List<DatafeedFile> files = eurusdTwoDays();
        String broken = files.get(20).path();
        server.always(broken, status(500));
        assertThrows(DatafeedException.class, () -> downloader(4).download(files, null));
        assertEquals(List.of(), tempFiles(cache.root()), "a failed run leaves no temp files");

        Set<String> missing = new HashSet<>();
        for (DatafeedFile f : files) {
            if (cache.state(f) != DatafeedCache.State.COMPLETE) missing.add(f.path());
        }
        assertTrue(missing.contains(broken));
        assertTrue(missing.size() < 48, "the files finished before the failure were kept");

        server.always(broken, null);
        server.resetCounts();
        DownloadProgress resumed = downloader(4).download(files, null);

        assertEquals(missing, new HashSet<>(server.requestedPaths()), "requested exactly the missing files");
        assertEquals(missing.size(), server.totalRequests(), "each once");
        assertEquals(48 - missing.size(), resumed.filesCached());
        assertCacheIdenticalToSource(files);
    }

    @Test
    void anInterruptedDownloadLeavesNoCompleteLookingFileAndResumes() throws Exception {
        List<DatafeedFile> files = eurusdTwoDays().subList(0, 6);
        String slow = files.get(5).path();
        // About 30 s to send: it will still be in flight when the run is interrupted.
        server.enqueue(slow, new Trickle(512, 300));
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread run = new Thread(() -> {
            try {
                downloader(1).download(files, null);
            } catch (Throwable t) {
                thrown.set(t);
            }
        });
        run.start();
        // interrupted while the body arrives (not before the request, not after the file is stored)
        Await.until("the slow file's body is being sent", 30_000, () -> server.trickledBytes(slow) > 0);
        run.interrupt();
        run.join(10_000);

        assertFalse(run.isAlive(), "download stopped");
        assertTrue(thrown.get() instanceof InterruptedIOException, String.valueOf(thrown.get()));
        DatafeedFile slowFile = files.get(5);
        assertEquals(DatafeedCache.State.MISSING, cache.state(slowFile));
        assertFalse(Files.exists(cache.pathOf(slowFile)));
        assertEquals(List.of(), tempFiles(cache.root()));
        assertEquals(files.subList(0, 5), complete(cache, files));

        server.resetCounts();
        downloader(2).download(files, null);
        assertEquals(List.of(slow), server.requestedPaths());
        assertCacheIdenticalToSource(files);
    }

    @Test
    void removesStaleTempFilesLeftByACrash() throws IOException {
        DatafeedFile f = eurusdTwoDays().get(0);
        Path dir = cache.pathOf(f).getParent();
        Files.createDirectories(dir);
        Path stale = dir.resolve("." + cache.pathOf(f).getFileName() + ".1a2b3c.part");
        Files.write(stale, new byte[] {1, 2, 3});
        Files.setLastModifiedTime(stale, FileTime.fromMillis(System.currentTimeMillis() - 2 * 60 * 60_000L));
        Path fresh = dir.resolve(".01h_ticks.bi5.4d5e6f.part");
        Files.write(fresh, new byte[] {4, 5, 6});

        downloader(1).download(List.of(f), null);

        assertFalse(Files.exists(stale), "crash leftover removed");
        assertTrue(Files.exists(fresh), "a young temp file may belong to a running download: kept");
        assertArrayEquals(Files.readAllBytes(source.resolve(f.path())), Files.readAllBytes(cache.pathOf(f)));
    }

    @Test
    void downloadsCandleFilesOfEveryPeriod() throws IOException {
        List<DatafeedFile> files = new ArrayList<>();
        files.addAll(DatafeedFile.candleFiles("EURUSD", io.orderflow.market.OfferSide.BID,
                io.orderflow.data.DukascopyLayout.CandlePeriod.MINUTE, utc("2019-02-04"), utc("2019-02-06")));
        files.addAll(DatafeedFile.candleFiles("EURUSD", io.orderflow.market.OfferSide.BID,
                io.orderflow.data.DukascopyLayout.CandlePeriod.HOUR, utc("2019-01-15"), utc("2019-02-02")));
        files.addAll(DatafeedFile.candleFiles("EURUSD", io.orderflow.market.OfferSide.BID,
                io.orderflow.data.DukascopyLayout.CandlePeriod.DAY, utc("2018-06-01"), utc("2019-06-01")));
        assertEquals(List.of("EURUSD/2019/01/04/BID_candles_min_1.bi5", "EURUSD/2019/01/05/BID_candles_min_1.bi5",
                "EURUSD/2019/00/BID_candles_hour_1.bi5", "EURUSD/2019/01/BID_candles_hour_1.bi5",
                "EURUSD/2018/BID_candles_day_1.bi5", "EURUSD/2019/BID_candles_day_1.bi5"),
                files.stream().map(DatafeedFile::path).toList());
        // A file the datafeed stand-in does not have: answered 404.
        DatafeedFile ask = DatafeedFile.candles("EURUSD", io.orderflow.market.OfferSide.ASK,
                io.orderflow.data.DukascopyLayout.CandlePeriod.MINUTE, utc("2019-02-04"));
        server.enqueue(files.get(0).path(), new Corrupt());

        List<DatafeedFile> all = new ArrayList<>(files);
        all.add(ask);
        DownloadProgress done = downloader(3).download(all, null);

        assertEquals(6, done.filesDownloaded());
        assertEquals(1, done.filesNotFound());
        assertEquals(1, done.retries(), "the corrupt minute file was fetched again");
        assertCacheIdenticalToSource(files);
        assertEquals(DatafeedCache.State.ABSENT, cache.state(ask));
    }
}
