package io.orderflow.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Per-bar delta, intrabar extremes, provenance, empty bars, BVC bars and divergence — by hand. */
class DeltaBarCalculatorTest {

    @Test
    void barSumsSidesAndTracksTheRunningDeltaExtremes() {
        DeltaBarCalculator c = new DeltaBarCalculator(AggressorMethod.MID_TICK_RULE, VolumeProxy.TICK_COUNT,
                DeltaReset.NEVER);
        c.beginBar(0);
        c.add(10, 100, 2, Aggressor.BUY);      // running 2
        c.add(20, 99, 5, Aggressor.SELL);      // -3
        c.add(30, 103, 1, Aggressor.BUY);      // -2
        c.add(40, 101, 4, Aggressor.UNKNOWN);  // -2
        DeltaBar b = c.closeBar(60);
        assertEquals(0, b.startMs());
        assertEquals(60, b.endMs());
        assertEquals(100, b.open());
        assertEquals(103, b.high());
        assertEquals(99, b.low());
        assertEquals(101, b.close());
        assertEquals(3, b.buyVolume());
        assertEquals(5, b.sellVolume());
        assertEquals(4, b.unclassifiedVolume());
        assertEquals(12, b.totalVolume());
        assertEquals(-2, b.delta());
        assertEquals(2, b.maxDelta());
        assertEquals(-3, b.minDelta());
        assertEquals(8.0 / 12, b.classifiedShare(), 1e-15);
        assertEquals(4, b.events());
        assertEquals(-2, b.cumulativeDelta());
        assertEquals(2, b.cumulativeDeltaHigh());
        assertEquals(-3, b.cumulativeDeltaLow());
        assertFalse(b.isCumulativeDeltaAnchored());
        assertEquals(AggressorMethod.MID_TICK_RULE, b.method());
        assertEquals(VolumeProxy.TICK_COUNT, b.proxy());
        assertEquals("mid tick rule × tick count", b.provenance());
        assertEquals(-1, b.divergence());      // closed up on negative delta

        DeltaBar empty = c.closeBar(120);      // next bar starts at 60, no events
        assertEquals(60, empty.startMs());
        assertEquals(0, empty.events());
        assertEquals(101, empty.open());
        assertEquals(101, empty.close());
        assertEquals(0, empty.totalVolume());
        assertEquals(-2, empty.cumulativeDelta());

        c.add(130, 100, 3, Aggressor.BUY);
        DeltaBar third = c.closeBar(180);
        assertEquals(120, third.startMs());
        assertEquals(1, third.cumulativeDelta());
        assertEquals(1, third.cumulativeDeltaHigh());
        assertEquals(1, third.cumulativeDeltaLow());
    }

    @Test
    void bvcSplitsEachBarAtCloseOnItsPriceChange() {
        DeltaBarCalculator c = new DeltaBarCalculator(new BulkVolumeClassifier(10, 0), VolumeProxy.TICK_COUNT,
                DeltaReset.NEVER);
        c.add(0, 100, 1, Aggressor.BUY);       // sides are ignored under BVC
        c.add(1, 101, 1, Aggressor.BUY);
        DeltaBar first = c.closeBar(10);       // change close-open = +1, one bar: sigma 0 -> unclassified
        assertEquals(2, first.unclassifiedVolume());
        assertEquals(0, first.delta());
        assertEquals(AggressorMethod.BVC, first.method());
        c.add(11, 100, 1, 0);
        c.add(12, 100, 1, 0);
        DeltaBar second = c.closeBar(20);      // change 100 - 101 = -1; window {+1, -1} -> sigma 1
        double sell = 2 * (1 - BulkVolumeClassifier.normalCdf(-1));
        assertEquals(2 - sell, second.buyVolume(), 1e-12);
        assertEquals(sell, second.sellVolume(), 1e-12);
        assertEquals(0, second.unclassifiedVolume());
        assertEquals(second.delta(), second.maxDelta());
        assertEquals(second.delta(), second.minDelta());
        assertEquals(second.delta(), second.cumulativeDelta(), 1e-15);
        assertTrue(second.delta() < 0);
    }

    @Test
    void divergenceNeedsANewHighUnconfirmedByDelta() {
        DeltaDivergence d = new DeltaDivergence(2);
        assertEquals(0, d.onBar(105, 100, 10));    // sums 10
        assertEquals(0, d.onBar(106, 101, 5));     // 15 (lookback not full before this bar)
        assertEquals(DeltaDivergence.BEARISH, d.onBar(107, 102, -3));   // new high 107 > 106, sum 12 < 15
        assertEquals(0, d.onBar(108, 103, 10));    // new high, sum 22 > max(15, 12): confirmed
        assertEquals(DeltaDivergence.BULLISH, d.onBar(104, 99, 1));     // new low 99 < 102, sum 23 > min 12
    }
}
