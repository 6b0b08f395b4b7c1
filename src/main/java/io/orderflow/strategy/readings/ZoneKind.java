package io.orderflow.strategy.readings;

/**
 * Where a support/resistance zone came from. Whether a zone acts as support or resistance depends
 * only on where it is relative to the price (below: support, above: resistance).
 */
public enum ZoneKind {
    /** No zone. */
    NONE,
    /** Stacked diagonal buy imbalances in one bar's footprint (initiative buying). */
    STACKED_BUY_IMBALANCE,
    /** Stacked diagonal sell imbalances in one bar's footprint (initiative selling). */
    STACKED_SELL_IMBALANCE,
    /** The point of control of a previous session's volume profile. */
    PRIOR_POC,
    /** The value-area high of a previous session. */
    PRIOR_VALUE_HIGH,
    /** The value-area low of a previous session. */
    PRIOR_VALUE_LOW
}
