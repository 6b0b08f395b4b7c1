package io.orderflow.backtest;

/**
 * Makes a fresh strategy for one run from its parameters. A sweep calls it from several threads at
 * once, so it must not share mutable state between the strategies it makes.
 *
 * @param <P> the parameter type (the strategy's configuration)
 */
public interface StrategyFactory<P> {
    BacktestStrategy create(P parameters);
}
