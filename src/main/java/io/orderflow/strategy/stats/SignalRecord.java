package io.orderflow.strategy.stats;

import io.orderflow.execution.CloseReason;
import io.orderflow.execution.TradeSide;
import io.orderflow.strategy.setup.Checks;
import io.orderflow.strategy.setup.SetupKind;

/**
 * One technical signal: when and where it fired, the order-flow verdict, whether it was taken (and
 * if not, why), the plan, and two outcomes — the <em>hypothetical</em> one followed for every
 * signal with the same stop, target and exit rules (the fair basis for comparing confirmed and
 * unconfirmed signals), and for taken signals the <em>actual</em> trade as the broker reported it.
 *
 * <p>Prices in points, times ms UTC, R multiples relative to the planned risk (entry to stop).
 * Written by the engine on the strategy thread; read it in a {@link SignalListener} callback.
 */
public final class SignalRecord {
    public final long id;
    public final SetupKind setup;
    public final TradeSide side;
    /** Decision time (the tick that closed the bar, or the timer), ms UTC. */
    public final long timeMs;
    /** Bar start of the signal bar, ms UTC. */
    public final long barStartMs;
    /** Failed {@link Checks} (0 = confirmed by order flow). */
    public final int failedChecks;
    /** Entry reference: ask for a long, bid for a short, at the decision. */
    public final long entryPoints;
    public final long stopPoints;
    /** 0 = none. */
    public final long targetPoints;
    public final long riskPoints;
    /** Level or zone traded against (reversion), or the trigger (trend). */
    public final String where;

    /** NONE when taken. */
    public SkipReason skipReason = SkipReason.NONE;
    /** Order label when taken, else null. */
    public String label;
    /** JForex amount sent, 0 when not taken. */
    public double amount;

    // hypothetical outcome (every signal)
    public boolean closed;
    public ExitKind exitKind;
    public long exitTimeMs;
    public long exitPoints;
    /** Hypothetical R at exit. */
    public double rMultiple;
    /** Hypothetical maximum adverse excursion, R (>= 0). */
    public double maeR;

    // actual trade (taken signals)
    public boolean tradeClosed;
    public long fillPoints;
    public long closePoints;
    public CloseReason closeReason;
    /** Actual R at exit against the fill and the initial stop. */
    public double tradeR;
    /** Actual maximum adverse excursion against the fill, R. */
    public double tradeMaeR;
    /** Profit or loss reported by the broker, account currency. */
    public double profitLoss;

    public SignalRecord(long id, SetupKind setup, TradeSide side, long timeMs, long barStartMs, int failedChecks,
                        long entryPoints, long stopPoints, long targetPoints, long riskPoints, String where) {
        this.id = id;
        this.setup = setup;
        this.side = side;
        this.timeMs = timeMs;
        this.barStartMs = barStartMs;
        this.failedChecks = failedChecks;
        this.entryPoints = entryPoints;
        this.stopPoints = stopPoints;
        this.targetPoints = targetPoints;
        this.riskPoints = riskPoints;
        this.where = where;
    }

    /** True when order flow confirmed the signal. */
    public boolean confirmed() { return failedChecks == 0; }

    /** True when an ENTER intent was sent (the broker may still have rejected it: see skipReason). */
    public boolean taken() { return skipReason == SkipReason.NONE; }

    @Override
    public String toString() {
        return "Signal#" + id + " " + setup + " " + side + " @" + timeMs + " " + Checks.describe(failedChecks)
                + (taken() ? " taken " + label : " skipped " + skipReason) + " entry " + entryPoints + " SL "
                + stopPoints + " TP " + targetPoints + (closed ? " -> " + exitKind + " " + exitPoints + " R "
                + rMultiple + " MAE " + maeR : "") + (tradeClosed ? " | trade R " + tradeR : "");
    }
}
