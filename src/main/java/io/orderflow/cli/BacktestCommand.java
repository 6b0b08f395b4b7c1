package io.orderflow.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import io.orderflow.backtest.BacktestConfig;
import io.orderflow.backtest.BacktestResult;
import io.orderflow.backtest.BacktestRun;
import io.orderflow.backtest.EngineStrategy;
import io.orderflow.backtest.report.OrderFlowBars;
import io.orderflow.backtest.report.OrderFlowReport;
import io.orderflow.market.BarClock;
import io.orderflow.strategy.config.ParameterTable;
import io.orderflow.backtest.io.FileSet;
import io.orderflow.backtest.io.ResultFiles;
import io.orderflow.backtest.report.ReportModel;
import io.orderflow.backtest.validation.ConfirmationVerdict;
import io.orderflow.backtest.validation.SignalOutcomes;
import io.orderflow.backtest.report.ReportModels;
import io.orderflow.backtest.stats.BacktestStatistics;
import io.orderflow.backtest.stats.ConfirmationRow;
import io.orderflow.backtest.stats.ConfirmationTable;
import io.orderflow.market.InstrumentSpec;
import io.orderflow.strategy.StrategyEngine;
import io.orderflow.strategy.config.AggressorRule;
import io.orderflow.strategy.config.QuoteVolume;
import io.orderflow.strategy.config.StrategyConfig;
import io.orderflow.strategy.setup.SetupKind;
import io.orderflow.strategy.stats.ConfirmationStats;
import io.orderflow.strategy.stats.SkipReason;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code backtest}: replays an instrument's ticks over a UTC range through the order-flow strategy
 * engine ({@link EngineStrategy}) and the simulated broker, then writes the trade journal (CSV and
 * JSON), the statistics (JSON) and the HTML report into {@code --out} as one set that replaces the
 * previous set as a whole ({@link FileSet}: a failed or interrupted run leaves the old set; of two
 * runs writing the same set at the same time, the one finishing last replaces it whole), and
 * prints a short summary. The report shows price with trades, the order-flow panes, the volume
 * profile with POC and value area, a footprint of a chosen range, equity and the confirmation
 * table.
 */
@Command(name = "backtest", mixinStandardHelpOptions = true, sortOptions = false,
        versionProvider = VersionProvider.class,
        description = {"Backtest the order-flow strategy on Dukascopy ticks with a simulated broker (JForex semantics) "
                + "and write the journal, statistics and an HTML report.",
                "Ticks come from the Dukascopy datafeed through the local cache, from the cache alone (--offline), "
                        + "from a directory in the datafeed layout (--data-dir), from JForex CSV exports (--csv), or from "
                        + "the strategy's live depth recordings with their depth levels (--depth-recording; compare "
                        + "--set manipulation.filter=true and false to measure the manipulation filter)."},
        footer = {"%nExamples:",
                "  java -jar jforex-orderflow-cli.jar backtest -i EURUSD \\",
                "      --from 2019-02-04 --to 2019-02-06 --out results",
                "  java -jar jforex-orderflow-cli.jar backtest -i EURUSD \\",
                "      --from 2019-02-04 --to 2019-02-06 \\",
                "      --data-dir ../shared/data/dukascopy/bi5 \\",
                "      --set trend.emaFast=5 --commission 35 --out results",
                "  java -jar jforex-orderflow-cli.jar backtest -i GBPJPY \\",
                "      --from 2012-12-03 --to 2012-12-15 --offline \\",
                "      --set account.quoteToAccountRate=0.0122 \\",
                "      --config my-strategy.json --out results",
                "  java -jar jforex-orderflow-cli.jar backtest \\",
                "      --from 2024-08-09 --to 2024-08-10 \\",
                "      --depth-recording EURUSD-2024-08-09.ofd \\",
                "      --set manipulation.filter=true --out results",
                ExitCodes.HELP_FOOTER})
public final class BacktestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    TickDataOptions data;

    @Mixin
    BacktestOptions strategy;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "results",
            description = "Folder for the results (created if needed; default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--name", paramLabel = "NAME", defaultValue = "backtest",
            description = "File name prefix: NAME-journal.csv, NAME-journal.json, NAME-stats.json, NAME-report.html "
                    + "(default: ${DEFAULT-VALUE}).")
    String name;

    @Option(names = "--footprint-from", paramLabel = "UTC", converter = UtcTimeConverter.class,
            description = "Start of the footprint shown in the report (default: the hour around the last trade, "
                    + "or the busiest hour without trades).")
    Long footprintFrom;

    @Option(names = "--footprint-to", paramLabel = "UTC", converter = UtcTimeConverter.class,
            description = "End (exclusive) of the footprint shown in the report.")
    Long footprintTo;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        InstrumentSpec instrument = data.instrument();
        StrategyConfig config = strategy.strategy(instrument);
        BacktestConfig backtest = strategy.backtest(config, true);
        checkOutput(out(), name);
        checkFootprintRange();

        TickDataOptions.Opened opened = data.open(err);
        RangeTicks ticks = opened.ticks();
        // every signal's hypothetical outcome in R, for the confirmation verdict
        SignalOutcomes signals = new SignalOutcomes();
        EngineStrategy engine = new EngineStrategy(config).signalListener(new SignalOutcomeRecorder(signals));
        OrderFlowReport flow = footprintFrom == null
                ? new OrderFlowReport(instrument, reportSettings(config), BarClock.fixed(config.barPeriodMs()))
                : new OrderFlowReport(instrument, reportSettings(config), BarClock.fixed(config.barPeriodMs()),
                footprintFrom, footprintTo);
        BacktestResult result;
        try (Progress bar = Progress.start(data.progress(), err, "Backtest",
                ReplayProgress.hoursIn(data.fromMs(), data.toMs()), "hours")) {
            ReplayProgress progress = new ReplayProgress(bar, data.fromMs(), data.toMs());
            result = BacktestRun.run(backtest, ticks, engine, progress, flow);
            progress.complete();
        }
        if (result.statistics().get("ticks") == 0) {
            throw noTicks(instrument, ticks);
        }

        StrategyEngine e = engine.engine();
        ReportModel model = ReportModels.fromResult(result, instrument.symbol() + " order-flow strategy backtest");
        flow.fill(model);
        List<ConfirmationRow> engineRows = ConfirmationTable.fromEngine(e.stats());
        // the signals failing each check (spoofed-book: the manipulation filter), measured the same way
        List<ConfirmationRow> checkRows = ConfirmationTable.fromChecks(e.stats());
        List<ConfirmationRow> journalRows = new ArrayList<>();
        for (ConfirmationRow row : model.confirmation) {
            journalRows.add(new ConfirmationRow("journal · " + row.group + " trades", row.signals, row.wins,
                    row.hitRate, row.expectancy, row.expectancyR, row.standardErrorR, row.meanMaeR, row.basis));
        }
        model.confirmation.clear();
        model.confirmation.addAll(engineRows);
        model.confirmation.addAll(checkRows);
        model.confirmation.addAll(journalRows);
        ConfirmationVerdict verdict = ConfirmationVerdict.compare(signals.outcomes(true, Long.MIN_VALUE, Long.MAX_VALUE),
                signals.outcomes(false, Long.MIN_VALUE, Long.MAX_VALUE), ConfirmationVerdict.DEFAULT_CONFIDENCE,
                ConfirmationVerdict.DEFAULT_RESAMPLES, ConfirmationVerdict.DEFAULT_SEED, ConfirmationVerdict.DEFAULT_MIN_PER_GROUP);
        model.notes.add("Order-flow confirmation verdict (all setups, signals): " + verdict.sentence());
        Map<String, Object> changed = config.differencesFrom(StrategyConfig.defaults());
        model.notes.add("Strategy: " + (changed.isEmpty() ? "default configuration" : "changed from the defaults: "
                + changed) + "; order flow: " + e.orderFlowSource().provenance());
        model.notes.add("Ticks: " + ticks.dataSummary());

        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("strategyConfig", config.asMap());
        extra.put("strategyChanged", changed);
        extra.put("orderFlowProvenance", e.orderFlowSource().provenance());
        extra.put("signalConfirmation", engineRows);
        extra.put("signalChecks", checkRows);
        extra.put("confirmationVerdict", ValidationDocument.verdict(verdict));
        extra.put("signalDecisions", decisions(e.stats()));
        extra.put("engine", engineCounters(e));
        extra.put("data", dataSection(ticks));
        List<Path> files;
        try (FileSet results = lockResults(out(), name)) {
            files = ResultFiles.writeAll(results, name, result, model, extra);
        }

        List<ConfirmationRow> tableRows = new ArrayList<>(engineRows);
        tableRows.addAll(checkRows);
        out.print(summary(result, ticks, config, changed, tableRows, verdict, files));
        out.flush();
        return ExitCodes.OK;
    }

    /**
     * Locks the result set {@code name} in {@code dir} for its commit ({@link FileSet}): waits for
     * another run's commit of the same set; a lock held for a minute is exit code
     * {@value ExitCodes#IO} with a message naming it.
     */
    static FileSet lockResults(Path dir, String name) throws java.io.IOException {
        try {
            return FileSet.lock(dir, name);
        } catch (FileSet.BusyException e) {
            throw new CommandFailure(ExitCodes.IO, e.getMessage());
        }
    }

    /** The range held no tick at all (a weekend, a holiday, data not there): nothing to backtest. */
    static CommandFailure noTicks(InstrumentSpec instrument, RangeTicks ticks) {
        return new CommandFailure(ExitCodes.BAD_DATA, "no ticks for " + instrument.symbol() + " from "
                + Formats.time(ticks.fromMs()) + " to " + Formats.time(ticks.toMs()) + " in " + ticks.sourceDescription()
                + " (" + ticks.dataSummary() + "); nothing was written");
    }

    private Path out() {
        return out.toAbsolutePath().normalize();
    }

    /**
     * The report's calculators with the strategy's own order-flow settings: side inference and
     * volume proxy, profile rows, value-area share, imbalance ratio and stacked rows, cumulative-delta
     * reset, session anchor (profile).
     */
    static OrderFlowBars.Settings reportSettings(StrategyConfig config) {
        return OrderFlowBars.Settings.defaults(config.profileRowPoints())
                .withMethod(config.enumValue(ParameterTable.OF_AGGRESSOR_RULE, AggressorRule.class).method())
                .withProxy(config.enumValue(ParameterTable.OF_VOLUME_PROXY, QuoteVolume.class).proxy())
                .withDeltaReset(config.cumulativeDeltaReset())
                .withProfileSession(config.sessionAnchor())
                .withValueAreaShare(config.doubleValue(ParameterTable.OF_VALUE_AREA_PERCENT) / 100)
                .withImbalance(config.doubleValue(ParameterTable.OF_IMBALANCE_RATIO),
                        config.intValue(ParameterTable.OF_STACKED_COUNT));
    }

    /** Refuses a name that is not a plain file-name prefix, or an output folder that is a file. */
    static void checkOutput(Path dir, String name, CommandSpec spec) {
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,99}")) {
            throw new ParameterException(spec.commandLine(), "--name '" + name + "': use letters, digits, '.', '_' "
                    + "and '-' (at most 100, starting with a letter or digit)");
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new ParameterException(spec.commandLine(), "--out " + dir + " is a file, not a folder");
        }
    }

    private void checkOutput(Path dir, String base) {
        checkOutput(dir, base, spec);
    }

    private void checkFootprintRange() {
        if ((footprintFrom == null) != (footprintTo == null)) {
            throw new ParameterException(spec.commandLine(), "--footprint-from and --footprint-to go together");
        }
        if (footprintFrom != null && footprintTo <= footprintFrom) {
            throw new ParameterException(spec.commandLine(), "--footprint-to " + Formats.time(footprintTo)
                    + " must be after --footprint-from " + Formats.time(footprintFrom));
        }
        if (footprintFrom != null && (footprintTo <= data.fromMs() || footprintFrom >= data.toMs())) {
            throw new ParameterException(spec.commandLine(), "the footprint range " + Formats.time(footprintFrom)
                    + " to " + Formats.time(footprintTo) + " lies outside the backtest range");
        }
    }

    static Map<String, Object> decisions(ConfirmationStats stats) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (SetupKind k : SetupKind.values()) {
            Map<String, Object> d = new LinkedHashMap<>();
            for (SkipReason r : SkipReason.values()) {
                long n = stats.decisions(k, r);
                if (n > 0) d.put(r == SkipReason.NONE ? "TAKEN" : r.name(), n);
            }
            m.put(k.name().toLowerCase(Locale.ROOT), d);
        }
        return m;
    }

    static Map<String, Object> engineCounters(StrategyEngine e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("barsClosed", e.barsClosed());
        m.put("intentsSent", e.intentsSent());
        m.put("ticksOutOfOrder", e.ticksOutOfOrder());
        m.put("unknownExecutionEvents", e.unknownExecutionEvents());
        m.put("lateFillsExited", e.lateFillsExited());
        return m;
    }

    static Map<String, Object> dataSection(RangeTicks ticks) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", ticks.sourceDescription());
        m.put("from", Formats.iso(ticks.fromMs()));
        m.put("to", Formats.iso(ticks.toMs()));
        m.put("hourFilesRead", ticks.filesRead());
        m.put("hoursMissing", ticks.hoursMissing());
        m.put("hoursDamaged", ticks.hoursDamaged());
        m.put("problems", ticks.problems() == null ? 0 : ticks.problems().total());
        m.put("problemSamples", ticks.problems() == null ? new ArrayList<String>() : ticks.problems().samples());
        return m;
    }

    private String summary(BacktestResult r, RangeTicks ticks, StrategyConfig config, Map<String, Object> changed,
                           List<ConfirmationRow> rows, ConfirmationVerdict verdict, List<Path> files) {
        BacktestStatistics s = r.statistics();
        String ccy = r.accountCurrency();
        StringBuilder b = new StringBuilder();
        line(b, "backtest", r.instrument().symbol() + " " + Formats.time(data.fromMs()) + " to "
                + Formats.time(data.toMs()) + ", " + Formats.count((long) s.get("ticks")) + " ticks, "
                + r.config().bars());
        line(b, "source", ticks.sourceDescription());
        line(b, "data", ticks.dataSummary());
        line(b, "strategy", changed.isEmpty() ? "default configuration" : "changed: " + changed);
        line(b, "account", String.format(Locale.ROOT, "%,.2f %s; %s", s.initialDeposit(), ccy, strategy.describeCosts()));
        line(b, "trades", s.trades() + " (" + s.wins() + " won, win rate " + pct(s.winRate()) + ")");
        line(b, "net profit", String.format(Locale.ROOT, "%,.2f %s (%s), commission %,.2f", s.netProfit(), ccy,
                pct(s.netReturn()), s.commission()));
        line(b, "max drawdown", pct(s.maxDrawdown()) + " (marked to market on every tick)");
        line(b, "profit factor", num(s.profitFactor(), 2));
        line(b, "Sharpe", num(s.sharpeAnnualised(), 2) + " annualised, from " + s.periods() + " daily returns");
        line(b, "expectancy", String.format(Locale.ROOT, "%s %s per trade, %s R", num(s.expectancy(), 2), ccy,
                num(s.expectancyR(), 2)));
        line(b, "exposure", pct(s.exposure()));
        if (r.rejections() > 0) line(b, "rejected", r.rejections() + " order(s); first: " + r.rejectionSamples().get(0));
        b.append('\n').append(confirmationText(rows));
        line(b, "verdict", verdict.sentence());
        b.append('\n');
        for (Path p : files) line(b, "wrote", p.toString());
        return b.toString();
    }

    /** The confirmation rows as an aligned table. */
    static String confirmationText(List<ConfirmationRow> rows) {
        StringBuilder b = new StringBuilder();
        String fmt = "%-34s %6s %6s %9s %14s %8s%n";
        b.append(String.format(Locale.ROOT, fmt, "order-flow confirmation", "count", "wins", "hit rate", "expectancy R",
                "MAE R"));
        if (rows.isEmpty()) b.append("(no technical signal)\n");
        for (ConfirmationRow row : rows) {
            String exp = Double.isNaN(row.expectancyR) ? "-" : Double.isNaN(row.standardErrorR)
                    ? num(row.expectancyR, 3) : num(row.expectancyR, 3) + " ± " + num(row.standardErrorR, 2);
            b.append(String.format(Locale.ROOT, fmt, row.group, row.signals, row.wins, pct(row.hitRate), exp,
                    num(row.meanMaeR, 2)));
        }
        return b.toString();
    }

    static String pct(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.2f %%", 100 * v);
    }

    static String num(double v, int decimals) {
        return Double.isNaN(v) || Double.isInfinite(v) ? (Double.isInfinite(v) ? (v > 0 ? "inf" : "-inf") : "-")
                : String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    static void line(StringBuilder b, String label, String value) {
        b.append(String.format(Locale.ROOT, "%-15s %s%n", label, value));
    }
}
