package io.orderflow.strategy.readings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.orderflow.market.Tick;

/** OFI cases from orderflow-reference.md §b.1 (EURUSD points: 1.10000 = 110000), tick-rule delta, imbalance. */
class QuoteFlowAccumulatorTest {
    private static double ofiOf(long bid0, double qb0, long ask0, double qa0, long bid1, double qb1, long ask1,
                                double qa1) {
        QuoteFlowAccumulator a = new QuoteFlowAccumulator();
        Tick t = new Tick(1);
        a.onTick(t.set(0, ask0, bid0, qa0, qb0));
        a.startBar();
        a.onTick(t.set(1, ask1, bid1, qa1, qb1));
        return a.ofi();
    }

    @Test
    void bidQueueGrowingAtTheSamePriceAddsTheChange() {
        assertEquals(1.0, ofiOf(110000, 2, 110020, 4, 110000, 3, 110020, 4), 1e-12);
    }

    @Test
    void improvedBidAddsTheWholeNewQueue() {
        assertEquals(1.0, ofiOf(110000, 2, 110020, 4, 110010, 1, 110020, 4), 1e-12);
    }

    @Test
    void retreatingBidRemovesTheWholeOldQueue() {
        assertEquals(-2.0, ofiOf(110000, 2, 110020, 4, 109990, 5, 110020, 4), 1e-12);
    }

    @Test
    void moreSizeOfferedAtTheSameAskIsSellingPressure() {
        assertEquals(-2.0, ofiOf(110000, 2, 110020, 4, 110000, 2, 110020, 6), 1e-12);
    }

    @Test
    void tickRuleCountsMidUpAndDownTicksAndLeavesUnchangedMidsUnclassified() {
        QuoteFlowAccumulator a = new QuoteFlowAccumulator();
        Tick t = new Tick(1);
        long[][] quotes = {{100, 98}, {101, 99}, {101, 99}, {100, 99}, {102, 100}, {102, 98}};
        for (int i = 0; i < quotes.length; i++) a.onTick(t.set(i, quotes[i][0], quotes[i][1], 1, 1));
        // mids x2: 198, 200(+), 200(=), 199(-), 202(+), 200(-)
        assertEquals(0.0, a.delta());
        assertEquals(2, a.upTicks());
        assertEquals(2, a.downTicks());
        assertEquals(2, a.unclassified()); // the first tick and the unchanged one
        assertEquals(-1, a.lastSign());
    }

    @Test
    void queueImbalanceIsAveragedOverTheBarsTicks() {
        QuoteFlowAccumulator a = new QuoteFlowAccumulator();
        Tick t = new Tick(1);
        a.onTick(t.set(0, 101, 100, 1, 3)); // (3-1)/4 = 0.5
        a.onTick(t.set(1, 101, 100, 3, 1)); // -0.5
        a.onTick(t.set(2, 101, 100, 0, 2)); // 1
        assertEquals(1.0 / 3, a.meanImbalance(), 1e-12);
        a.startBar();
        assertEquals(0.0, a.meanImbalance());
        assertEquals(0.0, a.ofi());
    }
}
