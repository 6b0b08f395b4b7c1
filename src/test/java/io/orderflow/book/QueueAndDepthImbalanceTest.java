package io.orderflow.book;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import io.orderflow.market.Tick;

class QueueAndDepthImbalanceTest {
    @Test
    void queueImbalanceKeepsTheSideAndIsZeroForAnEmptyBook() {
        assertEquals(0.5, QueueImbalance.of(3, 1), 0.0);
        assertEquals(-0.5, QueueImbalance.of(1, 3), 0.0);
        assertEquals(1.0, QueueImbalance.of(2, 0), 0.0);
        assertEquals(0.0, QueueImbalance.of(0, 0), 0.0);
    }

    @Test
    void sizeWeightedMidLeansTowardsTheSmallerQueue() {
        // bid 100 x 3, ask 102 x 1: (102*3 + 100*1) / 4 = 101.5
        assertEquals(101.5, QueueImbalance.weightedMidPoints(100, 3, 102, 1), 0.0);
        assertEquals(101.0, QueueImbalance.weightedMidPoints(100, 0, 102, 0), 0.0);
        QueueImbalance qi = new QueueImbalance();
        qi.onTick(new Tick(1).set(5, 102, 100, 1, 3));
        assertEquals(0.5, qi.value(), 0.0);
        assertEquals(0.5, qi.weightedMidOffsetPoints(), 0.0);
        assertEquals(1, qi.updates());
    }

    private static Tick book(long bestBid, double[] bidSizes, long bestAsk, double[] askSizes) {
        int n = bidSizes.length;
        long[] bp = new long[n], ap = new long[n];
        for (int i = 0; i < n; i++) {
            bp[i] = bestBid - i;
            ap[i] = bestAsk + i;
        }
        return new Tick(10).setDepth(0, n, ap, askSizes, bp, bidSizes);
    }

    @Test
    void depthImbalanceSumsLevelsWithWeights() {
        Tick t = book(100, new double[] {1, 2, 3}, 101, new double[] {2, 2, 2});
        DepthImbalance equal = new DepthImbalance(3);
        equal.onTick(t);
        assertEquals((6.0 - 6.0) / 12.0, equal.value(), 0.0);
        DepthImbalance two = new DepthImbalance(2);
        two.onTick(t);
        assertEquals((3.0 - 4.0) / 7.0, two.value(), 1e-15);
        DepthImbalance weighted = new DepthImbalance(new double[] {1, 0.5, 0.25});
        weighted.onTick(t);
        // bid 1 + 1 + 0.75 = 2.75, ask 2 + 1 + 0.5 = 3.5
        assertEquals((2.75 - 3.5) / 6.25, weighted.value(), 1e-15);
        assertEquals(2.75, weighted.weightedBidDepth(), 0.0);
        assertEquals(3, weighted.levelsUsed());
    }

    @Test
    void depthImbalanceOnOneLevelEqualsQueueImbalance() {
        Tick t = new Tick(1).set(0, 101, 100, 1.25, 3.5);
        DepthImbalance di = new DepthImbalance(10);
        di.onTick(t);
        assertEquals(QueueImbalance.of(3.5, 1.25), di.value(), 0.0);
        assertEquals(1, di.levelsUsed());
    }

    @Test
    void halvingWeightsHalveEveryGivenNumberOfLevels() {
        double[] w = DepthImbalance.halvingWeights(21, 10);
        assertEquals(1.0, w[0], 0.0);
        assertEquals(0.5, w[10], 1e-15);
        assertEquals(0.25, w[20], 1e-15);
        assertThrows(IllegalArgumentException.class, () -> new DepthImbalance(new double[] {1, -1}));
    }

    @Test
    void multiLevelOfiAppliesTheFormulaPerLevelAndTreatsMissingLevelsAsEmpty() {
        MultiLevelOfi ml = new MultiLevelOfi(3);
        ml.onTick(book(100, new double[] {2, 3}, 101, new double[] {4, 5}));
        assertEquals(0.0, ml.lastTotal(), 0.0);
        // level 0: bid 2->2.5 (+0.5), ask unchanged; level 1: bid 99: 3 -> 1 (-2), ask 102: 5 -> 6 (-1);
        // level 2 appears: bid 98 x 1 (+1), ask 103 x 2 (-2)
        ml.onTick(book(100, new double[] {2.5, 1, 1}, 101, new double[] {4, 6, 2}));
        assertEquals(0.5, ml.last(0), 0.0);
        assertEquals(-3.0, ml.last(1), 0.0);
        assertEquals(-1.0, ml.last(2), 0.0);
        assertEquals(-3.5, ml.lastTotal(), 0.0);
        // level 2 disappears: bid removes its 1 (-1), ask removes its 2 (+2)
        ml.onTick(book(100, new double[] {2.5, 1}, 101, new double[] {4, 6}));
        assertEquals(1.0, ml.last(2), 0.0);
        assertEquals(0.0, ml.cumulative(2), 0.0);
    }

    @Test
    void multiLevelOfiLevelZeroEqualsTopOfBookOfi() {
        java.util.Random r = io.orderflow.testing.Seeds.random(7);
        MultiLevelOfi ml = new MultiLevelOfi(5);
        OrderFlowImbalance ofi = new OrderFlowImbalance();
        long mid = 1000;
        for (int i = 0; i < 10_000; i++) {
            mid += r.nextInt(3) - 1;
            double[] bs = new double[5], as = new double[5];
            for (int k = 0; k < 5; k++) {
                bs[k] = 1 + r.nextInt(9);
                as[k] = 1 + r.nextInt(9);
            }
            Tick t = book(mid, bs, mid + 1 + r.nextInt(2), as);
            ml.onTick(t);
            ofi.onTick(t);
            assertEquals(ofi.last(), ml.last(0), 0.0, "seed 7 step " + i);
        }
    }
}
