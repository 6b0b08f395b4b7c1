package io.orderflow.book;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;
import io.orderflow.testing.Seeds;

class OfiRegressionTest {
    @Test
    void anExactLineGivesItsSlopeInterceptAndFullFit() {
        OfiRegression reg = new OfiRegression(10);
        for (int i = 0; i < 25; i++) reg.add(i % 7 - 3, 2.0 * (i % 7 - 3) + 1, 4.0);
        assertEquals(2.0, reg.beta(), 1e-12);
        assertEquals(1.0, reg.alpha(), 1e-12);
        assertEquals(1.0, reg.rSquared(), 1e-12);
        assertEquals(Double.POSITIVE_INFINITY, reg.betaTStat());
        assertEquals(4.0, reg.averageDepth(), 0.0);
        assertEquals(1.0 / 8.0, reg.depthImpliedImpact(), 0.0);
        assertTrue(reg.isFull());
    }

    @Test
    void undefinedFitsAreNaN() {
        OfiRegression reg = new OfiRegression(5);
        assertTrue(Double.isNaN(reg.beta()));
        reg.add(1, 1, 1);
        reg.add(1, 2, 1);
        assertTrue(Double.isNaN(reg.beta()), "no variation in x");
        assertTrue(Double.isNaN(reg.betaTStat()));
    }

    @Test
    void intervalsWithoutTicksAndNonFiniteRegressorsAreIgnored() {
        OfiRegression reg = new OfiRegression(5, true);
        reg.onInterval(0, 10, 3, 1, Double.NaN, 0);
        reg.onInterval(10, 20, 3, 1, 0.0, 2); // depth 0: normalised OFI undefined
        assertEquals(0, reg.count());
        reg.onInterval(20, 30, 3, 1, 2.0, 2);
        assertEquals(1, reg.count());
    }

    @Test
    void rollingFitMatchesTheTextbookFitOfTheLastWindowAtEveryStep() {
        long seed = 99L;
        Random r = Seeds.random(seed);
        int n = 20_000, window = 180;
        double[] x = new double[n], y = new double[n], d = new double[n];
        OfiRegression reg = new OfiRegression(window);
        for (int i = 0; i < n; i++) {
            x[i] = r.nextGaussian() * 5 + (i % 1000 == 0 ? 50 : 0);
            y[i] = 0.2 * x[i] + r.nextGaussian() * 1.5;
            d[i] = 1 + r.nextDouble() * 3;
            reg.add(x[i], y[i], d[i]);
            int from = Math.max(0, i + 1 - window);
            if (i - from + 1 < 3) continue;
            double[] ref = ReferenceOfi.ols(x, y, from, i + 1);
            String msg = "seed " + seed + " step " + i;
            assertEquals(ref[0], reg.beta(), 1e-9 * Math.abs(ref[0]) + 1e-12, msg);
            assertEquals(ref[1], reg.alpha(), 1e-9, msg);
            assertEquals(ref[2], reg.betaTStat(), 1e-7 * Math.abs(ref[2]), msg);
            assertEquals(ref[3], reg.rSquared(), 1e-9, msg);
            double md = 0;
            for (int k = from; k <= i; k++) md += d[k];
            assertEquals(md / (i - from + 1), reg.averageDepth(), 1e-9, msg);
        }
        assertFalse(Double.isNaN(reg.beta()));
    }

    @Test
    void normalisedRegressionUsesOfiOverAverageDepth() {
        OfiRegression reg = new OfiRegression(10, true);
        reg.onInterval(0, 1, 4, 1, 2, 3); // x = 2
        reg.onInterval(1, 2, 8, 3, 2, 3); // x = 4
        reg.onInterval(2, 3, 3, 0, 3, 3); // x = 1
        double[] ref = ReferenceOfi.ols(new double[] {2, 4, 1}, new double[] {1, 3, 0}, 0, 3);
        assertEquals(ref[0], reg.beta(), 1e-12);
        assertEquals(7.0 / 3.0, reg.averageDepth(), 1e-15);
    }
}
