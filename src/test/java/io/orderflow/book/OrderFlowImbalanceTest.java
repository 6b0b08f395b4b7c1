package io.orderflow.book;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

import io.orderflow.market.Tick;
import io.orderflow.testing.Seeds;

/** The unit cases of orderflow-reference.md §b.1 and the streaming calculator against a slow reference. */
class OrderFlowImbalanceTest {
    // EURUSD prices in points: 1.10000 = 110000.

    @Test
    void bidSizeGrowingAtUnchangedPriceAddsTheDifference() {
        assertEquals(1.0, OrderFlowImbalance.bidPart(110000, 2, 110000, 3), 0.0);
    }

    @Test
    void bidImprovingAddsTheWholeNewQueue() {
        assertEquals(1.0, OrderFlowImbalance.bidPart(110000, 2, 110010, 1), 0.0);
    }

    @Test
    void bidRetreatingRemovesTheWholeOldQueue() {
        assertEquals(-2.0, OrderFlowImbalance.bidPart(110000, 2, 109990, 5), 0.0);
    }

    @Test
    void askSizeGrowingAtUnchangedPriceIsSellingPressure() {
        assertEquals(-2.0, OrderFlowImbalance.askPart(110020, 4, 110020, 6), 0.0);
    }

    @Test
    void askImprovingSubtractsTheWholeNewQueue() {
        assertEquals(-1.0, OrderFlowImbalance.askPart(110020, 4, 110010, 1), 0.0);
    }

    @Test
    void askRetreatingAddsTheWholeOldQueue() {
        assertEquals(4.0, OrderFlowImbalance.askPart(110020, 4, 110030, 5), 0.0);
    }

    @Test
    void unchangedPriceWithUnchangedSizeContributesNothing() {
        assertEquals(0.0, OrderFlowImbalance.contribution(110000, 2, 110020, 4, 110000, 2, 110020, 4), 0.0);
    }

    @Test
    void inclusiveInequalitiesKeepSizeChangesAtTheTouch() {
        // Strict > and < would give 0 here: both prices unchanged, bid +1.5, ask -0.5.
        assertEquals(1.5 + 0.5, OrderFlowImbalance.contribution(110000, 2, 110020, 4, 110000, 3.5, 110020, 3.5), 1e-15);
    }

    @Test
    void streamingSumsContributionsAndIgnoresTheFirstQuote() {
        OrderFlowImbalance ofi = new OrderFlowImbalance();
        Tick t = new Tick(1);
        ofi.onTick(t.set(0, 110020, 110000, 4, 2));
        assertEquals(0.0, ofi.last(), 0.0);
        ofi.onTick(t.set(1, 110020, 110000, 6, 3)); // bid +1, ask -2
        assertEquals(-1.0, ofi.last(), 0.0);
        ofi.onTick(t.set(2, 110030, 110010, 5, 1)); // bid improves +1, ask retreats +6
        assertEquals(7.0, ofi.last(), 0.0);
        assertEquals(6.0, ofi.cumulative(), 0.0);
        assertEquals(3, ofi.updates());
        ofi.reset();
        ofi.onTick(t.set(3, 110030, 110010, 5, 1));
        assertEquals(0.0, ofi.cumulative(), 0.0);
    }

    /** e_n written as the verbal case analysis rather than the indicator form. */
    static double referenceContribution(long pb0, double qb0, long pa0, double qa0, long pb, double qb, long pa, double qa) {
        double bid;
        if (pb > pb0) bid = qb;
        else if (pb == pb0) bid = qb - qb0;
        else bid = -qb0;
        double ask;
        if (pa < pa0) ask = -qa;
        else if (pa == pa0) ask = -(qa - qa0);
        else ask = qa0;
        return bid + ask;
    }

    @Test
    void streamingMatchesTheCaseAnalysisOnRandomQuotes() {
        long seed = 20240808L;
        Random r = Seeds.random(seed);
        OrderFlowImbalance ofi = new OrderFlowImbalance();
        long pb = 110000, pa = 110002;
        double qb = 1, qa = 1;
        ofi.onQuote(pb, qb, pa, qa);
        double sum = 0;
        for (int i = 0; i < 100_000; i++) {
            long nb = pb + r.nextInt(3) - 1;
            long na = Math.max(nb + 1, pa + r.nextInt(3) - 1);
            double nqb = r.nextInt(4) == 0 ? qb : 0.25 * (1 + r.nextInt(20));
            double nqa = r.nextInt(4) == 0 ? qa : 0.25 * (1 + r.nextInt(20));
            double expected = referenceContribution(pb, qb, pa, qa, nb, nqb, na, nqa);
            double e = ofi.onQuote(nb, nqb, na, nqa);
            assertEquals(expected, e, 0.0, "seed " + seed + " step " + i);
            sum += expected;
            pb = nb;
            pa = na;
            qb = nqb;
            qa = nqa;
        }
        assertEquals(sum, ofi.cumulative(), 1e-6, "seed " + seed);
    }
}
