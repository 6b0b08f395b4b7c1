package io.orderflow.book;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

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
 * Differential test of the optimised {@link SpoofScore} and {@link DepthEventTracker} against the
 * implementations they replaced ({@link PreviousSpoofScore}, {@link PreviousDepthEventTracker}):
 * fed the same books, every getter must return the same bits after every update and the
 * listeners must receive the same flashes in the same order — on random ladders that shift, thin
 * out, jump, flicker and carry spoof-like spikes under many settings, and on the real Binance
 * captures.
 */
class SpoofScoreMatchesPreviousImplementationTest {
    private static final OfferSide[] SIDES = OfferSide.values();

    /** Random 1..capacity-level books with the events a detector must handle. */
    static final class RandomBooks {
        final Random r;
        final int capacity;
        final Tick tick;
        long time = 1_000_000;
        long bestBid = 50_000;
        int n;
        final long[] bp, ap;
        final double[] bs, as;
        // a spike: side (0 bid, 1 ask), price, size, updates left
        int spikeSide = -1;
        long spikePrice;
        double spikeSize;
        int spikeLeft;

        RandomBooks(long seed, int capacity) {
            r = new Random(seed);
            this.capacity = capacity;
            tick = new Tick(capacity);
            n = capacity;
            bp = new long[capacity];
            ap = new long[capacity];
            bs = new double[capacity];
            as = new double[capacity];
            layout(true);
        }

        private void layout(boolean all) {
            long pb = bestBid, pa = bestBid + 1 + r.nextInt(3);
            for (int i = 0; i < capacity; i++) {
                bp[i] = pb;
                ap[i] = pa;
                if (all) {
                    bs[i] = size();
                    as[i] = size();
                }
                pb -= 1 + (r.nextInt(4) == 0 ? r.nextInt(6) : 0);
                pa += 1 + (r.nextInt(4) == 0 ? r.nextInt(6) : 0);
            }
        }

        private double size() {
            return r.nextInt(5) == 0 ? r.nextInt(40) * 0.125 : 0.5 + r.nextDouble();
        }

        /** Removes level i of one side (the rest move up, a new worst level enters). */
        private void remove(long[] p, double[] s, int i, int dir) {
            for (int k = i; k < capacity - 1; k++) {
                p[k] = p[k + 1];
                s[k] = s[k + 1];
            }
            p[capacity - 1] = p[capacity - 2] + dir * (1 + r.nextInt(3));
            s[capacity - 1] = size();
        }

        /** Inserts a price between levels i-1 and i if there is a gap (the worst level drops out). */
        private void insert(long[] p, double[] s, int i, int dir) {
            if (i == 0 || Math.abs(p[i] - p[i - 1]) < 2) return;
            for (int k = capacity - 1; k > i; k--) {
                p[k] = p[k - 1];
                s[k] = s[k - 1];
            }
            p[i] = p[i - 1] + dir;
            s[i] = size();
        }

        Tick next() {
            int dt = r.nextInt(40);
            time += dt == 0 ? 0 : dt == 1 ? 12_000 : dt == 2 && r.nextInt(20) == 0 ? -500 : 20 + r.nextInt(300);
            int move = r.nextInt(30);
            if (move == 0) {
                bestBid += r.nextInt(7) - 3; // the whole book re-quoted around a new touch
                layout(true);
            } else if (move == 1) {
                bestBid += r.nextBoolean() ? 1 : -1;
                layout(false);
            } else if (move == 2) {
                n = 1 + r.nextInt(capacity); // a thin book
            } else if (move < 6) {
                n = capacity;
            }
            for (int c = 0, m = r.nextInt(4); c < m; c++) { // levels vanish and appear inside the view
                int i = r.nextInt(capacity);
                if (r.nextBoolean()) remove(bp, bs, i, -1); else insert(bp, bs, i, -1);
                i = r.nextInt(capacity);
                if (r.nextBoolean()) remove(ap, as, i, 1); else insert(ap, as, i, 1);
            }
            for (int c = 0, m = r.nextInt(5); c < m; c++) { // size flicker
                bs[r.nextInt(capacity)] = size();
                as[r.nextInt(capacity)] = size();
            }
            if (spikeSide < 0 && r.nextInt(12) == 0) { // large size appears somewhere behind the touch
                spikeSide = r.nextInt(2);
                int lvl = r.nextInt(capacity);
                spikePrice = spikeSide == 0 ? bp[lvl] : ap[lvl];
                spikeSize = 4 + r.nextInt(60) * 0.5;
                spikeLeft = r.nextInt(5) == 0 ? 200 : 1 + r.nextInt(30);
            }
            if (spikeSide >= 0) {
                long[] p = spikeSide == 0 ? bp : ap;
                double[] s = spikeSide == 0 ? bs : as;
                for (int i = 0; i < capacity; i++) {
                    if (p[i] == spikePrice) s[i] = r.nextInt(8) == 0 ? spikeSize * 0.6 : spikeSize;
                }
                if (--spikeLeft == 0) {
                    for (int i = 0; i < capacity; i++) {
                        if (p[i] == spikePrice) s[i] = r.nextBoolean() ? 0.5 + r.nextDouble() : s[i] * 0.1;
                    }
                    if (r.nextInt(3) == 0) { // or the price vanishes altogether
                        for (int i = 0; i < capacity; i++) if (p[i] == spikePrice) remove(p, s, i, spikeSide == 0 ? -1 : 1);
                    }
                    spikeSide = -1;
                }
            }
            if (r.nextInt(25) == 0) { // the touch walks into the book (size reached)
                int k = 1 + r.nextInt(3);
                for (int c = 0; c < k; c++) remove(bp, bs, 0, -1);
                bestBid = bp[0];
            }
            if (ap[0] <= bp[0]) { // keep the book uncrossed
                long shift = bp[0] - ap[0] + 1;
                for (int i = 0; i < capacity; i++) ap[i] += shift;
            }
            return tick.setDepth(time, n, ap, as, bp, bs);
        }
    }

    /** Every flash a listener receives, as raw bits. */
    static final class Flashes {
        final List<long[]> got = new ArrayList<>();

        void add(long t, OfferSide side, long price, int level, long dist, double mult, long life, double drift, double sc) {
            got.add(new long[] {t, side.ordinal(), price, level, dist, Double.doubleToRawLongBits(mult), life,
                    Double.doubleToRawLongBits(drift), Double.doubleToRawLongBits(sc)});
        }
    }

    private static long bits(double v) {
        return Double.doubleToRawLongBits(v);
    }

    /** All observable state of the current score after an update, as raw bits. */
    static long[] state(SpoofScore s, int levels, boolean detail) {
        List<Long> v = new ArrayList<>();
        v.add(bits(s.robustImbalance()));
        v.add(bits(s.maxScore()));
        v.add(s.candidates());
        v.add(s.reached());
        v.add(s.persisted());
        v.add(s.lost());
        v.add(s.overflow());
        v.add(s.updates());
        v.add(s.lastFlashSide() == null ? -1L : s.lastFlashSide().ordinal());
        v.add(s.lastFlashTimeMs());
        v.add(s.lastFlashPrice());
        v.add((long) s.lastFlashLevel());
        v.add(s.lastFlashDistancePoints());
        v.add(bits(s.lastFlashSizeMultiple()));
        v.add(s.lastFlashLifeMs());
        v.add(bits(s.lastFlashDriftPoints()));
        for (OfferSide side : SIDES) {
            v.add(bits(s.score(side)));
            v.add(bits(s.flashWeight(side)));
            v.add(bits(s.driftAgreement(side)));
            v.add(bits(s.oneSidedness(side)));
            v.add((long) s.activeCandidates(side));
            v.add(s.flashes(side));
            for (int l = 0; l < levels; l++) {
                v.add(bits(s.baseline(side, l)));
                v.add(bits(s.levelPullScore(side, l)));
            }
            events(v, s.events(), side, levels, detail);
        }
        return unbox(v);
    }

    static long[] state(PreviousSpoofScore s, int levels, boolean detail) {
        List<Long> v = new ArrayList<>();
        v.add(bits(s.robustImbalance()));
        v.add(bits(s.maxScore()));
        v.add(s.candidates());
        v.add(s.reached());
        v.add(s.persisted());
        v.add(s.lost());
        v.add(s.overflow());
        v.add(s.updates());
        v.add(s.lastFlashSide() == null ? -1L : s.lastFlashSide().ordinal());
        v.add(s.lastFlashTimeMs());
        v.add(s.lastFlashPrice());
        v.add((long) s.lastFlashLevel());
        v.add(s.lastFlashDistancePoints());
        v.add(bits(s.lastFlashSizeMultiple()));
        v.add(s.lastFlashLifeMs());
        v.add(bits(s.lastFlashDriftPoints()));
        for (OfferSide side : SIDES) {
            v.add(bits(s.score(side)));
            v.add(bits(s.flashWeight(side)));
            v.add(bits(s.driftAgreement(side)));
            v.add(bits(s.oneSidedness(side)));
            v.add((long) s.activeCandidates(side));
            v.add(s.flashes(side));
            for (int l = 0; l < levels; l++) {
                v.add(bits(s.baseline(side, l)));
                v.add(bits(s.levelPullScore(side, l)));
            }
            events(v, s.events(), side, levels, detail);
        }
        return unbox(v);
    }

    static void events(List<Long> v, DepthEventTracker e, OfferSide side, int levels, boolean detail) {
        v.add(e.updates());
        v.add(bits(e.lastAdded(side)));
        v.add(bits(e.lastPulled(side)));
        v.add(bits(e.lastConsumed(side)));
        v.add(bits(e.added(side)));
        v.add(bits(e.pulled(side)));
        v.add(bits(e.consumed(side)));
        v.add(bits(e.revealed(side)));
        v.add(bits(e.hidden(side)));
        if (detail) {
            for (int l = 0; l < levels; l++) {
                v.add(bits(e.lastAddedAt(side, l)));
                v.add(bits(e.sizeBefore(side, l)));
                v.add(bits(e.lastPulledAt(side, l)));
                v.add(bits(e.lastConsumedAt(side, l)));
            }
        }
    }

    static void events(List<Long> v, PreviousDepthEventTracker e, OfferSide side, int levels, boolean detail) {
        v.add(e.updates());
        v.add(bits(e.lastAdded(side)));
        v.add(bits(e.lastPulled(side)));
        v.add(bits(e.lastConsumed(side)));
        v.add(bits(e.added(side)));
        v.add(bits(e.pulled(side)));
        v.add(bits(e.consumed(side)));
        v.add(bits(e.revealed(side)));
        v.add(bits(e.hidden(side)));
        if (detail) {
            for (int l = 0; l < levels; l++) {
                v.add(bits(e.lastAddedAt(side, l)));
                v.add(bits(e.sizeBefore(side, l)));
                v.add(bits(e.lastPulledAt(side, l)));
                v.add(bits(e.lastConsumedAt(side, l)));
            }
        }
    }

    private static long[] unbox(List<Long> v) {
        long[] out = new long[v.size()];
        for (int i = 0; i < out.length; i++) out[i] = v.get(i);
        return out;
    }

    /** Feeds both implementations the same ticks and compares everything after each one. */
    static final class Pair {
        final String name;
        final SpoofSettings settings;
        final Flashes fastFlashes = new Flashes(), previousFlashes = new Flashes();
        final SpoofScore fast;
        final PreviousSpoofScore previous;
        long updates;
        private int checked;

        Pair(String name, SpoofSettings settings) {
            this.name = name;
            this.settings = settings;
            fast = new SpoofScore(settings, fastFlashes::add);
            previous = new PreviousSpoofScore(settings, previousFlashes::add);
        }

        void onTick(Tick t, boolean detail) {
            fast.onTick(t);
            previous.onTick(t);
            updates++;
            long[] a = state(previous, settings.levels(), detail), b = state(fast, settings.levels(), detail);
            if (!Arrays.equals(a, b)) {
                for (int i = 0; i < a.length; i++) {
                    if (a[i] != b[i]) {
                        fail(name + ": update " + updates + " (" + t + "), state value " + i + " differs: previous "
                                + a[i] + " (" + Double.longBitsToDouble(a[i]) + "), fast " + b[i] + " ("
                                + Double.longBitsToDouble(b[i]) + ")");
                    }
                }
                fail(name + ": state length differs at update " + updates);
            }
            assertEquals(previousFlashes.got.size(), fastFlashes.got.size(), name + ": flashes at update " + updates);
            for (; checked < previousFlashes.got.size(); checked++) {
                assertTrue(Arrays.equals(previousFlashes.got.get(checked), fastFlashes.got.get(checked)),
                        name + ": evidence of flash " + checked + " at update " + updates);
            }
        }

        void reset() {
            fast.reset();
            previous.reset();
        }
    }

    @Test
    void randomLaddersGiveBitIdenticalScoresEventsAndFlashesUnderManySettings() {
        SpoofSettings d = SpoofSettings.defaults();
        SpoofSettings[] settings = {
            d,
            d.withWarmupUpdates(0).withMinLevelsFromTouch(0),
            d.withZScore(0).withSizeMultiple(2).withCandidatesPerSide(2),
            d.withLevels(5),
            d.withLevels(1).withMinLevelsFromTouch(0),
            d.withCandidatesPerSide(70).withSizeMultiple(1.5).withZScore(0.5).withMinLevelsFromTouch(1),
            d.withMaxLifeMs(400).withPulledFraction(1).withRepeats(1).withScoreHalfLifeMs(2_000),
            d.withBaselineHalfLifeUpdates(3).withWarmupUpdates(5),
        };
        long totalFlashes = 0, totalCandidates = 0, reached = 0, persisted = 0, lost = 0, overflow = 0;
        for (int c = 0; c < settings.length; c++) {
            for (int capacity : new int[] {10, 12, 3}) {
                long seed = 1000L * c + capacity;
                Pair p = new Pair("settings " + c + " " + settings[c] + ", tick capacity " + capacity + ", seed " + seed,
                        settings[c]);
                RandomBooks books = new RandomBooks(seed, capacity);
                for (int u = 0; u < 6_000; u++) {
                    p.onTick(books.next(), u % 7 == 0);
                    if (u == 4_000) p.reset();
                }
                totalFlashes += p.fast.flashes(OfferSide.BID) + p.fast.flashes(OfferSide.ASK);
                totalCandidates += p.fast.candidates();
                reached += p.fast.reached();
                persisted += p.fast.persisted();
                lost += p.fast.lost();
                overflow += p.fast.overflow();
            }
        }
        // the random books must exercise the detector, not only the quiet paths
        assertTrue(totalCandidates > 2_000, "candidates " + totalCandidates);
        assertTrue(totalFlashes > 300, "flashes " + totalFlashes);
        assertTrue(reached > 100 && persisted > 100 && lost > 100 && overflow > 0,
                "reached " + reached + ", persisted " + persisted + ", lost " + lost + ", overflow " + overflow);
        System.out.println("random ladders: " + totalCandidates + " candidates, " + totalFlashes + " flashes, " + reached
                + " reached, " + persisted + " persisted, " + lost + " lost, " + overflow + " overflowed; identical");
    }

    @Test
    void trackerAloneWithAShallowerViewGivesBitIdenticalEvents() {
        for (int view : new int[] {1, 4, 10}) {
            long seed = 77 + view;
            RandomBooks books = new RandomBooks(seed, 10);
            DepthEventTracker fast = new DepthEventTracker(10, view);
            PreviousDepthEventTracker previous = new PreviousDepthEventTracker(10, view);
            for (int u = 0; u < 20_000; u++) {
                Tick t = books.next();
                fast.onTick(t);
                previous.onTick(t);
                boolean detail = u % 3 == 0;
                List<Long> a = new ArrayList<>(), b = new ArrayList<>();
                for (OfferSide side : SIDES) {
                    events(a, previous, side, 10, detail);
                    events(b, fast, side, 10, detail);
                }
                assertEquals(a, b, "view " + view + ", seed " + seed + ", update " + u);
            }
        }
    }

    @Test
    void realBinanceBooksGiveBitIdenticalResults() throws Exception {
        Path dir = TestData.require("binance/spot");
        for (String symbol : new String[] {"btcusdt", "ethusdt"}) {
            Pair p = new Pair(symbol, SpoofSettings.defaults());
            DepthEventTracker shallowFast = new DepthEventTracker(10, 5);
            PreviousDepthEventTracker shallowPrevious = new PreviousDepthEventTracker(10, 5);
            long[] n = {0};
            new BinanceBookBuilder(Instruments.of(symbol), 10, t -> {
                p.onTick(t, n[0]++ % 5 == 0);
                shallowFast.onTick(t);
                shallowPrevious.onTick(t);
                for (OfferSide side : SIDES) {
                    assertEquals(bits(shallowPrevious.pulled(side)), bits(shallowFast.pulled(side)), symbol + " view 5");
                    assertEquals(bits(shallowPrevious.added(side)), bits(shallowFast.added(side)), symbol + " view 5");
                    assertEquals(bits(shallowPrevious.consumed(side)), bits(shallowFast.consumed(side)), symbol + " view 5");
                }
            }, null, ProblemLog.failing()).read(Arrays.asList(dir.resolve(symbol + "_20240808.gz"),
                    dir.resolve(symbol + "_20240809.gz")));
            assertTrue(p.fast.candidates() > 500, symbol + " candidates " + p.fast.candidates());
            System.out.println(symbol + ": " + p.updates + " books, " + p.fast.candidates() + " candidates, "
                    + p.fastFlashes.got.size() + " flashes, identical");
        }
    }
}
