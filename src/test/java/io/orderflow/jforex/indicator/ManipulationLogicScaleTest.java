package io.orderflow.jforex.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.orderflow.market.Instruments;

/**
 * A recording's flash prices are converted with the recording's own point scale (its header), not
 * the chart's: a recording made at another scale still marks its prices.
 */
class ManipulationLogicScaleTest {
    @Test
    void flashPricesUseTheRecordingsScaleNotTheCharts() {
        // a bid flash at 123456 points of a 3-decimal recording, on a 5-decimal chart (EURUSD)
        ManipulationLogic.Result r = new ManipulationLogic.Result(1, 1, 1, 10, new long[] {30_000},
                new long[] {123_456}, new boolean[] {true}, 3);
        double[] bid = {Double.NaN, Double.NaN};
        double[] ask = {Double.NaN, Double.NaN};
        ManipulationLogic.place(r, new long[] {0, 60_000}, 0, 1, 60_000, bid, ask, Instruments.of("EURUSD"));
        assertEquals(123.456, bid[0], 1e-12, "by the chart's scale it would be 1.23456");
        assertTrue(Double.isNaN(bid[1]) && Double.isNaN(ask[0]) && Double.isNaN(ask[1]));
    }
}
