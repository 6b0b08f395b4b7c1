package io.orderflow.backtest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cartesian product of named parameter axes, in a fixed order: axes in the order added, the
 * last axis varying fastest. Each point is an unmodifiable map from axis name to value.
 * Not thread-safe while being built.
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
}
