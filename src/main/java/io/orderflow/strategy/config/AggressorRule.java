package io.orderflow.strategy.config;

import io.orderflow.flow.AggressorMethod;

/**
 * How the strategy infers the side (buy or sell) of each quote tick: the
 * {@link AggressorMethod}s that work on quote-only data such as Dukascopy FX, which has no trades
 * and no aggressor flag. A separate enum so that a JForex {@code @Configurable} drop-down offers
 * exactly the choices that apply to ticks. Definitions: {@link AggressorMethod}.
 */
public enum AggressorRule {
    /** The mid rose: buy; fell: sell; unchanged: the previous side (unclassified until the mid first moves). */
    MID_TICK_RULE(AggressorMethod.MID_TICK_RULE),
    /** Which quote moved: a rising ask or bid is a buy; at unchanged prices the queue that moved decides. */
    QUOTE_CHANGE(AggressorMethod.QUOTE_CHANGE),
    /**
     * Bulk volume classification: each bar's volume is split at its close by its price change; no tick
     * has a side, so footprints carry no imbalances, zones, absorption or exhaustion.
     */
    BVC(AggressorMethod.BVC);

    private final AggressorMethod method;

    AggressorRule(AggressorMethod method) {
        this.method = method;
    }

    /** The calculator's method. */
    public AggressorMethod method() { return method; }
}
