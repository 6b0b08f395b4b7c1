package io.orderflow.strategy.ta4j;

import org.ta4j.core.Indicator;
import org.ta4j.core.Rule;
import org.ta4j.core.TradingRecord;
import org.ta4j.core.num.Num;
import org.ta4j.core.rules.AbstractRule;
import org.ta4j.core.rules.BooleanRule;

import io.orderflow.execution.TradeSide;
import io.orderflow.strategy.config.ParameterTable;
import io.orderflow.strategy.config.StrategyConfig;
import io.orderflow.strategy.config.ValueSide;

/**
 * Order-flow conditions as ta4j {@link Rule}s over an {@link OrderFlowHistory}, for composing with
 * any ta4j rule ({@code new CrossedUpIndicatorRule(emaFast, emaSlow).and(OrderFlowRules.flowBeyond(...))}).
 * {@link #trendConfirmation} is the trend setup's confirmation written this way; a test checks it
 * agrees with the engine's primitive evaluation bar for bar. Stateless factories.
 */
public final class OrderFlowRules {
    private OrderFlowRules() {
    }

    /** Delta (if {@code useDelta}) or OFI (if {@code useOfi}) z-score at least {@code z} in {@code side}'s direction. */
    public static Rule flowBeyond(OrderFlowHistory h, TradeSide side, double z, boolean useDelta, boolean useOfi) {
        Rule r = new BooleanRule(false);
        if (useDelta) r = r.or(directional(h.indicator(Reading.DELTA_Z), side, z));
        if (useOfi) r = r.or(directional(h.indicator(Reading.OFI_Z), side, z));
        return r;
    }

    /** Cumulative-delta slope strictly in {@code side}'s direction. */
    public static Rule cumDeltaSlopeAgrees(OrderFlowHistory h, TradeSide side) {
        return new ThresholdRule(h.indicator(Reading.CUM_DELTA_SLOPE),
                side == TradeSide.LONG ? ThresholdRule.Op.ABOVE : ThresholdRule.Op.BELOW, 0);
    }

    /** Close strictly beyond the POC (or the value-area edge) on {@code side}'s side. */
    public static Rule onValueSide(OrderFlowHistory h, TradeSide side, ValueSide where) {
        if (where == ValueSide.NONE) return new BooleanRule(true);
        Reading r = where == ValueSide.POC ? Reading.POC_DISTANCE
                : side == TradeSide.LONG ? Reading.VAH_DISTANCE : Reading.VAL_DISTANCE;
        return new ThresholdRule(h.indicator(r), side == TradeSide.LONG ? ThresholdRule.Op.ABOVE
                : ThresholdRule.Op.BELOW, 0);
    }

    /** No zone ahead of {@code side} closer than {@code atrMultiple × atr} (satisfied without a zone or an ATR). */
    public static Rule noZoneWithin(OrderFlowHistory h, TradeSide side, final Indicator<Num> atr,
                                    final double atrMultiple) {
        final Indicator<Num> distance = h.indicator(side == TradeSide.LONG ? Reading.RESISTANCE_DISTANCE
                : Reading.SUPPORT_DISTANCE);
        return new AbstractRule() {
            @Override
            public boolean isSatisfied(int index, TradingRecord tradingRecord) {
                Num d = distance.getValue(index);
                Num a = atr.getValue(index);
                boolean ok = d.isNaN() || a.isNaN() || d.doubleValue() >= atrMultiple * a.doubleValue();
                traceIsSatisfied(index, ok);
                return ok;
            }
        };
    }

    /** No divergence against {@code side} on the bar. */
    public static Rule noDivergenceAgainst(OrderFlowHistory h, TradeSide side) {
        return new ThresholdRule(h.indicator(Reading.DIVERGENCE),
                side == TradeSide.LONG ? ThresholdRule.Op.ABOVE : ThresholdRule.Op.BELOW, -side.sign() * 0.5);
    }

    /** The trend setup's whole order-flow confirmation for {@code side}, from the configuration. */
    public static Rule trendConfirmation(OrderFlowHistory h, Indicator<Num> atr, StrategyConfig c, TradeSide side) {
        Rule r = new ThresholdRule(h.indicator(Reading.READY), ThresholdRule.Op.AT_LEAST, 1)
                .and(flowBeyond(h, side, c.doubleValue(ParameterTable.TREND_CONFIRM_Z),
                        c.booleanValue(ParameterTable.TREND_CONFIRM_USE_DELTA),
                        c.booleanValue(ParameterTable.TREND_CONFIRM_USE_OFI)));
        if (c.booleanValue(ParameterTable.TREND_CONFIRM_CUM_DELTA_SLOPE)) r = r.and(cumDeltaSlopeAgrees(h, side));
        r = r.and(onValueSide(h, side, c.enumValue(ParameterTable.TREND_CONFIRM_VALUE_SIDE, ValueSide.class)));
        double clearance = c.doubleValue(ParameterTable.TREND_CONFIRM_ZONE_CLEARANCE_ATR);
        if (clearance > 0) r = r.and(noZoneWithin(h, side, atr, clearance));
        if (c.booleanValue(ParameterTable.TREND_CONFIRM_DIVERGENCE_FILTER)) r = r.and(noDivergenceAgainst(h, side));
        return r;
    }

    private static Rule directional(Indicator<Num> z, TradeSide side, double threshold) {
        return side == TradeSide.LONG ? new ThresholdRule(z, ThresholdRule.Op.AT_LEAST, threshold)
                : new ThresholdRule(z, ThresholdRule.Op.AT_MOST, -threshold);
    }
}
