package io.orderflow.backtest.stats;

/**
 * One row of the confirmation table (order-flow confirmed vs unconfirmed). Rows from the journal
 * ({@code basis} "trades") have money and R expectancies; rows from the strategy's signal
 * statistics ({@code basis} "signals", every technical signal followed with the same rules,
 * or "engine trades") have R figures only (money NaN), plus the standard error of the mean R
 * and the mean adverse excursion. The report, the result files and the command line show these rows.
 * Immutable; thread-safe.
 */
public final class ConfirmationRow {
    public final String group;
    public final int signals;
    public final int wins;
    /** wins / signals; NaN for none. */
    public final double hitRate;
    /** Mean net result, account currency (NaN when not known). */
    public final double expectancy;
    /** Mean R multiple (NaN when no signal had a stop). */
    public final double expectancyR;
    /** Standard error of the mean R (NaN when unknown or fewer than two). */
    public final double standardErrorR;
    /** Mean maximum adverse excursion in R (NaN when unknown). */
    public final double meanMaeR;
    /** What the row counts: "trades" (journal), "signals" (hypothetical outcomes), "engine trades". */
    public final String basis;

    public ConfirmationRow(String group, int signals, int wins, double hitRate, double expectancy, double expectancyR) {
        this(group, signals, wins, hitRate, expectancy, expectancyR, Double.NaN, Double.NaN, "trades");
    }

    public ConfirmationRow(String group, int signals, int wins, double hitRate, double expectancy, double expectancyR,
                           double standardErrorR, double meanMaeR, String basis) {
        this.group = group;
        this.signals = signals;
        this.wins = wins;
        this.hitRate = hitRate;
        this.expectancy = expectancy;
        this.expectancyR = expectancyR;
        this.standardErrorR = standardErrorR;
        this.meanMaeR = meanMaeR;
        this.basis = basis;
    }
}
