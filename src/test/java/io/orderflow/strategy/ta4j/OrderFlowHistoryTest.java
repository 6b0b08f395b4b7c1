package io.orderflow.strategy.ta4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ta4j.core.BaseBarSeries;
import org.ta4j.core.Rule;
import org.ta4j.core.num.DoubleNum;
import org.ta4j.core.num.Num;
import org.ta4j.core.rules.OverIndicatorRule;

import io.orderflow.execution.TradeSide;
import io.orderflow.market.Tick;
import io.orderflow.strategy.ScenarioData;
import io.orderflow.strategy.StrategyEngine;
import io.orderflow.strategy.config.StrategyConfig;
import io.orderflow.strategy.readings.OrderFlowSnapshot;
import io.orderflow.strategy.readings.ZoneKind;
import io.orderflow.strategy.setup.TrendSetup;

class OrderFlowHistoryTest {

    @Test
    void keepsOnlyTheLastCapacityBarsAndReadsNaNOutsideThem() {
        OrderFlowHistory h = new OrderFlowHistory(new BaseBarSeries("x", DoubleNum::valueOf), 3);
        OrderFlowSnapshot s = new OrderFlowSnapshot();
        for (int i = 0; i < 5; i++) {
            s.delta = 10 * i;
            s.hasProfile = true;
            s.pocPoints = 100;
            s.zoneAboveKind = ZoneKind.NONE;
            h.append(i, s, 100 + i);
        }
        assertTrue(Double.isNaN(h.value(Reading.DELTA, 1)));
        assertEquals(20, h.value(Reading.DELTA, 2));
        assertEquals(40, h.value(Reading.DELTA, 4));
        assertTrue(Double.isNaN(h.value(Reading.DELTA, 5)));
        assertEquals(4, h.value(Reading.POC_DISTANCE, 4));
        assertTrue(Double.isNaN(h.value(Reading.RESISTANCE_DISTANCE, 4)));
        Num v = h.indicator(Reading.DELTA).getValue(3);
        assertEquals(30.0, v.doubleValue());
        assertTrue(h.indicator(Reading.DELTA).getValue(0).isNaN());
    }

    @Test
    void readingIndicatorsCombineWithOrdinaryTa4jRules() {
        BaseBarSeries series = new BaseBarSeries("x", DoubleNum::valueOf);
        OrderFlowHistory h = new OrderFlowHistory(series, 10);
        OrderFlowSnapshot s = new OrderFlowSnapshot();
        double[] z = {0.2, 1.5, -2.0};
        for (int i = 0; i < z.length; i++) {
            s.deltaZ = z[i];
            h.append(i, s, 0);
        }
        Rule strongBuying = new OverIndicatorRule(h.indicator(Reading.DELTA_Z), 1.0);
        assertEquals(false, strongBuying.isSatisfied(0));
        assertEquals(true, strongBuying.isSatisfied(1));
        assertEquals(false, strongBuying.isSatisfied(2));
    }

    /** The ta4j-rule form of the trend confirmation agrees with the engine's primitive evaluation at every bar. */
    @Test
    void trendConfirmationAsTa4jRulesEqualsThePrimitiveVerdictOnRealData() throws Exception {
        StrategyConfig c = StrategyConfig.builder().set("trend.confirm.valueSide", "POC")
                .set("orderflow.zWindow", 30).build();
        StrategyEngine e = new StrategyEngine(c, intent -> { });
        TrendSetup setup = new TrendSetup(c);
        Rule longRule = OrderFlowRules.trendConfirmation(e.orderFlowHistory(), e.technical().atrIndicator(), c,
                TradeSide.LONG);
        Rule shortRule = OrderFlowRules.trendConfirmation(e.orderFlowHistory(), e.technical().atrIndicator(), c,
                TradeSide.SHORT);
        long seen = 0;
        int longs = 0;
        int shorts = 0;
        int compared = 0;
        for (Tick t : ScenarioData.eurusd()) {
            e.onTick(t);
            if (e.barsClosed() == seen) continue;
            seen = e.barsClosed();
            int i = e.series().getEndIndex();
            double close = e.series().getBar(i).getClosePrice().doubleValue();
            double atr = e.technical().atr();
            boolean primitiveLong = setup.failedChecks(TradeSide.LONG, e.lastReadings(), close, atr) == 0;
            boolean primitiveShort = setup.failedChecks(TradeSide.SHORT, e.lastReadings(), close, atr) == 0;
            assertEquals(primitiveLong, longRule.isSatisfied(i), "bar " + i + " long");
            assertEquals(primitiveShort, shortRule.isSatisfied(i), "bar " + i + " short");
            if (primitiveLong) longs++;
            if (primitiveShort) shorts++;
            compared++;
        }
        assertTrue(compared > 500 && longs > 5 && shorts > 5, compared + " " + longs + " " + shorts);
    }
}
