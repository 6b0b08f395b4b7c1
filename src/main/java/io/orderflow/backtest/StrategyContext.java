package io.orderflow.backtest;

import io.orderflow.backtest.broker.Account;
import io.orderflow.execution.ExecutionPort;
import io.orderflow.market.InstrumentSpec;

/** What a {@link BacktestStrategy} gets at start: where to send intents, the instrument, the account. Immutable. */
public final class StrategyContext {
    private final ExecutionPort port;
    private final InstrumentSpec instrument;
    private final Account account;

    public StrategyContext(ExecutionPort port, InstrumentSpec instrument, Account account) {
        this.port = port;
        this.instrument = instrument;
        this.account = account;
    }

    /** The simulated broker; call only from the strategy's callbacks. */
    public ExecutionPort port() { return port; }

    public InstrumentSpec instrument() { return instrument; }

    /** Live view of the simulated account (equity, balance, margin). */
    public Account account() { return account; }
}
