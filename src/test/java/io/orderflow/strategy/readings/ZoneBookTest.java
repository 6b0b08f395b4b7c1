package io.orderflow.strategy.readings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ZoneBookTest {
    @Test
    void nearestZonesAboveAndBelowTheClose() {
        ZoneBook z = new ZoneBook(8, 100);
        z.add(ZoneKind.STACKED_BUY_IMBALANCE, 90, 95, 0);
        z.add(ZoneKind.PRIOR_POC, 80, 81, 0);
        z.add(ZoneKind.STACKED_SELL_IMBALANCE, 110, 120, 0);
        z.add(ZoneKind.PRIOR_VALUE_HIGH, 130, 131, 0);
        OrderFlowSnapshot s = new OrderFlowSnapshot();
        z.nearest(100, s);
        assertEquals(ZoneKind.STACKED_SELL_IMBALANCE, s.zoneAboveKind);
        assertEquals(110, s.zoneAboveLow);
        assertEquals(ZoneKind.STACKED_BUY_IMBALANCE, s.zoneBelowKind);
        assertEquals(95, s.zoneBelowHigh);
        z.nearest(93, s); // inside the buy zone: its middle 92.5 is below 93 -> support
        assertEquals(ZoneKind.STACKED_BUY_IMBALANCE, s.zoneBelowKind);
        z.nearest(92, s); // middle above 92 -> resistance now
        assertEquals(ZoneKind.STACKED_BUY_IMBALANCE, s.zoneAboveKind);
        assertEquals(ZoneKind.PRIOR_POC, s.zoneBelowKind);
    }

    @Test
    void aCloseThroughAZoneRemovesItAndOldZonesExpire() {
        ZoneBook z = new ZoneBook(8, 10);
        z.add(ZoneKind.STACKED_SELL_IMBALANCE, 110, 120, 0);
        z.add(ZoneKind.STACKED_BUY_IMBALANCE, 90, 95, 5);
        z.update(3, 100, 115); // into the zone, not through
        assertEquals(2, z.size());
        z.update(4, 115, 125); // previous close inside: not "through" from below
        assertEquals(2, z.size());
        z.update(5, 105, 121);
        assertEquals(1, z.size());
        z.update(15, 100, 100); // the buy zone born at 5 is 10 bars old: still active
        assertEquals(1, z.size());
        z.update(16, 100, 100);
        assertEquals(0, z.size());
    }

    @Test
    void aFullBookDropsTheOldestZone() {
        ZoneBook z = new ZoneBook(2, 100);
        z.add(ZoneKind.PRIOR_POC, 10, 11, 1);
        z.add(ZoneKind.PRIOR_POC, 20, 21, 2);
        z.add(ZoneKind.PRIOR_POC, 30, 31, 3);
        assertEquals(2, z.size());
        OrderFlowSnapshot s = new OrderFlowSnapshot();
        z.nearest(0, s);
        assertEquals(20, s.zoneAboveLow);
        z.add(ZoneKind.PRIOR_POC, 20, 21, 9); // same band again: refreshed, not duplicated
        assertEquals(2, z.size());
    }
}
