package io.orderflow.backtest.broker;

/**
 * Read-only view of the simulated account, as a strategy sees JForex's {@code IAccount}. Values are
 * as of the last tick the broker processed; money in the account currency. Single-threaded.
 */
public interface Account {
    /** Account currency code. */
    String accountCurrency();

    /** Deposit plus realised profit and loss, minus commissions paid. */
    double balance();

    /** Balance plus the open positions' profit and loss at the last tick (closing side of the quote). */
    double equity();

    /** Sum over open positions of notional / leverage, at the last tick's mid. */
    double usedMargin();

    /** Leverage multiple of the account. */
    double leverage();

    /** Number of open (filled, not closed) positions. */
    int openPositionCount();
}
