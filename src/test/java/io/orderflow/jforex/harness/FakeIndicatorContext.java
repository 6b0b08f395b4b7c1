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
 * An {@link IIndicatorContext} for tests: a chart feed, a history (usually {@link ChartHistory} or
 * {@link TapeHistory}) and {@code calculateAsynchronously} that only queues the task — the test (or
 * {@link ChartEmulation}) runs the queue on a separate "background" thread, as the platform would,
 * so a test can see that {@code calculate} never waits. Finishing a task calls nothing: the
 * platform promises only that the task runs asynchronously ({@code IIndicatorContext.java},
 * calculateAsynchronously Javadoc).
 *
 * <p>On a chart {@code getIndicatorChartPanel()} is not null; {@link #withoutChart()} makes it null,
 * as in {@code IIndicators.calculateIndicator} (Dukascopy's {@code TicksVWAP} tells the two apart
 * this way). The feed (instrument, period) can change between calls: the context answers "when
 * called from calculate or setInputParameter" ({@code IIndicatorContext.java}, getPeriod Javadoc).
 */
public final class FakeIndicatorContext implements IIndicatorContext {
    private volatile IFeedDescriptor feed;
    private volatile boolean chart = true;
    private volatile File filesDir;
    private final FakeIndicatorsProvider provider = new FakeIndicatorsProvider();
    private final IIndicatorChartPanel panel = (IIndicatorChartPanel) java.lang.reflect.Proxy.newProxyInstance(
            IIndicatorChartPanel.class.getClassLoader(), new Class<?>[] {IIndicatorChartPanel.class}, (p, m, a) -> {
                if (m.getName().equals("hashCode")) return System.identityHashCode(p);
                if (m.getName().equals("equals")) return p == a[0];
                if (m.getName().equals("toString")) return "chart panel";
                throw new UnsupportedOperationException("not emulated: IIndicatorChartPanel." + m.getName());
            });
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
        return runQueued(false);
    }

    /**
     * As {@link #runQueued()}; with {@code failuresAllowed} a task that threw (history failure) is
     * not an assertion error. Cancelled tasks are skipped.
     */
    public int runQueued(boolean failuresAllowed) throws InterruptedException {
        List<FutureTask<?>> batch = new ArrayList<>();
        FutureTask<?> t;
        while ((t = queued.poll()) != null) batch.add(t);
        Thread worker = new Thread(() -> batch.forEach(FutureTask::run), "indicator-background");
        worker.start();
        worker.join();
        for (FutureTask<?> f : batch) {
            try {
                f.get();
            } catch (java.util.concurrent.CancellationException e) {
                // the indicator cancelled its own job
            } catch (java.util.concurrent.ExecutionException e) {
                if (!failuresAllowed) throw new AssertionError("background calculation failed", e.getCause());
            }
        }
        return batch.size();
    }

    /** No chart panel from now on ({@code IIndicators.calculateIndicator}). */
    public FakeIndicatorContext withoutChart() {
        chart = false;
        return this;
    }

    /** The chart's feed changes (e.g. its period). */
    public void setFeed(IFeedDescriptor feed) { this.feed = feed; }

    public FakeIndicatorsProvider provider() { return provider; }

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
    public IIndicatorsProvider getIndicatorsProvider() { return provider; }

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
    public IIndicatorChartPanel getIndicatorChartPanel() { return chart ? panel : null; }

    @Override
    public ICurrencyConverter getCurrencyConverter() { throw no(); }

    @Override
    public boolean isLive() { return false; }

    /** The folder {@link #getFilesDir()} returns (the platform's files folder); unset, the call fails. */
    public void setFilesDir(File dir) { this.filesDir = dir; }

    @Override
    public File getFilesDir() {
        if (filesDir == null) throw no();
        return filesDir;
    }
}
