package io.orderflow.execution;

/**
 * Where the strategy engine sends its {@link OrderIntent}s. Two implementations: the simulated
 * broker (offline backtests) and the JForex strategy (IEngine orders). Outcomes come back through
 * the {@link ExecutionListener} the port was given, possibly later (live) or on the next tick
 * (simulated) — never assume a fill inside {@link #submit}.
 *
 * <p>Called on the strategy thread only.
 */
public interface ExecutionPort {
    /** Sends one intent. Invalid intents are answered with {@link ExecutionListener#onRejected}. */
    void submit(OrderIntent intent);
}
