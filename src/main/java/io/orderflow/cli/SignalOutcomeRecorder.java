package io.orderflow.cli;

import io.orderflow.backtest.validation.SignalOutcomes;
import io.orderflow.strategy.stats.SignalListener;
import io.orderflow.strategy.stats.SignalRecord;

/**
 * Records every closed signal's hypothetical outcome (time, confirmed or not, R) for the
 * confirmation verdict of {@code backtest} and {@code validate}: the engine's signal listener
 * ({@code EngineStrategy.signalListener}). Single-threaded (the replay thread).
 */
final class SignalOutcomeRecorder implements SignalListener {
    private final SignalOutcomes outcomes;

    SignalOutcomeRecorder(SignalOutcomes outcomes) {
        this.outcomes = outcomes;
    }

    @Override
    public void onSignalClosed(SignalRecord r) {
        outcomes.add(r.timeMs, r.confirmed(), r.rMultiple);
    }
}
