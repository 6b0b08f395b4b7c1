package io.orderflow.cli;

import io.orderflow.backtest.BacktestStrategy;
import io.orderflow.backtest.StrategyContext;
import io.orderflow.backtest.report.OrderFlowReport;
import io.orderflow.execution.CloseReason;
import io.orderflow.execution.OrderIntent;
import io.orderflow.market.Bar;
import io.orderflow.market.Tick;

/**
 * Passes every call to a strategy unchanged and tells the report's order-flow part when an entry
 * fills, so that its automatic footprint can show the hour around the last trade. Single-threaded
 * (the replay thread).
 */
final class MarkingStrategy implements BacktestStrategy {
    private final BacktestStrategy strategy;
    private final OrderFlowReport report;

    MarkingStrategy(BacktestStrategy strategy, OrderFlowReport report) {
        this.strategy = strategy;
        this.report = report;
    }

    @Override
    public void onStart(StrategyContext context) { strategy.onStart(context); }

    @Override
    public void onBar(Bar bar) { strategy.onBar(bar); }

    @Override
    public void onTick(Tick tick) { strategy.onTick(tick); }

    @Override
    public void onEnd() { strategy.onEnd(); }

    @Override
    public void onFilled(String label, long timeMs, long pricePoints, double amount) {
        report.markTrade(timeMs);
        strategy.onFilled(label, timeMs, pricePoints, amount);
    }

    @Override
    public void onRejected(String label, long timeMs, OrderIntent.Kind kind, String reason) {
        strategy.onRejected(label, timeMs, kind, reason);
    }

    @Override
    public void onModified(String label, long timeMs, long stopPoints, long targetPoints) {
        strategy.onModified(label, timeMs, stopPoints, targetPoints);
    }

    @Override
    public void onClosed(String label, long timeMs, long pricePoints, CloseReason reason, double profitLoss) {
        strategy.onClosed(label, timeMs, pricePoints, reason, profitLoss);
    }
}
