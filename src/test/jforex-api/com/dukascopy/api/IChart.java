/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api;

import com.dukascopy.api.drawings.IChartObjectFactory;
import com.dukascopy.api.feed.IFeedDescriptor;

/** A chart. Called only: a subset (jforex-api.md 2.6). */
public interface IChart extends Iterable<IChartObject>, IChartPanel {

    void comment(String comment);

    int size();

    Instrument getInstrument();

    Period getSelectedPeriod();

    OfferSide getSelectedOfferSide();

    DataType getDataType();

    PriceRange getPriceRange();

    Filter getFilter();

    IFeedDescriptor getFeedDescriptor();

    void repaint();

    IChartObjectFactory getChartObjectFactory();

    long getMinTime();

    long getMaxTime();

    boolean isHistoricalTesterChart();
}
