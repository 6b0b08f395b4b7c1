package io.orderflow.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import io.orderflow.backtest.BacktestConfig;
import io.orderflow.backtest.BacktestStrategy;
import io.orderflow.backtest.EngineStrategy;
import io.orderflow.backtest.GridPoint;
import io.orderflow.backtest.ParameterGrid;
import io.orderflow.backtest.StrategyFactory;
import io.orderflow.backtest.Sweep;
import io.orderflow.backtest.io.AtomicFiles;
import io.orderflow.backtest.report.ValidationReportWriter;
import io.orderflow.backtest.stats.BacktestStatistics;
import io.orderflow.backtest.store.TickStore;
import io.orderflow.backtest.validation.ConfirmationVerdict;
import io.orderflow.backtest.validation.DeflatedSharpe;
import io.orderflow.backtest.validation.GridValidation;
import io.orderflow.backtest.validation.OverfittingProbability;
import io.orderflow.backtest.validation.SignalOutcomes;
import io.orderflow.backtest.validation.WalkForward;
import io.orderflow.backtest.validation.WalkForwardPlan;
import io.orderflow.market.InstrumentSpec;
import io.orderflow.strategy.config.StrategyConfig;
import io.orderflow.trades.JournalWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code validate}: the sweep of a grid, then what its ranking cannot say on its own — a
 * walk-forward validation over FX trading days, the probability of backtest overfitting (CSCV),
 * the deflated Sharpe ratio of the winner and the confirmed-vs-unconfirmed verdict with a bootstrap
 * interval and a permutation p-value. Every grid point runs once over the whole range from the
 * decoded {@link TickStore} (as {@code sweep} does); everything else is computed from those runs'
 * journals, session equity and signal outcomes ({@link GridValidation}). Writes a JSON document,
 * the stitched out-of-sample journal (CSV) and an HTML report, all renamed into place together.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false, versionProvider = VersionProvider.class,
        description = {"Walk-forward validation of a parameter grid, with overfitting statistics (PBO by CSCV, "
                + "deflated Sharpe ratio) and the order-flow confirmation verdict with its uncertainty.",
                "Windows are counted in FX trading days (17:00 New York to 17:00 New York, Monday to Friday)."},
        footer = {"%nExample:",
                "  java -jar jforex-orderflow-cli.jar validate -i GBPJPY \\",
                "      --from 2012-12-02T22:00 --to 2012-12-14T22:00 \\",
                "      --data-dir ../shared/data/dukascopy/bi5 \\",
                "      --account-currency JPY \\",
                "      --grid trend.emaFast=5,9,13 \\",
                "      --grid trend.stop.atrMultiple=1.5,2.5 \\",
                "      --in-sample 4 --out-of-sample 2 \\",
                "      --rank-by net --out results",
                ExitCodes.HELP_FOOTER})
public final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    TickDataOptions data;

    @Mixin
    BacktestOptions strategy;

    @Mixin
    GridOptions gridOptions;

    @Option(names = "--in-sample", paramLabel = "DAYS", defaultValue = "4",
            description = "In-sample length in trading days (default: ${DEFAULT-VALUE}).")
    int inSampleDays;

    @Option(names = "--out-of-sample", paramLabel = "DAYS", defaultValue = "2",
            description = "Out-of-sample length in trading days; windows move by this much (default: ${DEFAULT-VALUE}).")
    int outOfSampleDays;

    @Option(names = "--anchored",
            description = "Anchored windows: every in-sample part starts at the first day (default: rolling).")
    boolean anchored;

    @Option(names = "--min-trades", paramLabel = "N", defaultValue = "1",
            description = "Fewest in-sample trades for a configuration to be chosen in a window (default: ${DEFAULT-VALUE}).")
    int minTrades;

    @Option(names = "--cscv-blocks", paramLabel = "S", defaultValue = "0",
            description = "Blocks of sessions for CSCV (even, 2..20; 0 = the largest even number up to 16 that the "
                    + "sessions allow; default: ${DEFAULT-VALUE}).")
    int blocks;

    @Option(names = "--min-signals", paramLabel = "N", defaultValue = "" + ConfirmationVerdict.DEFAULT_MIN_PER_GROUP,
            description = "Fewest confirmed and unconfirmed signals each for a confirmation verdict (default: ${DEFAULT-VALUE}).")
    int minSignals;

    @Option(names = "--resamples", paramLabel = "N", defaultValue = "" + ConfirmationVerdict.DEFAULT_RESAMPLES,
            description = "Bootstrap and permutation resamples (default: ${DEFAULT-VALUE}).")
    int resamples;

    @Option(names = "--confidence", paramLabel = "P", defaultValue = "" + ConfirmationVerdict.DEFAULT_CONFIDENCE,
            description = "Confidence of the bootstrap interval (default: ${DEFAULT-VALUE}).")
    double confidence;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "" + ConfirmationVerdict.DEFAULT_SEED,
            description = "Seed of the bootstrap and permutation draws (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "results",
            description = "Folder for the results (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--name", paramLabel = "NAME", defaultValue = "validation",
            description = "File name prefix: NAME.json, NAME-oos-journal.csv, NAME.html (default: ${DEFAULT-VALUE}).")
    String name;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        data.refuseDepthRecordings("validate replays a top-of-book tick store, which drops the depth levels the "
                + "manipulation filter reads; measure the filter with backtest");
        InstrumentSpec instrument = data.instrument();
        StrategyConfig base = strategy.strategy(instrument);
        BacktestConfig backtest = strategy.backtest(base, false); // the engine builds its own bars: the replay builds none
        int workers = gridOptions.workers();
        if (minTrades < 0) throw usage("--min-trades must be >= 0, was " + minTrades);
        if (minSignals < 2) throw usage("--min-signals must be >= 2, was " + minSignals);
        if (resamples < 100 || resamples > 10_000_000) throw usage("--resamples must be 100..10000000, was " + resamples);
        if (!(confidence > 0.5 && confidence < 1)) throw usage("--confidence must be between 0.5 and 1, was " + confidence);
        if (blocks != 0 && (blocks < 2 || blocks % 2 != 0 || blocks > OverfittingProbability.MAX_BLOCKS)) {
            throw usage("--cscv-blocks must be 0 (automatic) or even and 2.." + OverfittingProbability.MAX_BLOCKS + ", was " + blocks);
        }
        BacktestCommand.checkOutput(outDir(), name, spec);
        WalkForwardPlan plan;
        try {
            plan = WalkForwardPlan.of(data.fromMs(), data.toMs(), backtest.returnsSession(), inSampleDays, outOfSampleDays,
                    anchored);
        } catch (IllegalArgumentException e) {
            throw usage("--in-sample " + inSampleDays + " --out-of-sample " + outOfSampleDays + ": " + e.getMessage());
        }

        ParameterGrid grid = gridOptions.grid();
        Map<String, List<Object>> axes = grid.axes();
        List<String> skipped = new ArrayList<>();
        List<GridPoint> points = gridOptions.points(grid, base, skipped);
        if (points.size() < 2) {
            throw usage("the grid has " + points.size() + " valid point(s); validation compares configurations, so it needs "
                    + "at least 2 (give at least two values on a --grid axis)");
        }

        TickDataOptions.Opened opened = data.open(err);
        RangeTicks ticks = opened.ticks();
        TickStore store;
        long t0 = System.nanoTime();
        try (Progress bar = Progress.start(data.progress(), err, "Decoding",
                ReplayProgress.hoursIn(data.fromMs(), data.toMs()), "hours")) {
            ReplayProgress progress = new ReplayProgress(bar, data.fromMs(), data.toMs());
            store = TickStore.load(new SweepCommand.ProgressCursor(ticks.open(), progress), instrument);
            progress.complete();
        }
        if (store.size() == 0) throw BacktestCommand.noTicks(instrument, ticks);
        long t1 = System.nanoTime();

        final SignalOutcomes[] outcomes = new SignalOutcomes[points.size()];
        final Map<Integer, Integer> slotOf = new LinkedHashMap<>();
        for (int i = 0; i < points.size(); i++) {
            slotOf.put(points.get(i).gridIndex(), i);
            outcomes[i] = new SignalOutcomes();
        }
        StrategyFactory<GridPoint> factory = new StrategyFactory<GridPoint>() {
            @Override
            public BacktestStrategy create(GridPoint p) {
                return new EngineStrategy(p.config())
                        .signalListener(new SignalOutcomeRecorder(outcomes[slotOf.get(p.gridIndex())]));
            }
        };
        Sweep.Result<GridPoint> result;
        try (Progress bar = Progress.start(data.progress(), err, "Sweep", points.size(), "runs")) {
            result = Sweep.run(store, backtest, points, factory, gridOptions.rankBy, workers, (i, done, total) -> bar.stepTo(done));
        }
        long t2 = System.nanoTime();

        List<WalkForward.Run> runs = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            Sweep.Entry<GridPoint> e = result.inGridOrder().get(i);
            runs.add(new WalkForward.Run(e.parameters().values().toString(), e.result().trades(), e.result().sessionEquity(),
                    backtest.broker().initialDeposit(), outcomes[i]));
        }
        int winner = result.ranked().get(0).index();
        GridValidation.Settings settings = new GridValidation.Settings();
        settings.minTrades = minTrades;
        settings.blocks = blocks;
        settings.confidence = confidence;
        settings.resamples = resamples;
        settings.seed = seed;
        settings.minSignals = minSignals;
        settings.periodsPerYear = backtest.periodsPerYear();
        GridValidation v;
        try {
            v = GridValidation.run(plan, runs, gridOptions.rankBy, winner, settings);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(ExitCodes.USAGE, e.getMessage() + "; nothing was written");
        }
        long t3 = System.nanoTime();

        ValidationDocument doc = new ValidationDocument(v, result, axes, base, store, ticks, data, strategy, gridOptions.rankBy, skipped,
                settings, (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9);
        Path json = outDir().resolve(name + ".json");
        Path csv = outDir().resolve(name + "-oos-journal.csv");
        Path html = outDir().resolve(name + ".html");
        final String jsonText = doc.json();
        final String htmlText = ValidationReportWriter.render(doc.report());
        final String accountCurrency = result.inGridOrder().get(0).result().accountCurrency();
        final WalkForward.Result wf = v.walkForward();
        Map<Path, AtomicFiles.Content> files = new LinkedHashMap<>();
        files.put(json, AtomicFiles.utf8((Writer w) -> w.write(jsonText)));
        files.put(csv, AtomicFiles.utf8((Writer w) -> JournalWriter.writeCsv(wf.trades(), accountCurrency, w)));
        files.put(html, AtomicFiles.utf8((Writer w) -> w.write(htmlText)));
        AtomicFiles.writeAll(files);

        stdout.print(console(v, result, store, ticks, workers, skipped, (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9)
                + lines("wrote", json, csv, html));
        stdout.flush();
        return ExitCodes.OK;
    }

    private static String lines(String label, Path... paths) {
        StringBuilder b = new StringBuilder();
        for (Path p : paths) BacktestCommand.line(b, label, p.toString());
        return b.toString();
    }

    private Path outDir() {
        return out.toAbsolutePath().normalize();
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    private String console(GridValidation v, Sweep.Result<GridPoint> result, TickStore store, RangeTicks ticks,
                           int workers, List<String> skipped, double decodeS, double sweepS, double statsS) {
        WalkForward.Result wf = v.walkForward();
        StringBuilder b = new StringBuilder();
        BacktestCommand.line(b, "validate", store.instrument().symbol() + " " + Formats.time(data.fromMs()) + " to "
                + Formats.time(data.toMs()) + ", " + Formats.count(store.size()) + " ticks decoded once");
        BacktestCommand.line(b, "source", ticks.sourceDescription());
        BacktestCommand.line(b, "data", ticks.dataSummary());
        BacktestCommand.line(b, "grid", result.inGridOrder().size() + " run(s) on " + workers + " thread(s)"
                + (skipped.isEmpty() ? "" : ", " + skipped.size() + " invalid point(s) left out"));
        BacktestCommand.line(b, "ranked by", gridOptions.rankBy.statistic() + (gridOptions.rankBy.higherIsBetter() ? " (higher is better)"
                : " (lower is better)"));
        BacktestCommand.line(b, "costs", strategy.describeCosts());
        BacktestCommand.line(b, "time", String.format(Locale.ROOT, "decode %.2f s, runs %.2f s, validation statistics %.3f s",
                decodeS, sweepS, statsS));
        WalkForwardPlan plan = wf.plan();
        b.append('\n');
        BacktestCommand.line(b, "walk-forward", String.format(Locale.ROOT, "%s, %d in-sample + %d out-of-sample trading days, "
                        + "%d window(s) over %d trading days%s", plan.anchored() ? "anchored" : "rolling", plan.inSampleDays(),
                plan.outOfSampleDays(), plan.windows().size(), plan.days().size(),
                plan.unusedDays() > 0 ? ", last " + plan.unusedDays() + " day(s) unused" : ""));
        b.append(String.format(Locale.ROOT, "%6s  %-23s %-23s %12s %12s %6s %6s %8s  %s%n", "window", "in-sample",
                "out-of-sample", "IS " + shortName(), "OOS " + shortName(), "IS n", "OOS n", "WFE", "chosen"));
        for (WalkForward.WindowResult w : wf.windows()) {
            WalkForwardPlan.Window x = w.window();
            b.append(String.format(Locale.ROOT, "%6d  %-23s %-23s %12s %12s %6d %6d %8s  %s%n", x.index() + 1,
                    x.inSampleDays().get(0) + ".." + x.inSampleDays().get(x.inSampleDays().size() - 1),
                    x.outOfSampleDays().get(0) + ".." + x.outOfSampleDays().get(x.outOfSampleDays().size() - 1),
                    BacktestCommand.num(gridOptions.rankBy.value(w.inSample()), 2), BacktestCommand.num(gridOptions.rankBy.value(w.outOfSample()), 2),
                    w.inSample().trades(), w.outOfSample().trades(), BacktestCommand.num(w.efficiency(), 2),
                    result.inGridOrder().get(w.chosen()).parameters().values()));
        }
        BacktestStatistics o = wf.outOfSample();
        BacktestCommand.line(b, "out-of-sample", String.format(Locale.ROOT, "%d trades, net profit %s, return %s, "
                        + "max drawdown %s (session ends), Sharpe %s", o.trades(), BacktestCommand.num(o.netProfit(), 2),
                BacktestCommand.pct(o.netReturn()), BacktestCommand.pct(o.maxDrawdown()),
                BacktestCommand.num(o.sharpeAnnualised(), 2)));
        BacktestCommand.line(b, "efficiency", String.format(Locale.ROOT, "%s (net profit per trading day: out-of-sample %s, "
                        + "chosen in-sample %s)", BacktestCommand.num(wf.efficiency(), 2),
                BacktestCommand.num(wf.outOfSampleNetPerDay(), 2), BacktestCommand.num(wf.inSampleNetPerDay(), 2)));
        b.append('\n');
        OverfittingProbability p = v.overfitting();
        BacktestCommand.line(b, "PBO", p == null ? "not computed: " + v.overfittingProblem()
                : String.format(Locale.ROOT, "%.3f over %d combinations of %d blocks of %d sessions%s; in-sample winner "
                        + "lost out-of-sample in %.1f %%", p.pbo(), p.combinations(), p.blocks(), p.periods(),
                p.likelyOverfit() ? " - likely overfit" : "", 100 * p.probabilityOfLoss()));
        DeflatedSharpe d = v.deflated();
        BacktestCommand.line(b, "deflated Sharpe", d == null ? "not computed: " + v.deflatedProblem()
                : String.format(Locale.ROOT, "%.3f%s (winner %s: Sharpe %.3f per session over %d sessions, expected best "
                        + "of %d without edge %.3f, skewness %.2f, kurtosis %.2f)", d.deflated(),
                d.significant() ? " - significant" : " - not significant",
                result.inGridOrder().get(v.winner()).parameters().values(), d.sharpe(), d.observations(), d.trials(),
                d.expectedMaximum(), d.skewness(), d.kurtosis()));
        BacktestCommand.line(b, "confirmation", "walk-forward out-of-sample signals: "
                + v.outOfSampleConfirmation().sentence());
        BacktestCommand.line(b, "", "full-range winner's signals (in-sample): " + v.winnerConfirmation().sentence());
        b.append('\n');
        return b.toString();
    }

    private String shortName() {
        switch (gridOptions.rankBy) {
            case SHARPE: return "Sharpe";
            case NET_PROFIT: return "net";
            case NET_RETURN: return "return";
            case PROFIT_FACTOR: return "PF";
            case MAX_DRAWDOWN: return "DD";
            case EXPECTANCY_R: return "exp. R";
            case EXPECTANCY: return "expect.";
            case WIN_RATE: return "win rate";
            default: return gridOptions.rankBy.statistic();
        }
    }
}
