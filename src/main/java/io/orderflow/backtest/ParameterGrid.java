package io.orderflow.backtest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.orderflow.strategy.config.ConfigException;
import io.orderflow.strategy.config.StrategyConfig;

/**
 * The cartesian product of named parameter axes, in a fixed order: axes in the order added, the
 * last axis varying fastest. Each point is an unmodifiable map from axis name to value; over a base
 * configuration whose keys the axes name, each point is also a {@link GridPoint} to run
 * ({@link #configurations}). The one grid type of sweeps and validation; text and grid files are
 * read into it by {@link ParameterGridParser}. Not thread-safe while being built.
 */
public final class ParameterGrid {
    private final Map<String, List<Object>> axes = new LinkedHashMap<>();

    /** Adds an axis; the values in the order given. */
    public ParameterGrid axis(String name, List<?> values) {
        if (values.isEmpty()) throw new IllegalArgumentException("axis '" + name + "' has no values");
        if (axes.containsKey(name)) throw new IllegalArgumentException("axis '" + name + "' given twice");
        axes.put(name, new ArrayList<Object>(values));
        return this;
    }

    /** The axes in the order added: name to values (unmodifiable view). */
    public Map<String, List<Object>> axes() {
        return Collections.unmodifiableMap(axes);
    }

    /** True when an axis is called {@code name}. */
    public boolean hasAxis(String name) {
        return axes.containsKey(name);
    }

    /** True when the grid has no axis. */
    public boolean isEmpty() {
        return axes.isEmpty();
    }

    /** Number of points (product of the axis sizes; 1 for no axes). */
    public int size() {
        long n = 1;
        for (List<Object> v : axes.values()) n *= v.size();
        if (n > Integer.MAX_VALUE) throw new IllegalArgumentException("grid too large: " + n + " points");
        return (int) n;
    }

    /** Every point, in grid order. */
    public List<Map<String, Object>> points() {
        int n = size();
        List<String> names = new ArrayList<>(axes.keySet());
        List<Map<String, Object>> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Map<String, Object> p = new LinkedHashMap<>();
            int rest = i;
            int[] idx = new int[names.size()];
            for (int a = names.size() - 1; a >= 0; a--) {
                int size = axes.get(names.get(a)).size();
                idx[a] = rest % size;
                rest /= size;
            }
            for (int a = 0; a < names.size(); a++) p.put(names.get(a), axes.get(names.get(a)).get(idx[a]));
            out.add(Collections.unmodifiableMap(p));
        }
        return out;
    }

    /**
     * Every point of the grid over {@code base} (axis names are configuration keys), in grid order,
     * each numbered by its index in the full grid. A point whose configuration is invalid (e.g.
     * {@code trend.emaFast >= trend.emaSlow}) stops with a {@link GridException} ("grid point N
     * {values}: reason", N counted from 1) unless {@code skipInvalid}, when it is left out and
     * described in {@code skipped} ("{values}: reason").
     */
    public List<GridPoint> configurations(StrategyConfig base, boolean skipInvalid, List<String> skipped) {
        List<GridPoint> out = new ArrayList<>();
        int index = 0;
        for (Map<String, Object> values : points()) {
            StrategyConfig.Builder b = base.toBuilder();
            try {
                for (Map.Entry<String, Object> v : values.entrySet()) b.set(v.getKey(), v.getValue());
                out.add(new GridPoint(index, values, b.build()));
            } catch (ConfigException e) {
                if (!skipInvalid) throw new GridException("grid point " + (index + 1) + " " + values + ": " + e.getMessage());
                skipped.add(values + ": " + e.getMessage());
            }
            index++;
        }
        return out;
    }
}
