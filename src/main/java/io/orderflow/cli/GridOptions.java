package io.orderflow.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.orderflow.backtest.GridException;
import io.orderflow.backtest.GridPoint;
import io.orderflow.backtest.ParameterGrid;
import io.orderflow.backtest.ParameterGridParser;
import io.orderflow.backtest.Ranking;
import io.orderflow.strategy.config.StrategyConfig;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The grid options {@code sweep} and {@code validate} share ({@code --grid}, {@code --grid-file},
 * {@code --rank-by}, {@code --threads}, {@code --skip-invalid}): the option binding only. The grid
 * is read by {@link ParameterGridParser} into a {@link ParameterGrid}, whose points become
 * configurations there; this class turns their {@link GridException}s into usage errors of the
 * command that mixes it in, naming the option. Single-threaded (the command's thread).
 */
final class GridOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = {"-g", "--grid"}, paramLabel = "KEY=V1,V2,...",
            description = "One axis of the grid: a configuration key and its values. Repeatable; the grid is every "
                    + "combination (the last axis varies fastest).")
    List<String> grid = new ArrayList<>();

    @Option(names = "--grid-file", paramLabel = "FILE.json",
            description = "Axes from a JSON object {\"key\": [values...], ...} (added before the --grid axes).")
    Path gridFile;

    @Option(names = "--rank-by", paramLabel = "STATISTIC", defaultValue = "sharpe",
            converter = SweepCommand.RankingConverter.class,
            description = "Statistic to rank by (validate: the one that chooses in-sample and the full-range winner): "
                    + "sharpe, net (net profit), return, profitFactor, winRate, expectancy, expectancyR, drawdown (lower "
                    + "is better), trades (default: ${DEFAULT-VALUE}).")
    Ranking rankBy;

    @Option(names = {"-t", "--threads"}, paramLabel = "N",
            description = "Runs in parallel (default: the number of processors).")
    Integer threads;

    @Option(names = "--skip-invalid",
            description = "Leave out grid points whose configuration is invalid (e.g. trend.emaFast >= trend.emaSlow) "
                    + "instead of stopping.")
    boolean skipInvalid;

    /** The worker count: {@code --threads}, else the number of processors; 1..1024. */
    int workers() {
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1 || workers > 1024) throw usage("--threads must be 1..1024, was " + workers);
        return workers;
    }

    /**
     * The grid: the --grid-file's axes, then the --grid options', read by {@link ParameterGridParser}.
     *
     * @throws ParameterException naming the option and its value when the grid cannot be read, or
     *                            when there is no axis at all
     */
    ParameterGrid grid() {
        ParameterGridParser parser = new ParameterGridParser(
                "set it with --instrument, --deposit, --account-currency or --set");
        try {
            if (gridFile != null) parser.file("--grid-file", gridFile);
            for (String s : grid) parser.axis("--grid", s);
        } catch (GridException e) {
            throw usage(e.getMessage());
        }
        if (parser.grid().isEmpty()) throw usage("no grid: give at least one --grid KEY=V1,V2,... or --grid-file");
        return parser.grid();
    }

    /**
     * Every point of {@code grid} over {@code base}, in grid order; an invalid point stops with its
     * reason unless {@code --skip-invalid}, when it is left out and described in {@code skipped}.
     */
    List<GridPoint> points(ParameterGrid grid, StrategyConfig base, List<String> skipped) {
        try {
            return grid.configurations(base, skipInvalid, skipped);
        } catch (GridException e) {
            throw usage(e.getMessage() + " (use --skip-invalid to leave such points out)");
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
