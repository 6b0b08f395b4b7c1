package io.orderflow.strategy.readings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;
import io.orderflow.testing.Seeds;

class RollingZScoreTest {
    /** Two-pass z-score of x[i] against x[i-w..i-1] (fewer at the start), population deviation. */
    static double slowZ(double[] x, int i, int w) {
        int from = Math.max(0, i - w);
        int n = i - from;
        if (n < 2) return 0;
        double mean = 0;
        for (int k = from; k < i; k++) mean += x[k];
        mean /= n;
        double var = 0;
        for (int k = from; k < i; k++) var += (x[k] - mean) * (x[k] - mean);
        var /= n;
        return var <= 1e-12 * (1 + mean * mean) ? 0 : (x[i] - mean) / Math.sqrt(var);
    }

    @Test
    void matchesATwoPassComputationOverRandomData() {
        long seed = 20190204L;
        Random r = Seeds.random(seed);
        int w = 17;
        double[] x = new double[5000];
        for (int i = 0; i < x.length; i++) x[i] = r.nextGaussian() * 40 + (i % 300 == 0 ? 500 : 3);
        RollingZScore z = new RollingZScore(w);
        for (int i = 0; i < x.length; i++) {
            assertEquals(slowZ(x, i, w), z.scoreAndAdd(x[i]), 1e-9, "seed " + seed + " i " + i);
        }
    }

    @Test
    void aFlatWindowScoresZeroAndFullnessIsReported() {
        RollingZScore z = new RollingZScore(3);
        assertEquals(0, z.scoreAndAdd(5));
        assertEquals(0, z.scoreAndAdd(5));
        assertEquals(0, z.scoreAndAdd(9)); // window {5,5}: no spread
        assertEquals(true, z.isFull());
        // window {5,5,9}: mean 19/3, sd sqrt(32/9)
        assertEquals((1 - 19.0 / 3) / Math.sqrt(32.0 / 9), z.score(1), 1e-12);
    }
}
