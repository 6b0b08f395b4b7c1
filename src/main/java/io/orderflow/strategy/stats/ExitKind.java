package io.orderflow.strategy.stats;

/** How a tracked signal's hypothetical trade ended. */
public enum ExitKind {
    /** The stop traded (long: bid at or below it; short: ask at or above it); exit at that tick's price. */
    STOP,
    /** The target traded; exit at the target price. */
    TARGET,
    /** The time stop ({@code exits.maxBarsInTrade}); exit at the bar close. */
    TIME,
    /** A flat rule (session end or weekly close); exit at the current price. */
    SESSION,
    /** More signals were open than {@code stats.maxTrackedSignals}; the oldest was closed at the current price. */
    EVICTED,
    /** The data ended ({@code finish}); marked at the last price. */
    END_OF_DATA
}
