package io.orderflow.backtest;

import java.util.Map;

import io.orderflow.strategy.config.StrategyConfig;

/**
 * One point of a {@link ParameterGrid} to run: its index in the full grid (0-based, counting points
 * left out as invalid too), its axis values (configuration key to value, in axis order) and the
 * configuration they give over the sweep's base. Immutable; thread-safe.
 */
public final class GridPoint {
    private final int gridIndex;
    private final Map<String, Object> values;
    private final StrategyConfig config;

    GridPoint(int gridIndex, Map<String, Object> values, StrategyConfig config) {
        this.gridIndex = gridIndex;
        this.values = values;
        this.config = config;
    }

    /** Index in the full grid, 0-based, in grid order (the last axis varies fastest). */
    public int gridIndex() { return gridIndex; }

    /** The axis values of this point: key to value, in axis order (unmodifiable). */
    public Map<String, Object> values() { return values; }

    /** The base configuration with this point's values set. */
    public StrategyConfig config() { return config; }

    @Override
    public String toString() { return values.toString(); }
}
