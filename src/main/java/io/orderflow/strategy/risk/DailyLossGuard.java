package io.orderflow.strategy.risk;

/**
 * The daily loss limit: once equity has fallen {@code limitPercent} % below the equity at the start
 * of the trading day, the guard trips and stays tripped until the next day starts. Equity here is
 * balance plus open profit and loss, in the account currency. O(1), allocation-free; not
 * thread-safe.
 */
public final class DailyLossGuard {
    private final double limitFraction;
    private double dayStartEquity;
    private boolean tripped;
    private long trips;

    /** @param limitPercent loss limit in % of the day's starting equity; 0 disables the guard */
    public DailyLossGuard(double limitPercent) {
        this.limitFraction = limitPercent / 100.0;
    }

    /** A new trading day starts with {@code equity}; clears the trip. */
    public void startDay(double equity) {
        dayStartEquity = equity;
        tripped = false;
    }

    /** Checks {@code equity}; returns true when the guard is (now or already) tripped. */
    public boolean check(double equity) {
        if (!tripped && limitFraction > 0 && dayStartEquity - equity >= limitFraction * dayStartEquity) {
            tripped = true;
            trips++;
        }
        return tripped;
    }

    public boolean isTripped() { return tripped; }

    /** The loss at which the guard trips today, account currency (infinite when disabled). */
    public double limitAmount() {
        return limitFraction > 0 ? limitFraction * dayStartEquity : Double.POSITIVE_INFINITY;
    }

    public double dayStartEquity() { return dayStartEquity; }

    /** How many times the guard has tripped since construction. */
    public long trips() { return trips; }
}
