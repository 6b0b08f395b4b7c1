package io.orderflow.strategy.readings;

/**
 * Where a support/resistance zone came from. Whether a zone acts as support or resistance depends
 * only on where it is relative to the close (middle below or at the close: support; above:
 * resistance).
 */
public enum ZoneKind {
    /** No zone. */
    NONE,
    /** Stacked diagonal buy imbalances in one bar's footprint (initiative buying), until price trades below it. */
    STACKED_BUY_IMBALANCE,
    /**
     * Stacked diagonal sell imbalances in one bar's footprint (initiative selling), until price trades
     * at or above its top.
     */
    STACKED_SELL_IMBALANCE,
    /** The point of control of an earlier session that price has not traded at since (a naked POC). */
    NAKED_POC,
    /** The value-area high row of the last finished session. */
    PRIOR_VALUE_HIGH,
    /** The value-area low row of the last finished session. */
    PRIOR_VALUE_LOW
}
