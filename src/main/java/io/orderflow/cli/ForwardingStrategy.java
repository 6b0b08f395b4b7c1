package io.orderflow.cli;

import io.orderflow.backtest.BacktestStrategy;
import io.orderflow.backtest.StrategyContext;
import io.orderflow.execution.CloseReason;
import io.orderflow.execution.OrderIntent;
import io.orderflow.market.Bar;
import io.orderflow.market.Tick;

/**
 * A strategy that passes every call to another one unchanged; subclasses override the calls they
 * observe and call {@code super}. Single-threaded (the replay thread), like the strategy it wraps.
 */
abstract class ForwardingStrategy implements BacktestStrategy {
    private final BacktestStrategy delegate;

    ForwardingStrategy(BacktestStrategy delegate) {
        this.delegate = delegate;
    }

    @Override
    public void onStart(StrategyContext context) { delegate.onStart(context); }

    @Override
    public void onBar(Bar bar) { delegate.onBar(bar); }

    @Override
    public void onTick(Tick tick) { delegate.onTick(tick); }

    @Override
    public void onEnd() { delegate.onEnd(); }

    @Override
    public void onFilled(String label, long timeMs, long pricePoints, double amount) {
        delegate.onFilled(label, timeMs, pricePoints, amount);
    }

    @Override
    public void onRejected(String label, long timeMs, OrderIntent.Kind kind, String reason) {
        delegate.onRejected(label, timeMs, kind, reason);
    }

    @Override
    public void onModified(String label, long timeMs, long stopPoints, long targetPoints) {
        delegate.onModified(label, timeMs, stopPoints, targetPoints);
    }

    @Override
    public void onClosed(String label, long timeMs, long pricePoints, CloseReason reason, double profitLoss) {
        delegate.onClosed(label, timeMs, pricePoints, reason, profitLoss);
    }
}
