package io.orderflow.jforex.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.orderflow.jforex.indicator.FootprintStyle.Level;

/** The footprint's zoom fallbacks and cell numbers, by hand. */
class FootprintLevelTest {
    @Test
    void numbersOnlyWhenRowAndColumnHoldTheWidestText() {
        // text 46 px wide (two numbers and the gap), 13 px high: the column needs 46 + 4 px
        assertEquals(Level.NUMBERS, FootprintLogic.level(Level.NUMBERS, 20f, 60f, 46, 13));
        assertEquals(Level.NUMBERS, FootprintLogic.level(Level.NUMBERS, 13f, 50f, 46, 13), "exactly fits");
        assertEquals(Level.HEAT_MAP, FootprintLogic.level(Level.NUMBERS, 20f, 49.9f, 46, 13), "column too narrow");
        assertEquals(Level.HEAT_MAP, FootprintLogic.level(Level.NUMBERS, 12.9f, 60f, 46, 13), "row too low");
        assertEquals(Level.HEAT_MAP, FootprintLogic.level(Level.NUMBERS, 1f, 3f, 46, 13), "one-pixel rows still a heat map");
        assertEquals(Level.BAR_TOTALS, FootprintLogic.level(Level.NUMBERS, 0.9f, 60f, 46, 13), "rows under a pixel");
        assertEquals(Level.BAR_TOTALS, FootprintLogic.level(Level.NUMBERS, 20f, 2.9f, 0, 13), "columns under 3 pixels");
    }

    @Test
    void theDetailOptionCapsTheLevel() {
        assertEquals(Level.HEAT_MAP, FootprintLogic.level(Level.HEAT_MAP, 20f, 60f, 46, 13));
        assertEquals(Level.BAR_TOTALS, FootprintLogic.level(Level.BAR_TOTALS, 20f, 60f, 46, 13));
        assertEquals(Level.BAR_TOTALS, FootprintLogic.level(Level.HEAT_MAP, 0.5f, 60f, 46, 13), "never more than fits");
    }

    @Test
    void cellNumbersAreRoundedForPeople() {
        assertEquals("0", CellFormat.format(0));
        assertEquals("12", CellFormat.format(12));
        assertEquals("-5", CellFormat.format(-5));
        assertEquals("3.75", CellFormat.format(3.75));
        assertEquals("0.33", CellFormat.format(1 / 3.0));
        assertEquals("12.3", CellFormat.format(12.34));
        assertEquals("123", CellFormat.format(123.4));
        assertEquals("9999", CellFormat.format(9999));
        assertEquals("12.3k", CellFormat.format(12_345));
        assertEquals("-150k", CellFormat.format(-150_000));
        assertEquals("", CellFormat.format(Double.NaN));
    }
}
