/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api;

import java.beans.PropertyChangeListener;
import java.io.File;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;

import com.dukascopy.api.feed.IBarFeedListener;
import com.dukascopy.api.feed.IFeedDescriptor;
import com.dukascopy.api.feed.IFeedListener;
import com.dukascopy.api.feed.ITailoredFeedDescriptor;
import com.dukascopy.api.feed.ITailoredFeedListener;
import com.dukascopy.api.feed.ITickFeedListener;

/**
 * The strategy's access to the platform. Called only: a subset (the non-deprecated members of
 * jforex-api.md 3.2). None of these methods declares a checked exception.
 */
@SuppressWarnings("overloads")
public interface IContext {

    IEngine getEngine();

    IChart getChart(Instrument instrument);

    Set<IChart> getCharts(Instrument instrument);

    Set<IChart> getCharts();

    IChart getLastActiveChart();

    IChart openChart(IFeedDescriptor feedDescriptor);

    void closeChart(IChart chart);

    IUserInterface getUserInterface();

    IHistory getHistory();

    IConsole getConsole();

    IIndicators getIndicators();

    IAccount getAccount();

    IDownloadableStrategies getDownloadableStrategies();

    JFUtils getUtils();

    IDataService getDataService();

    IReportService getReportService();

    void setSubscribedInstruments(Set<Instrument> instruments);

    void setSubscribedInstruments(Set<Instrument> instruments, boolean lock);

    void unsubscribeInstruments(Set<Instrument> instruments);

    Set<Instrument> getSubscribedInstruments();

    void stop();

    boolean isStopped();

    boolean isFullAccessGranted();

    <T> Future<T> executeTask(Callable<T> callable);

    File getFilesDir();

    void pause();

    <T extends ITimedData> void subscribeToFeed(ITailoredFeedDescriptor<T> feedDescriptor, ITailoredFeedListener<T> feedListener);

    <T extends ITimedData> void unsubscribeFromFeed(ITailoredFeedListener<T> feedListener);

    <T extends ITimedData> void unsubscribeFromFeed(ITailoredFeedListener<T> feedListener, ITailoredFeedDescriptor<T> feedDescriptor);

    void subscribeToFeed(IFeedDescriptor feedDescriptor, IFeedListener feedListener);

    void unsubscribeFromFeed(IFeedListener feedListener);

    void unsubscribeFromFeed(IFeedListener feedListener, IFeedDescriptor feedDescriptor);

    void subscribeToTicksFeed(Instrument instrument, ITickFeedListener listener);

    void unsubscribeFromTicksFeed(ITickFeedListener listener);

    void subscribeToBarsFeed(Instrument instrument, Period period, OfferSide offerSide, IBarFeedListener listener);

    void unsubscribeFromBarsFeed(IBarFeedListener listener);

    void addConfigurationChangeListener(String parameter, PropertyChangeListener listener);

    void removeConfigurationChangeListener(String parameter, PropertyChangeListener listener);

    void setConfigurableChangeListener(ConfigurableChangeListener listener);

    long getTime();
}
