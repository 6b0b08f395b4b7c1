package io.orderflow.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.orderflow.backtest.DepthRecordingTicks;
import io.orderflow.data.depth.DepthRecordingReader;
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
import io.orderflow.market.BinanceInstruments;
import io.orderflow.market.InstrumentSpec;
import io.orderflow.market.Instruments;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options every command that reads Dukascopy ticks shares (a picocli mixin): instrument, UTC
 * range, where the ticks come from (the datafeed through the cache by default, a directory in the
 * datafeed layout with {@code --data-dir}, the cache alone with {@code --offline}, JForex CSV
 * exports with {@code --csv}, the strategy's live depth recordings with {@code --depth-recording}),
 * download settings, the bad-input policy and progress display. With depth recordings the
 * instrument is the one they record ({@code -i} is optional and must agree).
 *
 * <p>Use: {@code @Mixin TickDataOptions ticks;} then {@link #open(PrintWriter)} in the command's
 * {@code call()}; it validates, downloads what the cache lacks (with a progress bar), and returns
 * the {@link Bi5Source} to stream from.
 */
public final class TickDataOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = {"-i", "--instrument"}, converter = InstrumentConverter.class,
            paramLabel = "SYMBOL", description = "Instrument, e.g. EURUSD (also EUR/USD). Required, except with "
                    + "--depth-recording (which records its instrument; if given, -i must agree).")
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

    @Option(names = "--depth-recording", paramLabel = "FILE", arity = "1..*",
            description = "Read ticks with their depth levels from the strategy's live depth recordings (*.ofd, one "
                    + "per instrument and UTC day), in time order, instead of the datafeed; ticks outside --from/--to "
                    + "are left out. The manipulation filter (--set manipulation.filter=true) reads their depth.")
    List<Path> depthRecordings;

    /** The instrument the recordings record, once read from their headers (null before). */
    private InstrumentSpec recorded;

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
            if (depthRecordings != null) {
                return new RangeTicks(new DepthRecordingTicks(depthRecordings, recorded, onBadInput), fromMs, toMs,
                        onBadInput, description);
            }
            return csv != null ? new RangeTicks(csv, instrument, fromMs, toMs, onBadInput, description)
                    : new RangeTicks(source, instrument, fromMs, toMs, onBadInput, description);
        }
    }

    /**
     * The instrument: {@code -i}, or with {@code --depth-recording} the one the recordings record
     * (their headers are read on the first call).
     *
     * @throws ParameterException without {@code -i} and recordings, or when they disagree (exit code 2)
     * @throws io.orderflow.data.DataFormatException when a recording's header is damaged (exit code 3)
     */
    public InstrumentSpec instrument() throws IOException {
        validate();
        if (depthRecordings == null) return instrument;
        if (recorded == null) recorded = recordedInstrument();
        return recorded;
    }

    /** True when the ticks come from live depth recordings (with depth levels). */
    public boolean depthRecordings() { return depthRecordings != null; }

    /**
     * Refuses {@code --depth-recording} for a command whose replay keeps top of book only (exit
     * code 2), so that a depth measure is never silently fed an empty book.
     */
    public void refuseDepthRecordings(String why) {
        if (depthRecordings != null) throw usage("--depth-recording cannot be used here: " + why);
    }

    private InstrumentSpec recordedInstrument() throws IOException {
        String symbol = null;
        int scale = 0;
        Path first = null;
        ProblemLog log = newProblemLog();
        for (Path f : depthRecordings) {
            if (!f.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ofd")) {
                throw usage("--depth-recording " + f + ": not a depth recording (*.ofd)");
            }
            if (!Files.isRegularFile(f)) throw usage("--depth-recording " + f + ": no such file");
            if (!Files.isReadable(f)) throw usage("--depth-recording " + f + ": not readable");
            try (DepthRecordingReader in = DepthRecordingReader.open(f, log)) {
                if (!in.hasHeader()) continue; // damaged header under skip: counted in the log
                if (symbol == null) {
                    symbol = in.symbol();
                    scale = in.pointScale();
                    first = f;
                } else if (!symbol.equals(in.symbol()) || scale != in.pointScale()) {
                    throw usage("--depth-recording " + f + " records " + in.symbol() + " at point scale "
                            + in.pointScale() + ", but " + first + " records " + symbol + " at point scale " + scale
                            + ": give one instrument's recordings");
                }
            }
        }
        if (symbol == null) {
            throw new CommandFailure(ExitCodes.BAD_DATA, "no depth recording given has a readable header ("
                    + log.summary() + "); nothing was written");
        }
        InstrumentSpec spec = Instruments.find(symbol);
        if (spec == null) spec = BinanceInstruments.find(symbol);
        if (spec == null || spec.pointScale() != scale) {
            throw new CommandFailure(ExitCodes.BAD_DATA, first + ": records " + symbol + " at point scale " + scale
                    + (spec == null ? ", an instrument this program does not know"
                    : ", but " + spec.symbol() + " has point scale " + spec.pointScale()) + "; nothing was written");
        }
        if (instrument != null && !instrument.symbol().equals(spec.symbol())) {
            throw usage("-i " + instrument.symbol() + " disagrees with the depth recordings, which record "
                    + spec.symbol() + " (" + first + ")");
        }
        return spec;
    }

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
        if (depthRecordings != null) {
            instrument();
            StringBuilder d = new StringBuilder(depthRecordings.size() == 1 ? "depth recording " : "depth recordings ");
            for (int i = 0; i < depthRecordings.size(); i++) {
                d.append(i == 0 ? "" : ", ").append(depthRecordings.get(i).toAbsolutePath().normalize());
            }
            return new Opened(null, d.toString(), null);
        }
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
        if (instrument == null && depthRecordings == null) {
            throw usage("Missing required option: '--instrument=SYMBOL'");
        }
        if (toMs <= fromMs) {
            throw usage("--to " + Formats.time(toMs) + " must be after --from " + Formats.time(fromMs)
                    + " (--to is exclusive)");
        }
        if (depthRecordings != null) {
            for (String o : new String[] {"--csv", "--data-dir", "--cache-dir", "--offline", "--datafeed-url",
                    "--refetch-absent"}) {
                if (command.commandLine().getParseResult().hasMatchedOption(o)) {
                    throw usage("--depth-recording reads depth recordings; it cannot be combined with " + o);
                }
            }
            return;
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
