/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api.indicators;

import java.awt.Color;

import com.dukascopy.api.IBar;
import com.dukascopy.api.Instrument;
import com.dukascopy.api.JFTimeZone;
import com.dukascopy.api.OfferSide;
import com.dukascopy.api.Period;
import com.dukascopy.api.instrument.IFinancialInstrument;

/** Coordinates and chart state for IDrawingIndicator. Complete (jforex-api.md 2.4), so test doubles implement all of it. */
public interface IIndicatorDrawingSupport {

    boolean isChartPanel();

    int getNumberOfCandlesOnScreen();

    int getIndexOfFirstCandleOnScreen();

    float getCandleWidthInPixels();

    float getSpaceBetweenCandlesInPixels();

    float getMiddleOfCandle(int index);

    int getShiftedIndex(int index, int shift);

    int getShiftedIndex(int index, int shift, DisplayMode displayMode);

    long getShiftedTime(long time, int shift);

    float getYForValue(double value);

    int getXForTime(long time);

    int getXForTime(long time, boolean stickToCandleBarTime);

    float getYForValue(int value);

    IBar[] getCandles();

    IFormulaTimeData getFormulaTimeData();

    boolean isLastCandleInProgress();

    int getChartWidth();

    int getChartHeight();

    Instrument getInstrument();

    @Deprecated
    IFinancialInstrument getFinancialInstrument();

    Period getPeriod();

    JFTimeZone getJFTimeZone();

    Period getFormulaPeriod();

    DisplayMode getDisplayMode();

    OfferSide getOfferSide();

    Color getDowntrendColor();

    double getMinPrice();

    double getMaxPrice();

    long getMinTime();

    long getMaxTime();

    boolean isTimeAggregatedPeriod();
}
