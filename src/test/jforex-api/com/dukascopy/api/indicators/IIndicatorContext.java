/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api.indicators;

import java.io.File;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;

import com.dukascopy.api.IAccount;
import com.dukascopy.api.IConsole;
import com.dukascopy.api.ICurrencyConverter;
import com.dukascopy.api.IDataService;
import com.dukascopy.api.IHistory;
import com.dukascopy.api.Instrument;
import com.dukascopy.api.OfferSide;
import com.dukascopy.api.Period;
import com.dukascopy.api.feed.IFeedDescriptor;
import com.dukascopy.api.feed.IFeedInfo;
import com.dukascopy.api.instrument.IFinancialInstrument;

/**
 * The indicator's access to the platform. Complete (jforex-api.md 2.2), so test doubles implement all of it.
 * getFeedDescriptor returns com.dukascopy.api.feed.IFeedDescriptor.
 */
@SuppressWarnings("overloads")
public interface IIndicatorContext {

    IConsole getConsole();

    IIndicatorsProvider getIndicatorsProvider();

    @Deprecated
    Instrument getInstrument();

    @Deprecated
    Period getPeriod();

    @Deprecated
    OfferSide getOfferSide();

    IHistory getHistory();

    IAccount getAccount();

    IFeedDescriptor getFeedDescriptor();

    @Deprecated
    IFeedInfo getFeedInfo();

    Instrument[] getChartInstruments();

    @Deprecated
    IFinancialInstrument[] getChartFinancialInstruments();

    void addChartInstrumentsListener(IChartInstrumentsListener listener);

    @Deprecated
    void addChartInstrumentsListener(IChartFinancialInstrumentsListener listener);

    IDataService getDataService();

    IIndicatorChartPanel getIndicatorChartPanel();

    ICurrencyConverter getCurrencyConverter();

    boolean isLive();

    File getFilesDir();

    <V> Future<V> calculateAsynchronously(Callable<V> task);

    void updateCalculationProgress(int percent);
}
