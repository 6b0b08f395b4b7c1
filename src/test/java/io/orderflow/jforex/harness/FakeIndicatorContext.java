package io.orderflow.jforex.harness;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

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
import com.dukascopy.api.indicators.IChartFinancialInstrumentsListener;
import com.dukascopy.api.indicators.IChartInstrumentsListener;
import com.dukascopy.api.indicators.IIndicatorChartPanel;
import com.dukascopy.api.indicators.IIndicatorContext;
import com.dukascopy.api.indicators.IIndicatorsProvider;
import com.dukascopy.api.instrument.IFinancialInstrument;

/**
 * An {@link IIndicatorContext} for tests: a chart feed, a history (usually {@link TapeHistory}) and
 * {@code calculateAsynchronously} that only queues the task — the test runs the queue on a separate
 * "background" thread, as the platform would, so a test can see that {@code calculate} never waits.
 */
public final class FakeIndicatorContext implements IIndicatorContext {
    private final IFeedDescriptor feed;
    private final IHistory history;
    private final ConcurrentLinkedQueue<FutureTask<?>> queued = new ConcurrentLinkedQueue<>();
    private final List<Integer> progress = new CopyOnWriteArrayList<>();
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final PrintStream console = new PrintStream(new ByteArrayOutputStream() {
        @Override
        public synchronized void flush() {
            String s = new String(toByteArray(), StandardCharsets.UTF_8);
            reset();
            for (String l : s.split("\\R")) if (!l.isEmpty()) lines.add(l);
        }
    }, true, StandardCharsets.UTF_8);

    public FakeIndicatorContext(IFeedDescriptor feed, IHistory history) {
        this.feed = feed;
        this.history = history;
    }

    /** Runs every queued task on a thread named "indicator-background" and waits; returns how many ran. */
    public int runQueued() throws InterruptedException {
        List<FutureTask<?>> batch = new ArrayList<>();
        FutureTask<?> t;
        while ((t = queued.poll()) != null) batch.add(t);
        Thread worker = new Thread(() -> batch.forEach(FutureTask::run), "indicator-background");
        worker.start();
        worker.join();
        for (FutureTask<?> f : batch) {
            try {
                f.get();
            } catch (java.util.concurrent.ExecutionException e) {
                throw new AssertionError("background calculation failed", e.getCause());
            }
        }
        return batch.size();
    }

    /** Tasks waiting to run. */
    public int queued() { return queued.size(); }

    public List<Integer> progress() { return progress; }

    public List<String> consoleLines() { return lines; }

    @Override
    public <V> Future<V> calculateAsynchronously(Callable<V> task) {
        FutureTask<V> f = new FutureTask<>(task);
        queued.add(f);
        return f;
    }

    @Override
    public void updateCalculationProgress(int percent) { progress.add(percent); }

    @Override
    public IHistory getHistory() { return history; }

    @Override
    public IFeedDescriptor getFeedDescriptor() { return feed; }

    @Override
    public IConsole getConsole() {
        return new IConsole() {
            @Override
            public PrintStream getOut() { return console; }

            @Override
            public PrintStream getErr() { return console; }

            @Override
            public PrintStream getWarn() { return console; }

            @Override
            public PrintStream getInfo() { return console; }

            @Override
            public PrintStream getNotif() { return console; }

            @Override
            public void setMaxMessages(int maxNumber) {
            }
        };
    }

    private UnsupportedOperationException no() {
        return new UnsupportedOperationException("not simulated by the fake indicator context");
    }

    @Override
    public IIndicatorsProvider getIndicatorsProvider() { throw no(); }

    @Override
    @Deprecated
    public Instrument getInstrument() { return feed.getInstrument(); }

    @Override
    @Deprecated
    public Period getPeriod() { return feed.getPeriod(); }

    @Override
    @Deprecated
    public OfferSide getOfferSide() { return feed.getOfferSide(); }

    @Override
    public IAccount getAccount() { throw no(); }

    @Override
    @Deprecated
    public IFeedInfo getFeedInfo() { throw no(); }

    @Override
    public Instrument[] getChartInstruments() { return new Instrument[] {feed.getInstrument()}; }

    @Override
    @Deprecated
    public IFinancialInstrument[] getChartFinancialInstruments() { throw no(); }

    @Override
    public void addChartInstrumentsListener(IChartInstrumentsListener listener) {
    }

    @Override
    @Deprecated
    public void addChartInstrumentsListener(IChartFinancialInstrumentsListener listener) {
    }

    @Override
    public IDataService getDataService() { throw no(); }

    @Override
    public IIndicatorChartPanel getIndicatorChartPanel() { throw no(); }

    @Override
    public ICurrencyConverter getCurrencyConverter() { throw no(); }

    @Override
    public boolean isLive() { return false; }

    @Override
    public File getFilesDir() { throw no(); }
}
