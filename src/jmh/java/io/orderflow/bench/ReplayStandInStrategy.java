package io.orderflow.bench;

import io.orderflow.backtest.BacktestStrategy;
import io.orderflow.backtest.StrategyContext;
import io.orderflow.backtest.testing.BreakoutStandIn;
import io.orderflow.execution.ExecutionListener;
import io.orderflow.market.Bar;
import io.orderflow.market.Tick;

/**
 * Benchmark stand-in for the strategy engine: per tick an EMA of the mid, a tick-rule delta and a
 * spread check (the O(1) primitive updates a real engine does), per bar the breakout stand-in that
 * trades through the broker.
 */
final class ReplayStandInStrategy implements BacktestStrategy {
    private final BreakoutStandIn bars;
    private double ema;
    private long lastMid2;
    private long delta;
    private long wideSpreads;

    ReplayStandInStrategy(BreakoutStandIn.Params p) {
        bars = new BreakoutStandIn(p);
    }

    @Override
    public void onStart(StrategyContext context) { bars.onStart(context); }

    @Override
    public void onBar(Bar bar) { bars.onBar(bar); }

    @Override
    public void onTick(Tick tick) {
        long mid2 = tick.ask() + tick.bid();
        ema += 0.01 * (mid2 * 0.5 - ema);
        if (mid2 > lastMid2) delta++; else if (mid2 < lastMid2) delta--;
        lastMid2 = mid2;
        if (tick.spread() > 40) wideSpreads++;
    }

    /** The breakout stand-in hears the outcomes of its own orders. */
    @Override
    public ExecutionListener outcomes() {
        return bars;
    }

    /** Consumed by the benchmark so the per-tick work cannot be removed. */
    long checksum() { return delta + wideSpreads + (long) ema; }
}
