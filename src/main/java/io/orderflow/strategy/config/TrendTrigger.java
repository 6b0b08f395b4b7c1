package io.orderflow.strategy.config;

/** The ta4j event that starts a trend/breakout signal. */
public enum TrendTrigger {
    /** The fast EMA crosses the slow EMA (up: long, down: short). */
    EMA_CROSS,
    /** The close crosses above the highest high (long) or below the lowest low (short) of the previous N bars. */
    DONCHIAN_BREAKOUT
}
