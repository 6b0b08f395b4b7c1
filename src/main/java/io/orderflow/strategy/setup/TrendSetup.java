package io.orderflow.strategy.setup;

import io.orderflow.execution.TradeSide;
import io.orderflow.strategy.config.ParameterTable;
import io.orderflow.strategy.config.StrategyConfig;
import io.orderflow.strategy.config.ValueSide;
import io.orderflow.strategy.readings.OrderFlowSnapshot;
import io.orderflow.strategy.readings.ZoneKind;

/**
 * Trend/breakout setup.
 *
 * <p><b>Technical signal</b> (ta4j): the configured trigger rule fires on the bar — fast EMA crossing
 * the slow EMA, or the close crossing out of the previous {@code n}-bar Donchian channel — and the
 * technical filters pass: ADX at least {@code trend.adxMin} (trend strong enough), optionally the
 * MACD line on the trade's side of zero.
 *
 * <p><b>Order-flow confirmation</b> (for a long; a short mirrors it): delta or OFI z-score at least
 * {@code trend.confirm.zScore}; the cumulative-delta slope positive; the close above the POC (or
 * above the value-area high); no zone ahead closer than {@code trend.confirm.zoneClearanceAtr} ATR;
 * and, as contradiction filter, no bearish price/delta divergence on the bar (a new high while the
 * running sum of bar deltas lags).
 *
 * <p>Stateless between bars; not thread-safe.
 */
public final class TrendSetup {
    private final double adxMin;
    private final boolean macdFilter;
    private final double z;
    private final boolean useDelta;
    private final boolean useOfi;
    private final boolean requireSlope;
    private final ValueSide valueSide;
    private final double clearanceAtr;
    private final boolean divergenceFilter;
    private final ManipulationCheck manipulation;

    public TrendSetup(StrategyConfig c) {
        adxMin = c.doubleValue(ParameterTable.TREND_ADX_MIN);
        macdFilter = c.booleanValue(ParameterTable.TREND_MACD_FILTER);
        z = c.doubleValue(ParameterTable.TREND_CONFIRM_Z);
        useDelta = c.booleanValue(ParameterTable.TREND_CONFIRM_USE_DELTA);
        useOfi = c.booleanValue(ParameterTable.TREND_CONFIRM_USE_OFI);
        requireSlope = c.booleanValue(ParameterTable.TREND_CONFIRM_CUM_DELTA_SLOPE);
        valueSide = c.enumValue(ParameterTable.TREND_CONFIRM_VALUE_SIDE, ValueSide.class);
        clearanceAtr = c.doubleValue(ParameterTable.TREND_CONFIRM_ZONE_CLEARANCE_ATR);
        divergenceFilter = c.booleanValue(ParameterTable.TREND_CONFIRM_DIVERGENCE_FILTER);
        manipulation = new ManipulationCheck(c);
    }

    /** The technical signal at the context's bar: LONG, SHORT, or null for none. */
    public TradeSide signal(BarContext c) {
        boolean up = c.ta.longTrigger().isSatisfied(c.index);
        boolean down = c.ta.shortTrigger().isSatisfied(c.index);
        if (up == down) return null;
        TradeSide side = up ? TradeSide.LONG : TradeSide.SHORT;
        if (adxMin > 0 && !(c.ta.adx() >= adxMin)) return null;
        if (macdFilter) {
            double m = c.ta.macd();
            if (!(side == TradeSide.LONG ? m > 0 : m < 0)) return null;
        }
        return side;
    }

    /** The confirmation verdict for {@code side}: the {@link Checks} that failed, 0 = confirmed. */
    public int failedChecks(TradeSide side, BarContext c) {
        return failedChecks(side, c.flow, c.close, c.atr);
    }

    /** The verdict from the readings alone ({@code close} and {@code atr} in points). */
    public int failedChecks(TradeSide side, OrderFlowSnapshot f, double close, double atr) {
        int s = side.sign();
        int failed = 0;
        if (!f.ready) failed |= Checks.NOT_READY;
        boolean flow = (useDelta && s * f.deltaZ >= z) || (useOfi && s * f.ofiZ >= z);
        if (!flow || !f.ready) failed |= Checks.FLOW_Z;
        if (requireSlope && !(s * f.cumDeltaSlope > 0)) failed |= Checks.CUM_DELTA_SLOPE;
        if (valueSide != ValueSide.NONE) {
            boolean ok;
            if (!f.hasProfile) {
                ok = false;
            } else if (valueSide == ValueSide.POC) {
                ok = s > 0 ? close > f.pocPoints : close < f.pocPoints;
            } else {
                ok = s > 0 ? close > f.vahPoints : close < f.valPoints;
            }
            if (!ok) failed |= Checks.VALUE_SIDE;
        }
        if (clearanceAtr > 0 && !Double.isNaN(atr)) {
            double room = clearanceAtr * atr;
            if (s > 0 && f.zoneAboveKind != ZoneKind.NONE && f.zoneAboveLow - close < room) failed |= Checks.ZONE_AHEAD;
            if (s < 0 && f.zoneBelowKind != ZoneKind.NONE && close - f.zoneBelowHigh < room) failed |= Checks.ZONE_AHEAD;
        }
        if (divergenceFilter && f.divergence == -s) failed |= Checks.DIVERGENCE;
        return failed | manipulation.failed(side, f);
    }
}
