/**
 * The offline backtester: replays ticks through the strategy and a simulated broker with JForex
 * semantics, and sweeps parameter grids.
 *
 * <ul>
 *   <li><b>One run.</b> {@link io.orderflow.backtest.BacktestRun#run} opens a
 *   {@link io.orderflow.backtest.TickSource} (bi5 through {@code DukascopyTickStream}, CSV, or an
 *   in-memory {@code TickStore}) and drives a {@link io.orderflow.backtest.ReplayDriver}: per tick the
 *   bars ({@link io.orderflow.backtest.BarSpec}), the {@code SimulatedBroker}, the
 *   {@link io.orderflow.backtest.BacktestStrategy} and any {@link io.orderflow.backtest.ReplayObserver}s,
 *   in the order documented on {@code BacktestStrategy}; bars only when someone reads them, and the
 *   broker's outcomes straight to the strategy's own listener. The result is a
 *   {@link io.orderflow.backtest.BacktestResult} (journal, statistics, equity, bars).</li>
 *   <li><b>The strategy.</b> {@link io.orderflow.backtest.EngineStrategy} runs the
 *   {@code StrategyEngine} unchanged; a {@link io.orderflow.backtest.StrategyFactory} makes a fresh
 *   one per run; {@link io.orderflow.backtest.StrategyContext} is what it gets at start.</li>
 *   <li><b>Sweeps.</b> {@link io.orderflow.backtest.ParameterGrid} (the grid; its points as
 *   {@link io.orderflow.backtest.GridPoint} configurations), read from {@code KEY=V1,V2} axes and
 *   JSON grid files by {@link io.orderflow.backtest.ParameterGridParser},
 *   {@link io.orderflow.backtest.Sweep} (one run per point on a thread pool, deterministic) and
 *   {@link io.orderflow.backtest.Ranking}.</li>
 *   <li><b>Settings.</b> {@link io.orderflow.backtest.BacktestConfig} (broker, bars, sessions,
 *   series).</li>
 * </ul>
 *
 * <p>Sub-packages: {@code backtest.broker} (fills, costs, account; each order's bookkeeping is a
 * {@code trades.OpenTrade}), {@code backtest.stats} (figures), {@code backtest.report} (HTML report),
 * {@code backtest.store} (ticks in memory), {@code backtest.io} (atomic result files).
 *
 * <p>Units: prices in integer points, times in ms UTC, money in the account currency. Threading: one
 * run is single-threaded on its caller's thread; a sweep runs separate runs in parallel, sharing only
 * immutable inputs. Per tick O(open positions), allocation-free.
 *
 * <p>Dependencies: {@code market}, {@code execution}, {@code trades}, {@code data}, the calculators, {@code strategy};
 * never on {@code jforex} or {@code cli}, nor on {@code backtest.report} (the report depends on the
 * backtest, one way).
 */
package io.orderflow.backtest;
