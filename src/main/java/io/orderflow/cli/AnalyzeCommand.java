package io.orderflow.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import com.google.gson.stream.JsonWriter;

import io.orderflow.backtest.io.AtomicFiles;
import io.orderflow.backtest.report.OrderFlowBars;
import io.orderflow.flow.AggressorMethod;
import io.orderflow.flow.DeltaReset;
import io.orderflow.flow.VolumeProxy;
import io.orderflow.market.BarClock;
import io.orderflow.market.InstrumentSpec;
import io.orderflow.market.SessionAnchor;
import io.orderflow.market.Tick;
import io.orderflow.market.TickCursor;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code analyze}: a per-bar order-flow table of an instrument over a UTC range — bid OHLC and tick
 * count, buy/sell/unclassified volume and delta (with the inference method and volume proxy named),
 * cumulative delta, OFI, level-1 queue imbalance, the developing session POC and value area, and
 * the active stacked-imbalance support/resistance zones — as CSV or JSON, on stdout or into a file.
 * Computed by {@link OrderFlowBars} (the project's flow, profile and book calculators). Nothing is
 * printed or written unless the whole range was read: the table goes to a temporary file first,
 * then is renamed into place (or copied to stdout).
 */
@Command(name = "analyze", mixinStandardHelpOptions = true, sortOptions = false, versionProvider = VersionProvider.class,
        description = {"Per-bar order-flow table of an instrument over a UTC range: delta, cumulative delta, OFI, "
                + "level-1 imbalance, session POC/VAH/VAL and active S/R zones, as CSV or JSON.",
                "Dukascopy FX has no trades: the aggressor side is inferred from quote changes (--delta-method) and "
                        + "volume is a proxy (--volume-proxy); both are named in the output."},
        footer = {"%nExamples:",
                "  java -jar jforex-orderflow-cli.jar analyze -i EURUSD \\",
                "      --from 2019-02-04 --to 2019-02-06 --bar 5m",
                "  java -jar jforex-orderflow-cli.jar analyze -i EURUSD \\",
                "      --from 2019-02-04 --to 2019-02-06 --offline --bar 5m",
                "  java -jar jforex-orderflow-cli.jar analyze -i EURUSD \\",
                "      --from 2019-02-04 --to 2019-02-06 \\",
                "      --data-dir ../shared/data/dukascopy/bi5 \\",
                "      --bar 15m --format json --output eurusd-flow.json",
                "%nColumns (CSV; JSON uses the same names in camel case): bar_start, bar_end (ISO-8601 UTC), ticks,",
                "bid_open/high/low/close, buy_volume, sell_volume, unclassified_volume, delta, max_delta, min_delta,",
                "cumulative_delta, ofi (millions), imbalance_mean, imbalance_close ((bid size - ask size) / sum),",
                "poc, val, vah (developing session profile: lower edges of its rows), zones_active, support_low,",
                "support_high, resistance_low, resistance_high (nearest live stacked-imbalance zones around the",
                "close; empty when none), delta_method, volume_proxy.",
                ExitCodes.HELP_FOOTER})
public final class AnalyzeCommand implements Callable<Integer> {
    /** Output formats. */
    public enum Format { CSV, JSON }

    @Spec
    CommandSpec spec;

    @Mixin
    TickDataOptions data;

    @Option(names = {"-b", "--bar"}, paramLabel = "PERIOD", defaultValue = "5m", converter = PeriodConverter.class,
            description = "Bar period: 30s, 1m, 5m, 15m, 1h, 4h, 1d ... (epoch-aligned UTC; default: ${DEFAULT-VALUE}).")
    long barMs;

    @Option(names = "--delta-method", paramLabel = "mid-tick-rule|quote-change|bvc", defaultValue = "mid-tick-rule",
            description = "How the aggressor side of a quote tick is inferred (default: ${DEFAULT-VALUE}).")
    String method;

    @Option(names = "--volume-proxy", paramLabel = "tick-count|quoted-size-change|top-of-book-size",
            defaultValue = "tick-count", description = "What counts as volume (default: ${DEFAULT-VALUE}).")
    String proxy;

    @Option(names = "--cum-reset", paramLabel = "fx|utc|never|HH:mm@Zone", defaultValue = "fx",
            description = "When cumulative delta restarts: fx (17:00 New York, DST-aware), utc (midnight), never, or "
                    + "e.g. 08:00@Europe/London (default: ${DEFAULT-VALUE}).")
    String cumReset;

    @Option(names = "--session", paramLabel = "fx|utc|HH:mm@Zone", defaultValue = "fx",
            description = "Session of the volume profile behind POC/VAH/VAL (default: ${DEFAULT-VALUE}).")
    String session;

    @Option(names = "--row-pips", paramLabel = "PIPS", defaultValue = "1",
            description = "Profile and footprint row height, pips (a whole number of points; default: ${DEFAULT-VALUE}).")
    double rowPips;

    @Option(names = "--value-area", paramLabel = "PERCENT", defaultValue = "70",
            description = "Share of the session's volume in the value area, %% (default: ${DEFAULT-VALUE}).")
    double valueArea;

    @Option(names = "--imbalance-ratio", paramLabel = "R", defaultValue = "3",
            description = "Diagonal footprint imbalance: buy volume at a row at least R times the sell volume one row "
                    + "below (and mirror) (default: ${DEFAULT-VALUE}).")
    double imbalanceRatio;

    @Option(names = "--stacked", paramLabel = "N", defaultValue = "3",
            description = "Adjacent imbalanced rows that make a support/resistance zone (default: ${DEFAULT-VALUE}).")
    int stacked;

    @Option(names = "--format", paramLabel = "csv|json", defaultValue = "csv", description = "csv (default) or json.")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the table into FILE (atomically: complete or not at all) instead of stdout.")
    Path output;

    /** "30s", "5m", "1h", "1d", or a number of seconds. */
    static final class PeriodConverter implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            return parsePeriod(value);
        }
    }

    static long parsePeriod(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        long unit = 1000;
        String digits = v;
        if (v.endsWith("ms")) {
            throw new TypeConversionException("bar period '" + value + "': at least 1s");
        } else if (v.endsWith("s")) {
            digits = v.substring(0, v.length() - 1);
        } else if (v.endsWith("m") || v.endsWith("min")) {
            unit = 60_000;
            digits = v.substring(0, v.length() - (v.endsWith("min") ? 3 : 1));
        } else if (v.endsWith("h")) {
            unit = 3_600_000;
            digits = v.substring(0, v.length() - 1);
        } else if (v.endsWith("d")) {
            unit = 86_400_000;
            digits = v.substring(0, v.length() - 1);
        }
        long n;
        try {
            n = Long.parseLong(digits.trim());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("bar period '" + value + "': use 30s, 1m, 5m, 15m, 1h, 4h, 1d or seconds");
        }
        if (n < 1 || n * unit > 7 * 86_400_000L) {
            throw new TypeConversionException("bar period '" + value + "': allowed 1s to 7d");
        }
        return n * unit;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        final InstrumentSpec instrument = data.instrument();
        final OrderFlowBars.Settings settings = settings(instrument);
        if (output != null && Files.isDirectory(output)) throw usage("--output " + output + " is a folder");

        TickDataOptions.Opened opened = data.open(err);
        final RangeTicks ticks = opened.ticks();
        final long[] rows = new long[1];
        AtomicFiles.Content table = (OutputStream o) -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(o, StandardCharsets.UTF_8), 1 << 16);
            try (Progress bar = Progress.start(data.progress(), err, "Analyzing",
                    ReplayProgress.hoursIn(data.fromMs(), data.toMs()), "hours")) {
                rows[0] = write(ticks, settings, instrument, new ReplayProgress(bar, data.fromMs(), data.toMs()), w);
            }
            w.flush();
        };
        if (output != null) {
            AtomicFiles.write(output, table);
            err.println("analyze: " + rows[0] + " bars written to " + output.toAbsolutePath().normalize() + " ("
                    + ticks.dataSummary() + ")");
            err.flush();
        } else {
            Path tmp = Files.createTempFile("jforex-orderflow-analyze-", "." + format.name().toLowerCase(Locale.ROOT));
            try {
                try (OutputStream o = Files.newOutputStream(tmp)) {
                    table.writeTo(o);
                }
                out.flush();
                try (InputStream in = Files.newInputStream(tmp)) {
                    copy(in, out);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static void copy(InputStream in, PrintWriter out) throws IOException {
        java.io.Reader r = new java.io.InputStreamReader(in, StandardCharsets.UTF_8);
        char[] buf = new char[1 << 15];
        int n;
        while ((n = r.read(buf)) > 0) out.write(buf, 0, n);
    }

    /** The calculators' settings from the options; usage errors name the option. */
    OrderFlowBars.Settings settings(InstrumentSpec instrument) {
        AggressorMethod m;
        try {
            m = AggressorMethod.parse(method);
        } catch (IllegalArgumentException e) {
            throw usage("--delta-method " + method + ": use mid-tick-rule, quote-change or bvc");
        }
        if (!m.worksOnQuotes()) {
            throw usage("--delta-method " + method + " classifies trades; Dukascopy ticks are quotes: use mid-tick-rule, "
                    + "quote-change or bvc");
        }
        VolumeProxy v;
        try {
            v = VolumeProxy.parse(proxy);
        } catch (IllegalArgumentException e) {
            throw usage("--volume-proxy " + proxy + ": use tick-count, quoted-size-change or top-of-book-size");
        }
        if (!v.worksOnQuotes()) {
            throw usage("--volume-proxy " + proxy + " is traded volume; Dukascopy ticks have none: use tick-count, "
                    + "quoted-size-change or top-of-book-size");
        }
        DeltaReset reset;
        SessionAnchor profile;
        try {
            reset = DeltaReset.parse(cumReset);
        } catch (IllegalArgumentException e) {
            throw usage("--cum-reset: " + e.getMessage());
        }
        try {
            profile = SessionAnchor.parse(session);
        } catch (IllegalArgumentException e) {
            throw usage("--session: " + e.getMessage());
        }
        double rowPoints = instrument.pipsToPoints(rowPips);
        if (!(rowPoints >= 1) || Math.abs(rowPoints - Math.rint(rowPoints)) > 1e-9 || rowPoints > 1e6) {
            throw usage("--row-pips " + rowPips + " is not a whole number of points of " + instrument.symbol()
                    + " (one pip = " + instrument.pointsPerPip() + " points)");
        }
        if (!(valueArea >= 10 && valueArea <= 100)) throw usage("--value-area must be 10..100, was " + valueArea);
        if (!(imbalanceRatio > 1 && imbalanceRatio <= 1000)) {
            throw usage("--imbalance-ratio must be above 1 and at most 1000, was " + imbalanceRatio);
        }
        if (stacked < 2 || stacked > 100) throw usage("--stacked must be 2..100, was " + stacked);
        return OrderFlowBars.Settings.defaults(Math.round(rowPoints)).withMethod(m).withProxy(v).withDeltaReset(reset)
                .withProfileSession(profile).withValueAreaShare(valueArea / 100).withImbalance(imbalanceRatio, stacked);
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    static final String[] COLUMNS = {"bar_start", "bar_end", "ticks", "bid_open", "bid_high", "bid_low", "bid_close",
            "buy_volume", "sell_volume", "unclassified_volume", "delta", "max_delta", "min_delta", "cumulative_delta",
            "ofi", "imbalance_mean", "imbalance_close", "poc", "val", "vah", "zones_active", "support_low",
            "support_high", "resistance_low", "resistance_high", "delta_method", "volume_proxy"};

    /** Streams the table of {@code ticks} into {@code w}; returns the number of bars. */
    private long write(RangeTicks ticks, OrderFlowBars.Settings settings, InstrumentSpec instrument,
                       ReplayProgress progress, Writer w) throws IOException {
        BarClock clock = BarClock.fixed(barMs);
        OrderFlowBars bars = new OrderFlowBars(settings, clock);
        TableWriter table = format == Format.CSV ? new CsvTable(w, instrument, settings)
                : new JsonTable(w, instrument, settings, this, ticks);
        table.begin();
        long n = 0;
        long barEnd = Long.MIN_VALUE;
        try (TickCursor c = ticks.open()) {
            Tick t = new Tick(1);
            while (c.next(t)) {
                long time = t.timeMs();
                if (bars.isBarOpen() && time >= barEnd) {
                    table.row(bars.closeBar(barEnd));
                    n++;
                }
                if (!bars.isBarOpen()) barEnd = clock.barEnd(clock.barStart(time));
                bars.onTick(t);
                progress.onTick(t);
            }
        }
        if (bars.isBarOpen()) {
            table.row(bars.closeBar(barEnd));
            n++;
        }
        if (n == 0) throw BacktestCommand.noTicks(instrument, ticks);
        progress.complete();
        table.end(n);
        return n;
    }

    /** Writes rows in one format. */
    private interface TableWriter {
        void begin() throws IOException;

        void row(OrderFlowBars.Row r) throws IOException;

        void end(long rows) throws IOException;
    }

    private static String price(InstrumentSpec spec, long points) {
        return points == OrderFlowBars.Row.NO_PRICE ? "" : BigDecimal.valueOf(points, spec.pointScale()).toPlainString();
    }

    /** Shortest text that reads back as the same double; empty for NaN. */
    static String number(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) return "";
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return Double.toString(v);
    }

    private static final class CsvTable implements TableWriter {
        private final Writer w;
        private final InstrumentSpec spec;
        private final String provenance;

        CsvTable(Writer w, InstrumentSpec spec, OrderFlowBars.Settings s) {
            this.w = w;
            this.spec = spec;
            this.provenance = s.method().label() + "," + s.proxy().label();
        }

        @Override
        public void begin() throws IOException {
            w.write(String.join(",", COLUMNS));
            w.write('\n');
        }

        @Override
        public void row(OrderFlowBars.Row r) throws IOException {
            StringBuilder b = new StringBuilder(256);
            b.append(Formats.iso(r.startMs)).append(',').append(Formats.iso(r.endMs)).append(',').append(r.ticks)
                    .append(',').append(price(spec, r.bidOpen)).append(',').append(price(spec, r.bidHigh))
                    .append(',').append(price(spec, r.bidLow)).append(',').append(price(spec, r.bidClose))
                    .append(',').append(number(r.buyVolume)).append(',').append(number(r.sellVolume))
                    .append(',').append(number(r.unclassifiedVolume)).append(',').append(number(r.delta))
                    .append(',').append(number(r.maxDelta)).append(',').append(number(r.minDelta))
                    .append(',').append(number(r.cumulativeDelta)).append(',').append(number(r.ofi))
                    .append(',').append(number(r.imbalanceMean)).append(',').append(number(r.imbalanceClose))
                    .append(',').append(price(spec, r.poc)).append(',').append(price(spec, r.valueAreaLow))
                    .append(',').append(price(spec, r.valueAreaHigh)).append(',').append(r.zonesActive)
                    .append(',').append(price(spec, r.supportLow)).append(',').append(price(spec, r.supportHigh))
                    .append(',').append(price(spec, r.resistanceLow)).append(',').append(price(spec, r.resistanceHigh))
                    .append(',').append(provenance).append('\n');
            w.write(b.toString());
        }

        @Override
        public void end(long rows) {
        }
    }

    private static final class JsonTable implements TableWriter {
        private final JsonWriter j;
        private final InstrumentSpec spec;
        private final OrderFlowBars.Settings s;
        private final AnalyzeCommand c;
        private final RangeTicks ticks;

        JsonTable(Writer w, InstrumentSpec spec, OrderFlowBars.Settings s, AnalyzeCommand c, RangeTicks ticks) {
            this.j = new JsonWriter(w);
            this.j.setIndent(" ");
            this.spec = spec;
            this.s = s;
            this.c = c;
            this.ticks = ticks;
        }

        @Override
        public void begin() throws IOException {
            j.beginObject();
            j.name("instrument").value(spec.symbol());
            j.name("from").value(Formats.iso(c.data.fromMs()));
            j.name("to").value(Formats.iso(c.data.toMs()));
            j.name("source").value(ticks.sourceDescription());
            j.name("barSeconds").value(c.barMs / 1000);
            j.name("deltaMethod").value(s.method().label());
            j.name("volumeProxy").value(s.proxy().label());
            j.name("deltaProvenance").value(s.method().label() + " × " + s.proxy().label()
                    + " (Dukascopy FX has no trades: inferred from quote changes)");
            j.name("cumulativeDeltaReset").value(s.deltaReset().toString());
            j.name("profileSession").value(s.profileSession().toString());
            j.name("rowPoints").value(s.rowPoints());
            j.name("valueAreaShare").value(s.valueAreaShare());
            j.name("prices").value("decimal; poc, val and vah are the lower edges of profile rows of rowPoints points");
            j.name("bars").beginArray();
        }

        @Override
        public void row(OrderFlowBars.Row r) throws IOException {
            j.beginObject();
            j.name("barStart").value(Formats.iso(r.startMs));
            j.name("barEnd").value(Formats.iso(r.endMs));
            j.name("ticks").value(r.ticks);
            price("bidOpen", r.bidOpen);
            price("bidHigh", r.bidHigh);
            price("bidLow", r.bidLow);
            price("bidClose", r.bidClose);
            num("buyVolume", r.buyVolume);
            num("sellVolume", r.sellVolume);
            num("unclassifiedVolume", r.unclassifiedVolume);
            num("delta", r.delta);
            num("maxDelta", r.maxDelta);
            num("minDelta", r.minDelta);
            num("cumulativeDelta", r.cumulativeDelta);
            num("ofi", r.ofi);
            num("imbalanceMean", r.imbalanceMean);
            num("imbalanceClose", r.imbalanceClose);
            price("poc", r.poc);
            price("val", r.valueAreaLow);
            price("vah", r.valueAreaHigh);
            j.name("zonesActive").value(r.zonesActive);
            price("supportLow", r.supportLow);
            price("supportHigh", r.supportHigh);
            price("resistanceLow", r.resistanceLow);
            price("resistanceHigh", r.resistanceHigh);
            j.endObject();
        }

        private void price(String name, long points) throws IOException {
            j.name(name);
            if (points == OrderFlowBars.Row.NO_PRICE) j.nullValue();
            else j.jsonValue(BigDecimal.valueOf(points, spec.pointScale()).toPlainString());
        }

        private void num(String name, double v) throws IOException {
            j.name(name);
            if (Double.isNaN(v) || Double.isInfinite(v)) j.nullValue();
            else j.jsonValue(number(v));
        }

        @Override
        public void end(long rows) throws IOException {
            j.endArray();
            j.name("barCount").value(rows);
            j.name("data").value(ticks.dataSummary());
            j.endObject();
            j.flush();
        }
    }
}
