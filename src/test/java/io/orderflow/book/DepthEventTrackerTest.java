package io.orderflow.book;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.orderflow.market.OfferSide;
import io.orderflow.market.Tick;

class DepthEventTrackerTest {
    private static Tick book(long[] bids, double[] bidSizes, long[] asks, double[] askSizes) {
        return new Tick(10).setDepth(0, bids.length, asks, askSizes, bids, bidSizes);
    }

    private static final long[] ASKS = {101, 102, 103};

    @Test
    void classifiesSizeChangesByWhereTheyHappen() {
        DepthEventTracker tr = new DepthEventTracker(3);
        tr.onTick(book(new long[] {100, 99, 98}, new double[] {2, 3, 4}, ASKS, new double[] {1, 2, 5}));
        assertEquals(0.0, tr.lastAdded(OfferSide.BID), 0.0);

        // touch 100: 2 -> 1 consumed; 98: 4 -> 1 pulled behind the touch; ask 102: 2 -> 4 added
        tr.onTick(book(new long[] {100, 99, 98}, new double[] {1, 3, 1}, ASKS, new double[] {1, 4, 5}));
        assertEquals(1.0, tr.lastConsumedAt(OfferSide.BID, 0), 0.0);
        assertEquals(3.0, tr.lastPulledAt(OfferSide.BID, 2), 0.0);
        assertEquals(2.0, tr.lastAddedAt(OfferSide.ASK, 1), 0.0);
        assertEquals(2.0, tr.sizeBefore(OfferSide.ASK, 1), 0.0);
        assertEquals(0.0, tr.lastPulled(OfferSide.ASK), 0.0);

        // the touch 100 vanishes: consumed; 97 enters below the old worst level of a full view: revealed, not added
        tr.onTick(book(new long[] {99, 98, 97}, new double[] {3, 1, 6}, ASKS, new double[] {1, 4, 5}));
        assertEquals(1.0, tr.lastConsumedAt(OfferSide.BID, 0), 0.0);
        assertEquals(0.0, tr.lastAdded(OfferSide.BID), 0.0);
        assertEquals(6.0, tr.revealed(OfferSide.BID), 0.0);

        // 98 vanishes while the touch stays at 99 and 98 is inside the view: pulled (level 1)
        tr.onTick(book(new long[] {99, 97, 96}, new double[] {3, 6, 2}, ASKS, new double[] {1, 4, 5}));
        assertEquals(1.0, tr.lastPulledAt(OfferSide.BID, 1), 0.0);
        assertEquals(1.0, tr.lastPulled(OfferSide.BID), 0.0);
        assertEquals(8.0, tr.revealed(OfferSide.BID), 0.0);

        // a better bid appears (added at level 0); 96 drops out of the full view: hidden, not pulled
        tr.onTick(book(new long[] {100, 99, 97}, new double[] {5, 3, 6}, ASKS, new double[] {1, 4, 5}));
        assertEquals(5.0, tr.lastAddedAt(OfferSide.BID, 0), 0.0);
        assertEquals(0.0, tr.lastPulled(OfferSide.BID), 0.0);
        assertEquals(2.0, tr.hidden(OfferSide.BID), 0.0);

        assertEquals(2.0, tr.consumed(OfferSide.BID), 0.0);
        assertEquals(4.0, tr.pulled(OfferSide.BID), 0.0);
        assertEquals(5.0, tr.added(OfferSide.BID), 0.0);
        assertEquals(2.0, tr.added(OfferSide.ASK), 0.0);
        assertEquals(0.0, tr.pulled(OfferSide.ASK), 0.0);
        assertEquals(5, tr.updates());
    }

    @Test
    void askLevelsTheTouchMovesThroughAreConsumed() {
        DepthEventTracker tr = new DepthEventTracker(3);
        long[] bids = {100, 99, 98};
        double[] bs = {1, 1, 1};
        tr.onTick(book(bids, bs, new long[] {101, 102, 103}, new double[] {2, 3, 4}));
        tr.onTick(book(bids, bs, new long[] {103, 104, 105}, new double[] {4, 1, 1}));
        assertEquals(2.0, tr.lastConsumedAt(OfferSide.ASK, 0), 0.0);
        assertEquals(3.0, tr.lastConsumedAt(OfferSide.ASK, 1), 0.0);
        assertEquals(5.0, tr.lastConsumed(OfferSide.ASK), 0.0);
        assertEquals(0.0, tr.lastPulled(OfferSide.ASK), 0.0);
        assertEquals(2.0, tr.revealed(OfferSide.ASK), 0.0);
    }

    @Test
    void aThinBookIsNotTruncatedSoVanishingLevelsArePulledAndNewOnesAdded() {
        DepthEventTracker tr = new DepthEventTracker(10);
        tr.onTick(book(new long[] {100, 99, 98}, new double[] {1, 2, 3}, ASKS, new double[] {1, 1, 1}));
        tr.onTick(book(new long[] {100, 99}, new double[] {1, 2}, new long[] {101, 102}, new double[] {1, 1}));
        assertEquals(3.0, tr.lastPulledAt(OfferSide.BID, 2), 0.0);
        assertEquals(1.0, tr.lastPulledAt(OfferSide.ASK, 2), 0.0);
        tr.onTick(book(new long[] {100, 99, 95}, new double[] {1, 2, 7}, ASKS, new double[] {1, 1, 1}));
        assertEquals(7.0, tr.lastAddedAt(OfferSide.BID, 2), 0.0);
    }

    @Test
    void topOfBookDataOnlyConsumesAndAddsAtTheTouch() {
        DepthEventTracker tr = new DepthEventTracker(1);
        Tick t = new Tick(1);
        tr.onTick(t.set(0, 101, 100, 2, 2));
        tr.onTick(t.set(1, 101, 100, 3, 1));
        assertEquals(1.0, tr.lastConsumed(OfferSide.BID), 0.0);
        assertEquals(1.0, tr.lastAdded(OfferSide.ASK), 0.0);
        tr.onTick(t.set(2, 101, 99, 3, 4)); // bid retreats: old touch consumed, new worse touch revealed
        assertEquals(1.0, tr.lastConsumed(OfferSide.BID), 0.0);
        assertEquals(0.0, tr.lastAdded(OfferSide.BID), 0.0);
        assertEquals(0.0, tr.lastPulled(OfferSide.BID), 0.0);
    }
}
