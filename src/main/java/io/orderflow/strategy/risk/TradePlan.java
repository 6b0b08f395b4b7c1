package io.orderflow.strategy.risk;

/**
 * The result of planning one trade: stop and target prices in points, the initial risk distance,
 * and how the levels were found. A mutable holder reused by {@link StopTargetPlanner}; not
 * thread-safe.
 */
public final class TradePlan {
    /** Stop price, points. */
    public long stopPoints;
    /** Target price, points; 0 = none. */
    public long targetPoints;
    /** |entry − stop|, points (> 0). */
    public long riskPoints;
    /** True when the stop came from a zone (false: ATR multiple or minimum). */
    public boolean stopFromZone;
    /** True when the target came from the profile (false: R multiple or none). */
    public boolean targetFromProfile;

    @Override
    public String toString() {
        return "SL " + stopPoints + (stopFromZone ? " (zone)" : "") + " TP " + targetPoints
                + (targetFromProfile ? " (profile)" : "") + " risk " + riskPoints + " pts";
    }
}
