package io.orderflow.execution;

/** Why a position closed. */
public enum CloseReason {
    /** The stop-loss price traded (bid for longs, ask for shorts). */
    STOP_LOSS,
    /** The take-profit price traded. */
    TAKE_PROFIT,
    /** The strategy asked for the exit. */
    REQUESTED,
    /** The broker closed it for lack of margin. */
    MARGIN_CUT,
    /** Closed outside the strategy (by the user on the platform, or unknown). */
    EXTERNAL
}
