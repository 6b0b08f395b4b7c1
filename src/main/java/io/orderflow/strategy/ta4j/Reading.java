package io.orderflow.strategy.ta4j;

import io.orderflow.strategy.readings.OrderFlowSnapshot;
import io.orderflow.strategy.readings.ZoneKind;

/**
 * The order-flow readings exposed to ta4j as {@code Indicator<Num>} (see {@link OrderFlowHistory}).
 * Distances are in points, measured from the bar's close of the ta4j price side; a reading that
 * does not exist for a bar (no profile yet, no zone) is {@code NaN}. Signs: positive = bullish.
 */
public enum Reading {
    /** 1 once the z-score windows are full, else 0. */
    READY,
    /** Bar delta (the volume proxy's unit: ticks by default, see {@code orderflow.volumeProxy}). */
    DELTA,
    /** Delta z-score. */
    DELTA_Z,
    /** Cumulative delta at the close (since its last reset). */
    CUM_DELTA,
    /** Slope of cumulative delta, per bar. */
    CUM_DELTA_SLOPE,
    /** Bar OFI (quoted size). */
    OFI,
    /** OFI z-score. */
    OFI_Z,
    /** Mean level-1 queue imbalance, −1..1. */
    IMBALANCE,
    /** close − session POC, points. */
    POC_DISTANCE,
    /** close − value-area high, points. */
    VAH_DISTANCE,
    /** close − value-area low, points. */
    VAL_DISTANCE,
    /** close − top of the nearest support zone, points (NaN: none). */
    SUPPORT_DISTANCE,
    /** bottom of the nearest resistance zone − close, points (NaN: none). */
    RESISTANCE_DISTANCE,
    /** +1 / −1 / 0, see {@link OrderFlowSnapshot#absorption}. */
    ABSORPTION,
    /** +1 / −1 / 0, see {@link OrderFlowSnapshot#exhaustion}. */
    EXHAUSTION,
    /** +1 / −1 / 0, see {@link OrderFlowSnapshot#divergence}. */
    DIVERGENCE;

    private static final Reading[] VALUES = values();

    /** All readings (shared array; do not modify). */
    static Reading[] all() { return VALUES; }

    /** This reading for a bar with readings {@code s} and close {@code close} (points). */
    public double of(OrderFlowSnapshot s, double close) {
        switch (this) {
            case READY: return s.ready ? 1 : 0;
            case DELTA: return s.delta;
            case DELTA_Z: return s.deltaZ;
            case CUM_DELTA: return s.cumDelta;
            case CUM_DELTA_SLOPE: return s.cumDeltaSlope;
            case OFI: return s.ofi;
            case OFI_Z: return s.ofiZ;
            case IMBALANCE: return s.imbalance;
            case POC_DISTANCE: return s.hasProfile ? close - s.pocPoints : Double.NaN;
            case VAH_DISTANCE: return s.hasProfile ? close - s.vahPoints : Double.NaN;
            case VAL_DISTANCE: return s.hasProfile ? close - s.valPoints : Double.NaN;
            case SUPPORT_DISTANCE: return s.zoneBelowKind == ZoneKind.NONE ? Double.NaN : close - s.zoneBelowHigh;
            case RESISTANCE_DISTANCE: return s.zoneAboveKind == ZoneKind.NONE ? Double.NaN : s.zoneAboveLow - close;
            case ABSORPTION: return s.absorption;
            case EXHAUSTION: return s.exhaustion;
            default: return s.divergence;
        }
    }
}
