package io.orderflow.strategy.risk;

import io.orderflow.market.InstrumentSpec;

/**
 * Position size from a risk budget and a stop distance, in JForex amounts.
 *
 * <p>{@code units = risk / (stopDistance × quoteToAccount)}, where risk is in account currency,
 * stopDistance the entry-to-stop distance as a price (points × point size) and quoteToAccount the
 * value of one quote-currency unit in account currency ({@link QuoteToAccountRate}). The JForex
 * amount is {@code units / 1,000,000} (millions of base currency), rounded <em>down</em> to the
 * instrument's minimum amount step (0.001 for FX), so the risk taken never exceeds the budget;
 * capped at a maximum (also rounded down); 0 when below the minimum. Stateless; thread-safe.
 */
public final class PositionSizer {
    /** JForex amount unit: one million of base currency. */
    public static final double UNITS_PER_AMOUNT = 1_000_000.0;

    private final InstrumentSpec instrument;
    private final double maxAmount;
    private final long stepsPerAmount;

    public PositionSizer(InstrumentSpec instrument, double maxAmount) {
        this.instrument = instrument;
        this.stepsPerAmount = Math.round(1.0 / instrument.minTradeAmount());
        this.maxAmount = Math.floor(maxAmount * stepsPerAmount + 1e-9) / stepsPerAmount;
    }

    /**
     * The amount (JForex units) risking at most {@code riskAccount} with a stop {@code stopPoints}
     * away at conversion {@code quoteToAccount}; 0 when even the minimum would risk more.
     */
    public double amount(double riskAccount, long stopPoints, double quoteToAccount) {
        if (!(riskAccount > 0) || stopPoints <= 0 || !(quoteToAccount > 0)) return 0;
        double riskPerAmount = riskOf(1.0, stopPoints, quoteToAccount);
        double amount = riskAccount / riskPerAmount;
        long steps = (long) Math.floor(amount * stepsPerAmount);
        // the division may land a hair either side of a whole step: settle on the largest step within budget
        while (riskOf((double) (steps + 1) / stepsPerAmount, stopPoints, quoteToAccount) <= riskAccount) steps++;
        while (steps > 0 && riskOf((double) steps / stepsPerAmount, stopPoints, quoteToAccount) > riskAccount) steps--;
        double a = (double) steps / stepsPerAmount;
        if (a > maxAmount) a = maxAmount;
        return a < instrument.minTradeAmount() ? 0 : a;
    }

    /** Account-currency loss of {@code amount} (JForex units) over {@code points} at {@code quoteToAccount}. */
    public double riskOf(double amount, long points, double quoteToAccount) {
        return amount * UNITS_PER_AMOUNT * instrument.toPrice(points) * quoteToAccount;
    }

    /** Account-currency value of a price move of {@code points} (fractional allowed) on {@code amount}. */
    public double valueOf(double amount, double points, double quoteToAccount) {
        return amount * UNITS_PER_AMOUNT * instrument.toPrice(points) * quoteToAccount;
    }

    public double maxAmount() { return maxAmount; }
}
