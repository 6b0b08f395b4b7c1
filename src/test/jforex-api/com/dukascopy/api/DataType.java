/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** Kinds of feed data. */
public enum DataType {
    TICKS(DataPresentationType.AREA, DataPresentationType.LINE, DataPresentationType.BAR, DataPresentationType.TABLE),
    TICK_BAR(DataPresentationType.BAR, DataPresentationType.CANDLE, DataPresentationType.TABLE),
    TIME_PERIOD_AGGREGATION(DataPresentationType.AREA, DataPresentationType.LINE, DataPresentationType.BAR, DataPresentationType.CANDLE,
            DataPresentationType.TABLE),
    PRICE_RANGE_AGGREGATION(DataPresentationType.RANGE_BAR, DataPresentationType.CANDLE, DataPresentationType.TABLE),
    POINT_AND_FIGURE(DataPresentationType.BOX, DataPresentationType.BAR, DataPresentationType.TABLE),
    RENKO(DataPresentationType.BRICK, DataPresentationType.WICK, DataPresentationType.OPPOSITE_WICK, DataPresentationType.TABLE),
    LINE_BREAK(DataPresentationType.RANGE_BAR, DataPresentationType.WICK, DataPresentationType.TABLE),
    KAGI(DataPresentationType.LINE, DataPresentationType.TABLE);

    private final Set<DataPresentationType> presentationTypes;

    DataType(DataPresentationType... presentationTypes) {
        EnumSet<DataPresentationType> set = EnumSet.noneOf(DataPresentationType.class);
        Collections.addAll(set, presentationTypes);
        this.presentationTypes = set;
    }

    public Set<DataPresentationType> getSupportedPresentationTypes() {
        return EnumSet.copyOf(presentationTypes);
    }

    public boolean isPresentationTypeSupported(DataPresentationType presentationType) {
        return presentationTypes.contains(presentationType);
    }

    /** How a chart draws the data. */
    public enum DataPresentationType {
        AREA, LINE, BAR, BOX, RANGE_BAR, CANDLE, BRICK, WICK, OPPOSITE_WICK, TABLE
    }
}
