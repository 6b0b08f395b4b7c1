package io.orderflow.backtest.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;
import io.orderflow.testing.Seeds;

/** The normal distribution and the deflated Sharpe ratio against independently computed figures. */
class DeflatedSharpeTest {
    private static final long SEED = Seeds.of(20141231L);

    /** Reference values from SciPy 1.17 ({@code scipy.stats.norm.cdf / ppf}), computed outside this code. */
    @Test
    void normalCdfAndInverseMatchScipy() {
        double[][] cdf = {{-8, 6.22096057427174e-16}, {-5, 2.866515718791933e-07}, {-3, 0.0013498980316300933},
                {-1, 0.15865525393145707}, {-0.3, 0.3820885778110474}, {0, 0.5}, {0.2, 0.579259709439103},
                {1, 0.8413447460685429}, {1.96, 0.9750021048517795}, {3, 0.9986501019683699}, {6, 0.9999999990134123}};
        for (double[] c : cdf) assertEquals(c[1], Normal.cdf(c[0]), 1e-14 * Math.max(1e-2, c[1]), "cdf(" + c[0] + ")");
        double[][] ppf = {{1e-12, -7.034483825301131}, {1e-6, -4.753424308822899}, {0.001, -3.090232306167813},
                {0.02, -2.053748910631823}, {0.3, -0.5244005127080409}, {0.5, 0.0}, {0.9, 1.2815515655446004},
                {0.975, 1.959963984540054}, {0.99, 2.3263478740408408}, {0.999999, 4.753424308817087}};
        for (double[] p : ppf) assertEquals(p[1], Normal.inverse(p[0]), 1e-12 * Math.max(1, Math.abs(p[1])), "inverse(" + p[0] + ")");
    }

    /**
     * The numerical example of Bailey and López de Prado (2014), "The Deflated Sharpe Ratio", J. Portfolio
     * Management 40(5), SSRN 2460551: N = 100 trials whose annualised Sharpe ratios have variance 1/2, a
     * winner with annualised SR 2.5 over T = 1250 daily returns (250 a year), skewness −3 and kurtosis
     * 10; the paper gives the non-annualised benchmark SR0 ≈ 0.1132 and DSR ≈ 0.9004. (The search tool
     * did not return the paper's text; the two figures were taken from the paper as remembered and
     * re-derived independently with SciPy: SR0 = √(0.5/250)·(0.42278·Φ⁻¹(0.99) + 0.57722·Φ⁻¹(1 − 1/(100e)))
     * = 0.113172, z = (0.158114 − 0.113172)·√1249 / √(1 + 3·0.158114 + 9/4·0.025) = 1.28382, Φ(z) = 0.900397.)
     */
    @Test
    void papersNumericalExample() {
        double sr = 2.5 / Math.sqrt(250);
        double v = 0.5 / 250;
        DeflatedSharpe d = DeflatedSharpe.of(sr, 1250, -3, 10, 100, v);
        assertEquals(0.1132, d.expectedMaximum(), 5e-5);   // the paper's figure
        assertEquals(0.9004, d.deflated(), 5e-5);          // the paper's figure
        assertEquals(0.11317200186513214, d.expectedMaximum(), 1e-9); // SciPy
        assertEquals(0.9003968344493903, d.deflated(), 1e-9);         // SciPy
        assertFalse(d.significant(), "0.90 < 0.95");
    }

    /** A small case by hand: N = 2, V = 0.04, SR = 0.5, T = 5, normal moments. */
    @Test
    void handComputedSmallCase() {
        // Φ⁻¹(1/2) = 0; Φ⁻¹(1 − 1/(2e)) = 0.9004526 (SciPy) → SR0 = 0.2·0.5772157·0.9004526 = 0.1039511
        DeflatedSharpe d = DeflatedSharpe.of(0.5, 5, 0, 3, 2, 0.04);
        assertEquals(0.10395106885611877, d.expectedMaximum(), 1e-9);
        // z = (0.5 − 0.1039511)·2 / √(1 + 2/4·0.25) = 0.7467970 → Φ = 0.7724070 (SciPy)
        assertEquals(0.7724069545788462, d.deflated(), 1e-9);
    }

    @Test
    void momentsByHand() {
        double[] x = {1, 2, 3, 10};
        // mean 4; deviations −3 −2 −1 6; m2 = 50/4 = 12.5; m3 = (−27 −8 −1 +216)/4 = 45; m4 = (81+16+1+1296)/4 = 348.5
        assertEquals(45 / Math.pow(12.5, 1.5), Moments.skewness(x), 1e-12);
        assertEquals(348.5 / (12.5 * 12.5), Moments.kurtosis(x), 1e-12);
        assertEquals(4 / Math.sqrt(50 / 3.0), Moments.sharpe(x), 1e-12);
        assertEquals(0, Moments.sharpe(new double[]{0, 0, 0}), 0);
    }

    /**
     * Fifty configurations of pure noise: the winner's Sharpe ratio is about the expected maximum,
     * so its deflated Sharpe is about 1/2 and hardly ever significant; a planted edge is significant.
     */
    @Test
    void noiseIsNotSignificantAndAPlantedEdgeIs() {
        Random r = Seeds.random(SEED);
        int t = 250, n = 50, grids = 20, significant = 0;
        double sum = 0;
        for (int g = 0; g < grids; g++) {
            double[][] m = new double[t][n];
            for (int i = 0; i < t; i++) for (int j = 0; j < n; j++) m[i][j] = 0.01 * r.nextGaussian();
            DeflatedSharpe noise = deflatedOfWinner(m);
            sum += noise.deflated();
            if (noise.significant()) significant++;
            for (int i = 0; i < t; i++) m[i][17] += 0.005; // true Sharpe 0.5 per period
            DeflatedSharpe edge = deflatedOfWinner(m);
            assertTrue(edge.significant(), "planted edge DSR " + edge.deflated() + " grid " + g + " (seed " + SEED + ")");
        }
        assertTrue(sum / grids < 0.7, "mean DSR of noise winners " + sum / grids + " (seed " + SEED + ")");
        assertTrue(significant <= 2, significant + " of " + grids + " noise winners significant (seed " + SEED + ")");
    }

    static DeflatedSharpe deflatedOfWinner(double[][] m) {
        int n = m[0].length;
        double[] sharpes = new double[n];
        int best = 0;
        for (int j = 0; j < n; j++) {
            sharpes[j] = Moments.sharpe(GridValidation.column(m, j));
            if (sharpes[j] > sharpes[best]) best = j;
        }
        return DeflatedSharpe.of(GridValidation.column(m, best), sharpes);
    }

    @Test
    void aGridOfOnePointIsRefusedWithAMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DeflatedSharpe.of(0.3, 10, 0, 3, 1, 0));
        assertTrue(e.getMessage().contains("a grid of one point"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DeflatedSharpe.of(new double[]{1, 1, 1}, new double[]{0, 1}));
    }
}
