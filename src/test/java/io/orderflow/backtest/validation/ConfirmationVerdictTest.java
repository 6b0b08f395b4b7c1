package io.orderflow.backtest.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;
import io.orderflow.testing.Seeds;

/** Bootstrap interval and permutation p-value of confirmed minus unconfirmed expectancy. */
class ConfirmationVerdictTest {
    private static final long SEED = Seeds.of(42L);

    /** The Monte Carlo p-value against the exact one from all C(12, 6) = 924 relabellings. */
    @Test
    void permutationPValueMatchesTheExactTest() {
        double[] c = {0.5, 1.2, -0.3, 2.0, 0.8, 1.5};
        double[] u = {-0.2, 0.1, -1.0, 0.4, -0.5, 0.3};
        double[] pool = {0.5, 1.2, -0.3, 2.0, 0.8, 1.5, -0.2, 0.1, -1.0, 0.4, -0.5, 0.3};
        double observed = Math.abs(mean(c) - mean(u));
        int extreme = 0, all = 0;
        for (int mask = 0; mask < 1 << 12; mask++) {
            if (Integer.bitCount(mask) != 6) continue;
            double a = 0, b = 0;
            for (int i = 0; i < 12; i++) if ((mask & (1 << i)) != 0) a += pool[i]; else b += pool[i];
            all++;
            if (Math.abs(a / 6 - b / 6) >= observed - 1e-12) extreme++;
        }
        assertEquals(924, all);
        double exact = (double) extreme / all;
        ConfirmationVerdict v = ConfirmationVerdict.compare(c, u, 0.95, 200_000, SEED, 5);
        assertEquals(exact, v.pValue(), 0.003, "exact " + exact + " (seed " + SEED + ")");
        assertEquals(mean(c) - mean(u), v.difference(), 1e-15);
        assertTrue(exact < 0.05 && exact > 0.001, "the example is near the usual threshold: " + exact);
    }

    /** Groups without spread: every bootstrap difference is the same, the interval is a point. */
    @Test
    void constantGroupsGiveAPointInterval() {
        double[] c = new double[20];
        double[] u = new double[20];
        java.util.Arrays.fill(c, 1.0);
        ConfirmationVerdict v = ConfirmationVerdict.compare(c, u, 0.95, 1000, SEED, 20);
        assertEquals(1.0, v.low(), 0);
        assertEquals(1.0, v.high(), 0);
        // only the observed split and its mirror are as extreme: p = 1/(B+1) for B = 1000 draws
        assertEquals(1.0 / 1001, v.pValue(), 1e-15);
        assertEquals(ConfirmationVerdict.Kind.HELPS, v.kind());
        ConfirmationVerdict w = ConfirmationVerdict.compare(u, c, 0.95, 1000, SEED, 20);
        assertEquals(ConfirmationVerdict.Kind.HURTS, w.kind());
    }

    /** Large normal samples: the percentile interval is close to the normal-theory one, diff ± 1.96·SE. */
    @Test
    void largeSamplesAgreeWithNormalTheory() {
        Random r = Seeds.random(SEED);
        double[] c = new double[400], u = new double[400];
        for (int i = 0; i < 400; i++) {
            c[i] = 0.3 + r.nextGaussian();
            u[i] = r.nextGaussian();
        }
        ConfirmationVerdict v = ConfirmationVerdict.compare(c, u, 0.95, 20_000, SEED, 20);
        double se = Math.sqrt(var(c) / 400 + var(u) / 400);
        double d = mean(c) - mean(u);
        assertEquals(d - 1.959964 * se, v.low(), 0.02, "seed " + SEED);
        assertEquals(d + 1.959964 * se, v.high(), 0.02, "seed " + SEED);
    }

    /** Without a difference, the 95 % interval covers 0 about 95 % of the time and p < 0.05 about 5 %. */
    @Test
    void coverageAndSizeUnderTheNull() {
        Random r = Seeds.random(SEED);
        int sims = 200, covered = 0, rejected = 0;
        for (int k = 0; k < sims; k++) {
            double[] c = new double[30], u = new double[40];
            for (int i = 0; i < c.length; i++) c[i] = r.nextGaussian() * 1.5;
            for (int i = 0; i < u.length; i++) u[i] = r.nextGaussian() * 1.5;
            ConfirmationVerdict v = ConfirmationVerdict.compare(c, u, 0.95, 2000, r.nextLong(), 20);
            if (v.low() <= 0 && v.high() >= 0) covered++;
            if (v.pValue() < 0.05) rejected++;
        }
        // binomial(200, 0.95): 3 standard deviations ≈ ±9.2
        assertTrue(covered >= 175 && covered <= 200, covered + " of " + sims + " covered (seed " + SEED + ")");
        assertTrue(rejected <= 22, rejected + " of " + sims + " rejected (seed " + SEED + ")");
    }

    @Test
    void tooFewSignalsGiveAVerdictNotANumber() {
        double[] c = new double[19];
        double[] u = new double[50];
        ConfirmationVerdict v = ConfirmationVerdict.compare(c, u, 0.95, 1000, SEED, 20);
        assertEquals(ConfirmationVerdict.Kind.NOT_ENOUGH_SIGNALS, v.kind());
        assertTrue(Double.isNaN(v.low()) && Double.isNaN(v.high()) && Double.isNaN(v.pValue()));
        assertEquals("not enough signals (19 confirmed, 50 unconfirmed; need 20 each)", v.sentence());
        // NaN outcomes (signals without a stop) are left out of the counts
        double[] withNan = {Double.NaN, 1, 2};
        assertEquals(2, ConfirmationVerdict.compare(withNan, u, 0.95, 1000, SEED, 2).confirmedCount());
    }

    @Test
    void sameSeedSameAnswer() {
        Random r = Seeds.random(SEED);
        double[] c = new double[25], u = new double[25];
        for (int i = 0; i < 25; i++) {
            c[i] = r.nextGaussian();
            u[i] = r.nextGaussian();
        }
        ConfirmationVerdict a = ConfirmationVerdict.compare(c, u, 0.9, 5000, 7, 20);
        ConfirmationVerdict b = ConfirmationVerdict.compare(c, u, 0.9, 5000, 7, 20);
        assertEquals(a.sentence(), b.sentence());
        assertEquals(a.low(), b.low(), 0);
    }

    private static double mean(double[] x) {
        double s = 0;
        for (double v : x) s += v;
        return s / x.length;
    }

    private static double var(double[] x) {
        double m = mean(x), s = 0;
        for (double v : x) s += (v - m) * (v - m);
        return s / (x.length - 1);
    }
}
