package io.orderflow.backtest.stats;

/**
 * What the broker knows at the end of a run that the journal does not: the account's path between
 * trades. Money in the account currency; times ms UTC. Immutable.
 */
public final class AccountSummary {
    private final double initialDeposit;
    private final double finalEquity;
    private final double maxDrawdownMarked;
    private final long timeInMarketMs;
    private final long firstTickMs;
    private final long lastTickMs;
    private final long ticks;

    /**
     * @param maxDrawdownMarked largest fall of equity marked to market on every tick, fraction of the peak
     * @param timeInMarketMs    time with at least one open position
     */
    public AccountSummary(double initialDeposit, double finalEquity, double maxDrawdownMarked, long timeInMarketMs,
                          long firstTickMs, long lastTickMs, long ticks) {
        this.initialDeposit = initialDeposit;
        this.finalEquity = finalEquity;
        this.maxDrawdownMarked = maxDrawdownMarked;
        this.timeInMarketMs = timeInMarketMs;
        this.firstTickMs = firstTickMs;
        this.lastTickMs = lastTickMs;
        this.ticks = ticks;
    }

    public double initialDeposit() { return initialDeposit; }

    public double finalEquity() { return finalEquity; }

    public double maxDrawdownMarked() { return maxDrawdownMarked; }

    public long timeInMarketMs() { return timeInMarketMs; }

    public long firstTickMs() { return firstTickMs; }

    public long lastTickMs() { return lastTickMs; }

    public long ticks() { return ticks; }
}
