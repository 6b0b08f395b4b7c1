/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api.indicators;

import java.util.List;

import com.dukascopy.api.IChartObject;
import com.dukascopy.api.drawings.IChartObjectFactory;

/** Chart objects created by an indicator. Complete. */
public interface IIndicatorChartPanel {

    void add(IChartObject chartObject);

    void remove(IChartObject chartObject);

    List<IChartObject> removeAll();

    IChartObjectFactory getChartObjectFactory();

    IChartObject get(String chartObjectKey);

    List<IChartObject> getAll();

    @Deprecated
    long getMinTime();

    @Deprecated
    long getMaxTime();

    @Deprecated
    double getMinPrice();

    @Deprecated
    double getMaxPrice();
}
