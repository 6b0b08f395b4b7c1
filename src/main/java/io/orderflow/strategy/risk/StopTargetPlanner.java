package io.orderflow.strategy.risk;

import io.orderflow.execution.TradeSide;
import io.orderflow.strategy.config.Param;
import io.orderflow.strategy.config.ParameterTable;
import io.orderflow.strategy.config.StopMode;
import io.orderflow.strategy.config.StrategyConfig;
import io.orderflow.strategy.config.TargetMode;
import io.orderflow.strategy.readings.OrderFlowSnapshot;

/**
 * Stop and target for one setup (its {@code <setup>.stop.*} and {@code <setup>.target.*} keys).
 *
 * <p>Stop: ATR mode puts it {@code atrMultiple × ATR} from the entry. ZONE mode puts it
 * {@code zoneBufferAtr × ATR} beyond the far edge of the given level (support below a long,
 * resistance above a short); when there is no level, the level is on the wrong side of the entry,
 * or the stop would be wider than {@code risk.maxStopAtr × ATR}, the ATR stop is used instead.
 * Either way the distance is at least {@code risk.minStopPips} and is rounded up to whole points.
 *
 * <p>Target: R_MULTIPLE puts it {@code rMultiple × risk} away (rounded to the nearest point).
 * PROFILE takes the nearest of the high-volume nodes and the POC beyond the entry that is at least
 * {@code minR × risk} away, else falls back to R_MULTIPLE. NONE sets no target.
 *
 * <p>Stateless between calls; not thread-safe (writes into the caller's {@link TradePlan}).
 */
public final class StopTargetPlanner {
    private final StopMode stopMode;
    private final double stopAtr;
    private final double zoneBufferAtr;
    private final TargetMode targetMode;
    private final double targetR;
    private final double minR;
    private final double maxStopAtr;
    private final double minStopPoints;

    /** The planner for the setup whose keys start with {@code prefix} ({@code trend} or {@code reversion}). */
    public StopTargetPlanner(StrategyConfig c, String prefix) {
        stopMode = c.enumValue(param(prefix, "stop.mode"), StopMode.class);
        stopAtr = c.doubleValue(param(prefix, "stop.atrMultiple"));
        zoneBufferAtr = c.doubleValue(param(prefix, "stop.zoneBufferAtr"));
        targetMode = c.enumValue(param(prefix, "target.mode"), TargetMode.class);
        targetR = c.doubleValue(param(prefix, "target.rMultiple"));
        minR = c.doubleValue(param(prefix, "target.minR"));
        maxStopAtr = c.doubleValue(ParameterTable.RISK_MAX_STOP_ATR);
        minStopPoints = c.instrument().pipsToPoints(c.doubleValue(ParameterTable.RISK_MIN_STOP_PIPS));
    }

    private static Param param(String prefix, String name) {
        Param p = ParameterTable.find(prefix + "." + name);
        if (p == null) throw new IllegalArgumentException("no parameter " + prefix + "." + name);
        return p;
    }

    /**
     * Plans a trade entered at {@code entry} (points) with ATR {@code atr} (points), the level's far
     * edge {@code levelFarEdge} (points, 0 = none) and the profile in {@code flow}.
     *
     * @return false when no plan is possible (ATR undefined)
     */
    public boolean plan(TradeSide side, long entry, double atr, long levelFarEdge, OrderFlowSnapshot flow,
                        TradePlan out) {
        if (Double.isNaN(atr) || !(atr > 0)) return false;
        int s = side.sign();
        double dist = stopAtr * atr;
        out.stopFromZone = false;
        if (stopMode == StopMode.ZONE && levelFarEdge != 0) {
            double zoneStop = levelFarEdge - s * zoneBufferAtr * atr;
            double zoneDist = s * (entry - zoneStop);
            if (zoneDist > 0 && zoneDist <= maxStopAtr * atr) {
                dist = zoneDist;
                out.stopFromZone = true;
            }
        }
        if (dist < minStopPoints) {
            dist = minStopPoints;
            out.stopFromZone = false;
        }
        long risk = (long) Math.ceil(dist - 1e-9);
        if (risk < 1) risk = 1;
        out.riskPoints = risk;
        out.stopPoints = entry - s * risk;
        out.targetFromProfile = false;
        switch (targetMode) {
            case NONE:
                out.targetPoints = 0;
                break;
            case PROFILE: {
                long best = profileTarget(s, entry, risk, flow);
                if (best != 0) {
                    out.targetPoints = best;
                    out.targetFromProfile = true;
                } else {
                    out.targetPoints = entry + s * Math.round(targetR * risk);
                }
                break;
            }
            default:
                out.targetPoints = entry + s * Math.round(targetR * risk);
        }
        return true;
    }

    private long profileTarget(int s, long entry, long risk, OrderFlowSnapshot f) {
        if (!f.hasProfile) return 0;
        double min = minR * risk;
        long best = 0;
        long bestDist = Long.MAX_VALUE;
        long[] levels = s > 0 ? f.hvnAbove : f.hvnBelow;
        int n = s > 0 ? f.hvnAboveCount : f.hvnBelowCount;
        for (int i = 0; i <= n; i++) {
            long level = i < n ? levels[i] : f.pocPoints;
            long d = s * (level - entry);
            if (d > 0 && d >= min && d < bestDist) {
                best = level;
                bestDist = d;
            }
        }
        return best;
    }

    public StopMode stopMode() { return stopMode; }

    public TargetMode targetMode() { return targetMode; }
}
