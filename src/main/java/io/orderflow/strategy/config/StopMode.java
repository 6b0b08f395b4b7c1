package io.orderflow.strategy.config;

/** Where the protective stop goes. */
public enum StopMode {
    /** A multiple of ATR away from the entry price. */
    ATR,
    /**
     * Just beyond the nearest order-flow zone behind the entry (support below a long, resistance above
     * a short) plus a buffer; falls back to {@link #ATR} when there is no zone or it is too far.
     */
    ZONE
}
