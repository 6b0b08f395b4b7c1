package io.orderflow.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReferenceArray;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import io.orderflow.backtest.BacktestConfig;
import io.orderflow.backtest.BacktestResult;
import io.orderflow.backtest.BacktestStrategy;
import io.orderflow.backtest.EngineStrategy;
import io.orderflow.backtest.GridPoint;
import io.orderflow.backtest.ParameterGrid;
import io.orderflow.backtest.Ranking;
import io.orderflow.backtest.StrategyFactory;
import io.orderflow.backtest.Sweep;
import io.orderflow.backtest.io.AtomicFiles;
import io.orderflow.backtest.io.FileSet;
import io.orderflow.backtest.io.ResultFiles;
import io.orderflow.backtest.stats.BacktestStatistics;
import io.orderflow.backtest.stats.ConfirmationRow;
import io.orderflow.backtest.stats.ConfirmationTable;
import io.orderflow.backtest.store.TickStore;
import io.orderflow.market.InstrumentSpec;
import io.orderflow.market.Tick;
import io.orderflow.market.TickCursor;
import io.orderflow.strategy.config.StrategyConfig;
import io.orderflow.strategy.setup.SetupKind;
import io.orderflow.strategy.stats.ConfirmationStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code sweep}: backtests every point of a parameter grid over the same ticks, in parallel, and
 * ranks the runs. The range is decoded once into a compact in-memory {@link TickStore}; each
 * configuration then replays the whole store through its own strategy engine, broker and journal,
 * so the results do not depend on the number of threads. Writes a ranked CSV and a JSON document
 * with every run's statistics and its confirmed-vs-unconfirmed table (both produced before either
 * is renamed into place) and prints the ranking.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true, sortOptions = false, versionProvider = VersionProvider.class,
        description = {"Backtest the strategy over a grid of parameter values in parallel and rank the runs.",
                "Every combination of the --grid values is run over the same ticks (decoded once into memory); "
                        + "the results are the same for any --threads."},
        footer = {"%nExamples:",
                "  java -jar jforex-orderflow-cli.jar sweep -i EURUSD \\",
                "      --from 2019-02-04 --to 2019-02-06 \\",
                "      --grid trend.emaFast=5,9,13 --grid trend.emaSlow=21,34 \\",
                "      --rank-by sharpe --out results",
                "  java -jar jforex-orderflow-cli.jar sweep -i EURUSD \\",
                "      --from 2019-02-04 --to 2019-02-06 \\",
                "      --data-dir ../shared/data/dukascopy/bi5 \\",
                "      --grid-file grid.json --threads 2",
                "%nA grid file is a JSON object of dotted keys and value lists:",
                "  {\"trend.emaFast\": [5, 9, 13], \"trend.orderFlowConfirmation\": [true, false]}",
                ExitCodes.HELP_FOOTER})
public final class SweepCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    TickDataOptions data;

    @Mixin
    BacktestOptions strategy;

    @Mixin
    GridOptions gridOptions;

    @Option(names = "--top", paramLabel = "N", defaultValue = "20",
            description = "Runs shown on the console (the files hold all; default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "results",
            description = "Folder for the results (default: ${DEFAULT-VALUE}).")
    Path out;

    /** PBO and deflated Sharpe ratio of the grid (set after the runs). */
    private SweepOverfitting overfitting;

    @Option(names = "--name", paramLabel = "NAME", defaultValue = "sweep",
            description = "File name prefix: NAME-ranked.csv, NAME.json (default: ${DEFAULT-VALUE}).")
    String name;

    /** "sharpe", "net", "profitFactor", "drawdown"... as {@link Ranking#parse} reads them. */
    static final class RankingConverter implements ITypeConverter<Ranking> {
        @Override
        public Ranking convert(String value) {
            try {
                return Ranking.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("unknown statistic '" + value + "'; use sharpe, net, return, "
                        + "profitFactor, winRate, expectancy, expectancyR, drawdown or trades");
            }
        }
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        data.refuseDepthRecordings("sweep replays a top-of-book tick store, which drops the depth levels the "
                + "manipulation filter reads; measure the filter with backtest");
        InstrumentSpec instrument = data.instrument();
        StrategyConfig base = strategy.strategy(instrument);
        // the engine builds its own bars and a sweep keeps no report series: no driver bars
        BacktestConfig backtest = strategy.backtest(base, false); // the engine builds its own bars: the replay builds none
        int workers = gridOptions.workers();
        if (top < 0) throw usage("--top must be >= 0, was " + top);
        BacktestCommand.checkOutput(outDir(), name, spec);
        ParameterGrid grid = gridOptions.grid();
        Map<String, List<Object>> axes = grid.axes();
        List<String> skipped = new ArrayList<>();
        List<GridPoint> points = gridOptions.points(grid, base, skipped);
        if (points.isEmpty()) throw usage("every grid point is invalid: " + skipped.get(0));

        TickDataOptions.Opened opened = data.open(err);
        RangeTicks ticks = opened.ticks();
        TickStore store;
        try (Progress bar = Progress.start(data.progress(), err, "Decoding",
                ReplayProgress.hoursIn(data.fromMs(), data.toMs()), "hours")) {
            ReplayProgress progress = new ReplayProgress(bar, data.fromMs(), data.toMs());
            store = TickStore.load(new ProgressCursor(ticks.open(), progress), instrument);
            progress.complete();
        }
        if (store.size() == 0) throw BacktestCommand.noTicks(instrument, ticks);

        final AtomicReferenceArray<EngineStrategy> engines = new AtomicReferenceArray<>(points.size());
        final Map<Integer, Integer> slotOf = new LinkedHashMap<>();
        for (int i = 0; i < points.size(); i++) slotOf.put(points.get(i).gridIndex(), i);
        StrategyFactory<GridPoint> factory = new StrategyFactory<GridPoint>() {
            @Override
            public BacktestStrategy create(GridPoint p) {
                EngineStrategy s = new EngineStrategy(p.config());
                engines.set(slotOf.get(p.gridIndex()), s);
                return s;
            }
        };
        Sweep.Result<GridPoint> result;
        try (Progress bar = Progress.start(data.progress(), err, "Sweep", points.size(), "runs")) {
            result = Sweep.run(store, backtest, points, factory, gridOptions.rankBy, workers,
                    (i, done, total) -> bar.stepTo(done));
        }
        List<RunRow> rows = new ArrayList<>();
        for (Sweep.Entry<GridPoint> e : result.ranked()) {
            rows.add(new RunRow(rows.size() + 1, e, engines.get(e.index()).engine().stats()));
        }

        overfitting = SweepOverfitting.of(result, backtest.broker().initialDeposit());
        Path csv = outDir().resolve(name + "-ranked.csv");
        Path json = outDir().resolve(name + ".json");
        final String csvText = csv(rows, axes);
        final String jsonText = json(rows, axes, base, store, ticks, skipped);
        Map<String, AtomicFiles.Content> files = new LinkedHashMap<>();
        files.put(csv.getFileName().toString(), AtomicFiles.utf8((Writer w) -> w.write(csvText)));
        files.put(json.getFileName().toString(), AtomicFiles.utf8((Writer w) -> w.write(jsonText)));
        try (FileSet set = BacktestCommand.lockResults(outDir(), name)) {
            set.commit(files);
        }

        stdout.print(console(rows, axes, store, ticks, points.size(), skipped, workers, csv, json));
        stdout.flush();
        return ExitCodes.OK;
    }

    private Path outDir() {
        return out.toAbsolutePath().normalize();
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    // ------------------------------------------------------------------ results

    /** One ranked run with its figures. */
    static final class RunRow {
        final int rank;
        final Sweep.Entry<GridPoint> entry;
        final List<ConfirmationRow> signalRows;
        final Combined confirmed;
        final Combined unconfirmed;

        RunRow(int rank, Sweep.Entry<GridPoint> entry, ConfirmationStats stats) {
            this.rank = rank;
            this.entry = entry;
            this.signalRows = ConfirmationTable.fromEngine(stats);
            this.confirmed = Combined.of(stats, true);
            this.unconfirmed = Combined.of(stats, false);
        }

        BacktestStatistics stats() { return entry.result().statistics(); }
    }

    /** The hypothetical outcomes of all setups' signals with one verdict, summed. */
    static final class Combined {
        final long count;
        final long wins;
        final double totalR;

        Combined(long count, long wins, double totalR) {
            this.count = count;
            this.wins = wins;
            this.totalR = totalR;
        }

        static Combined of(ConfirmationStats s, boolean confirmed) {
            long n = 0, w = 0;
            double r = 0;
            for (SetupKind k : SetupKind.values()) {
                ConfirmationStats.Bucket b = s.signals(k, confirmed);
                n += b.count();
                w += b.wins();
                r += b.totalR();
            }
            return new Combined(n, w, r);
        }

        double hitRate() { return count == 0 ? Double.NaN : (double) wins / count; }

        double expectancyR() { return count == 0 ? Double.NaN : totalR / count; }
    }

    static final String[] STAT_COLUMNS = {"trades", "wins", "winRate", "netProfit", "netReturn", "maxDrawdown",
            "profitFactor", "sharpeAnnualised", "expectancy", "expectancyR", "exposure", "commission"};

    static String csv(List<RunRow> rows, Map<String, List<Object>> axes) {
        StringBuilder b = new StringBuilder();
        b.append("rank,grid_index");
        for (String a : axes.keySet()) b.append(',').append(a);
        for (String c : STAT_COLUMNS) b.append(',').append(c);
        b.append(",confirmed_signals,confirmed_hit_rate,confirmed_expectancy_r,unconfirmed_signals,"
                + "unconfirmed_hit_rate,unconfirmed_expectancy_r,journal_confirmed_trades,journal_confirmed_expectancy,"
                + "journal_unconfirmed_trades,journal_unconfirmed_expectancy\n");
        for (RunRow r : rows) {
            b.append(r.rank).append(',').append(r.entry.parameters().gridIndex());
            for (String a : axes.keySet()) b.append(',').append(r.entry.parameters().values().get(a));
            for (String c : STAT_COLUMNS) b.append(',').append(csvNumber(r.stats().get(c)));
            List<ConfirmationRow> journal = r.entry.confirmation();
            b.append(',').append(r.confirmed.count).append(',').append(csvNumber(r.confirmed.hitRate()))
                    .append(',').append(csvNumber(r.confirmed.expectancyR()))
                    .append(',').append(r.unconfirmed.count).append(',').append(csvNumber(r.unconfirmed.hitRate()))
                    .append(',').append(csvNumber(r.unconfirmed.expectancyR()))
                    .append(',').append(journal.get(0).signals).append(',').append(csvNumber(journal.get(0).expectancy))
                    .append(',').append(journal.get(1).signals).append(',').append(csvNumber(journal.get(1).expectancy))
                    .append('\n');
        }
        return b.toString();
    }

    /** Shortest exact decimal of a double; empty for NaN and infinities. */
    static String csvNumber(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) return "";
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return Double.toString(v);
    }

    private String json(List<RunRow> rows, Map<String, List<Object>> axes, StrategyConfig base, TickStore store,
                        RangeTicks ticks, List<String> skipped) {
        JsonObject o = new JsonObject();
        o.addProperty("instrument", store.instrument().symbol());
        o.addProperty("from", Formats.iso(data.fromMs()));
        o.addProperty("to", Formats.iso(data.toMs()));
        o.addProperty("source", ticks.sourceDescription());
        o.addProperty("ticks", store.size());
        o.addProperty("data", ticks.dataSummary());
        o.addProperty("rankedBy", gridOptions.rankBy.statistic());
        o.addProperty("higherIsBetter", gridOptions.rankBy.higherIsBetter());
        o.addProperty("costs", strategy.describeCosts());
        JsonObject ax = new JsonObject();
        for (Map.Entry<String, List<Object>> a : axes.entrySet()) {
            JsonArray values = new JsonArray();
            for (Object v : a.getValue()) values.add(element(v));
            ax.add(a.getKey(), values);
        }
        o.add("axes", ax);
        JsonObject changed = new JsonObject();
        for (Map.Entry<String, Object> e : base.differencesFrom(StrategyConfig.defaults()).entrySet()) {
            changed.add(e.getKey(), element(e.getValue()));
        }
        o.add("baseChangedFromDefaults", changed);
        JsonArray sk = new JsonArray();
        for (String s : skipped) sk.add(s);
        o.add("skippedInvalid", sk);
        com.google.gson.Gson gson = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();
        JsonArray runs = new JsonArray();
        for (RunRow r : rows) {
            JsonObject run = new JsonObject();
            run.addProperty("rank", r.rank);
            run.addProperty("gridIndex", r.entry.parameters().gridIndex());
            JsonObject params = new JsonObject();
            for (Map.Entry<String, Object> e : r.entry.parameters().values().entrySet()) {
                params.add(e.getKey(), element(e.getValue()));
            }
            run.add("parameters", params);
            BacktestResult res = r.entry.result();
            run.add("statistics", gson.toJsonTree(ResultFiles.finite(res.statistics().asMap())));
            run.add("signalConfirmation", gson.toJsonTree(ResultFiles.confirmationRows(r.signalRows)));
            run.add("journalConfirmation", gson.toJsonTree(ResultFiles.confirmationRows(r.entry.confirmation())));
            run.addProperty("rejections", res.rejections());
            runs.add(run);
        }
        o.add("runs", runs);
        if (overfitting != null) o.add("overfitting", overfitting.json());
        return new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping().create().toJson(o) + "\n";
    }

    private static JsonElement element(Object v) {
        if (v instanceof Number) return new JsonPrimitive((Number) v);
        if (v instanceof Boolean) return new JsonPrimitive((Boolean) v);
        return new JsonPrimitive(String.valueOf(v));
    }

    private String console(List<RunRow> rows, Map<String, List<Object>> axes, TickStore store, RangeTicks ticks,
                           int runs, List<String> skipped, int workers, Path csv, Path json) {
        StringBuilder b = new StringBuilder();
        BacktestCommand.line(b, "sweep", store.instrument().symbol() + " " + Formats.time(data.fromMs()) + " to "
                + Formats.time(data.toMs()) + ", " + Formats.count(store.size()) + " ticks decoded once ("
                + Formats.bytes(store.columnBytes()) + " in memory)");
        BacktestCommand.line(b, "source", ticks.sourceDescription());
        BacktestCommand.line(b, "data", ticks.dataSummary());
        BacktestCommand.line(b, "grid", runs + " run(s) on " + workers + " thread(s)"
                + (skipped.isEmpty() ? "" : ", " + skipped.size() + " invalid point(s) left out"));
        BacktestCommand.line(b, "ranked by", gridOptions.rankBy.statistic() + (gridOptions.rankBy.higherIsBetter() ? " (higher is better)"
                : " (lower is better)"));
        BacktestCommand.line(b, "costs", strategy.describeCosts());
        b.append('\n');
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%4s", "rank"));
        List<Integer> widths = new ArrayList<>();
        for (String a : axes.keySet()) {
            int w = a.length();
            for (Object v : axes.get(a)) w = Math.max(w, String.valueOf(v).length());
            widths.add(w);
            head.append("  ").append(String.format(Locale.ROOT, "%" + w + "s", a));
        }
        String stats = "%6s %11s %8s %6s %8s %7s   %-22s %-22s";
        head.append("  ").append(String.format(Locale.ROOT, stats, "trades", "net profit", "max DD", "PF", "win",
                "Sharpe", "confirmed n/hit/expR", "unconfirmed n/hit/expR"));
        b.append(head.toString().replaceAll("\\s+$", "")).append('\n');
        int shown = 0;
        for (RunRow r : rows) {
            if (shown++ >= top) break;
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%4d", r.rank));
            int k = 0;
            for (String a : axes.keySet()) {
                line.append("  ").append(String.format(Locale.ROOT, "%" + widths.get(k++) + "s",
                        r.entry.parameters().values().get(a)));
            }
            BacktestStatistics s = r.stats();
            line.append("  ").append(String.format(Locale.ROOT, stats, s.trades(),
                    BacktestCommand.num(s.netProfit(), 2), BacktestCommand.pct(s.maxDrawdown()),
                    BacktestCommand.num(s.profitFactor(), 2), BacktestCommand.pct(s.winRate()),
                    BacktestCommand.num(s.sharpeAnnualised(), 2), combined(r.confirmed), combined(r.unconfirmed)));
            b.append(line.toString().replaceAll("\\s+$", "")).append('\n');
        }
        if (rows.size() > top) b.append("... ").append(rows.size() - top).append(" more in the files\n");
        b.append('\n');
        if (overfitting != null) b.append(overfitting.console()).append('\n');
        BacktestCommand.line(b, "wrote", csv.toString());
        BacktestCommand.line(b, "wrote", json.toString());
        return b.toString();
    }

    private static String combined(Combined c) {
        if (c.count == 0) return "0";
        return c.count + " / " + BacktestCommand.pct(c.hitRate()).replace(" ", "") + " / "
                + BacktestCommand.num(c.expectancyR(), 2);
    }

    /** Passes ticks through while moving a progress bar. */
    static final class ProgressCursor implements TickCursor {
        private final TickCursor in;
        private final ReplayProgress progress;

        ProgressCursor(TickCursor in, ReplayProgress progress) {
            this.in = in;
            this.progress = progress;
        }

        @Override
        public boolean next(Tick into) throws IOException {
            if (!in.next(into)) return false;
            progress.onTick(into);
            return true;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
