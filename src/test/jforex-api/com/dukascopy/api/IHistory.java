/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api;

import java.util.List;
import java.util.stream.Stream;

import com.dukascopy.api.feed.IFeedDescriptor;
import com.dukascopy.api.feed.IFeedListener;
import com.dukascopy.api.feed.ITailoredFeedDescriptor;
import com.dukascopy.api.feed.ITailoredFeedListener;

/**
 * History access (thread safe in the platform). Called only: the subset of jforex-api.md 3.7;
 * deprecated IFinancialInstrument/IFeedInfo forms and the renko/range/tick-bar/P&F methods are left out.
 */
@SuppressWarnings("overloads")
public interface IHistory {

    long getTimeOfLastTick(Instrument instrument) throws JFException;

    ITick getLastTick(Instrument instrument) throws JFException;

    long getStartTimeOfCurrentBar(Instrument instrument, Period period) throws JFException;

    IBar getBar(Instrument instrument, Period period, OfferSide side, int shift) throws JFException;

    void readTicks(Instrument instrument, long from, long to, LoadingDataListener tickListener,
            LoadingProgressListener loadingProgress) throws JFException;

    void readTicks(Instrument instrument, int numberOfOneSecondIntervalsBefore, long time, int numberOfOneSecondIntervalsAfter,
            LoadingDataListener tickListener, LoadingProgressListener loadingProgress) throws JFException;

    void readBars(Instrument instrument, Period period, OfferSide side, long from, long to, LoadingDataListener barListener,
            LoadingProgressListener loadingProgress) throws JFException;

    void readBars(Instrument instrument, Period period, OfferSide side, Filter filter, long from, long to,
            LoadingDataListener barListener, LoadingProgressListener loadingProgress) throws JFException;

    void readBars(Instrument instrument, Period period, OfferSide side, Filter filter, int numberOfCandlesBefore, long time,
            int numberOfCandlesAfter, LoadingDataListener barListener, LoadingProgressListener loadingProgress) throws JFException;

    List<ITick> getTicks(Instrument instrument, long from, long to) throws JFException;

    List<ITick> getTicks(Instrument instrument, int numberOfOneSecondIntervalsBefore, long time, int numberOfOneSecondIntervalsAfter)
            throws JFException;

    List<IBar> getBars(Instrument instrument, Period period, OfferSide side, long from, long to) throws JFException;

    List<IBar> getBars(Instrument instrument, Period period, OfferSide side, Filter filter, long from, long to) throws JFException;

    List<IBar> getBars(Instrument instrument, Period period, OfferSide side, Filter filter, int numberOfCandlesBefore, long time,
            int numberOfCandlesAfter) throws JFException;

    long getBarStart(Period period, long time) throws JFException;

    long getNextBarStart(Period period, long barTime) throws JFException;

    long getPreviousBarStart(Period period, long barTime) throws JFException;

    long getTimeForNBarsBack(Period period, long to, int numberOfBars) throws JFException;

    long getTimeForNBarsForward(Period period, long from, int numberOfBars) throws JFException;

    List<IOrder> getOrdersHistory(Instrument instrument, long from, long to) throws JFException;

    IOrder getHistoricalOrderById(String id) throws JFException;

    List<IOrder> getOpenOrders(Instrument instrument, long from, long to);

    ITick getTick(Instrument instrument, int shift) throws JFException;

    ITimedData getFeedData(IFeedDescriptor feedDescriptor, int shift) throws JFException;

    <T extends ITimedData> T getFeedData(ITailoredFeedDescriptor<T> feedDescriptor, int shift) throws JFException;

    List<ITimedData> getFeedData(IFeedDescriptor feedDescriptor, long from, long to) throws JFException;

    <T extends ITimedData> List<T> getFeedData(ITailoredFeedDescriptor<T> feedDescriptor, long from, long to) throws JFException;

    List<ITimedData> getFeedData(IFeedDescriptor feedDescriptor, int numberOfFeedBarsBefore, long time, int numberOfFeedBarsAfter)
            throws JFException;

    <T extends ITimedData> List<T> getFeedData(ITailoredFeedDescriptor<T> feedDescriptor, int numberOfFeedBarsBefore, long time,
            int numberOfFeedBarsAfter) throws JFException;

    void readFeedData(IFeedDescriptor feedDescriptor, long from, long to, IFeedListener feedListener,
            LoadingProgressListener loadingProgress) throws JFException;

    <T extends ITimedData> void readFeedData(ITailoredFeedDescriptor<T> feedDescriptor, long from, long to,
            ITailoredFeedListener<T> feedListener, LoadingProgressListener loadingProgress) throws JFException;

    void readFeedData(IFeedDescriptor feedDescriptor, int numberOfFeedDataBefore, long time, int numberOfFeedDataAfter,
            IFeedListener feedListener, LoadingProgressListener loadingProgress) throws JFException;

    <T extends ITimedData> void readFeedData(ITailoredFeedDescriptor<T> feedDescriptor, int numberOfFeedDataBefore, long time,
            int numberOfFeedDataAfter, ITailoredFeedListener<T> feedListener, LoadingProgressListener loadingProgress) throws JFException;

    <T extends ITimedData> Stream<T> readFeedData(ITailoredFeedDescriptor<T> feedDescriptor, int numberOfFeedDataBefore, long time,
            int numberOfFeedDataAfter, LoadingProgressListener loadingProgressListener) throws JFException;

    <T extends ITimedData> Stream<T> readFeedData(ITailoredFeedDescriptor<T> feedDescriptor, long from, long to,
            LoadingProgressListener loadingProgressListener) throws JFException;
}
