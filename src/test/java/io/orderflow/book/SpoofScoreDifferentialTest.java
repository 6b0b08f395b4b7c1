package io.orderflow.book;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.orderflow.book.binance.BinanceBookBuilder;
import io.orderflow.data.ProblemLog;
import io.orderflow.market.Instruments;
import io.orderflow.market.OfferSide;
import io.orderflow.market.Tick;
import io.orderflow.testing.TestData;

/**
 * {@link SpoofScore} and {@link DepthEventTracker} against the implementations before the speed
 * rewrite ({@link SpoofScoreReference}, {@link DepthEventTrackerReference}), bit for bit after every
 * update: every getter, the per-level breakdown and every flash the listener receives, on the real
 * Binance books and on random books that shift, thin out, fill up, flash large size and run the
 * clock backwards now and then, under the default settings and under settings that reach the
 * rarely taken paths (slot overflow, more than 64 slots, more than 64 levels, no z test,
 * candidates at the touch).
 */
class SpoofScoreDifferentialTest {
    private static final OfferSide[] SIDES = OfferSide.values();

    /** Feeds both implementations and compares them after every tick. */
    private static final class Pair {
        final SpoofScore fast;
        final SpoofScoreReference ref;
        final List<String> fastFlashes = new ArrayList<>();
        final List<String> refFlashes = new ArrayList<>();
        final String name;
        final int levels;
        long updates;

        Pair(String name, SpoofSettings settings) {
            this.name = name;
            this.levels = settings.levels();
            fast = new SpoofScore(settings, recorder(fastFlashes));
            ref = new SpoofScoreReference(settings, recorder(refFlashes));
        }

        private static SpoofListener recorder(List<String> out) {
            return (time, side, price, level, dist, mult, life, drift, sc) -> out.add(time + " " + side + " " + price + " "
                    + level + " " + dist + " " + Double.doubleToRawLongBits(mult) + " " + life + " "
                    + Double.doubleToRawLongBits(drift) + " " + Double.doubleToRawLongBits(sc));
        }

        void feed(Tick t) {
            fast.onTick(t);
            ref.onTick(t);
            updates++;
            compare();
        }

        /** Fails, naming the update, the quantity, the side and the level, unless the bits are equal. */
        private void same(double expected, double actual, String what, OfferSide side, int level) {
            if (Double.doubleToRawLongBits(expected) != Double.doubleToRawLongBits(actual)) {
                fail(what, side, level, expected + " (bits " + Long.toHexString(Double.doubleToRawLongBits(expected)) + ")",
                        actual + " (bits " + Long.toHexString(Double.doubleToRawLongBits(actual)) + ")");
            }
        }

        private void same(double expected, double actual, String what) {
            same(expected, actual, what, null, -1);
        }

        private void same(long expected, long actual, String what, OfferSide side) {
            if (expected != actual) fail(what, side, -1, Long.toString(expected), Long.toString(actual));
        }

        private void fail(String what, OfferSide side, int level, String expected, String actual) {
            throw new AssertionError(name + ", update " + updates + ": " + what + (side != null ? " " + side : "")
                    + (level >= 0 ? " level " + level : "") + ": reference " + expected + ", rewrite " + actual);
        }

        private void compare() {
            same(ref.robustImbalance(), fast.robustImbalance(), "robust imbalance");
            same(ref.maxScore(), fast.maxScore(), "max score");
            same(ref.candidates(), fast.candidates(), "candidates", null);
            same(ref.reached(), fast.reached(), "reached", null);
            same(ref.persisted(), fast.persisted(), "persisted", null);
            same(ref.lost(), fast.lost(), "lost", null);
            same(ref.overflow(), fast.overflow(), "overflow", null);
            same(ref.updates(), fast.updates(), "updates", null);
            if (ref.lastFlashSide() != fast.lastFlashSide()) fail("last flash side", null, -1, "" + ref.lastFlashSide(), "" + fast.lastFlashSide());
            same(ref.lastFlashTimeMs(), fast.lastFlashTimeMs(), "last flash time", null);
            same(ref.lastFlashPrice(), fast.lastFlashPrice(), "last flash price", null);
            same(ref.lastFlashLevel(), fast.lastFlashLevel(), "last flash level", null);
            same(ref.lastFlashDistancePoints(), fast.lastFlashDistancePoints(), "last flash distance", null);
            same(ref.lastFlashLifeMs(), fast.lastFlashLifeMs(), "last flash life", null);
            same(ref.lastFlashSizeMultiple(), fast.lastFlashSizeMultiple(), "last flash multiple");
            same(ref.lastFlashDriftPoints(), fast.lastFlashDriftPoints(), "last flash drift");
            if (!refFlashes.equals(fastFlashes)) fail("flashes", null, -1, refFlashes.toString(), fastFlashes.toString());
            DepthEventTracker fe = fast.events();
            DepthEventTrackerReference re = ref.events();
            same(re.updates(), fe.updates(), "event updates", null);
            for (OfferSide side : SIDES) {
                same(ref.score(side), fast.score(side), "score", side, -1);
                same(ref.flashWeight(side), fast.flashWeight(side), "flash weight", side, -1);
                same(ref.driftAgreement(side), fast.driftAgreement(side), "drift agreement", side, -1);
                same(ref.oneSidedness(side), fast.oneSidedness(side), "one-sidedness", side, -1);
                same(ref.activeCandidates(side), fast.activeCandidates(side), "active candidates", side);
                same(ref.flashes(side), fast.flashes(side), "flashes", side);
                same(re.lastAdded(side), fe.lastAdded(side), "last added", side, -1);
                same(re.lastPulled(side), fe.lastPulled(side), "last pulled", side, -1);
                same(re.lastConsumed(side), fe.lastConsumed(side), "last consumed", side, -1);
                same(re.added(side), fe.added(side), "added", side, -1);
                same(re.pulled(side), fe.pulled(side), "pulled", side, -1);
                same(re.consumed(side), fe.consumed(side), "consumed", side, -1);
                same(re.revealed(side), fe.revealed(side), "revealed", side, -1);
                same(re.hidden(side), fe.hidden(side), "hidden", side, -1);
                for (int l = 0; l < levels; l++) {
                    same(ref.baseline(side, l), fast.baseline(side, l), "baseline", side, l);
                    same(ref.levelPullScore(side, l), fast.levelPullScore(side, l), "level pull score", side, l);
                    same(re.lastAddedAt(side, l), fe.lastAddedAt(side, l), "added at", side, l);
                    same(re.lastPulledAt(side, l), fe.lastPulledAt(side, l), "pulled at", side, l);
                    same(re.lastConsumedAt(side, l), fe.lastConsumedAt(side, l), "consumed at", side, l);
                    same(re.sizeBefore(side, l), fe.sizeBefore(side, l), "size before", side, l);
                }
            }
        }
    }

    private static List<Pair> pairs(int levels) {
        SpoofSettings d = SpoofSettings.defaults().withLevels(levels);
        List<Pair> out = new ArrayList<>();
        out.add(new Pair("defaults", d));
        out.add(new Pair("two slots", d.withCandidatesPerSide(2).withSizeMultiple(2).withWarmupUpdates(5)));
        out.add(new Pair("70 slots", d.withCandidatesPerSide(70).withSizeMultiple(1.5).withZScore(0).withMinLevelsFromTouch(0)
                .withRepeats(1).withMaxLifeMs(800).withScoreHalfLifeMs(3_000)));
        out.add(new Pair("sensitive", d.withSizeMultiple(2.5).withZScore(1).withMinLevelsFromTouch(1).withPulledFraction(1)
                .withBaselineHalfLifeUpdates(7).withWarmupUpdates(0)));
        return out;
    }

    @Test
    void sameBitsAsTheReferenceOnTheRealBinanceBooks() throws Exception {
        Path dir = TestData.require("binance/spot");
        for (String symbol : new String[] {"btcusdt", "ethusdt"}) {
            List<Pair> pairs = pairs(10);
            BinanceBookBuilder b = new BinanceBookBuilder(Instruments.of(symbol), 10, t -> {
                for (Pair p : pairs) p.feed(t);
            }, null, ProblemLog.failing());
            b.read(Arrays.asList(dir.resolve(symbol + "_20240808.gz"), dir.resolve(symbol + "_20240809.gz")));
            Pair d = pairs.get(0);
            assertTrue(d.updates > 6_000 && d.fast.candidates() > 500, symbol + ": " + d.updates + " updates, "
                    + d.fast.candidates() + " candidates");
            for (Pair p : pairs) {
                System.out.printf("differential %s %s: %d updates, %d candidates, %d flashes, %d overflow, identical%n",
                        symbol, p.name, p.updates, p.fast.candidates(), p.fastFlashes.size(), p.fast.overflow());
            }
        }
    }

    @Test
    void sameBitsAsTheReferenceOnRandomBooks() {
        for (long seed : new long[] {1, 2, 3}) {
            for (int view : new int[] {10, 4, 70}) { // 70: more levels than one 64-bit mask holds
                List<Pair> pairs = pairs(view);
                Random r = new Random(seed * 31 + view);
                long best = 10_000, time = 1_000_000;
                int n = view;
                double[] bs = new double[view], as = new double[view];
                for (int i = 0; i < view; i++) {
                    bs[i] = 1 + r.nextInt(4);
                    as[i] = 1 + r.nextInt(4);
                }
                Tick t = new Tick(view);
                for (int u = 0, updates = view > 64 ? 2_500 : 10_000; u < updates; u++) {
                    int move = r.nextInt(12);
                    if (move == 0) best += r.nextInt(5) - 2;
                    if (move == 1) n = 1 + r.nextInt(view);
                    if (move == 2) n = view;
                    time += r.nextInt(500) == 0 ? -2_000 : r.nextInt(300) == 0 ? 9_000 : 20 + r.nextInt(150);
                    for (int i = 0; i < view; i++) {
                        if (r.nextInt(4) == 0) bs[i] = 0.5 + r.nextInt(8) * 0.25;
                        if (r.nextInt(4) == 0) as[i] = 0.5 + r.nextInt(8) * 0.25;
                        if (r.nextInt(60) == 0) bs[i] = 8 + r.nextInt(20) * 0.3; // large size that may be pulled
                        if (r.nextInt(60) == 0) as[i] = 8 + r.nextInt(20) * 0.3;
                    }
                    long[] bp = new long[n], ap = new long[n];
                    long pb = best, pa = best + 1 + r.nextInt(2);
                    for (int i = 0; i < n; i++) {
                        bp[i] = pb;
                        ap[i] = pa;
                        pb -= 1 + (r.nextInt(6) == 0 ? r.nextInt(3) : 0);
                        pa += 1 + (r.nextInt(6) == 0 ? r.nextInt(3) : 0);
                    }
                    t.setDepth(time, n, ap, Arrays.copyOf(as, n), bp, Arrays.copyOf(bs, n));
                    for (Pair p : pairs) p.feed(t);
                    if (u == updates * 2 / 3) {
                        for (Pair p : pairs) {
                            p.fast.reset();
                            p.ref.reset();
                        }
                    }
                }
                long flashes = 0;
                for (Pair p : pairs) flashes += p.fastFlashes.size();
                assertTrue(flashes > 100, "seed " + seed + " view " + view + ": the random books produced " + flashes + " flashes");
            }
        }
    }
}
