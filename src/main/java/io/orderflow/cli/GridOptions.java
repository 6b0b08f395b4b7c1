package io.orderflow.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

import io.orderflow.backtest.ParameterGrid;
import io.orderflow.backtest.Ranking;
import io.orderflow.data.JsonErrorText;
import io.orderflow.strategy.config.ConfigException;
import io.orderflow.strategy.config.Param;
import io.orderflow.strategy.config.StrategyConfig;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The grid options {@code sweep} and {@code validate} share ({@code --grid}, {@code --grid-file},
 * {@code --rank-by}, {@code --threads}, {@code --skip-invalid}) and the grid they describe: its
 * axes, typed and checked by their parameters, and its points as configurations. Errors are usage
 * errors of the command that mixes this in. Single-threaded (the command's thread).
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
     * Every point of the grid over {@code base}, in grid order; an invalid point stops with its reason
     * unless {@code --skip-invalid}, when it is left out and described in {@code skipped}.
     */
    List<SweepCommand.Point> points(Map<String, List<Object>> axes, StrategyConfig base, List<String> skipped) {
        List<SweepCommand.Point> points = new ArrayList<>();
        int index = 0;
        ParameterGrid g = new ParameterGrid();
        for (Map.Entry<String, List<Object>> a : axes.entrySet()) g.axis(a.getKey(), a.getValue());
        for (Map<String, Object> values : g.points()) {
            StrategyConfig.Builder b = base.toBuilder();
            try {
                for (Map.Entry<String, Object> v : values.entrySet()) b.set(v.getKey(), v.getValue());
                points.add(new SweepCommand.Point(index, values, b.build()));
            } catch (ConfigException e) {
                if (!skipInvalid) {
                    throw usage("grid point " + (index + 1) + " " + values + ": " + e.getMessage()
                            + " (use --skip-invalid to leave such points out)");
                }
                skipped.add(values + ": " + e.getMessage());
            }
            index++;
        }
        return points;
    }

    /** The axes in order: the grid file's, then the --grid options'; values typed by their parameter. */
    Map<String, List<Object>> axes() {
        Map<String, List<Object>> axes = new LinkedHashMap<>();
        if (gridFile != null) readGridFile(axes);
        for (String s : grid) {
            int eq = s.indexOf('=');
            if (eq <= 0 || eq == s.length() - 1) {
                throw usage("--grid " + s + ": expected KEY=V1,V2,..., e.g. --grid trend.emaFast=5,9,13");
            }
            String key = s.substring(0, eq).trim();
            List<Object> values = new ArrayList<>();
            for (String v : s.substring(eq + 1).split(",", -1)) {
                if (v.trim().isEmpty()) throw usage("--grid " + s + ": empty value");
                values.add(value(key, v, "--grid " + s));
            }
            addAxis(axes, key, values, "--grid " + s);
        }
        if (axes.isEmpty()) throw usage("no grid: give at least one --grid KEY=V1,V2,... or --grid-file");
        return axes;
    }

    private void readGridFile(Map<String, List<Object>> axes) {
        JsonElement root;
        try (Reader r = Files.newBufferedReader(gridFile, StandardCharsets.UTF_8)) {
            root = JsonParser.parseReader(r);
        } catch (NoSuchFileException e) {
            throw usage("--grid-file " + gridFile + ": no such file");
        } catch (IOException e) {
            throw usage("--grid-file " + gridFile + ": cannot read it: " + e.getMessage());
        } catch (JsonParseException e) {
            throw usage("--grid-file " + gridFile + ": not valid JSON: " + JsonErrorText.describe(e));
        }
        if (!root.isJsonObject()) {
            throw usage("--grid-file " + gridFile + ": expected an object {\"key\": [values...], ...}");
        }
        for (Map.Entry<String, JsonElement> e : root.getAsJsonObject().entrySet()) {
            String where = "--grid-file " + gridFile + ": '" + e.getKey() + "'";
            if (!e.getValue().isJsonArray() || e.getValue().getAsJsonArray().size() == 0) {
                throw usage(where + " must be a non-empty list of values, e.g. [5, 9, 13]");
            }
            List<Object> values = new ArrayList<>();
            for (JsonElement v : e.getValue().getAsJsonArray()) {
                if (!v.isJsonPrimitive()) throw usage(where + ": values must be numbers, strings or true/false");
                JsonPrimitive p = v.getAsJsonPrimitive();
                values.add(value(e.getKey(), p.isString() ? p.getAsString() : p.toString(), where));
            }
            addAxis(axes, e.getKey(), values, where);
        }
    }

    private Object value(String key, String text, String where) {
        Param p = StrategyOptions.param(key);
        if (p == null) {
            try {
                StrategyConfig.builder().set(key, text); // reports the unknown key with the known ones
            } catch (ConfigException e) {
                throw usage(where + ": " + e.getMessage());
            }
            throw usage(where + ": unknown key '" + key + "'");
        }
        String path = p.path();
        if (path.equals("instrument") || path.startsWith("account.")) {
            throw usage(where + ": '" + path + "' cannot vary in a sweep (every run shares the ticks and the account); "
                    + "set it with --instrument, --deposit, --account-currency or --set");
        }
        try {
            Object v = StrategyOptions.typed(path, text);
            StrategyConfig.builder().set(p, v); // checks the value against its range alone
            return v;
        } catch (ConfigException e) {
            throw usage(where + ": " + e.getMessage());
        }
    }

    private void addAxis(Map<String, List<Object>> axes, String key, List<Object> values, String where) {
        String path = StrategyOptions.param(key).path();
        if (axes.containsKey(path)) throw usage(where + ": the axis '" + path + "' is given twice");
        axes.put(path, values);
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
