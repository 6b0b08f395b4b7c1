package io.orderflow.jforex.harness;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.dukascopy.api.Filter;
import com.dukascopy.api.IBar;
import com.dukascopy.api.IHistory;
import com.dukascopy.api.IOrder;
import com.dukascopy.api.ITick;
import com.dukascopy.api.ITimedData;
import com.dukascopy.api.Instrument;
import com.dukascopy.api.JFException;
import com.dukascopy.api.LoadingDataListener;
import com.dukascopy.api.LoadingProgressListener;
import com.dukascopy.api.OfferSide;
import com.dukascopy.api.Period;
import com.dukascopy.api.feed.IFeedDescriptor;
import com.dukascopy.api.feed.IFeedListener;
import com.dukascopy.api.feed.ITailoredFeedDescriptor;
import com.dukascopy.api.feed.ITailoredFeedListener;

import io.orderflow.market.InstrumentSpec;

/**
 * An {@link IHistory} over a {@link TickTape} (test double): ticks before "now" are history,
 * {@code getTicks} is inclusive at both ends (as JForex documents), finished orders come from the
 * owner. Requests are recorded with their threads. Thread-safe for reading.
 *
 * <p>History rules, each no kinder than the platform (sources in docs/readme/jforex.md, "Emulated
 * platform rules: history and tick delivery"):
 * <ul>
 * <li>{@code getTimeOfLastTick} is -1 before the first tick ({@code IHistory.java}: "Returns -1 if no
 * tick was received yet");</li>
 * <li>history ticks carry one price level ({@code ITick.java}: for ticks from IHistory "the price
 * count is 1");</li>
 * <li>{@code getTicks} refuses a {@code to} after the last tick received ("\"to\" parameter can't be
 * greater than time of the last tick for this instrument", the platform's History and TesterHistory
 * classes, decompiled in public code);</li>
 * <li>{@code getTicks} and {@code getHistoricalOrderById} are server requests that take time: each
 * call runs the {@link #setRequestCost request cost} after the answer is taken (so ticks that
 * arrive during the request are not in it), which live advances the platform's virtual clock.</li>
 * </ul>
 */
public class TapeHistory implements IHistory {
    private final Instrument instrument;
    private final TickTape tape;
    private final java.util.function.IntSupplier now;
    private final java.util.function.Function<String, IOrder> historicalOrders;
    private final List<long[]> requests = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<String> requestThreads = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile Runnable requestCost = () -> { };
    private volatile int firstReceived;
    private volatile boolean refuseToAfterLastTick;

    /**
     * @param now              index of the first tick not yet seen (ticks before it are history)
     * @param historicalOrders finished orders by id (may return null)
     */
    public TapeHistory(Instrument instrument, TickTape tape, java.util.function.IntSupplier now,
                       java.util.function.Function<String, IOrder> historicalOrders) {
        this.instrument = instrument;
        this.tape = tape;
        this.now = now;
        this.historicalOrders = historicalOrders;
    }

    /** Runs {@code cost} at the end of every server request (live: advances the virtual clock by the latency). */
    public void setRequestCost(Runnable cost) { this.requestCost = cost; }

    /**
     * The platform received no tick before tape index {@code index} (it started just before it):
     * {@code getTimeOfLastTick} is -1 until that tick arrives, although history holds the earlier ticks.
     */
    public void setFirstReceived(int index) { this.firstReceived = index; }

    /**
     * {@code getTicks} refuses a {@code to} after the last tick, as the platform does (on for the
     * strategy's fake platform; the indicator tests do not switch it on yet).
     */
    public void setRefuseToAfterLastTick(boolean on) { this.refuseToAfterLastTick = on; }

    /** {@code getTicks} requests as {from, to}. */
    public List<long[]> requests() { return requests; }

    /** The threads that made the requests. */
    public List<String> requestThreads() { return requestThreads; }

    /** Tape tick {@code i} as an ITick. */
    public FakeTick tick(int i) {
        InstrumentSpec spec = tape.spec();
        return new FakeTick(tape.time(i), spec.toPrice(tape.ask(i)), spec.toPrice(tape.bid(i)), tape.askVolume(i),
                tape.bidVolume(i));
    }

    private void check(Instrument i) throws JFException {
        if (i != instrument) throw new JFException("the fake history holds " + instrument + " only, not " + i);
    }

    @Override
    public long getTimeOfLastTick(Instrument i) throws JFException {
        check(i);
        int cursor = now.getAsInt();
        return cursor > firstReceived ? tape.time(cursor - 1) : -1;
    }

    @Override
    public ITick getLastTick(Instrument i) throws JFException {
        check(i);
        int cursor = now.getAsInt();
        return cursor > 0 ? tick(cursor - 1) : null;
    }

    @Override
    public List<ITick> getTicks(Instrument i, long from, long to) throws JFException {
        check(i);
        requests.add(new long[] {from, to});
        requestThreads.add(Thread.currentThread().getName());
        int cursor = now.getAsInt();
        if (from > to) throw new JFException("\"from\" " + from + " is after \"to\" " + to);
        if (refuseToAfterLastTick && cursor > 0 && to > tape.time(cursor - 1)) {
            // the platform's own History/TesterHistory.getTicks (decompiled platform classes in public code)
            throw new JFException("\"to\" parameter can't be greater than time of the last tick for this instrument");
        }
        List<ITick> out = new ArrayList<>();
        for (int k = tape.indexAtOrAfter(from); k < cursor && tape.time(k) <= to; k++) out.add(tick(k));
        requestCost.run();
        return out;
    }

    @Override
    public IOrder getHistoricalOrderById(String id) {
        IOrder o = historicalOrders.apply(id);
        requestCost.run();
        return o;
    }

    @Override
    public long getNextBarStart(Period period, long barTime) {
        return barTime - Math.floorMod(barTime, period.getInterval()) + period.getInterval();
    }

    private UnsupportedOperationException no() {
        return new UnsupportedOperationException("not simulated by the fake history");
    }

    @Override
    public long getStartTimeOfCurrentBar(Instrument instrument, Period period) { throw no(); }

    @Override
    public IBar getBar(Instrument instrument, Period period, OfferSide side, int shift) { throw no(); }

    @Override
    public void readTicks(Instrument instrument, long from, long to, LoadingDataListener l, LoadingProgressListener p) { throw no(); }

    @Override
    public void readTicks(Instrument instrument, int before, long time, int after, LoadingDataListener l,
                          LoadingProgressListener p) { throw no(); }

    @Override
    public void readBars(Instrument instrument, Period period, OfferSide side, long from, long to,
                         LoadingDataListener l, LoadingProgressListener p) { throw no(); }

    @Override
    public void readBars(Instrument instrument, Period period, OfferSide side, Filter filter, long from, long to,
                         LoadingDataListener l, LoadingProgressListener p) { throw no(); }

    @Override
    public void readBars(Instrument instrument, Period period, OfferSide side, Filter filter, int before, long time,
                         int after, LoadingDataListener l, LoadingProgressListener p) { throw no(); }

    @Override
    public List<ITick> getTicks(Instrument instrument, int before, long time, int after) { throw no(); }

    @Override
    public List<IBar> getBars(Instrument instrument, Period period, OfferSide side, long from, long to) { throw no(); }

    @Override
    public List<IBar> getBars(Instrument instrument, Period period, OfferSide side, Filter filter, long from, long to) { throw no(); }

    @Override
    public List<IBar> getBars(Instrument instrument, Period period, OfferSide side, Filter filter, int before,
                              long time, int after) { throw no(); }

    @Override
    public long getBarStart(Period period, long time) { throw no(); }


    @Override
    public long getPreviousBarStart(Period period, long barTime) { throw no(); }

    @Override
    public long getTimeForNBarsBack(Period period, long to, int numberOfBars) { throw no(); }

    @Override
    public long getTimeForNBarsForward(Period period, long from, int numberOfBars) { throw no(); }

    @Override
    public List<IOrder> getOrdersHistory(Instrument instrument, long from, long to) { throw no(); }

    @Override
    public List<IOrder> getOpenOrders(Instrument instrument, long from, long to) { throw no(); }

    @Override
    public ITick getTick(Instrument instrument, int shift) { throw no(); }

    @Override
    public ITimedData getFeedData(IFeedDescriptor feedDescriptor, int shift) { throw no(); }

    @Override
    public <T extends ITimedData> T getFeedData(ITailoredFeedDescriptor<T> feedDescriptor, int shift) { throw no(); }

    @Override
    public List<ITimedData> getFeedData(IFeedDescriptor feedDescriptor, long from, long to) { throw no(); }

    @Override
    public <T extends ITimedData> List<T> getFeedData(ITailoredFeedDescriptor<T> feedDescriptor, long from, long to) { throw no(); }

    @Override
    public List<ITimedData> getFeedData(IFeedDescriptor feedDescriptor, int before, long time, int after) { throw no(); }

    @Override
    public <T extends ITimedData> List<T> getFeedData(ITailoredFeedDescriptor<T> feedDescriptor, int before,
                                                       long time, int after) { throw no(); }

    @Override
    public void readFeedData(IFeedDescriptor feedDescriptor, long from, long to, IFeedListener l,
                             LoadingProgressListener p) { throw no(); }

    @Override
    public <T extends ITimedData> void readFeedData(ITailoredFeedDescriptor<T> feedDescriptor, long from, long to,
                                                    ITailoredFeedListener<T> l, LoadingProgressListener p) { throw no(); }

    @Override
    public void readFeedData(IFeedDescriptor feedDescriptor, int before, long time, int after, IFeedListener l,
                             LoadingProgressListener p) { throw no(); }

    @Override
    public <T extends ITimedData> void readFeedData(ITailoredFeedDescriptor<T> feedDescriptor, int before, long time,
                                                    int after, ITailoredFeedListener<T> l, LoadingProgressListener p) { throw no(); }

    @Override
    public <T extends ITimedData> Stream<T> readFeedData(ITailoredFeedDescriptor<T> feedDescriptor, int before,
                                                          long time, int after, LoadingProgressListener p) { throw no(); }

    @Override
    public <T extends ITimedData> Stream<T> readFeedData(ITailoredFeedDescriptor<T> feedDescriptor, long from,
                                                          long to, LoadingProgressListener p) { throw no(); }
}
