package io.orderflow.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.List;

import io.orderflow.data.feed.CachedDatafeed;
import io.orderflow.data.feed.DatafeedCache;
import io.orderflow.data.feed.DatafeedClient;
import io.orderflow.data.feed.DatafeedDownloader;
import io.orderflow.data.feed.DatafeedFile;
import io.orderflow.data.feed.DatafeedUnreachableException;
import io.orderflow.data.feed.DownloadProgress;
import io.orderflow.data.feed.RetryPolicy;

/**
 * Downloads datafeed files into the cache with a progress bar on stderr, reporting retries either in
 * the bar (when drawn) or as warning lines. Shared by every command that downloads. Thread-safe
 * (the download threads call back into it; the bar is thread-safe, warnings are serialised).
 */
final class Downloads {
    private final PrintWriter err;
    private final ProgressMode progress;
    private final DatafeedClient client;
    private final CachedDatafeed feed;
    private final int threads;
    private volatile Progress bar = Progress.none();
    /** Every file asked for by {@link #download}, and the counts over all calls (for {@link #checkAddress}). */
    private final java.util.Set<DatafeedFile> asked = new java.util.LinkedHashSet<>();
    private int filesTotal;
    private int filesNotFound;

    /**
     * @param cacheRoot    the cache directory
     * @param url          datafeed root
     * @param maxAttempts  attempts per file
     * @param refetchAbsent whether to ask again for files cached as 404
     * @param threads      parallel downloads
     */
    Downloads(PrintWriter err, ProgressMode progress, java.nio.file.Path cacheRoot, String url, int maxAttempts,
              boolean refetchAbsent, int threads) {
        this.err = err;
        this.progress = progress;
        this.threads = threads;
        final boolean bars = progress.enabled();
        this.client = DatafeedClient.builder().baseUrl(url)
                .retryPolicy(RetryPolicy.DEFAULT.withMaxAttempts(maxAttempts))
                .retryListener((u, attempt, max, delayMs, reason) -> {
                    String msg = "retry " + attempt + "/" + (max - 1) + " in " + delayMs + " ms: " + reason;
                    if (bars) bar.extraMessage(msg);
                    else warn(u + ": " + msg);
                }).build();
        this.feed = CachedDatafeed.online(new DatafeedCache(cacheRoot), client).withRefetchAbsent(refetchAbsent);
    }

    DatafeedClient client() { return client; }

    CachedDatafeed feed() { return feed; }

    DatafeedCache cache() { return feed.cache(); }

    /** Makes {@code files} available in the cache; {@code task} names the progress bar. */
    DownloadProgress download(List<DatafeedFile> files, String task) throws IOException {
        DownloadProgress done;
        try (Progress p = Progress.start(progress, err, task, files.size(), "files")) {
            bar = p;
            done = new DatafeedDownloader(feed, threads).download(files, d -> {
                p.stepTo(d.filesDone());
                p.extraMessage(Formats.bytes(d.bytesDownloaded()));
            });
        } catch (DatafeedUnreachableException e) {
            throw new CommandFailure(ExitCodes.IO, "cannot reach the datafeed: " + e.getMessage() + ".\n"
                    + offlineHint(client.baseUrl(), cache().root()));
        } finally {
            bar = Progress.none();
        }
        asked.addAll(files);
        filesTotal += done.filesTotal();
        filesNotFound += done.filesNotFound();
        return done;
    }

    /**
     * After the run's downloads: when the datafeed answered "not found" (404) for every file asked
     * for, the address is probably wrong. Then the 404 markers this run stored are removed (so that a
     * corrected address is asked again) and the command fails, naming the markers.
     *
     * @throws CommandFailure exit code {@value ExitCodes#IO}
     */
    void checkAddress() throws IOException {
        if (filesTotal == 0 || filesNotFound != filesTotal) return;
        int removed = 0;
        for (DatafeedFile f : asked) {
            if (Files.deleteIfExists(cache().absentMarkerOf(f))) removed++;
        }
        throw new CommandFailure(ExitCodes.IO, "the datafeed at " + client.baseUrl() + " answered 'not found' (404) "
                + "for every one of the " + filesTotal + " files asked for: the address (--datafeed-url) is probably "
                + "wrong, or it has no data for this instrument and range. The 'not found' answers were not kept as *"
                + DatafeedCache.ABSENT_SUFFIX + " markers in the cache " + cache().root() + " (" + removed
                + " removed), so a corrected address is asked again; without --datafeed-url the command uses "
                + DatafeedClient.DEFAULT_BASE_URL + ".");
    }

    /** What to do without network: the options that need none. */
    static String offlineHint(String url, java.nio.file.Path cacheRoot) {
        return "Check the network connection and the address (--datafeed-url, now " + url + "). To work without "
                + "network: --offline reads only what the cache " + cacheRoot + " holds; --data-dir DIR reads .bi5 "
                + "files in the datafeed layout; --csv FILE reads JForex CSV exports.";
    }

    private synchronized void warn(String message) {
        err.println("warning: " + message);
        err.flush();
    }

    /** One line: "48 files: 47 downloaded (1.2 MB), 1 from cache, 0 empty, 0 not found (404)". */
    static String describe(DownloadProgress d) {
        return d.filesTotal() + " files: " + d.filesDownloaded() + " downloaded (" + Formats.bytes(d.bytesDownloaded())
                + "), " + d.filesCached() + " from cache, " + d.filesEmpty() + " empty, " + d.filesNotFound()
                + " not found (404)"
                + (d.filesUnfinished() > 0 ? ", " + d.filesUnfinished() + " unfinished (not cached)" : "")
                + (d.retries() > 0 ? ", " + d.retries() + " retries" : "");
    }
}
