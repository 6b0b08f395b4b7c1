/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api;

import java.awt.Color;
import java.util.List;

import com.dukascopy.api.IIndicators.AppliedPrice;
import com.dukascopy.api.indicators.IIndicator;
import com.dukascopy.api.indicators.OutputParameterInfo.DrawingStyle;

/** A chart panel (main chart or indicator sub-panel). Called only: a subset without the deprecated overloads. */
public interface IChartPanel {

    void add(IChartObject chartObject);

    IChartPanel add(IIndicator indicator);

    IChartPanel add(IIndicator indicator, Object[] optParams);

    IChartPanel add(IIndicator indicator, Object[] optParams, Period basePeriod);

    IChartPanel add(IIndicator indicator, Object[] optParams, Instrument instrument, Period period, OfferSide offerSide);

    IChartPanel add(IIndicator indicator, Object[] optParams, Instrument instrument, Period period, OfferSide offerSide,
            Period basePeriod);

    IChartPanel add(IIndicator indicator, Object[] optParams, OfferSide[] offerSides, AppliedPrice[] appliedPrices);

    IChartPanel add(IIndicator indicator, Object[] optParams, Period basePeriod, OfferSide[] offerSides, AppliedPrice[] appliedPrices);

    IChartPanel add(IIndicator indicator, Object[] optParams, Color[] outputColors, DrawingStyle[] outputDrawingStyles,
            int[] outputWidths);

    IChartPanel add(IIndicator indicator, Object[] optParams, Period basePeriod, Color[] outputColors,
            DrawingStyle[] outputDrawingStyles, int[] outputWidths);

    IChartPanel add(IIndicator indicator, Object[] optParams, Instrument instrument, Period period, OfferSide offerSide,
            OfferSide[] offerSides, AppliedPrice[] appliedPrices, Color[] outputColors, DrawingStyle[] outputDrawingStyles,
            int[] outputWidths);

    IChartPanel add(IIndicator indicator, Object[] optParams, Instrument instrument, Period period, OfferSide offerSide,
            Period basePeriod, OfferSide[] offerSides, AppliedPrice[] appliedPrices, Color[] outputColors,
            DrawingStyle[] outputDrawingStyles, int[] outputWidths);

    List<IIndicator> getIndicators();

    IChartObject get(String chartObjectKey);

    List<IChartObject> getAll();

    double getMinPrice();

    double getMaxPrice();

    void removeIndicator(IIndicator indicator);

    IChartObject remove(String chartObjectKey);

    void remove(IChartObject chartObject);

    void removeAll();
}
