package io.orderflow.profile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import io.orderflow.market.SessionAnchor;
import io.orderflow.testing.Seeds;

/** Volume profile store, rolling and fixed windows, sessions with naked POCs, and volume nodes. */
class VolumeProfileTest {

    @Test
    void volumeLandsInFloorRowsAndSplitsBySide() {
        VolumeProfile p = new VolumeProfile(10, 8);
        p.add(105, 2, 1);
        p.add(109, 3, -1);
        p.add(110, 4, 0);
        p.add(-1, 1, 1);      // row -1: [-10, 0)
        assertEquals(10, p.totalVolume());
        assertEquals(3, p.buyVolume());
        assertEquals(3, p.sellVolume());
        assertEquals(0, p.delta());
        assertEquals(5, p.volumeAt(100));
        assertEquals(2, p.buyVolumeAt(101));
        assertEquals(3, p.sellVolumeAt(100));
        assertEquals(4, p.volumeAt(119));
        assertEquals(1, p.volumeAt(-10));
        assertEquals(-10, p.lowPrice());
        assertEquals(110, p.highPrice());
        assertEquals(13, p.rowCount());
        assertEquals(100, p.pocPrice());
        assertArrayEquals(new double[] {1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5, 4}, p.volumes(null));
    }

    @Test
    void clearKeepsWorkingAndEmptyProfileAnswersNothing() {
        VolumeProfile p = new VolumeProfile(1, 8);
        for (int i = 0; i < 100; i++) p.add(i * 7, 1, 1);   // grows beyond its sizing
        assertEquals(100, p.totalVolume());
        p.clear();
        assertTrue(p.isEmpty());
        assertEquals(VolumeProfile.NO_PRICE, p.pocPrice());
        assertNull(p.valueArea());
        assertEquals(0, p.rowCount());
        p.add(5, 2, -1);
        assertEquals(5, p.pocPrice());
        assertEquals(2, p.volumeAt(5));
        assertEquals(0, p.volumeAt(7));
    }

    @Test
    void rollingWindowDropsOldVolumeExactly() {
        RollingVolumeProfile r = new RollingVolumeProfile(1000, 1, 8, 4);
        r.add(0, 100, 0.1, 1);
        r.add(400, 101, 0.2, -1);
        r.add(900, 100, 0.7, 1);
        assertEquals(100, r.profile().pocPrice());
        r.add(1000, 102, 0.05, 0);          // the event at 0 leaves: window (0, 1000]
        assertEquals(0.7, r.profile().volumeAt(100));
        assertEquals(3, r.eventCount());
        r.advanceTo(1900);                  // 400 and 900 leave
        assertEquals(0.0, r.profile().volumeAt(100));
        assertEquals(0.0, r.profile().volumeAt(101));
        assertEquals(102, r.profile().lowPrice());
        assertEquals(102, r.profile().pocPrice());
        r.advanceTo(2000);
        assertTrue(r.profile().isEmpty());
        assertEquals(0.0, r.profile().totalVolume());
    }

    @Test
    void rollingWindowEqualsAProfileRebuiltFromTheWindowsEvents() {
        long seed = 1723161253L;
        Random rnd = Seeds.random(seed);
        RollingVolumeProfile r = new RollingVolumeProfile(60_000, 3, 8, 16);
        List<long[]> events = new ArrayList<>();
        List<Double> vols = new ArrayList<>();
        long t = 0;
        long price = 10_000;
        for (int i = 0; i < 20_000; i++) {
            t += rnd.nextInt(2_000);
            price += rnd.nextInt(7) - 3;
            double v = 0.001 * (1 + rnd.nextInt(3000));
            int side = rnd.nextInt(3) - 1;
            r.add(t, price, v, side);
            events.add(new long[] {t, price, side});
            vols.add(v);
            if (i % 997 == 0) {
                TreeMap<Long, double[]> want = new TreeMap<>();
                for (int k = 0; k < events.size(); k++) {
                    if (events.get(k)[0] > t - 60_000) {
                        double[] row = want.computeIfAbsent(Math.floorDiv(events.get(k)[1], 3L), x -> new double[2]);
                        row[0] += vols.get(k);
                        row[1] += events.get(k)[2] > 0 ? vols.get(k) : 0;
                    }
                }
                VolumeProfile p = r.profile();
                assertEquals(want.firstKey() * 3, p.lowPrice(), "seed " + seed + " low at " + i);
                assertEquals(want.lastKey() * 3, p.highPrice(), "seed " + seed + " high at " + i);
                for (var e : want.entrySet()) {
                    assertEquals(e.getValue()[0], p.volumeAt(e.getKey() * 3), 1e-9, "seed " + seed + " row " + e.getKey());
                    assertEquals(e.getValue()[1], p.buyVolumeAt(e.getKey() * 3), 1e-9, "seed " + seed + " buy " + e.getKey());
                }
            }
        }
    }

    @Test
    void fixedRangeIgnoresEventsOutsideIt() {
        FixedRangeVolumeProfile f = new FixedRangeVolumeProfile(1000, 2000, 1, 8);
        assertFalse(f.add(999, 5, 1, 1));
        assertTrue(f.add(1000, 5, 2, 1));
        assertTrue(f.add(1999, 6, 3, -1));
        assertFalse(f.add(2000, 7, 4, 1));
        assertEquals(5, f.profile().totalVolume());
        assertEquals(6, f.profile().pocPrice());
    }

    @Test
    void volumeNodesFindPeaksAndInteriorValleys() {
        double[] v = {1, 3, 9, 3, 1, 0.5, 1, 4, 10, 4, 1};
        VolumeNodes n = VolumeNodes.find(v, v.length, 100, 1, 1, 2, 1.0, 0.5);
        assertArrayEquals(new long[] {102, 108}, n.highNodes());
        assertArrayEquals(new long[] {105}, n.lowNodes());
        // with the default 3-row smoothing the same shape keeps both peaks and the valley
        VolumeNodes d = VolumeNodes.find(v, v.length, 100, 1);
        assertArrayEquals(new long[] {102, 108}, d.highNodes());
        assertArrayEquals(new long[] {105}, d.lowNodes());
    }

    @Test
    void sessionProfileRestartsAtTheAnchorAndKeepsTheLastSession() {
        long day = 1549238400000L; // 2019-02-04 00:00 UTC
        SessionVolumeProfile s = new SessionVolumeProfile(SessionAnchor.UTC_MIDNIGHT, 1);
        s.add(day + 1_000, 100, 5, 1);
        s.add(day + 2_000, 101, 1, -1);
        assertEquals(100, s.pocPrice());
        assertNull(s.lastSession());
        s.add(day + 86_400_000L + 5, 90, 2, 1);
        assertEquals(1, s.sessionsCompleted());
        SessionSummary last = s.lastSession();
        assertEquals(day, last.startMs());
        assertEquals(day + 86_400_000L, last.endMs());
        assertEquals(100, last.pocPrice());
        assertEquals(6, last.volume());
        assertEquals(4, last.delta());
        assertEquals(90, s.pocPrice());
        assertEquals(2, s.profile().totalVolume());
        assertEquals(1, s.nakedPocs().size());
        assertEquals(100, s.nakedPocs().price(0));
        assertEquals(day, s.nakedPocs().sessionStartMs(0));
    }

    @Test
    void nakedPocDiesWhenPriceLandsInItsRowOrTradesThroughItButNotOnAnOpeningGap() {
        long day = 1549238400000L;
        SessionVolumeProfile s = new SessionVolumeProfile(SessionAnchor.UTC_MIDNIGHT, 10);
        s.add(day + 1, 1000, 5, 1);                        // session 1 POC row 1000
        s.add(day + 86_400_000L, 1100, 1, 1);            // session 2 opens above; POC 1000 naked
        s.add(day + 86_400_000L + 1, 1050, 1, 1);
        assertEquals(1, s.nakedPocs().size());
        assertEquals(1000, s.nakedPocs().nearestBelow(1050));
        assertEquals(VolumeProfile.NO_PRICE, s.nakedPocs().nearestAbove(1050));
        s.add(day + 86_400_000L + 2, 995, 1, -1);         // jumps from row 1050 to row 990: through 1000
        assertEquals(0, s.nakedPocs().size());
        assertEquals(1, s.nakedPocs().touched());

        // session 2's POC is row 1050 (2 events, tie with... volumes 1,1,1 at rows 1100,1050,990: middle row wins)
        s.add(day + 2 * 86_400_000L, 1200, 1, 1);         // session 3 opens with a gap over nothing
        assertEquals(1, s.nakedPocs().size());
        assertEquals(1050, s.nakedPocs().price(0));
        // a gap at the next session's open over a naked POC does not touch it
        s.add(day + 3 * 86_400_000L, 900, 1, -1);         // session 4 opens below both 1050 and 1200
        assertEquals(2, s.nakedPocs().size());
        s.add(day + 3 * 86_400_000L + 1, 1059, 1, 1);      // lands in row 1050
        assertEquals(1, s.nakedPocs().size());
        assertEquals(1200, s.nakedPocs().price(0));
    }

    @Test
    void nakedPocsDropTheOldestBeyondCapacity() {
        NakedPocs n = new NakedPocs(1, 2);
        n.add(10, 0, 1);
        n.add(20, 1, 2);
        n.add(30, 2, 3);
        assertEquals(2, n.size());
        assertEquals(20, n.price(0));
        assertEquals(1, n.dropped());
        n.onPrice(25);
        n.onPrice(21);
        assertEquals(2, n.size());
        n.onPrice(19);           // crosses row 20
        assertEquals(1, n.size());
        assertEquals(30, n.price(0));
    }

    @Test
    void priceRowIndexGrowsClearsAndTakesNegativeKeys() {
        PriceRowIndex ix = new PriceRowIndex(4);
        int cap = ix.capacity();
        for (long k = -50; k < 50; k++) assertEquals(k + 50, ix.getOrAdd(k * 1_000_003L));
        assertTrue(ix.capacity() > cap);
        for (long k = -50; k < 50; k++) assertEquals(k + 50, ix.indexOf(k * 1_000_003L));
        assertEquals(-1, ix.indexOf(7));
        ix.clear();
        assertEquals(0, ix.size());
        assertEquals(-1, ix.indexOf(0));
        assertEquals(0, ix.getOrAdd(42));
        assertEquals(42, ix.keyAt(0));
    }
}
