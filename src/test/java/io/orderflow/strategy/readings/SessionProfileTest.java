package io.orderflow.strategy.readings;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SessionProfileTest {
    private static SessionProfile fixture(double vaPercent) {
        // orderflow-reference.md §b.9: volumes by price 100:5 101:10 102:20 103:40 104:30 105:15 106:5
        SessionProfile p = new SessionProfile(1, vaPercent, 0.5, 1, 16);
        double[] v = {5, 10, 20, 40, 30, 15, 5};
        for (int i = 0; i < v.length; i++) p.add(100 + i, v[i]);
        return p;
    }

    @Test
    void valueAreaGrowsOneRowAtATimeTowardTheLargerNeighbour() {
        SessionProfile p = fixture(70);
        assertEquals(125, p.total());
        assertEquals(103, p.poc());
        assertEquals(102, p.valueAreaLow());
        assertEquals(104, p.valueAreaHigh());
    }

    @Test
    void aTieBetweenTheNeighboursGrowsUpward() {
        SessionProfile p = new SessionProfile(1, 50, 0.5, 1, 16);
        p.add(10, 1);
        p.add(11, 4);
        p.add(12, 1);
        // 4 of 6 < 50%? 4/6 = 66% >= 50%: POC alone suffices
        assertEquals(11, p.valueAreaLow());
        p.clear();
        p.add(10, 3);
        p.add(11, 4);
        p.add(12, 3);
        // 4/10 < 60%: neighbours tie at 3 -> up first -> 7/10
        SessionProfile q = new SessionProfile(1, 60, 0.5, 1, 16);
        q.add(10, 3);
        q.add(11, 4);
        q.add(12, 3);
        assertEquals(11, q.valueAreaLow());
        assertEquals(12, q.valueAreaHigh());
    }

    @Test
    void pocTiesGoToTheLowestRowAndRowsReportTheirCentre() {
        SessionProfile p = new SessionProfile(10, 70, 0.5, 1, 16);
        p.add(1005, 2); // row 100: 1000..1009, centre 1005
        p.add(1019, 2); // row 101, centre 1015
        p.add(1021, 1); // row 102
        assertEquals(1005, p.poc());
        assertEquals(2, p.volumeAt(1000));
    }

    @Test
    void highVolumeNodesAreLocalMaximaAboveTheFraction() {
        SessionProfile p = new SessionProfile(1, 70, 0.5, 2, 16);
        double[] v = {1, 9, 2, 1, 3, 10, 4, 1, 6, 6, 1};
        for (int i = 0; i < v.length; i++) p.add(200 + i, v[i]);
        // POC 205 (10); min node volume 5; nodes: 201 (9), 205 (10), 208 (6: 209 equal above is allowed, 209 not: 208 below equal)
        long[] out = new long[4];
        assertEquals(2, p.nodes(204, +1, out));
        assertArrayEquals(new long[] {205, 208}, new long[] {out[0], out[1]});
        assertEquals(1, p.nodes(204, -1, out));
        assertEquals(201, out[0]);
        assertEquals(1, p.nodes(205, +1, out));
        assertEquals(208, out[0]);
    }

    @Test
    void farPricesGrowTheRowsWithoutLosingVolume() {
        SessionProfile p = new SessionProfile(1, 70, 0.5, 1, 16);
        p.add(1000, 3);
        p.add(5000, 1);
        p.add(-2000, 2);
        p.add(1000, 1);
        assertEquals(7, p.total());
        assertEquals(4, p.volumeAt(1000));
        assertEquals(1, p.volumeAt(5000));
        assertEquals(2, p.volumeAt(-2000));
        assertEquals(1000, p.poc());
    }
}
