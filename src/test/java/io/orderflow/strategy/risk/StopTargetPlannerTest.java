package io.orderflow.strategy.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.orderflow.execution.TradeSide;
import io.orderflow.strategy.config.StrategyConfig;
import io.orderflow.strategy.readings.OrderFlowSnapshot;

class StopTargetPlannerTest {
    private final OrderFlowSnapshot flow = new OrderFlowSnapshot();
    private final TradePlan plan = new TradePlan();

    @Test
    void atrStopAndRMultipleTarget() {
        // trend defaults: 2 ATR stop, 2R target; ATR 61.3 points -> 122.6 -> 123 points
        StopTargetPlanner p = new StopTargetPlanner(StrategyConfig.defaults(), "trend");
        assertTrue(p.plan(TradeSide.LONG, 114_000, 61.3, 0, flow, plan));
        assertEquals(123, plan.riskPoints);
        assertEquals(114_000 - 123, plan.stopPoints);
        assertEquals(114_000 + 246, plan.targetPoints);
        assertTrue(p.plan(TradeSide.SHORT, 114_000, 61.3, 0, flow, plan));
        assertEquals(114_123, plan.stopPoints);
        assertEquals(113_754, plan.targetPoints);
        assertFalse(p.plan(TradeSide.LONG, 114_000, Double.NaN, 0, flow, plan));
    }

    @Test
    void minimumStopWidensATightAtrStop() {
        // 3 pips minimum = 30 points; ATR 5 points x 2 = 10
        StopTargetPlanner p = new StopTargetPlanner(StrategyConfig.defaults(), "trend");
        p.plan(TradeSide.LONG, 114_000, 5, 0, flow, plan);
        assertEquals(30, plan.riskPoints);
    }

    @Test
    void zoneStopGoesBeyondTheLevelAndFallsBackWhenTooFar() {
        // reversion defaults: ZONE stop, buffer 0.25 ATR, max 4 ATR, ATR fallback 1.5
        StopTargetPlanner p = new StopTargetPlanner(StrategyConfig.defaults(), "reversion");
        p.plan(TradeSide.LONG, 114_000, 40, 113_950, flow, plan); // 113950 - 10 = 113940 -> 60 points
        assertTrue(plan.stopFromZone);
        assertEquals(113_940, plan.stopPoints);
        p.plan(TradeSide.LONG, 114_000, 40, 113_800, flow, plan); // 210 > 160: ATR stop 60
        assertFalse(plan.stopFromZone);
        assertEquals(60, plan.riskPoints);
        p.plan(TradeSide.SHORT, 114_000, 40, 114_020, flow, plan); // 114020 + 10 -> 30 points
        assertEquals(114_030, plan.stopPoints);
        p.plan(TradeSide.LONG, 114_000, 40, 114_100, flow, plan); // level above a long: ATR
        assertFalse(plan.stopFromZone);
    }

    @Test
    void profileTargetTakesTheNearestNodeOrPocAtLeastMinRAway() {
        StopTargetPlanner p = new StopTargetPlanner(StrategyConfig.defaults(), "reversion"); // minR 1, fallback 1.5R
        flow.hasProfile = true;
        flow.pocPoints = 114_200;
        flow.hvnAbove[0] = 114_030; // 0.5R: too close
        flow.hvnAbove[1] = 114_090; // 1.5R
        flow.hvnAboveCount = 2;
        p.plan(TradeSide.LONG, 114_000, 40, 0, flow, plan); // ATR stop 60
        assertEquals(60, plan.riskPoints);
        assertEquals(114_090, plan.targetPoints);
        assertTrue(plan.targetFromProfile);
        flow.hvnAboveCount = 1;
        p.plan(TradeSide.LONG, 114_000, 40, 0, flow, plan);
        assertEquals(114_200, plan.targetPoints); // the POC
        flow.pocPoints = 113_000;
        p.plan(TradeSide.LONG, 114_000, 40, 0, flow, plan);
        assertEquals(114_090, plan.targetPoints); // fallback 1.5R
        assertFalse(plan.targetFromProfile);
    }

    @Test
    void noTargetMode() {
        StrategyConfig c = StrategyConfig.builder().set("trend.target.mode", "NONE").build();
        new StopTargetPlanner(c, "trend").plan(TradeSide.LONG, 114_000, 40, 0, flow, plan);
        assertEquals(0, plan.targetPoints);
    }
}
