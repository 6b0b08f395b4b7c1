package io.orderflow.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * Value area and POC: the worked example of reference §b.9 under both growth conventions, the tie
 * rules, and edge cases — all computed by hand.
 */
class ValueAreaTest {
    /** §b.9: prices 100..106 with volumes 5, 10, 20, 40 (POC), 30, 15, 5; total 125, 70% = 87.5. */
    private static final double[] B9 = {5, 10, 20, 40, 30, 15, 5};

    @Test
    void referenceExampleGrowingOneRowAtATimeGives102To104() {
        ValueArea va = ValueArea.compute(B9, 7, 100, 1, 0.70, ValueAreaMethod.ONE_ROW);
        assertEquals(103, va.pocPrice());
        assertEquals(102, va.lowPrice());
        assertEquals(104, va.highPrice());
        assertEquals(90, va.volume());   // 40 + 30 + 20
        assertEquals(125, va.totalVolume());
        assertEquals(0.72, va.share(), 1e-12);
    }

    @Test
    void referenceExampleGrowingTwoRowsAtATimeGives101To105() {
        ValueArea va = ValueArea.compute(B9, 7, 100, 1, 0.70, ValueAreaMethod.TWO_ROWS);
        assertEquals(103, va.pocPrice());
        assertEquals(101, va.lowPrice());
        assertEquals(105, va.highPrice());
        assertEquals(115, va.volume());  // 40 + (30+15) + (20+10)
        assertEquals(0.92, va.share(), 1e-12);
    }

    @Test
    void referenceExampleThroughAVolumeProfileGivesTheSameRows() {
        VolumeProfile p = new VolumeProfile(1, 16);
        for (int i = 0; i < B9.length; i++) p.add(100 + i, B9[i], 0);
        assertEquals(103, p.pocPrice());
        ValueArea one = p.valueArea(0.70, ValueAreaMethod.ONE_ROW);
        assertEquals(102, one.lowPrice());
        assertEquals(104, one.highPrice());
        ValueArea two = p.valueArea(0.70, ValueAreaMethod.TWO_ROWS);
        assertEquals(101, two.lowPrice());
        assertEquals(105, two.highPrice());
    }

    @Test
    void rowsOfTenPointsReportRowLowEdges() {
        VolumeProfile p = new VolumeProfile(10, 16);
        // prices 1000..1069 in rows of 10: each row gets B9's volume spread over two prices
        for (int i = 0; i < B9.length; i++) {
            p.add(1000 + 10 * i + 3, B9[i] / 2, 0);
            p.add(1000 + 10 * i + 9, B9[i] / 2, 0);
        }
        ValueArea va = p.valueArea(0.70, ValueAreaMethod.ONE_ROW);
        assertEquals(1030, va.pocPrice());
        assertEquals(1020, va.lowPrice());
        assertEquals(1040, va.highPrice());
        assertEquals(1050, va.highEdge());
        assertEquals(true, va.contains(1049));
        assertEquals(false, va.contains(1050));
    }

    @Test
    void ninjaTraderSixtyEightPercentStopsTheTwoRowAreaAfterOnePair() {
        // 68% of 125 = 85: 40 + (30 + 15) = 85 already reaches it
        ValueArea two = ValueArea.compute(B9, 7, 100, 1, 0.68, ValueAreaMethod.TWO_ROWS);
        assertEquals(103, two.lowPrice());
        assertEquals(105, two.highPrice());
        ValueArea one = ValueArea.compute(B9, 7, 100, 1, 0.68, ValueAreaMethod.ONE_ROW);
        assertEquals(102, one.lowPrice());
        assertEquals(104, one.highPrice());
    }

    @Test
    void oneRowTieGoesUpByDefaultAndDownWhenAsked() {
        double[] v = {20, 50, 20};   // target 63: the POC alone is not enough
        ValueArea up = ValueArea.compute(v, 3, 0, 1, 0.7, ValueAreaMethod.ONE_ROW);
        assertEquals(ValueAreaMethod.Tie.UP, up.tie());
        assertEquals(1, up.lowPrice());
        assertEquals(2, up.highPrice());
        ValueArea down = ValueArea.compute(v, 3, 0, 1, 0.7, ValueAreaMethod.ONE_ROW, ValueAreaMethod.Tie.DOWN);
        assertEquals(0, down.lowPrice());
        assertEquals(1, down.highPrice());
    }

    @Test
    void twoRowTieGoesDownByDefault() {
        double[] v = {14, 16, 50, 17, 13};   // target 77; pairs 30 vs 30
        ValueArea va = ValueArea.compute(v, 5, 0, 1, 0.7, ValueAreaMethod.TWO_ROWS);
        assertEquals(ValueAreaMethod.Tie.DOWN, va.tie());
        assertEquals(0, va.lowPrice());
        assertEquals(2, va.highPrice());
        assertEquals(80, va.volume());
    }

    @Test
    void pocTieGoesToTheRowClosestToTheMiddleThenTheLower() {
        // rows 0..5, middle 2.5: rows 1, 3, 4 hold 9; row 3 is closest
        assertEquals(3, ValueArea.pocIndex(new double[] {5, 9, 1, 9, 9, 5}, 6));
        // rows 0 and 2 equally close to the middle (1): the lower wins
        assertEquals(0, ValueArea.pocIndex(new double[] {9, 1, 9}, 3));
    }

    @Test
    void areaGrowsOnTheOnlySideLeftAndCountsEmptyRowsInside() {
        // POC at the top; an empty row inside the range is part of the area with volume 0
        double[] v = {30, 0, 10, 60};
        ValueArea va = ValueArea.compute(v, 4, 0, 1, 0.9, ValueAreaMethod.ONE_ROW);
        assertEquals(3, va.pocPrice());
        assertEquals(0, va.lowPrice());
        assertEquals(3, va.highPrice());
        assertEquals(100, va.volume());
    }

    @Test
    void wholeShareTakesEveryRowAndOneRowIsItsOwnArea() {
        ValueArea all = ValueArea.compute(B9, 7, 100, 1, 1.0, ValueAreaMethod.ONE_ROW);
        assertEquals(100, all.lowPrice());
        assertEquals(106, all.highPrice());
        ValueArea single = ValueArea.compute(new double[] {7}, 1, 55, 5, 0.7, ValueAreaMethod.TWO_ROWS);
        assertEquals(55, single.lowPrice());
        assertEquals(55, single.highPrice());
        assertEquals(1.0, single.share());
    }

    @Test
    void shareOutsideZeroToOneIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> ValueArea.compute(B9, 7, 0, 1, 0, ValueAreaMethod.ONE_ROW));
        assertThrows(IllegalArgumentException.class, () -> ValueArea.compute(B9, 7, 0, 1, 1.01, ValueAreaMethod.ONE_ROW));
        assertThrows(IllegalArgumentException.class, () -> ValueAreaMethod.parse("three"));
        assertEquals(ValueAreaMethod.TWO_ROWS, ValueAreaMethod.parse("two-rows"));
    }
}
