package io.orderflow.book;

import org.junit.jupiter.api.Tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.orderflow.data.binance.BinanceBookBuilder;
import io.orderflow.data.ProblemLog;
import io.orderflow.testing.TestInstruments;
import io.orderflow.market.Tick;
import io.orderflow.testing.TestData;
import io.orderflow.testing.Seeds;

/**
 * Differential test: every per-bar value of {@link DepthBars} (imbalance, depth events, multi-level
 * OFI, flashes with price, level and size, scores, robust imbalance) equals the slow reference
 * written from the definitions ({@link ReferenceDepthBars}, {@link ReferenceSpoofScore}), on the
 * real Binance BTCUSDT and ETHUSDT books and on seeded random ladders with planted spoofs under
 * several detector settings.
 */
@Tag("slow")
class DepthBarsMatchReferenceTest {

    /** Feeds the same ticks to both; returns the number of bars compared and flashes seen. */
    static final class Pair {
        final DepthBars fast;
        final ReferenceDepthBars ref;
        final List<ReferenceDepthBars.Row> fastRows = new ArrayList<>();

        Pair(long periodMs, int levels, SpoofSettings s) {
            fast = new DepthBars(periodMs, levels, s, bar -> fastRows.add(ReferenceDepthBars.of(bar)));
            ref = new ReferenceDepthBars(periodMs, levels, s);
        }

        void onTick(Tick t) {
            fast.onTick(t);
            ref.onTick(t);
        }

        long[] check(String what) {
            fast.finish();
            List<ReferenceDepthBars.Row> expected = ref.finish();
            assertEquals(expected.size(), fastRows.size(), what + ": bars");
            long flashes = 0, scored = 0;
            for (int i = 0; i < expected.size(); i++) {
                assertNull(ReferenceDepthBars.compare(expected.get(i), fastRows.get(i)), what + ", bar " + i);
                flashes += (long) (expected.get(i).v[10] + expected.get(i).v[11]);
                if (expected.get(i).v[14] > 0) scored++;
            }
            return new long[] {expected.size(), flashes, scored};
        }
    }

    @Test
    void realBinanceBooksPerBarEqualTheReference() throws Exception {
        Path dir = TestData.require("binance/spot");
        for (String symbol : new String[] {"btcusdt", "ethusdt"}) {
            for (long period : new long[] {1_000, 60_000}) {
                Pair p = new Pair(period, 10, SpoofSettings.defaults());
                Pair p5 = new Pair(period, 5, SpoofSettings.defaults().withMinLevelsFromTouch(1).withSizeMultiple(3));
                new BinanceBookBuilder(TestInstruments.of(symbol), 10, t -> {
                    p.onTick(t);
                    p5.onTick(t);
                }, null, ProblemLog.failing()).read(List.of(dir.resolve(symbol + "_20240808.gz"),
                        dir.resolve(symbol + "_20240809.gz")));
                long[] a = p.check(symbol + " " + period + " ms");
                long[] b = p5.check(symbol + " " + period + " ms, 5 levels, d=1, k=3");
                System.out.printf("%s %d ms: %d bars, %d flashes (defaults); %d bars, %d flashes (5 levels, d=1, k=3)%n",
                        symbol, period, a[0], a[1], b[0], b[1]);
                assertTrue(a[1] > 100 && b[1] > a[1], "the real books must exercise the evidence");
            }
        }
    }

    @Test
    void randomLaddersWithPlantedSpoofsEqualTheReference() {
        SpoofSettings[] settings = {
                SpoofSettings.defaults(),
                SpoofSettings.defaults().withRepeats(1).withWarmupUpdates(5).withScoreHalfLifeMs(5_000),
                SpoofSettings.defaults().withMinLevelsFromTouch(1).withZScore(0).withCandidatesPerSide(2),
                SpoofSettings.defaults().withLevels(6).withMaxLifeMs(1_500).withPulledFraction(0.8)};
        long totalFlashes = 0, totalScored = 0;
        for (long seed = 1; seed <= 6; seed++) {
            for (SpoofSettings s : settings) {
                int levels = Math.min(5, s.levels());
                Pair p = new Pair(10_000, levels, s);
                RandomLadder book = new RandomLadder(seed, s.levels());
                for (int u = 0; u < 8_000; u++) p.onTick(book.next());
                long[] r = p.check("seed " + seed + ", " + s);
                totalFlashes += r[1];
                totalScored += r[2];
            }
        }
        System.out.println("random ladders: " + totalFlashes + " flashes, " + totalScored + " bars with a score > 0");
        assertTrue(totalFlashes > 500 && totalScored > 100, "the planted spoofs must be found");
    }

    /**
     * A seeded random book: a drifting touch, gaps between levels, a varying number of levels,
     * noisy sizes, pauses of minutes, and planted spoofs (large size 3–6 levels from the touch,
     * pulled after a few updates, sometimes reached or left in place).
     */
    static final class RandomLadder {
        private final Random r;
        private final int view;
        private final Tick tick;
        private long time = 1_700_000_000_000L;
        private long best = 50_000;
        private long spoofPrice = -1;
        private int spoofSide;
        private int spoofLeft;
        private double spoofSize;

        RandomLadder(long seed, int view) {
            this.r = Seeds.random(seed);
            this.view = view;
            this.tick = new Tick(view);
        }

        Tick next() {
            time += r.nextInt(20) == 0 ? 60_000 + r.nextInt(600_000) : 20 + r.nextInt(400);
            int move = r.nextInt(12);
            if (move == 0) best++;
            if (move == 1) best--;
            if (move == 2) best += r.nextInt(5) - 2;
            if (spoofLeft > 0 && r.nextInt(3) == 0) best += spoofSide == 0 ? 1 : -1; // drift the way the size suggests
            int n = r.nextInt(15) == 0 ? 1 + r.nextInt(view) : view;
            long[] bp = new long[n], ap = new long[n];
            double[] bs = new double[n], as = new double[n];
            long pb = best, pa = best + 1 + r.nextInt(2);
            for (int i = 0; i < n; i++) {
                bp[i] = pb;
                ap[i] = pa;
                pb -= 1 + (r.nextInt(6) == 0 ? r.nextInt(3) : 0);
                pa += 1 + (r.nextInt(6) == 0 ? r.nextInt(3) : 0);
                bs[i] = 0.5 + r.nextDouble();
                as[i] = 0.5 + r.nextDouble();
            }
            if (spoofLeft == 0 && r.nextInt(25) == 0) {
                spoofSide = r.nextInt(4) == 0 ? 1 - spoofSide : spoofSide; // mostly one-sided
                int level = Math.min(n - 1, 3 + r.nextInt(4));
                spoofPrice = spoofSide == 0 ? bp[level] : ap[level];
                spoofSize = 8 + r.nextInt(10);
                spoofLeft = r.nextInt(8) == 0 ? 200 : 3 + r.nextInt(15);
            }
            if (spoofLeft > 0) {
                spoofLeft--;
                long[] prices = spoofSide == 0 ? bp : ap;
                double[] sizes = spoofSide == 0 ? bs : as;
                for (int i = 0; i < n; i++) if (prices[i] == spoofPrice) sizes[i] = spoofSize;
            }
            return tick.setDepth(time, n, ap, as, bp, bs);
        }
    }
}
