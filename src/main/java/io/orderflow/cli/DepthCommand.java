package io.orderflow.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import io.orderflow.backtest.io.AtomicFiles;
import io.orderflow.backtest.report.DepthReportWriter;
import io.orderflow.book.DepthBar;
import io.orderflow.book.DepthBars;
import io.orderflow.book.SpoofScore;
import io.orderflow.book.SpoofSettings;
import io.orderflow.data.binance.BinanceBookBuilder;
import io.orderflow.data.depth.DepthRecordingReader;
import io.orderflow.data.InputPolicy;
import io.orderflow.data.Problem;
import io.orderflow.data.ProblemLog;
import io.orderflow.market.BinanceInstruments;
import io.orderflow.market.InstrumentSpec;
import io.orderflow.market.OfferSide;
import io.orderflow.market.Tick;
import io.orderflow.market.TickSink;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code depth}: per-bar book imbalance, depth events, multi-level OFI and manipulation evidence
 * from depth recordings ({@code .ofd}, written live by the JForex strategy) or Binance level-2
 * captures (REST snapshot plus diff stream, rebuilt with Binance's sequence rules). Writes one CSV
 * row per bar with at least one depth update, and a summary on stderr. Nothing is written when the
 * input fails under {@code --on-bad-input fail}.
 */
@Command(name = "depth", mixinStandardHelpOptions = true, sortOptions = false,
        versionProvider = VersionProvider.class,
        description = {"Per-bar depth and manipulation evidence from depth recordings or Binance captures.",
                "Reads the strategy's live depth recordings (*.ofd, one per instrument and UTC day, in the "
                        + "order given, as one stream) or Binance spot level-2 captures (snapshot + diffs; the "
                        + "files of one capture in order). Per bar: book imbalance over the best N levels, "
                        + "size added / pulled / consumed per side, multi-level OFI over N levels, and the "
                        + "manipulation evidence: large size added away from the touch and pulled before the "
                        + "price reached it (flashes per side, the bar's last flash with side, price and "
                        + "level), and each side's score in [0, 1]. Evidence, never a verdict."},
        footer = {"%nColumns: bar_start, updates, imbalance, robust_imbalance, ofi, added_bid, added_ask,",
                "pulled_bid, pulled_ask, consumed_bid, consumed_ask, flashes_bid, flashes_ask, score_bid,",
                "score_ask, max_score, flash_side, flash_time, flash_price, flash_level, flash_size_multiple,",
                "flash_life_ms, flash_drift_points (sizes in the source's unit; prices as decimals).",
                "%nExamples:",
                "  java -jar jforex-orderflow-cli.jar depth --bar 1m EURUSD-2024-08-09.ofd",
                "  java -jar jforex-orderflow-cli.jar depth --bar 10s --out eur.csv \\",
                "      --report eur.html EURUSD-2024-08-09.ofd",
                "  java -jar jforex-orderflow-cli.jar depth --symbol BTCUSDT \\",
                "      --bar 10s --out btc.csv \\",
                "      btcusdt_20240808.gz btcusdt_20240809.gz",
                ExitCodes.HELP_FOOTER})
public final class DepthCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "Depth recordings (*.ofd) or the files of one Binance capture (*.gz or plain).")
    List<Path> files;

    @Option(names = "--symbol", paramLabel = "SYMBOL",
            description = "Instrument of a Binance capture (default: the file name up to '_', e.g. btcusdt). "
                    + "Recordings carry their own.")
    String symbol;

    @Option(names = "--bar", paramLabel = "PERIOD", defaultValue = "1m",
            description = "Bar length: a number with ms, s, m or h (default 1m).")
    String bar;

    @Option(names = "--levels", paramLabel = "N", defaultValue = "10",
            description = "Levels of the imbalance and the OFI, 1..10 (default 10).")
    int levels;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the CSV here (default: standard output).")
    Path out;

    @Option(names = "--report", paramLabel = "FILE.html",
            description = "Also write an HTML page of the same rows: mid price with the flashes marked at their price "
                    + "and side, imbalance, OFI, size added / pulled / consumed per side, scores (one self-contained file).")
    Path report;

    @Option(names = "--on-bad-input", paramLabel = "fail|skip", defaultValue = "fail",
            description = "fail: stop at the first damaged record or sequence gap (default); "
                    + "skip: skip it, count it and report the counts.")
    InputPolicy onBadInput;

    @Override
    public Integer call() throws Exception {
        long periodMs = parsePeriod(bar);
        SpoofSettings settings = SpoofSettings.defaults();
        if (levels < 1 || levels > settings.levels()) {
            throw new ParameterException(spec.commandLine(), "--levels must be 1.." + settings.levels() + ", was " + levels);
        }
        for (Path f : files) {
            if (!Files.isRegularFile(f)) throw new ParameterException(spec.commandLine(), "no such file: " + f);
        }
        boolean recordings = isRecording(files.get(0));
        for (Path f : files) {
            if (isRecording(f) != recordings) {
                throw new ParameterException(spec.commandLine(),
                        "give either depth recordings (*.ofd) or the files of one Binance capture, not both");
            }
        }
        ProblemLog log = new ProblemLog(onBadInput);
        CsvRows rows = new CsvRows();
        if (report != null && Files.isDirectory(report)) {
            throw new ParameterException(spec.commandLine(), "--report " + report + " is a folder, not a file");
        }
        DepthBars depth = new DepthBars(periodMs, levels, settings, rows);
        BarMids mids = new BarMids(periodMs, depth);
        String source;
        if (recordings) {
            source = readRecordings(mids, rows, log, settings.levels());
        } else {
            InstrumentSpec inst = binanceInstrument();
            rows.scale = inst.pointScale();
            rows.symbol = inst.symbol();
            new BinanceBookBuilder(inst, settings.levels(), mids, null, log).read(files);
            source = inst.symbol() + " Binance capture";
        }
        depth.finish();
        mids.finish();
        String csv = rows.text();
        if (report != null) {
            String summary = summaryLine(depth, rows, log);
            String json = DepthReportDocument.json(csv, mids, rows.scale, rows.symbol, source, periodMs, levels, summary);
            AtomicFiles.writeString(report, DepthReportWriter.render(rows.symbol + " depth and manipulation evidence",
                    source + " · " + depth.bars() + " bars of " + bar, json));
        }
        if (out == null) {
            PrintWriter w = spec.commandLine().getOut();
            w.print(csv);
            w.flush();
        } else {
            AtomicFiles.writeString(out, csv);
        }
        summary(spec.commandLine().getErr(), source, depth, rows, log);
        return ExitCodes.OK;
    }

    private String readRecordings(TickSink depth, CsvRows rows, ProblemLog log, int viewLevels) throws IOException {
        String sym = null;
        Tick t = new Tick(viewLevels);
        for (Path f : files) {
            try (DepthRecordingReader in = DepthRecordingReader.open(f, log)) {
                if (!in.hasHeader()) continue; // reported to the log; under skip nothing can be read
                if (sym == null) {
                    sym = in.symbol();
                    rows.symbol = sym;
                    rows.scale = in.pointScale();
                } else if (!sym.equals(in.symbol()) || rows.scale != in.pointScale()) {
                    throw new ParameterException(spec.commandLine(), f + " records " + in.symbol()
                            + " but the files before it record " + sym + ": give one instrument's recordings");
                }
                while (in.next(t)) depth.onTick(t);
            }
        }
        return (sym == null ? "?" : sym) + " depth recording" + (files.size() > 1 ? "s" : "");
    }

    private InstrumentSpec binanceInstrument() {
        String name = symbol;
        if (name == null) {
            String file = files.get(0).getFileName().toString();
            int cut = file.indexOf('_');
            name = cut > 0 ? file.substring(0, cut) : file;
        }
        InstrumentSpec inst = BinanceInstruments.find(name);
        if (inst == null) {
            throw new ParameterException(spec.commandLine(), "unknown Binance instrument '" + name
                    + "' for the capture; known: " + BinanceInstruments.all().keySet() + " (give --symbol)");
        }
        return inst;
    }

    private static boolean isRecording(Path f) {
        return f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ofd");
    }

    /** {@code 500ms}, {@code 10s}, {@code 1m}, {@code 4h} → ms. */
    long parsePeriod(String text) {
        String s = text.trim().toLowerCase(Locale.ROOT);
        long unit;
        String num;
        if (s.endsWith("ms")) {
            unit = 1;
            num = s.substring(0, s.length() - 2);
        } else if (s.endsWith("s")) {
            unit = 1_000;
            num = s.substring(0, s.length() - 1);
        } else if (s.endsWith("m")) {
            unit = 60_000;
            num = s.substring(0, s.length() - 1);
        } else if (s.endsWith("h")) {
            unit = 3_600_000;
            num = s.substring(0, s.length() - 1);
        } else {
            throw new ParameterException(spec.commandLine(), "--bar: '" + text + "' needs a unit: ms, s, m or h");
        }
        long n;
        try {
            n = Long.parseLong(num.trim());
        } catch (NumberFormatException e) {
            throw new ParameterException(spec.commandLine(), "--bar: '" + text + "' is not a number with a unit");
        }
        if (n <= 0) throw new ParameterException(spec.commandLine(), "--bar must be > 0, was " + text);
        return n * unit;
    }

    /** One line for the report: the detector's counts and the bad input skipped. */
    private static String summaryLine(DepthBars depth, CsvRows rows, ProblemLog log) {
        SpoofScore s = depth.spoofScore();
        return Formats.count(s.updates()) + " depth updates; candidates " + s.candidates() + ", flashes bid "
                + s.flashes(OfferSide.BID) + " / ask " + s.flashes(OfferSide.ASK) + ", reached " + s.reached()
                + ", persisted " + s.persisted() + ", lost " + s.lost() + "; bad input: " + log.summary();
    }

    private static void summary(PrintWriter err, String source, DepthBars depth, CsvRows rows, ProblemLog log) {
        SpoofScore s = depth.spoofScore();
        err.println("depth: " + source + ": " + Formats.count(s.updates()) + " depth updates, "
                + Formats.count(depth.bars()) + " bars of " + depth.periodMs() + " ms");
        err.println("  candidates " + s.candidates() + ", flashes bid " + s.flashes(OfferSide.BID) + " / ask "
                + s.flashes(OfferSide.ASK) + ", reached " + s.reached() + ", persisted " + s.persisted() + ", lost "
                + s.lost() + "; bars with a flash " + rows.barsWithFlash + ", highest score "
                + String.format(Locale.ROOT, "%.3f", rows.maxScore));
        if (log.total() > 0) {
            StringBuilder b = new StringBuilder("  bad input skipped:");
            for (Map.Entry<Problem, Long> e : log.counts().entrySet()) b.append(' ').append(e.getKey()).append(' ').append(e.getValue());
            err.println(b);
        }
        err.flush();
    }

    /** The CSV text, one row per bar. */
    static final class CsvRows implements DepthBars.Sink {
        static final String HEADER = "bar_start,updates,imbalance,robust_imbalance,ofi,added_bid,added_ask,"
                + "pulled_bid,pulled_ask,consumed_bid,consumed_ask,flashes_bid,flashes_ask,score_bid,score_ask,"
                + "max_score,flash_side,flash_time,flash_price,flash_level,flash_size_multiple,flash_life_ms,"
                + "flash_drift_points\n";
        private final StringBuilder b = new StringBuilder(HEADER);
        int scale;
        String symbol = "?";
        long barsWithFlash;
        double maxScore;

        @Override
        public void onBar(DepthBar bar) {
            b.append(Formats.iso(bar.startMs())).append(',').append(bar.updates());
            num(bar.imbalance());
            num(bar.robustImbalance());
            num(bar.ofi());
            num(bar.added(OfferSide.BID));
            num(bar.added(OfferSide.ASK));
            num(bar.pulled(OfferSide.BID));
            num(bar.pulled(OfferSide.ASK));
            num(bar.consumed(OfferSide.BID));
            num(bar.consumed(OfferSide.ASK));
            b.append(',').append(bar.flashes(OfferSide.BID)).append(',').append(bar.flashes(OfferSide.ASK));
            num(bar.score(OfferSide.BID));
            num(bar.score(OfferSide.ASK));
            num(bar.maxScore());
            if (bar.flashSide() == null) {
                b.append(",,,,,,,");
            } else {
                barsWithFlash++;
                b.append(',').append(bar.flashSide().name().toLowerCase(Locale.ROOT));
                b.append(',').append(Formats.iso(bar.flashTimeMs()));
                b.append(',').append(BigDecimal.valueOf(bar.flashPricePoints(), scale).toPlainString());
                b.append(',').append(bar.flashLevel());
                num(bar.flashSizeMultiple());
                b.append(',').append(bar.flashLifeMs());
                num(bar.flashDriftPoints());
            }
            b.append('\n');
            if (bar.maxScore() > maxScore) maxScore = bar.maxScore();
        }

        /** Shortest text that reads back as the same double. */
        private void num(double v) {
            b.append(',').append(v);
        }

        String text() {
            return b.toString();
        }
    }
}
