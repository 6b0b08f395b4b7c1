package io.orderflow.backtest;

import io.orderflow.execution.ExecutionListener;
import io.orderflow.market.Tick;
import io.orderflow.strategy.StrategyEngine;
import io.orderflow.strategy.config.ParameterTable;
import io.orderflow.strategy.config.StrategyConfig;
import io.orderflow.strategy.readings.OrderFlowSource;
import io.orderflow.strategy.stats.SignalListener;

/**
 * Runs the order-flow {@link StrategyEngine} in a backtest, unchanged from how the JForex strategy
 * runs it: ticks go to the engine, which builds its own bars (so the strategy reads no replay bars,
 * {@link #readsBars()} is false, and offline and platform runs evaluate the same bars); the
 * simulated broker's outcomes go to the engine itself ({@link #outcomes()}), as from {@code IEngine}
 * messages. The engine starts from its configuration's {@code account.initialEquity} (which must
 * equal the backtest's deposit) and adds the broker's profit and loss as positions close.
 *
 * <p>Single-threaded, like every {@link BacktestStrategy}; a sweep makes one per run through
 * {@link #factory()}.
 */
public final class EngineStrategy implements BacktestStrategy {
    /** Makes the engine's order-flow source for a configuration. */
    public interface SourceFactory {
        OrderFlowSource create(StrategyConfig config);
    }

    private final StrategyConfig config;
    private final SourceFactory sources;
    private SignalListener signals;
    private StrategyEngine engine;

    /** A strategy using the engine's default order-flow source. */
    public EngineStrategy(StrategyConfig config) {
        this(config, null);
    }

    /** A strategy whose order-flow readings come from {@code sources} (null: the engine's default). */
    public EngineStrategy(StrategyConfig config, SourceFactory sources) {
        this.config = config;
        this.sources = sources;
    }

    /** Factory for {@link BacktestRun} and {@link Sweep}: one fresh engine per configuration. */
    public static StrategyFactory<StrategyConfig> factory() {
        return new StrategyFactory<StrategyConfig>() {
            @Override
            public BacktestStrategy create(StrategyConfig parameters) {
                return new EngineStrategy(parameters);
            }
        };
    }

    /**
     * Gives the engine {@code listener} for its signal records (see
     * {@link StrategyEngine#setSignalListener}) when it starts. Call before the run; returns this.
     */
    public EngineStrategy signalListener(SignalListener listener) {
        this.signals = listener;
        return this;
    }

    @Override
    public void onStart(StrategyContext context) {
        if (!context.instrument().symbol().equals(config.instrument().symbol())) {
            throw new IllegalArgumentException("the configuration trades " + config.instrument().symbol()
                    + " but the backtest replays " + context.instrument().symbol());
        }
        engine = sources == null ? new StrategyEngine(config, context.port())
                : new StrategyEngine(config, context.port(), sources.create(config));
        if (signals != null) engine.setSignalListener(signals);
        double deposit = context.account().balance();
        double equity = config.doubleValue(ParameterTable.ACCOUNT_INITIAL_EQUITY);
        if (Math.abs(deposit - equity) > 1e-9 * Math.max(1, Math.abs(deposit))) {
            throw new IllegalArgumentException("the configuration's account.initialEquity " + equity
                    + " differs from the backtest's initial deposit " + deposit + "; use one number for both");
        }
    }

    @Override
    public void onTick(Tick tick) {
        engine.onTick(tick);
    }

    @Override
    public void onEnd() {
        engine.finish();
    }

    /** The engine: the broker's outcomes go straight to it. */
    @Override
    public ExecutionListener outcomes() {
        return engine;
    }

    /** False: the engine builds its own bars from the ticks. */
    @Override
    public boolean readsBars() {
        return false;
    }

    /** The engine (after {@link #onStart}), for its statistics and readings. */
    public StrategyEngine engine() {
        return engine;
    }
}
