package io.orderflow.strategy.setup;

import io.orderflow.execution.TradeSide;
import io.orderflow.strategy.config.Oscillator;
import io.orderflow.strategy.config.ParameterTable;
import io.orderflow.strategy.config.StrategyConfig;
import io.orderflow.strategy.readings.OrderFlowSnapshot;
import io.orderflow.strategy.readings.ZoneKind;
import io.orderflow.strategy.ta4j.Reading;

/**
 * Reversion setup: fade a move into a level where volume at price or stacked imbalances say the
 * other side defends.
 *
 * <p><b>Technical signal</b> (for a long; a short mirrors it): the bar reached a support level —
 * its low came within {@code reversion.touchToleranceAtr} ATR of the session value-area low (and
 * closed at or above it), or of the top of the nearest support zone — and the ta4j oscillator is
 * stretched: RSI at or below {@code reversion.rsiOversold}, or Bollinger %B at or below
 * {@code reversion.percentBLow}. A bar that qualifies both ways gives no signal; after a signal the
 * same direction rests for {@code reversion.cooldownBars} bars.
 *
 * <p><b>Order-flow confirmation</b>: selling absorbed or exhausted on the bar (absorption or
 * exhaustion +1), or an imbalance reversal — the previous bar's delta (or OFI) z-score at or below
 * −z and this bar's at or above +z.
 *
 * <p>After {@link #signal} the level traded against is available from {@link #levelFarEdge()} for
 * a stop beyond it. Keeps the cooldown state; not thread-safe.
 */
public final class ReversionSetup {
    private final boolean atValueArea;
    private final boolean atZones;
    private final double tolAtr;
    private final Oscillator oscillator;
    private final double rsiLow;
    private final double rsiHigh;
    private final double pbLow;
    private final double pbHigh;
    private final boolean byAbsorption;
    private final boolean byReversal;
    private final ManipulationCheck manipulation;
    private final double z;
    private final int cooldown;
    private final long halfRow;

    private long lastLongIndex = Long.MIN_VALUE / 2;
    private long lastShortIndex = Long.MIN_VALUE / 2;
    private long levelFarEdge;
    private String levelName = "";

    public ReversionSetup(StrategyConfig c) {
        manipulation = new ManipulationCheck(c);
        atValueArea = c.booleanValue(ParameterTable.REV_AT_VALUE_AREA);
        atZones = c.booleanValue(ParameterTable.REV_AT_ZONES);
        tolAtr = c.doubleValue(ParameterTable.REV_TOUCH_TOLERANCE_ATR);
        oscillator = c.enumValue(ParameterTable.REV_OSCILLATOR, Oscillator.class);
        rsiLow = c.doubleValue(ParameterTable.REV_RSI_OVERSOLD);
        rsiHigh = c.doubleValue(ParameterTable.REV_RSI_OVERBOUGHT);
        pbLow = c.doubleValue(ParameterTable.REV_PERCENT_B_LOW);
        pbHigh = c.doubleValue(ParameterTable.REV_PERCENT_B_HIGH);
        byAbsorption = c.booleanValue(ParameterTable.REV_CONFIRM_ABSORPTION);
        byReversal = c.booleanValue(ParameterTable.REV_CONFIRM_IMBALANCE_REVERSAL);
        z = c.doubleValue(ParameterTable.REV_CONFIRM_Z);
        cooldown = c.intValue(ParameterTable.REV_COOLDOWN_BARS);
        halfRow = c.profileRowPoints() / 2;
    }

    /** The technical signal at the context's bar: LONG, SHORT, or null. */
    public TradeSide signal(BarContext c) {
        if (Double.isNaN(c.atr)) return null;
        double tol = tolAtr * c.atr;
        OrderFlowSnapshot f = c.flow;
        long longEdge = 0;
        String longName = null;
        long shortEdge = 0;
        String shortName = null;
        if (atValueArea && f.hasProfile) {
            if (c.low <= f.valPoints + tol && c.close >= f.valPoints) {
                longEdge = f.valPoints - halfRow;
                longName = "VAL";
            }
            if (c.high >= f.vahPoints - tol && c.close <= f.vahPoints) {
                shortEdge = f.vahPoints + halfRow;
                shortName = "VAH";
            }
        }
        if (atZones) {
            if (f.zoneBelowKind != ZoneKind.NONE && c.low <= f.zoneBelowHigh + tol) {
                if (longName == null || f.zoneBelowLow < longEdge) {
                    longEdge = f.zoneBelowLow;
                    longName = f.zoneBelowKind.name();
                }
            }
            if (f.zoneAboveKind != ZoneKind.NONE && c.high >= f.zoneAboveLow - tol) {
                if (shortName == null || f.zoneAboveHigh > shortEdge) {
                    shortEdge = f.zoneAboveHigh;
                    shortName = f.zoneAboveKind.name();
                }
            }
        }
        boolean longOk = longName != null && stretched(TradeSide.LONG, c) && c.index - lastLongIndex > cooldown;
        boolean shortOk = shortName != null && stretched(TradeSide.SHORT, c) && c.index - lastShortIndex > cooldown;
        if (longOk == shortOk) return null;
        if (longOk) {
            lastLongIndex = c.index;
            levelFarEdge = longEdge;
            levelName = longName;
            return TradeSide.LONG;
        }
        lastShortIndex = c.index;
        levelFarEdge = shortEdge;
        levelName = shortName;
        return TradeSide.SHORT;
    }

    private boolean stretched(TradeSide side, BarContext c) {
        if (oscillator == Oscillator.RSI) {
            double r = c.ta.rsi();
            return side == TradeSide.LONG ? r <= rsiLow : r >= rsiHigh;
        }
        double b = c.ta.percentB();
        return side == TradeSide.LONG ? b <= pbLow : b >= pbHigh;
    }

    /** Far edge (points) of the level behind the last signal: below it for a long, above it for a short. */
    public long levelFarEdge() { return levelFarEdge; }

    /** Which level the last signal traded against: VAL, VAH or a {@link ZoneKind} name. */
    public String levelName() { return levelName; }

    /** The confirmation verdict for {@code side}: the {@link Checks} that failed, 0 = confirmed. */
    public int failedChecks(TradeSide side, BarContext c) {
        OrderFlowSnapshot f = c.flow;
        int spoofed = manipulation.failed(side, f);
        if (!f.ready) return Checks.NOT_READY | Checks.NO_REVERSAL_FLOW | spoofed;
        int s = side.sign();
        boolean ok = byAbsorption && (f.absorption == s || f.exhaustion == s);
        if (!ok && byReversal) {
            double prevDeltaZ = c.history.value(Reading.DELTA_Z, c.index - 1);
            double prevOfiZ = c.history.value(Reading.OFI_Z, c.index - 1);
            ok = (s * prevDeltaZ <= -z && s * f.deltaZ >= z) || (s * prevOfiZ <= -z && s * f.ofiZ >= z);
        }
        return (ok ? 0 : Checks.NO_REVERSAL_FLOW) | spoofed;
    }

    /** Forgets the cooldowns. */
    public void reset() {
        lastLongIndex = Long.MIN_VALUE / 2;
        lastShortIndex = Long.MIN_VALUE / 2;
    }
}
