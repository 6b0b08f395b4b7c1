package io.orderflow.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import io.orderflow.data.DukascopyLayout;
import io.orderflow.data.DukascopyLayout.CandlePeriod;
import io.orderflow.data.feed.DatafeedCache;
import io.orderflow.data.feed.DatafeedClient;
import io.orderflow.data.feed.DatafeedDownloader;
import io.orderflow.data.feed.DatafeedFile;
import io.orderflow.data.feed.DownloadProgress;
import io.orderflow.market.InstrumentSpec;
import io.orderflow.market.MarketHours;
import io.orderflow.market.OfferSide;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code fetch}: downloads the Dukascopy tick files (and optionally candle files) of one or more
 * instruments over a UTC range into the local cache, so that later commands (or {@code --offline},
 * or {@code --data-dir} pointed at the cache) need no network. Resumable: files already cached are
 * not fetched again, and every file lands complete or not at all. Reports, per instrument, what was
 * downloaded and which hours inside trading hours the datafeed has no file for.
 */
@Command(name = "fetch", mixinStandardHelpOptions = true, sortOptions = false, versionProvider = VersionProvider.class,
        description = {"Download Dukascopy ticks (and candles) of instruments over a UTC range into the local cache.",
                "Files already in the cache are not downloaded again: run the same command again to resume."},
        footer = {"%nExamples:",
                "  java -jar jforex-orderflow-cli.jar fetch -i EURUSD \\",
                "      --from 2019-02-04 --to 2019-02-06",
                "  java -jar jforex-orderflow-cli.jar fetch -i EURUSD,GBPJPY \\",
                "      --from 2019-01-01 --to 2019-02-01 \\",
                "      --candles minute,hour,day --threads 8",
                "Then, without network, from the cache:",
                "  java -jar jforex-orderflow-cli.jar summary -i EURUSD \\",
                "      --from 2019-02-04 --to 2019-02-06 --offline",
                ExitCodes.HELP_FOOTER})
public final class FetchCommand implements Callable<Integer> {
    /** Output formats. */
    public enum Format { TEXT, JSON }

    @Spec
    CommandSpec spec;

    @Option(names = {"-i", "--instrument"}, required = true, split = ",", converter = InstrumentConverter.class,
            paramLabel = "SYMBOL", description = "Instruments, e.g. EURUSD, or EURUSD,GBPJPY (repeatable).")
    List<InstrumentSpec> instruments;

    @Option(names = "--from", required = true, converter = UtcTimeConverter.class, paramLabel = "UTC",
            description = "Start (inclusive), UTC: 2019-02-04 or 2019-02-04T10:30 (or with an offset).")
    long fromMs;

    @Option(names = "--to", required = true, converter = UtcTimeConverter.class, paramLabel = "UTC",
            description = "End (exclusive), UTC, same forms as --from.")
    long toMs;

    @Option(names = "--no-ticks", description = "Do not download tick files (only candles).")
    boolean noTicks;

    @Option(names = "--candles", split = ",", paramLabel = "minute|hour|day",
            description = "Also download candle files of these periods (one file per day of minutes, month of hours, "
                    + "year of days).")
    List<CandlePeriod> candles = new ArrayList<>();

    @Option(names = "--candle-side", paramLabel = "bid|ask|both", defaultValue = "both",
            description = "Candle sides (default: ${DEFAULT-VALUE}).")
    String candleSide;

    @Option(names = "--cache-dir", paramLabel = "DIR", defaultValue = "${sys:user.home}/.jforex-orderflow/cache",
            description = "Download cache, laid out like the datafeed (default: ${DEFAULT-VALUE}).")
    Path cacheDir;

    @Option(names = "--datafeed-url", paramLabel = "URL", defaultValue = DatafeedClient.DEFAULT_BASE_URL,
            description = "Datafeed root (default: ${DEFAULT-VALUE}).")
    String datafeedUrl;

    @Option(names = {"--threads", "--download-threads"}, paramLabel = "N",
            defaultValue = "" + DatafeedDownloader.DEFAULT_THREADS,
            description = "Parallel downloads, 1-" + DatafeedDownloader.MAX_THREADS + " (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--max-attempts", paramLabel = "N", defaultValue = "6",
            description = "Attempts per file before a download fails (default: ${DEFAULT-VALUE}).")
    int maxAttempts;

    @Option(names = "--refetch-absent",
            description = "Ask the datafeed again for files it answered 404 for earlier (cached as *.absent).")
    boolean refetchAbsent;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", description = "text (default) or json.")
    Format format;

    @Option(names = "--progress", paramLabel = "auto|always|never", defaultValue = "auto",
            description = "Progress bars on stderr: auto (only on a terminal, default), always, never.")
    ProgressMode progress;

    /** What one instrument's fetch did. */
    static final class Fetched {
        final InstrumentSpec instrument;
        DownloadProgress ticks;
        DownloadProgress candles;
        final List<Long> missingHours = new ArrayList<>();

        Fetched(InstrumentSpec instrument) {
            this.instrument = instrument;
        }
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<OfferSide> sides = sides();
        validate();
        Downloads downloads = new Downloads(err, progress, cacheDir, datafeedUrl, maxAttempts, refetchAbsent, threads);
        List<Fetched> done = new ArrayList<>();
        for (InstrumentSpec spec : new LinkedHashSet<>(instruments)) {
            Fetched f = new Fetched(spec);
            if (!noTicks) {
                List<DatafeedFile> files = DatafeedFile.tickHours(spec.symbol(), fromMs, toMs);
                f.ticks = downloads.download(files, spec.symbol() + " ticks");
                MarketHours hours = MarketHours.of(spec.assetClass());
                for (DatafeedFile file : files) {
                    if (downloads.cache().state(file) != DatafeedCache.State.COMPLETE
                            && hours.isOpenThroughout(file.startMs(), file.endMs())) {
                        f.missingHours.add(file.startMs());
                    }
                }
            }
            if (!candles.isEmpty()) {
                List<DatafeedFile> files = new ArrayList<>();
                for (CandlePeriod p : candles) {
                    for (OfferSide side : sides) files.addAll(DatafeedFile.candleFiles(spec.symbol(), side, p, fromMs, toMs));
                }
                f.candles = downloads.download(files, spec.symbol() + " candles");
            }
            done.add(f);
        }
        downloads.checkAddress();
        out.print(format == Format.JSON ? json(done, downloads) : text(done, downloads));
        out.flush();
        return ExitCodes.OK;
    }

    private List<OfferSide> sides() {
        switch (candleSide.toLowerCase(Locale.ROOT)) {
            case "bid": return java.util.Collections.singletonList(OfferSide.BID);
            case "ask": return java.util.Collections.singletonList(OfferSide.ASK);
            case "both": return java.util.Arrays.asList(OfferSide.BID, OfferSide.ASK);
            default: throw usage("--candle-side must be bid, ask or both, was '" + candleSide + "'");
        }
    }

    private void validate() {
        if (toMs <= fromMs) {
            throw usage("--to " + Formats.time(toMs) + " must be after --from " + Formats.time(fromMs)
                    + " (--to is exclusive)");
        }
        if (toMs > System.currentTimeMillis()) {
            throw usage("--to " + Formats.time(toMs) + " is in the future; the datafeed has only the past");
        }
        if (noTicks && candles.isEmpty()) throw usage("--no-ticks without --candles: nothing to fetch");
        if (threads < 1 || threads > DatafeedDownloader.MAX_THREADS) {
            throw usage("--threads must be 1.." + DatafeedDownloader.MAX_THREADS + ", was " + threads);
        }
        if (maxAttempts < 1) throw usage("--max-attempts must be at least 1, was " + maxAttempts);
        try {
            DatafeedClient.builder().baseUrl(datafeedUrl);
        } catch (IllegalArgumentException e) {
            throw usage("--datafeed-url: " + e.getMessage());
        }
        Set<CandlePeriod> seen = new LinkedHashSet<>(candles);
        candles = new ArrayList<>(seen);
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    private String text(List<Fetched> done, Downloads downloads) {
        StringBuilder b = new StringBuilder();
        BacktestCommand.line(b, "range", Formats.time(fromMs) + " to " + Formats.time(toMs) + " (end exclusive)");
        BacktestCommand.line(b, "datafeed", downloads.client().baseUrl());
        BacktestCommand.line(b, "cache", downloads.cache().root().toString());
        for (Fetched f : done) {
            b.append('\n');
            BacktestCommand.line(b, "instrument", f.instrument.symbol());
            if (f.ticks != null) {
                BacktestCommand.line(b, "tick hours", Downloads.describe(f.ticks));
                BacktestCommand.line(b, "missing", f.missingHours.size() + " hour(s) inside trading hours without data"
                        + (f.missingHours.isEmpty() ? "" : ":"));
                int shown = 0;
                for (long h : f.missingHours) {
                    if (shown++ == 20) {
                        b.append("                  ... ").append(f.missingHours.size() - 20).append(" more\n");
                        break;
                    }
                    b.append("                  ").append(Formats.time(h)).append("  ")
                            .append(DukascopyLayout.tickFile(f.instrument.symbol(), h)).append('\n');
                }
            }
            if (f.candles != null) BacktestCommand.line(b, "candle files", Downloads.describe(f.candles));
        }
        return b.toString();
    }

    private String json(List<Fetched> done, Downloads downloads) {
        JsonObject o = new JsonObject();
        o.addProperty("from", Formats.iso(fromMs));
        o.addProperty("to", Formats.iso(toMs));
        o.addProperty("datafeed", downloads.client().baseUrl());
        o.addProperty("cache", downloads.cache().root().toString());
        JsonArray list = new JsonArray();
        for (Fetched f : done) {
            JsonObject i = new JsonObject();
            i.addProperty("instrument", f.instrument.symbol());
            if (f.ticks != null) {
                i.add("ticks", counts(f.ticks));
                JsonArray missing = new JsonArray();
                for (long h : f.missingHours) missing.add(Formats.iso(h));
                i.add("missingHours", missing);
            }
            if (f.candles != null) i.add("candles", counts(f.candles));
            list.add(i);
        }
        o.add("instruments", list);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(o) + "\n";
    }

    private static JsonObject counts(DownloadProgress d) {
        JsonObject o = new JsonObject();
        o.addProperty("files", d.filesTotal());
        o.addProperty("downloaded", d.filesDownloaded());
        o.addProperty("fromCache", d.filesCached());
        o.addProperty("empty", d.filesEmpty());
        o.addProperty("notFound", d.filesNotFound());
        o.addProperty("unfinished", d.filesUnfinished());
        o.addProperty("bytes", d.bytesDownloaded());
        o.addProperty("retries", d.retries());
        return o;
    }
}
