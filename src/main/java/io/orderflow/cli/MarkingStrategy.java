package io.orderflow.cli;

import io.orderflow.backtest.BacktestStrategy;
import io.orderflow.backtest.report.OrderFlowReport;

/**
 * Passes every call to a strategy unchanged and tells the report's order-flow part when an entry
 * fills, so that its automatic footprint can show the hour around the last trade. Single-threaded
 * (the replay thread).
 */
final class MarkingStrategy extends ForwardingStrategy {
    private final OrderFlowReport report;

    MarkingStrategy(BacktestStrategy strategy, OrderFlowReport report) {
        super(strategy);
        this.report = report;
    }

    @Override
    public void onFilled(String label, long timeMs, long pricePoints, double amount) {
        report.markTrade(timeMs);
        super.onFilled(label, timeMs, pricePoints, amount);
    }
}
