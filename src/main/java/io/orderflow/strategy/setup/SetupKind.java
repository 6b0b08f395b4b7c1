package io.orderflow.strategy.setup;

/** The strategy's setups. */
public enum SetupKind {
    /** Trend/breakout: ta4j trigger, confirmed by order flow in the trade's direction. */
    TREND,
    /** Reversion at value-area edges or S/R zones, on absorption or an imbalance reversal. */
    REVERSION
}
