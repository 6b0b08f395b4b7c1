package io.orderflow.execution;

/**
 * Outcomes of {@link OrderIntent}s, delivered on the strategy thread in the order they happened.
 * Prices in points, amounts in JForex units, times ms UTC, profit and loss in the account currency.
 */
public interface ExecutionListener {
    /** The ENTER intent {@code label} was filled at {@code pricePoints} for {@code amount}. */
    void onFilled(String label, long timeMs, long pricePoints, double amount);

    /** An intent for {@code label} was refused; for ENTER no position exists. */
    void onRejected(String label, long timeMs, OrderIntent.Kind kind, String reason);

    /** Stop and target of {@code label} are now as given (points; 0 = none). */
    void onModified(String label, long timeMs, long stopPoints, long targetPoints);

    /** The position {@code label} closed at {@code pricePoints}. */
    void onClosed(String label, long timeMs, long pricePoints, CloseReason reason, double profitLoss);
}
