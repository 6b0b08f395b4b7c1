package io.orderflow.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TickAndBarTest {

    @Test
    void topOfBookTickHasOneLevelEqualToTheBestPrices() {
        Tick t = new Tick().set(1000, 114545, 114543, 1.5, 2.25);
        assertEquals(1, t.levels());
        assertEquals(Tick.DEFAULT_DEPTH_CAPACITY, t.depthCapacity());
        assertEquals(114545, t.askPrice(0));
        assertEquals(114543, t.bidPrice(0));
        assertEquals(1.5, t.askVolume(0), 0.0);
        assertEquals(2.25, t.bidVolume(0), 0.0);
        assertEquals(2, t.spread());
        assertEquals(229088, t.midTimes2());
    }

    @Test
    void depthLevelsAreCopiedAndCopyFromTruncatesToCapacity() {
        Tick deep = new Tick(3).setDepth(5, 3, new long[] {11, 12, 13}, new double[] {1, 2, 3},
                new long[] {10, 9, 8}, new double[] {4, 5, 6});
        assertEquals(3, deep.levels());
        assertEquals(13, deep.askPrice(2));
        assertEquals(8, deep.bidPrice(2));
        assertEquals(6.0, deep.bidVolume(2), 0.0);
        assertEquals(11, deep.ask());
        assertEquals(10, deep.bid());
        Tick small = new Tick(2).copyFrom(deep);
        assertEquals(2, small.levels());
        assertEquals(12, small.askPrice(1));
        assertEquals(5, small.timeMs());
        assertThrows(IllegalArgumentException.class, () -> new Tick(2).setDepth(0, 3, new long[3], new double[3],
                new long[3], new double[3]));
        assertThrows(IllegalArgumentException.class, () -> new Tick(0));
    }

    @Test
    void barAnswersPerSide() {
        Bar b = new Bar(0, 60_000, 10, 13, 9, 12, 11, 14, 10, 13, 5.5, 6.5, 4);
        assertEquals(10, b.open(OfferSide.BID));
        assertEquals(11, b.open(OfferSide.ASK));
        assertEquals(13, b.high(OfferSide.BID));
        assertEquals(14, b.high(OfferSide.ASK));
        assertEquals(9, b.low(OfferSide.BID));
        assertEquals(10, b.low(OfferSide.ASK));
        assertEquals(12, b.close(OfferSide.BID));
        assertEquals(13, b.close(OfferSide.ASK));
        assertEquals(5.5, b.volume(OfferSide.BID), 0.0);
        assertEquals(6.5, b.volume(OfferSide.ASK), 0.0);
        assertEquals(25, b.midCloseTimes2());
        assertEquals(4, b.tickCount());
    }
}
