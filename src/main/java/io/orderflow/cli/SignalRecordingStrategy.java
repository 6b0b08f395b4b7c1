package io.orderflow.cli;

import io.orderflow.backtest.EngineStrategy;
import io.orderflow.backtest.StrategyContext;
import io.orderflow.backtest.validation.SignalOutcomes;
import io.orderflow.strategy.stats.SignalListener;
import io.orderflow.strategy.stats.SignalRecord;

/**
 * Runs an engine strategy unchanged and records every closed signal's hypothetical outcome (time,
 * confirmed or not, R) for the confirmation verdict of {@code backtest} and {@code validate}.
 * Single-threaded (the replay thread).
 */
final class SignalRecordingStrategy extends ForwardingStrategy {
    private final EngineStrategy inner;
    private final SignalOutcomes outcomes;

    SignalRecordingStrategy(EngineStrategy inner, SignalOutcomes outcomes) {
        super(inner);
        this.inner = inner;
        this.outcomes = outcomes;
    }

    @Override
    public void onStart(StrategyContext context) {
        super.onStart(context);
        inner.engine().setSignalListener(new SignalListener() {
            @Override
            public void onSignalClosed(SignalRecord r) {
                outcomes.add(r.timeMs, r.confirmed(), r.rMultiple);
            }
        });
    }
}
