package io.orderflow.book;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.orderflow.market.OfferSide;
import io.orderflow.market.Tick;

/** Synthetic scenarios: the detector must fire on a repeated spoof and stay silent on benign size. */
class SpoofScoreTest {
    private static final long SEED = 4242L;

    private static void warmUp(SyntheticBook book, SpoofScore score, int updates) {
        for (int i = 0; i < updates; i++) score.onTick(book.next());
    }

    @Test
    void repeatedLargeBidsPulledBeforeThePriceReachesThemWhileTheMidRisesScoreHigh() {
        SyntheticBook book = new SyntheticBook(SEED, 100);
        List<double[]> flashes = new ArrayList<>();
        SpoofScore score = new SpoofScore(SpoofSettings.defaults(),
                (time, side, price, level, dist, mult, life, drift, sideScore) -> {
                    assertEquals(OfferSide.BID, side);
                    flashes.add(new double[] {price, level, dist, mult, life, drift, sideScore});
                });
        DepthImbalance plain = new DepthImbalance(10);
        warmUp(book, score, 300);
        double plainSum = 0, robustSum = 0;
        int during = 0;
        for (int rep = 0; rep < 5; rep++) {
            long p = book.bestBid - 3; // level 3, three points behind the touch
            for (int u = 0; u < 15; u++) { // 1.5 s of fake size while the mid creeps up
                if (u == 7) book.bestBid++;
                book.override(p, 12.0);
                Tick t = book.next();
                score.onTick(t);
                plain.onTick(t);
                if (rep >= 2) {
                    plainSum += plain.value();
                    robustSum += score.robustImbalance();
                    during++;
                }
            }
            // pulled, never reached; then normal book for 5 s
            for (int u = 0; u < 50; u++) score.onTick(book.next());
        }
        assertEquals(5, score.flashes(OfferSide.BID));
        assertEquals(0, score.flashes(OfferSide.ASK));
        assertEquals(5, flashes.size());
        for (double[] f : flashes) {
            assertEquals(3.0, f[1], 0.0, "level");
            assertEquals(3.0, f[2], 0.0, "distance in points");
            assertTrue(f[3] >= 4.0, "size multiple " + f[3]);
            assertEquals(1500.0, f[4], 0.0, "life: pulled on the 16th update");
            assertEquals(1.0, f[5], 0.0, "mid drift: the whole book moved up one point");
        }
        assertTrue(score.score(OfferSide.BID) > 0.8, "bid score " + score.score(OfferSide.BID));
        assertEquals(0.0, score.score(OfferSide.ASK), 0.0);
        assertEquals(1.0, score.driftAgreement(OfferSide.BID), 0.0);
        assertEquals(1.0, score.oneSidedness(OfferSide.BID), 0.0);
        assertEquals(score.score(OfferSide.BID), score.levelPullScore(OfferSide.BID, 3), 0.0);
        assertEquals(0.0, score.levelPullScore(OfferSide.BID, 5), 0.0);
        assertEquals(0.0, score.levelPullScore(OfferSide.ASK, 3), 0.0);
        // The fake size props up the plain imbalance; the robust one discounts it.
        double plainMean = plainSum / during, robustMean = robustSum / during;
        assertTrue(plainMean > 0.2, "plain imbalance during the spoof " + plainMean);
        assertTrue(robustMean < plainMean / 2, "robust " + robustMean + " vs plain " + plainMean);
        System.out.printf("spoof scenario: score %.3f, plain imbalance %.3f, robust %.3f, flashes %d, candidates %d%n",
                score.score(OfferSide.BID), plainMean, robustMean, score.flashes(OfferSide.BID), score.candidates());
    }

    @Test
    void theScoreDecaysWithItsHalfLife() {
        SyntheticBook book = new SyntheticBook(SEED, 100);
        SpoofScore score = new SpoofScore(SpoofSettings.defaults().withRepeats(1), null);
        warmUp(book, score, 300);
        long p = book.bestBid - 4;
        for (int u = 0; u < 5; u++) {
            if (u == 2) book.bestBid++;
            book.override(p, 12.0);
            score.onTick(book.next());
        }
        score.onTick(book.next());
        assertEquals(1, score.flashes(OfferSide.BID));
        assertEquals(1.0, score.score(OfferSide.BID), 1e-12);
        for (int u = 0; u < 600; u++) score.onTick(book.next()); // 60 s later
        assertEquals(0.5, score.flashWeight(OfferSide.BID), 1e-9);
    }

    @Test
    void largeSizeThatStaysIsNotEvidence() {
        SyntheticBook book = new SyntheticBook(SEED, 100);
        SpoofScore score = new SpoofScore();
        warmUp(book, score, 300);
        for (int rep = 0; rep < 5; rep++) {
            long p = book.bestBid - 3;
            for (int u = 0; u < 80; u++) { // 8 s > maxLife
                book.override(p, 12.0);
                score.onTick(book.next());
            }
            for (int u = 0; u < 20; u++) score.onTick(book.next());
        }
        // The first ones persist; the level's baseline then learns that size lives there.
        assertTrue(score.persisted() >= 1);
        assertEquals(score.candidates(), score.persisted());
        assertEquals(0, score.flashes(OfferSide.BID));
        assertEquals(0.0, score.maxScore(), 0.0);
    }

    @Test
    void largeSizeThatThePriceReachesIsNotEvidence() {
        SyntheticBook book = new SyntheticBook(SEED, 100);
        SpoofScore score = new SpoofScore();
        warmUp(book, score, 300);
        for (int rep = 0; rep < 5; rep++) {
            long p = book.bestBid - 3;
            for (int u = 0; u < 12; u++) {
                if (u % 3 == 2 && book.bestBid > p) book.bestBid--; // sellers walk the bid down to it
                book.override(p, 12.0);
                score.onTick(book.next());
            }
            for (int u = 0; u < 30; u++) score.onTick(book.next()); // consumed at the touch, then a quiet book
            book.bestBid += 3;
        }
        assertEquals(5, score.reached());
        assertEquals(0, score.flashes(OfferSide.BID) + score.flashes(OfferSide.ASK));
        assertEquals(0.0, score.maxScore(), 0.0);
    }

    @Test
    void ordinaryQuoteFlickerAndLargeSizeNearTheTouchAreNotEvidence() {
        SyntheticBook book = new SyntheticBook(SEED, 100);
        SpoofScore score = new SpoofScore();
        warmUp(book, score, 300);
        for (int u = 0; u < 5_000; u++) {
            if (u % 40 == 5) book.override(book.bestAsk() + 1, 12.0); // level 1 flashes: closer than d
            if (u % 97 == 0) book.bestBid += book.random.nextBoolean() ? 1 : -1;
            score.onTick(book.next()); // every size flickers between 0.5 and 1.5
        }
        assertEquals(0, score.flashes(OfferSide.BID) + score.flashes(OfferSide.ASK));
        assertEquals(0.0, score.maxScore(), 0.0);
        assertEquals(0, score.candidates());
    }

    @Test
    void readingGettersNeverChangesLaterResults() {
        SyntheticBook a = new SyntheticBook(SEED, 100), b = new SyntheticBook(SEED, 100);
        SpoofScore reader = new SpoofScore(), silent = new SpoofScore();
        double sink = 0;
        for (int u = 0; u < 3_000; u++) {
            if (u % 50 >= 40 && u > 300) {
                a.override(a.bestBid - 3, 12.0);
                b.override(b.bestBid - 3, 12.0);
            }
            if (u % 50 == 45) {
                a.bestBid++;
                b.bestBid++;
            }
            reader.onTick(a.next());
            silent.onTick(b.next());
            for (OfferSide side : OfferSide.values()) {
                sink += reader.score(side) + reader.levelPullScore(side, 3) + reader.driftAgreement(side);
                for (int l = 0; l < 10; l++) {
                    sink += reader.events().lastAddedAt(side, l) + reader.events().lastPulledAt(side, l)
                            + reader.events().sizeBefore(side, l);
                }
            }
        }
        assertTrue(reader.flashes(OfferSide.BID) > 0, "scenario produced flashes " + sink);
        for (OfferSide side : OfferSide.values()) {
            assertEquals(Double.doubleToRawLongBits(silent.score(side)), Double.doubleToRawLongBits(reader.score(side)));
            assertEquals(Double.doubleToRawLongBits(silent.flashWeight(side)), Double.doubleToRawLongBits(reader.flashWeight(side)));
            assertEquals(Double.doubleToRawLongBits(silent.events().pulled(side)),
                    Double.doubleToRawLongBits(reader.events().pulled(side)));
        }
        assertEquals(Double.doubleToRawLongBits(silent.robustImbalance()), Double.doubleToRawLongBits(reader.robustImbalance()));
        assertEquals(silent.candidates(), reader.candidates());
    }

    @Test
    void resetForgetsEverything() {
        SyntheticBook book = new SyntheticBook(SEED, 100);
        SpoofScore score = new SpoofScore();
        warmUp(book, score, 300);
        score.reset();
        assertEquals(0, score.updates());
        assertEquals(0.0, score.baseline(OfferSide.BID, 0), 0.0);
        assertEquals(0, score.events().updates());
    }
}
