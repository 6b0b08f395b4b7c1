package io.orderflow.backtest.validation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import io.orderflow.testing.Seeds;

/**
 * PBO by CSCV against a hand-computed case, a slow reference implementation and synthetic grids
 * with a known answer. The paper (Bailey, Borwein, López de Prado and Zhu 2015) gives no small
 * worked example with numbers, so none is used.
 */
class OverfittingProbabilityTest {
    private static final long SEED = Seeds.of(20150101L);

    /**
     * T = 4 periods, S = 4 blocks of one period, N = 3 configurations:
     * A = 3, 1, −1, −3; B = −1, 2, 1, −3; C = 1, 1.5, −0.5, 2. The Sharpe ratio of two values a, b is
     * (a + b) / (√2 |a − b|). In-sample blocks in lexicographic order, by hand:
     * <pre>
     * IS {0,1}: A 1.414 B 0.236 C 3.536 → C; OOS A −1.414 B −0.354 C 0.424 → C best of 3: ω = 3/4, λ = ln 3
     * IS {0,2}: A 0.354 B 0     C 0.236 → A; OOS A −0.354 B −0.141 C 4.950 → A worst:    ω = 1/4, λ = −ln 3
     * IS {0,3}: A 0     B −1.414 C 2.121 → C; OOS A 0 B 2.121 C 0.354     → C middle:   ω = 2/4, λ = 0
     * IS {1,2}: A 0     B 2.121 C 0.354 → B; OOS A 0 B −1.414 C 2.121     → B worst:    ω = 1/4, λ = −ln 3
     * IS {1,3}: A −0.354 B −0.141 C 4.950 → C; OOS A 0.354 B 0 C 0.236    → C middle:   ω = 2/4, λ = 0
     * IS {2,3}: A −1.414 B −0.354 C 0.424 → C; OOS A 1.414 B 0.236 C 3.536 → C best:    ω = 3/4, λ = ln 3
     * </pre>
     * PBO = #{λ ≤ 0} / 6 = 4/6.
     */
    @Test
    void handComputedCase() {
        double[][] m = {{3, -1, 1}, {1, 2, 1.5}, {-1, 1, -0.5}, {-3, -3, 2}};
        OverfittingProbability p = OverfittingProbability.compute(m, 4);
        double l3 = Math.log(3);
        assertArrayEquals(new double[]{l3, -l3, 0, -l3, 0, l3}, p.logits(), 1e-12);
        assertArrayEquals(new int[]{2, 0, 2, 1, 2, 2}, p.chosen());
        assertEquals(4.0 / 6, p.pbo(), 1e-15);
        assertEquals(6, p.combinations());
        // out-of-sample Sharpe of the chosen: 0.424 −0.354 0.354 −1.414 0.236 3.536 → 2 of 6 below 0
        assertEquals(2.0 / 6, p.probabilityOfLoss(), 1e-15);
    }

    /** Against a slow reference: bit-mask subsets, explicit concatenation, two-pass Sharpe ratios. */
    @Test
    void equalsASlowReferenceOnRandomGrids() {
        Random r = Seeds.random(SEED);
        for (int trial = 0; trial < 20; trial++) {
            int t = 8 + r.nextInt(30);
            int n = 2 + r.nextInt(8);
            int s = 2 * (1 + r.nextInt(Math.min(t, 12) / 2));
            double[][] m = new double[t][n];
            for (int i = 0; i < t; i++) for (int j = 0; j < n; j++) m[i][j] = r.nextGaussian() + (j == 0 ? 0.2 : 0);
            if (trial % 3 == 0) for (int i = 0; i < t; i++) m[i][n - 1] = 0; // a configuration that never trades
            OverfittingProbability fast = OverfittingProbability.compute(m, s);
            double[] slow = slowLogits(m, s);
            assertArrayEquals(slow, fast.logits(), 1e-9, "trial " + trial + " T=" + t + " N=" + n + " S=" + s + " seed " + SEED);
        }
    }

    /**
     * Pure noise: the in-sample winner is no better than a coin out-of-sample, so PBO is about 1/2 on
     * average (each grid's PBO spreads widely around it) and nearly every grid reads as likely overfit.
     */
    @Test
    void pureNoiseComesOutAsLikelyOverfit() {
        Random r = Seeds.random(SEED);
        double sum = 0;
        int overfit = 0, runs = 20;
        for (int k = 0; k < runs; k++) {
            double[][] m = new double[200][40];
            for (double[] row : m) for (int j = 0; j < row.length; j++) row[j] = 0.01 * r.nextGaussian();
            OverfittingProbability p = OverfittingProbability.compute(m, 10);
            sum += p.pbo();
            if (p.likelyOverfit()) overfit++;
        }
        assertEquals(0.5, sum / runs, 0.12, "mean PBO of noise (seed " + SEED + ")");
        assertTrue(overfit >= 15, overfit + " of " + runs + " noise grids likely overfit (seed " + SEED + ")");
    }

    /** A planted edge in one configuration among noise: it wins in-sample and stays on top out-of-sample. */
    @Test
    void aPlantedEdgeIsNotOverfit() {
        Random r = Seeds.random(SEED);
        double[][] m = new double[200][40];
        for (double[] row : m) {
            for (int j = 0; j < row.length; j++) row[j] = 0.01 * r.nextGaussian();
            row[11] += 0.005; // Sharpe 0.5 per period
        }
        OverfittingProbability p = OverfittingProbability.compute(m, 10);
        assertTrue(p.pbo() < 0.1, "PBO " + p.pbo() + " (seed " + SEED + ")");
        assertTrue(!p.likelyOverfit());
        assertTrue(p.probabilityOfLoss() < 0.1, "P(loss) " + p.probabilityOfLoss() + " (seed " + SEED + ")");
    }

    @Test
    void badInputGetsMessages() {
        IllegalArgumentException one = assertThrows(IllegalArgumentException.class,
                () -> OverfittingProbability.compute(new double[10][1], 4));
        assertTrue(one.getMessage().contains("a grid of one point"), one.getMessage());
        IllegalArgumentException blocks = assertThrows(IllegalArgumentException.class,
                () -> OverfittingProbability.compute(new double[6][3], 8));
        assertTrue(blocks.getMessage().contains("exceeds the number of periods (6)"), blocks.getMessage());
        assertThrows(IllegalArgumentException.class, () -> OverfittingProbability.compute(new double[10][3], 5));
        assertEquals(10, OverfittingProbability.defaultBlocks(10));
        assertEquals(16, OverfittingProbability.defaultBlocks(250));
        assertEquals(8, OverfittingProbability.defaultBlocks(9));
    }

    // ---- slow reference

    static double[] slowLogits(double[][] m, int s) {
        int t = m.length, n = m[0].length;
        List<Double> out = new ArrayList<>();
        // lexicographic order of the in-sample block sets = increasing order of their sorted index lists;
        // enumerate all subsets of size s/2 and sort them lexicographically
        List<int[]> sets = new ArrayList<>();
        for (int mask = 0; mask < (1 << s); mask++) {
            if (Integer.bitCount(mask) != s / 2) continue;
            int[] set = new int[s / 2];
            int k = 0;
            for (int b = 0; b < s; b++) if ((mask & (1 << b)) != 0) set[k++] = b;
            sets.add(set);
        }
        sets.sort((a, b) -> {
            for (int i = 0; i < a.length; i++) if (a[i] != b[i]) return Integer.compare(a[i], b[i]);
            return 0;
        });
        for (int[] set : sets) {
            boolean[] in = new boolean[s];
            for (int b : set) in[b] = true;
            double[] is = new double[n], oos = new double[n];
            for (int j = 0; j < n; j++) {
                List<Double> a = new ArrayList<>(), b = new ArrayList<>();
                for (int i = 0; i < t; i++) {
                    int block = -1;
                    for (int k = 0; k < s; k++) if (i >= (long) k * t / s && i < (long) (k + 1) * t / s) block = k;
                    (in[block] ? a : b).add(m[i][j]);
                }
                is[j] = sharpe(a);
                oos[j] = sharpe(b);
            }
            int best = 0;
            for (int j = 1; j < n; j++) if (is[j] > is[best]) best = j;
            double below = 0;
            for (int j = 0; j < n; j++) {
                if (j == best) continue;
                if (oos[j] < oos[best]) below++;
                else if (oos[j] == oos[best]) below += 0.5;
            }
            double w = (below + 1) / (n + 1);
            out.add(Math.log(w / (1 - w)));
        }
        double[] d = new double[out.size()];
        for (int i = 0; i < d.length; i++) d[i] = out.get(i);
        return d;
    }

    private static double sharpe(List<Double> x) {
        double mean = 0;
        for (double v : x) mean += v;
        mean /= x.size();
        double ss = 0;
        for (double v : x) ss += (v - mean) * (v - mean);
        double sd = Math.sqrt(ss / (x.size() - 1));
        if (sd == 0) return mean == 0 ? 0 : mean > 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        return mean / sd;
    }
}
