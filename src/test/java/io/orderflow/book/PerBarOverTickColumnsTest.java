package io.orderflow.book;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.orderflow.market.Tick;
import io.orderflow.market.TickColumns;

/** The book calculators' batch entry points ({@code perBar}) over a {@link TickColumns}, values by hand. */
class PerBarOverTickColumnsTest {
    private static Tick depthTick(long time, long best, double size) {
        long[] bp = {best, best - 1, best - 2}, ap = {best + 1, best + 2, best + 3};
        double[] bs = {size, 2, 3}, as = {1, 1, 1};
        return new Tick(3).setDepth(time, 3, ap, as, bp, bs);
    }

    @Test
    void queueImbalancePerBarCarriesTheCloseThroughABarWithoutTicks() {
        TickColumns cols = new TickColumns();
        cols.add(10, 101, 100, 1, 1);
        cols.add(30, 101, 100, 1, 2);
        double[] out = new double[3];
        QueueImbalance.perBar(cols, new long[] {10, 20, 30}, 3, 40, out);
        assertEquals(0.0, out[0], 0.0);
        assertEquals(0.0, out[1], 0.0, "carries the close of the bar before");
        assertEquals(1.0 / 3.0, out[2], 1e-15);
    }

    @Test
    void depthImbalancePerBarIsTheCloseOfEachBar() {
        TickColumns cols = new TickColumns(3);
        cols.add(depthTick(5, 100, 4));   // bid 4+2+3 = 9, ask 3
        cols.add(depthTick(15, 100, 1));  // bid 6, ask 3
        double[] out = new double[3];
        DepthImbalance.perBar(cols, new long[] {0, 10, 20}, 3, 30, DepthImbalance.equalWeights(3), out);
        assertEquals(6.0 / 12.0, out[0], 1e-15);
        assertEquals(3.0 / 9.0, out[1], 1e-15);
        assertEquals(3.0 / 9.0, out[2], 1e-15);
        double[] before = new double[1];
        DepthImbalance.perBar(cols, new long[] {0}, 1, 3, DepthImbalance.equalWeights(3), before);
        assertTrue(Double.isNaN(before[0]), "no tick yet");
    }
}
