package io.orderflow.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Footprint rows, diagonal imbalances (reference §b.9 item 2, NinjaTrader's example), stacked zones
 * and their life, absorption and exhaustion — by hand.
 */
class FootprintTest {

    private static FootprintBar bar(FootprintSettings s, double[][] rows, long closePrice) {
        // rows: {price, buy, sell}
        Footprint f = new Footprint(s, 4);
        for (double[] r : rows) {
            if (r[1] > 0) f.add((long) r[0], r[1], Aggressor.BUY);
            if (r[2] > 0) f.add((long) r[0], r[2], Aggressor.SELL);
        }
        f.add(closePrice, 0, 0);
        return f.closeBar(0, 60_000);
    }

    @Test
    void ninjaTraderExampleIsABuyImbalanceAtRatioOneAndAHalfButNotThreeAndAHalf() {
        double[][] rows = {{100, 0, 300}, {101, 1000, 0}};
        FootprintBar at15 = bar(FootprintSettings.rows(1).withImbalanceRatio(1.5), rows, 101);
        assertTrue(at15.isBuyImbalance(at15.indexOf(101)));
        assertEquals(1, at15.buyImbalanceCount());
        FootprintBar at35 = bar(FootprintSettings.rows(1).withImbalanceRatio(3.5), rows, 101);
        assertFalse(at35.isBuyImbalance(at35.indexOf(101)));
        // exactly r * B counts (A >= r B): 1000 >= 3.333... * 300
        FootprintBar edge = bar(FootprintSettings.rows(1).withImbalanceRatio(1000.0 / 300), rows, 101);
        assertTrue(edge.isBuyImbalance(edge.indexOf(101)));
    }

    @Test
    void anEmptyOppositeCellIsNoImbalanceWhenIgnoringZerosAndOneOtherwise() {
        double[][] rows = {{100, 0, 0}, {101, 1000, 0}};
        FootprintBar ignoring = bar(FootprintSettings.rows(1).withImbalanceRatio(1.5), rows, 101);
        assertFalse(ignoring.isBuyImbalance(ignoring.indexOf(101)));
        FootprintBar counting = bar(FootprintSettings.rows(1).withImbalanceRatio(1.5).withIgnoreZeros(false), rows, 101);
        assertTrue(counting.isBuyImbalance(counting.indexOf(101)));
        // and a missing row below counts as an empty cell too
        FootprintBar missing = bar(FootprintSettings.rows(1).withIgnoreZeros(false), new double[][] {{101, 5, 0}}, 101);
        assertTrue(missing.isBuyImbalance(0));
    }

    @Test
    void minimumVolumeFiltersSmallImbalances() {
        double[][] rows = {{100, 0, 3}, {101, 10, 0}};
        assertTrue(bar(FootprintSettings.rows(1), rows, 101).isBuyImbalance(1));
        assertFalse(bar(FootprintSettings.rows(1).withMinImbalanceVolume(11), rows, 101).isBuyImbalance(1));
    }

    @Test
    void sellImbalanceComparesSellsWithBuysOneRowAbove() {
        double[][] rows = {{100, 0, 900}, {101, 300, 0}};
        FootprintBar b = bar(FootprintSettings.rows(1), rows, 100);
        assertTrue(b.isSellImbalance(0));
        assertFalse(b.isBuyImbalance(1));
        assertEquals(1, b.sellImbalanceCount());
    }

    @Test
    void rowsOfSeveralPointsAggregateAndReportLowEdges() {
        Footprint f = new Footprint(FootprintSettings.rows(10), 4);
        f.add(1003, 1, 1);
        f.add(1009, 2, -1);
        f.add(1010, 4, 0);
        f.add(995, 1, 1);
        assertEquals(3, f.rowCount());
        assertEquals(3, f.volumeAt(1000));
        FootprintBar b = f.closeBar(5, 10);
        assertEquals(3, b.rowCount());
        assertEquals(990, b.rowPrice(0));
        assertEquals(1000, b.rowPrice(1));
        assertEquals(1010, b.rowPrice(2));
        assertEquals(1, b.buyVolume(1));
        assertEquals(2, b.sellVolume(1));
        assertEquals(-1, b.delta(1));
        assertEquals(4, b.totalVolume(2));
        assertEquals(8, b.totalVolume());
        assertEquals(1010, b.pocPrice());
        assertEquals(995, b.closePrice());
        assertEquals(0, f.rowCount());     // cleared for the next bar
        assertEquals(0, f.volumeAt(1000));
    }

    @Test
    void threeStackedBuyImbalancesMakeASupportZoneThatLivesUntilPriceTradesBelowIt() {
        double[][] rows = {{100, 0, 10}, {101, 40, 10}, {102, 40, 10}, {103, 40, 10}, {104, 5, 0}};
        FootprintBar b = bar(FootprintSettings.rows(1), rows, 104);
        assertEquals(3, b.buyImbalanceCount());
        assertEquals(1, b.zoneCount());
        ImbalanceZone z = b.zone(0);
        assertTrue(z.isSupport());
        assertEquals(101, z.lowPrice());
        assertEquals(104, z.highEdge());
        assertEquals(3, z.rows());
        assertEquals(60_000, z.createdMs());

        ImbalanceZones zones = new ImbalanceZones();
        zones.addAll(b);
        zones.onPrice(61_000, 103);
        zones.onPrice(62_000, 101);          // inside the zone: a test, not a break
        assertSame(z, zones.nearestSupportBelow(102));
        assertNull(zones.nearestResistanceAbove(102));
        assertEquals(1, zones.size());
        zones.onPrice(63_000, 100);          // below its low: broken
        assertEquals(0, zones.size());
        assertFalse(z.isAlive());
        assertEquals(63_000, z.brokenMs());
        assertEquals(1, zones.broken());
    }

    @Test
    void twoStackedRowsAreNotAZoneUnlessConfigured() {
        double[][] rows = {{100, 0, 10}, {101, 40, 10}, {102, 40, 10}, {103, 5, 20}};
        assertEquals(0, bar(FootprintSettings.rows(1), rows, 103).zoneCount());
        assertEquals(1, bar(FootprintSettings.rows(1).withStackedRows(2), rows, 103).zoneCount());
    }

    @Test
    void resistanceZoneBreaksAtItsTopEdgeAndOldestZonesDropBeyondCapacity() {
        ImbalanceZones zones = new ImbalanceZones(2);
        ImbalanceZone r1 = new ImbalanceZone(ImbalanceZone.RESISTANCE, 200, 230, 3, 1);
        ImbalanceZone s1 = new ImbalanceZone(ImbalanceZone.SUPPORT, 100, 130, 3, 2);
        ImbalanceZone r2 = new ImbalanceZone(ImbalanceZone.RESISTANCE, 300, 330, 3, 3);
        zones.add(r1);
        zones.add(s1);
        zones.add(r2);                       // capacity 2: r1 dropped
        assertEquals(1, zones.dropped());
        assertEquals(2, zones.size());
        zones.onPrice(10, 329);
        assertTrue(r2.isAlive());
        zones.onPrice(11, 330);              // at the top edge: traded through
        assertFalse(r2.isAlive());
        assertTrue(r1.isAlive());            // dropped zones are not judged
        assertEquals(1, zones.size());
    }

    @Test
    void heavyBuyingAtTheHighWithACloseBelowIsAbsorption() {
        // mean row volume = (10 + 10 + 10 + 10 + 60) / 5 = 20; top 2 rows buy 5 + 60 = 65 < 2.0 * 2 * 20 = 80
        double[][] light = {{100, 5, 5}, {101, 5, 5}, {102, 5, 5}, {103, 5, 5}, {104, 60, 0}};
        assertFalse(bar(FootprintSettings.rows(1), light, 101).absorptionAtHigh());
        // top rows buy 10 + 100 = 110; total 140 over 5 rows -> mean 28; 110 < 2 * 2 * 28 = 112; factor 1.5 -> 84: yes
        double[][] heavy = {{100, 5, 5}, {101, 5, 5}, {102, 5, 5}, {103, 10, 0}, {104, 100, 0}};
        assertFalse(bar(FootprintSettings.rows(1), heavy, 101).absorptionAtHigh());
        FootprintSettings s = FootprintSettings.rows(1).withAbsorptionFactor(1.5);
        assertTrue(bar(s, heavy, 101).absorptionAtHigh());
        assertFalse(bar(s, heavy, 103).absorptionAtHigh());   // closed in the top rows: price progressed
        assertFalse(bar(s, heavy, 101).absorptionAtLow());
    }

    @Test
    void heavySellingAtTheLowWithACloseAboveIsAbsorption() {
        double[][] rows = {{100, 0, 100}, {101, 0, 10}, {102, 5, 5}, {103, 5, 5}, {104, 5, 5}};
        FootprintSettings s = FootprintSettings.rows(1).withAbsorptionFactor(1.5);
        assertTrue(bar(s, rows, 103).absorptionAtLow());
        assertFalse(bar(s, rows, 101).absorptionAtLow());
    }

    @Test
    void thinBuyingIntoTheHighIsExhaustion() {
        // mean 81 / 4 = 20.25; top row buy 1 <= 0.25 * 20.25 and below the row beneath (20)
        double[][] rows = {{100, 10, 20}, {101, 20, 10}, {102, 20, 0}, {103, 1, 0}};
        FootprintBar b = bar(FootprintSettings.rows(1), rows, 102);
        assertTrue(b.exhaustionAtHigh());
        assertFalse(b.exhaustionAtLow());            // sells at the low 20 are not thin
        double[][] lows = {{100, 0, 2}, {101, 10, 20}, {102, 20, 10}, {103, 20, 0}};
        assertTrue(bar(FootprintSettings.rows(1), lows, 101).exhaustionAtLow());
    }

    @Test
    void settingsRejectNonsense() {
        assertThrows(IllegalArgumentException.class, () -> FootprintSettings.rows(0));
        assertThrows(IllegalArgumentException.class, () -> FootprintSettings.rows(1).withImbalanceRatio(0.5));
        assertThrows(IllegalArgumentException.class, () -> FootprintSettings.rows(1).withStackedRows(1));
        assertThrows(IllegalArgumentException.class, () -> FootprintSettings.rows(1).withMinImbalanceVolume(-1));
    }
}
