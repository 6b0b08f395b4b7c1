package io.orderflow.strategy.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.orderflow.execution.TradeSide;
import io.orderflow.strategy.config.StrategyConfig;
import io.orderflow.strategy.readings.OrderFlowSnapshot;
import io.orderflow.strategy.readings.ZoneKind;

class TrendSetupTest {
    private final TrendSetup setup = new TrendSetup(StrategyConfig.defaults());
    private final OrderFlowSnapshot f = new OrderFlowSnapshot();
    private static final double CLOSE = 114_000;
    private static final double ATR = 40;

    @BeforeEach
    void bullishReadings() {
        f.ready = true;
        f.deltaZ = 1.2;
        f.ofiZ = 0.1;
        f.cumDeltaSlope = 0.5;
        f.hasProfile = true;
        f.pocPoints = 113_950;
        f.valPoints = 113_900;
        f.vahPoints = 114_050;
        f.zoneAboveKind = ZoneKind.NONE;
        f.zoneBelowKind = ZoneKind.NONE;
        f.divergence = 0;
    }

    private int longChecks() {
        return setup.failedChecks(TradeSide.LONG, f, CLOSE, ATR);
    }

    @Test
    void everyCheckPassingConfirmsTheLong() {
        assertEquals(0, longChecks());
    }

    @Test
    void eachFailingCheckIsReportedOnItsOwn() {
        f.deltaZ = 0.99;
        assertEquals(Checks.FLOW_Z, longChecks());
        f.ofiZ = 1.0; // OFI alone is enough
        assertEquals(0, longChecks());
        bullishReadings();
        f.cumDeltaSlope = 0;
        assertEquals(Checks.CUM_DELTA_SLOPE, longChecks());
        bullishReadings();
        f.pocPoints = 114_000;
        assertEquals(Checks.VALUE_SIDE, longChecks());
        f.hasProfile = false;
        assertEquals(Checks.VALUE_SIDE, longChecks());
        bullishReadings();
        f.zoneAboveKind = ZoneKind.STACKED_SELL_IMBALANCE;
        f.zoneAboveLow = 114_039; // 39 points ahead < 1 ATR
        assertEquals(Checks.ZONE_AHEAD, longChecks());
        f.zoneAboveLow = 114_040; // exactly 1 ATR: clear
        assertEquals(0, longChecks());
        bullishReadings();
        f.divergence = -1;
        assertEquals(Checks.DIVERGENCE, longChecks());
        f.divergence = 1;
        assertEquals(0, longChecks());
        bullishReadings();
        f.ready = false;
        assertEquals(Checks.NOT_READY | Checks.FLOW_Z, longChecks());
    }

    @Test
    void theShortMirrorsTheLong() {
        f.deltaZ = -1.5;
        f.cumDeltaSlope = -2;
        f.pocPoints = 114_010;
        f.zoneBelowKind = ZoneKind.NAKED_POC;
        f.zoneBelowHigh = 113_950;
        f.divergence = 1;
        assertEquals(Checks.DIVERGENCE, setup.failedChecks(TradeSide.SHORT, f, CLOSE, ATR));
        f.divergence = 0;
        assertEquals(0, setup.failedChecks(TradeSide.SHORT, f, CLOSE, ATR));
        f.zoneBelowHigh = 113_970;
        assertEquals(Checks.ZONE_AHEAD, setup.failedChecks(TradeSide.SHORT, f, CLOSE, ATR));
    }

    @Test
    void valueAreaModeNeedsTheCloseOutsideValue() {
        TrendSetup va = new TrendSetup(StrategyConfig.builder().set("trend.confirm.valueSide", "VALUE_AREA").build());
        assertEquals(Checks.VALUE_SIDE, va.failedChecks(TradeSide.LONG, f, CLOSE, ATR));
        f.vahPoints = 113_990;
        assertEquals(0, va.failedChecks(TradeSide.LONG, f, CLOSE, ATR));
        TrendSetup none = new TrendSetup(StrategyConfig.builder().set("trend.confirm.valueSide", "NONE")
                .set("trend.confirm.requireCumDeltaSlope", false).set("trend.confirm.divergenceFilter", false)
                .set("trend.confirm.zoneClearanceAtr", 0.0).build());
        f.hasProfile = false;
        f.cumDeltaSlope = -1;
        f.divergence = -1;
        f.zoneAboveKind = ZoneKind.NAKED_POC;
        f.zoneAboveLow = 114_001;
        assertEquals(0, none.failedChecks(TradeSide.LONG, f, CLOSE, ATR));
    }

    @Test
    void theEmaCrossIsTheTechnicalSignalAndAdxFiltersIt() {
        StrategyConfig c = StrategyConfig.builder().set("trend.emaFast", 3).set("trend.emaSlow", 6)
                .set("trend.adxMin", 0.0).build();
        SyntheticBars bars = new SyntheticBars(c);
        TrendSetup t = new TrendSetup(c);
        for (int i = 0; i < 20; i++) assertNull(t.signal(bars.add(114_000 - i)), "falling: fast below slow");
        assertEquals(TradeSide.LONG, t.signal(bars.add(114_100)), "a jump: fast crosses above slow");
        assertNull(t.signal(bars.add(114_120)), "no new cross");

        StrategyConfig strict = c.toBuilder().set("trend.adxMin", 99.0).build();
        SyntheticBars b2 = new SyntheticBars(strict);
        TrendSetup t2 = new TrendSetup(strict);
        for (int i = 0; i < 20; i++) t2.signal(b2.add(114_000 - i));
        assertNull(t2.signal(b2.add(114_100)), "ADX below 99 filters the cross");

        StrategyConfig macd = c.toBuilder().set("trend.macdFilter", true).set("trend.macdFast", 3)
                .set("trend.macdSlow", 30).build();
        SyntheticBars b3 = new SyntheticBars(macd);
        TrendSetup t3 = new TrendSetup(macd);
        for (int i = 0; i < 40; i++) t3.signal(b3.add(114_000 - 3 * i));
        assertNull(t3.signal(b3.add(113_900)), "MACD still below zero after a long fall");
    }
}
