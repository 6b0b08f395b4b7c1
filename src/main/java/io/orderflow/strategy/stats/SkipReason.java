package io.orderflow.strategy.stats;

/** Why a technical signal did not become an order (NONE: it did). Checked in this order. */
public enum SkipReason {
    /** Taken: an ENTER intent was sent. */
    NONE,
    /** Order-flow confirmation is required for the setup and failed. */
    UNCONFIRMED,
    /** The daily loss limit has stopped trading for the day. */
    DAILY_LOSS_LIMIT,
    /** Too close to the weekly close, or past it. */
    WEEKLY_CLOSE,
    /** A flat-at-session-end rule is in force. */
    SESSION_END,
    /** The last tick before the decision was older than the stale-data limit. */
    STALE_DATA,
    /** The spread at the decision was wider than allowed. */
    SPREAD,
    /** The instrument already has the most open or pending positions allowed. */
    MAX_POSITIONS,
    /** The amount for the risk budget is below the instrument's minimum. */
    SIZE_BELOW_MINIMUM,
    /** The trade would push the summed open risk above the total budget. */
    RISK_BUDGET,
    /** The broker rejected the entry. */
    REJECTED
}
