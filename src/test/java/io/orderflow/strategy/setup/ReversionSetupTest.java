package io.orderflow.strategy.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.orderflow.execution.TradeSide;
import io.orderflow.strategy.config.StrategyConfig;
import io.orderflow.strategy.readings.ZoneKind;

class ReversionSetupTest {
    private final StrategyConfig config = StrategyConfig.builder().set("reversion.cooldownBars", 2).build();

    /** 30 falling bars: RSI 0 (oversold); ATR 10 points (every bar's range), so the tolerance is 2.5 points. */
    private SyntheticBars falling() {
        SyntheticBars b = new SyntheticBars(config);
        for (int i = 0; i < 30; i++) b.add(114_000 - 10L * i);
        return b;
    }

    @Test
    void aLongNeedsTheLowAtTheValueAreaLowTheCloseBackAboveAndAnOversoldRsi() {
        SyntheticBars b = falling();
        ReversionSetup r = new ReversionSetup(config);
        b.flow.hasProfile = true;
        b.flow.valPoints = 113_700;
        b.flow.vahPoints = 114_200;
        b.flow.pocPoints = 114_000;
        BarContext c = b.add(113_705, 113_710, 113_702); // low within 2.5 of VAL, close above it
        assertTrue(b.ta.rsi() <= 30, "RSI " + b.ta.rsi());
        assertEquals(TradeSide.LONG, r.signal(c));
        assertEquals("VAL", r.levelName());
        assertEquals(113_700 - 5, r.levelFarEdge()); // bottom of VAL's one-pip row
        assertNull(r.signal(b.add(113_704, 113_709, 113_701)), "cooldown");
        assertNull(r.signal(b.add(113_703, 113_708, 113_701)), "cooldown");
        assertEquals(TradeSide.LONG, r.signal(b.add(113_702, 113_707, 113_701)));
    }

    @Test
    void noLongWhenTheBarClosesBelowTheLevelOrNeverReachesIt() {
        SyntheticBars b = falling();
        ReversionSetup r = new ReversionSetup(config);
        b.flow.hasProfile = true;
        b.flow.valPoints = 113_700;
        b.flow.vahPoints = 114_200;
        assertNull(r.signal(b.add(113_699, 113_704, 113_690)), "closed below VAL");
        SyntheticBars b2 = falling();
        b2.flow.hasProfile = true;
        b2.flow.valPoints = 113_700;
        b2.flow.vahPoints = 114_200;
        BarContext c = b2.add(113_725, 113_730, 113_720);
        assertTrue(c.low > 113_700 + 0.25 * c.atr, "the low stays beyond the tolerance");
        assertNull(new ReversionSetup(config).signal(c), "never reached VAL");
    }

    @Test
    void aSupportZoneIsALocationAndTheLowerEdgeWins() {
        SyntheticBars b = falling();
        ReversionSetup r = new ReversionSetup(config);
        b.flow.hasProfile = false;
        b.flow.zoneBelowKind = ZoneKind.STACKED_BUY_IMBALANCE;
        b.flow.zoneBelowLow = 113_680;
        b.flow.zoneBelowHigh = 113_690;
        assertEquals(TradeSide.LONG, r.signal(b.add(113_700, 113_705, 113_692)));
        assertEquals("STACKED_BUY_IMBALANCE", r.levelName());
        assertEquals(113_680, r.levelFarEdge());
    }

    @Test
    void rsiMustBeStretched() {
        SyntheticBars b = new SyntheticBars(config);
        for (int i = 0; i < 30; i++) b.add(114_000 + (i % 2 == 0 ? 10 : -10)); // RSI near 50
        ReversionSetup r = new ReversionSetup(config);
        b.flow.hasProfile = true;
        b.flow.valPoints = 113_990;
        b.flow.vahPoints = 114_300;
        assertNull(r.signal(b.add(113_995, 114_000, 113_991)));
    }

    @Test
    void confirmationByAbsorptionExhaustionOrAnImbalanceReversal() {
        SyntheticBars b = falling();
        ReversionSetup r = new ReversionSetup(config);
        b.flow.ready = true;
        b.flow.deltaZ = -1.3;
        BarContext c = b.add(113_705);
        assertEquals(Checks.NO_REVERSAL_FLOW, r.failedChecks(TradeSide.LONG, c));
        b.flow.absorption = 1;
        assertEquals(0, r.failedChecks(TradeSide.LONG, c));
        assertEquals(Checks.NO_REVERSAL_FLOW, r.failedChecks(TradeSide.SHORT, c));
        b.flow.absorption = 0;
        b.flow.exhaustion = 1;
        assertEquals(0, r.failedChecks(TradeSide.LONG, c));
        b.flow.exhaustion = 0;
        b.flow.deltaZ = 1.05; // previous bar -1.3, this bar +1.05: a reversal
        c = b.add(113_710);
        assertEquals(0, r.failedChecks(TradeSide.LONG, c));
        b.flow.deltaZ = 0.95;
        c = b.add(113_715); // previous +1.05: no reversal
        assertEquals(Checks.NO_REVERSAL_FLOW, r.failedChecks(TradeSide.LONG, c));
        b.flow.ready = false;
        assertEquals(Checks.NOT_READY | Checks.NO_REVERSAL_FLOW, r.failedChecks(TradeSide.LONG, c));
    }
}
