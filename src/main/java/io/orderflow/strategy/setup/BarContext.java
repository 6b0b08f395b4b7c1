package io.orderflow.strategy.setup;

import io.orderflow.market.Bar;
import io.orderflow.strategy.readings.OrderFlowSnapshot;
import io.orderflow.strategy.ta4j.OrderFlowHistory;
import io.orderflow.strategy.ta4j.TechnicalIndicators;

/**
 * What a setup reads at a closed bar: the bar, its close/high/low on the ta4j price side (points),
 * its order-flow readings, the readings' history and the ta4j indicators. Filled by the engine
 * before each evaluation; a mutable holder, not thread-safe.
 */
public final class BarContext {
    /** ta4j index of the bar. */
    public int index;
    public Bar bar;
    /** Close, high and low on the ta4j price side, points. */
    public double close;
    public double high;
    public double low;
    /** ATR at the bar, points (NaN while undefined). */
    public double atr;
    public OrderFlowSnapshot flow;
    public OrderFlowHistory history;
    public TechnicalIndicators ta;
}
