package io.orderflow.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.orderflow.data.Bi5Source;
import io.orderflow.data.DirectoryBi5Source;
import io.orderflow.data.InputPolicy;
import io.orderflow.data.ProblemLog;
import io.orderflow.data.feed.CachedDatafeed;
import io.orderflow.data.feed.CachingBi5Source;
import io.orderflow.data.feed.DatafeedCache;
import io.orderflow.data.feed.DatafeedClient;
import io.orderflow.data.feed.DatafeedDownloader;
import io.orderflow.data.feed.DatafeedFile;
import io.orderflow.data.feed.DownloadProgress;
import io.orderflow.market.InstrumentSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options every command that reads Dukascopy ticks shares (a picocli mixin): instrument, UTC
 * range, where the ticks come from (the datafeed through the cache by default, a directory in the
 * datafeed layout with {@code --data-dir}, the cache alone with {@code --offline}), download
 * settings, the bad-input policy and progress display.
 *
 * <p>Use: {@code @Mixin TickDataOptions ticks;} then {@link #open(PrintWriter)} in the command's
 * {@code call()}; it validates, downloads what the cache lacks (with a progress bar), and returns
 * the {@link Bi5Source} to stream from.
 */
public final class TickDataOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = {"-i", "--instrument"}, required = true, converter = InstrumentConverter.class,
            paramLabel = "SYMBOL", description = "Instrument, e.g. EURUSD (also EUR/USD).")
    InstrumentSpec instrument;

    @Option(names = "--from", required = true, converter = UtcTimeConverter.class, paramLabel = "UTC",
            description = "Start (inclusive), UTC: 2019-02-04 or 2019-02-04T10:30 (or with an offset).")
    long fromMs;

    @Option(names = "--to", required = true, converter = UtcTimeConverter.class, paramLabel = "UTC",
            description = "End (exclusive), UTC, same forms as --from.")
    long toMs;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Read .bi5 files from this directory in the datafeed layout (SYMBOL/YYYY/MM/DD/HHh_ticks.bi5,"
                    + " months from 00); no network.")
    Path dataDir;

    @Option(names = "--csv", paramLabel = "FILE",
            description = "Read ticks from JForex CSV exports (Time (UTC),Ask,Bid,AskVolume,BidVolume; plain or .gz; "
                    + "also Dukascopy's web export) instead of the datafeed. Repeatable, in time order; ticks outside "
                    + "--from/--to are left out.")
    List<Path> csv;

    @Option(names = "--cache-dir", paramLabel = "DIR", defaultValue = "${sys:user.home}/.jforex-orderflow/cache",
            description = "Download cache, laid out like the datafeed (default: ${DEFAULT-VALUE}).")
    Path cacheDir;

    @Option(names = "--offline", description = "Use only what the cache holds; never connect.")
    boolean offline;

    @Option(names = "--datafeed-url", paramLabel = "URL", defaultValue = DatafeedClient.DEFAULT_BASE_URL,
            description = "Datafeed root (default: ${DEFAULT-VALUE}).")
    String datafeedUrl;

    @Option(names = "--download-threads", paramLabel = "N", defaultValue = "" + DatafeedDownloader.DEFAULT_THREADS,
            description = "Parallel downloads, 1-" + DatafeedDownloader.MAX_THREADS + " (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--max-attempts", paramLabel = "N", defaultValue = "6",
            description = "Attempts per file before a download fails (default: ${DEFAULT-VALUE}).")
    int maxAttempts;

    @Option(names = "--refetch-absent",
            description = "Ask the datafeed again for files it answered 404 for earlier (cached as *.absent).")
    boolean refetchAbsent;

    @Option(names = "--on-bad-input", paramLabel = "fail|skip", defaultValue = "fail",
            description = "fail: stop at the first bad record or missing hour (default); "
                    + "skip: skip it, count it and report the counts.")
    InputPolicy onBadInput;

    @Option(names = "--progress", paramLabel = "auto|always|never", defaultValue = "auto",
            description = "Progress bars on stderr: auto (only on a terminal, default), always, never.")
    ProgressMode progress;

    /** Where the ticks came from, and what the download did. */
    public final class Opened {
        private final Bi5Source source;
        private final String description;
        private final DownloadProgress download;

        Opened(Bi5Source source, String description, DownloadProgress download) {
            this.source = source;
            this.description = description;
            this.download = download;
        }

        public Bi5Source source() { return source; }

        /** E.g. "directory /data/bi5" or "https://datafeed.dukascopy.com/datafeed/ via cache ~/.jforex-orderflow/cache". */
        public String description() { return description; }

        /** Counts of the download, or null when nothing was downloaded (directory, offline). */
        public DownloadProgress download() { return download; }

        /** The chosen instrument's ticks over the chosen range, with the chosen bad-input policy. */
        public RangeTicks ticks() {
            return csv != null ? new RangeTicks(csv, instrument, fromMs, toMs, onBadInput, description)
                    : new RangeTicks(source, instrument, fromMs, toMs, onBadInput, description);
        }
    }

    public InstrumentSpec instrument() { return instrument; }

    /** Start, ms UTC, inclusive. */
    public long fromMs() { return fromMs; }

    /** End, ms UTC, exclusive. */
    public long toMs() { return toMs; }

    public ProgressMode progress() { return progress; }

    /** What to do with bad input: fail (default) or skip and count. */
    public InputPolicy policy() { return onBadInput; }

    /** A fresh problem log with the chosen policy. */
    public ProblemLog newProblemLog() {
        return new ProblemLog(onBadInput);
    }

    /**
     * Checks the options, downloads the range's tick files the cache lacks (unless reading a
     * directory or offline), and returns the source to stream from.
     *
     * @throws ParameterException for an invalid combination (exit code 2)
     * @throws io.orderflow.data.feed.DatafeedException when a download fails after its retries
     */
    public Opened open(PrintWriter err) throws IOException {
        validate();
        if (csv != null) {
            StringBuilder d = new StringBuilder(csv.size() == 1 ? "CSV file " : "CSV files ");
            for (int i = 0; i < csv.size(); i++) d.append(i == 0 ? "" : ", ").append(csv.get(i).toAbsolutePath().normalize());
            return new Opened(null, d.toString(), null);
        }
        if (dataDir != null) {
            return new Opened(new DirectoryBi5Source(dataDir), "directory " + dataDir.toAbsolutePath().normalize(), null);
        }
        DatafeedCache cache = new DatafeedCache(cacheDir);
        if (offline) {
            return new Opened(new CachingBi5Source(CachedDatafeed.offline(cache)), "cache " + cache.root()
                    + " (offline)", null);
        }
        Downloads downloads = new Downloads(err, progress, cacheDir, datafeedUrl, maxAttempts, refetchAbsent, threads);
        DownloadProgress done = downloads.download(DatafeedFile.tickHours(instrument.symbol(), fromMs, toMs),
                "Downloading");
        downloads.checkAddress();
        return new Opened(new CachingBi5Source(downloads.feed()), downloads.client().baseUrl() + " via cache "
                + downloads.cache().root(), done);
    }

    private void validate() {
        if (toMs <= fromMs) {
            throw usage("--to " + Formats.time(toMs) + " must be after --from " + Formats.time(fromMs)
                    + " (--to is exclusive)");
        }
        if (csv != null) {
            for (String o : new String[] {"--data-dir", "--cache-dir", "--offline", "--datafeed-url", "--refetch-absent"}) {
                if (command.commandLine().getParseResult().hasMatchedOption(o)) {
                    throw usage("--csv reads CSV files; it cannot be combined with " + o);
                }
            }
            for (Path f : csv) {
                if (!Files.isRegularFile(f)) throw usage("--csv " + f + ": no such file");
                if (!Files.isReadable(f)) throw usage("--csv " + f + ": not readable");
            }
            return;
        }
        if (dataDir != null) {
            for (String o : new String[] {"--cache-dir", "--offline", "--datafeed-url", "--refetch-absent"}) {
                if (command.commandLine().getParseResult().hasMatchedOption(o)) {
                    throw usage("--data-dir reads a local directory; it cannot be combined with " + o);
                }
            }
            if (!Files.isDirectory(dataDir)) throw usage("--data-dir " + dataDir + ": no such directory");
            return;
        }
        if (offline) return;
        if (toMs > System.currentTimeMillis()) {
            throw usage("--to " + Formats.time(toMs) + " is in the future; the datafeed has only the past");
        }
        if (threads < 1 || threads > DatafeedDownloader.MAX_THREADS) {
            throw usage("--download-threads must be 1.." + DatafeedDownloader.MAX_THREADS + ", was " + threads);
        }
        if (maxAttempts < 1) throw usage("--max-attempts must be at least 1, was " + maxAttempts);
        try {
            DatafeedClient.builder().baseUrl(datafeedUrl);
        } catch (IllegalArgumentException e) {
            throw usage("--datafeed-url: " + e.getMessage());
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(command.commandLine(), message);
    }
}
