package io.orderflow.jforex.harness;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.dukascopy.api.DataType;
import com.dukascopy.api.IBar;
import com.dukascopy.api.Instrument;
import com.dukascopy.api.OfferSide;
import com.dukascopy.api.Period;
import com.dukascopy.api.feed.FeedDescriptor;
import com.dukascopy.api.indicators.IIndicator;
import com.dukascopy.api.indicators.IndicatorResult;

import io.orderflow.jforex.indicator.AsyncBarResults;
import io.orderflow.market.InstrumentSpec;

/**
 * A JForex chart driving indicators as strictly as the documented platform (test harness). Each
 * rule, with its source:
 * <ol>
 * <li><b>{@code calculate} runs when a tick or a new candle arrives, or the chart's window changes
 * (scroll, period) — never because background work finished.</b> {@code IIndicatorContext.java}:
 * {@code calculateAsynchronously} "Executes task asynchronously" and promises nothing more; Dukascopy's
 * {@code TicksVWAP} therefore loads what it needs inside {@code calculate}. Here one tick = one
 * {@code calculate} per indicator (the first tick of a bar brings the new candle), and the queued
 * background tasks run on their own thread after it: their results can only show at the next call.</li>
 * <li><b>The input arrays cover the visible bars plus a margin before them ({@code startIndex > 0}),
 * not all history; the window moves as the chart grows and scrolls.</b> {@code IndicatorInfo.java}
 * (setSparseIndicator: drawing "on more data than is visible" is an opt-in) and
 * {@code IIndicatorDrawingSupport.java} (the array is "usually" larger than the screen). Here
 * {@code visible + margin} bars, {@code startIndex = margin}.</li>
 * <li><b>The period can change on the same indicator instance:</b> the context's period is that of the
 * input "when called from calculate or setInputParameter" ({@code IIndicatorContext.java}, getPeriod
 * Javadoc), and {@code TicksVWAP} compares the feed descriptor with the previous call's before reusing
 * its outputs. {@link #setPeriod} rebuilds the bars and calls {@code calculate} on the same instance.</li>
 * <li><b>Nothing is called while the market is closed:</b> no tick, no candle, no call (weekends have
 * no ticks in the data; the emulation never calls on a timer).</li>
 * <li><b>History:</b> see {@link ChartHistory} ({@code getTimeOfLastTick} −1 before the first tick,
 * one price level, failures). <b>Registry and removal:</b> see {@link FakeIndicatorsProvider}.</li>
 * </ol>
 * Wall time (not a platform rule, a property of the harness): the indicators' wall clock (refresh
 * throttle, load budget, history back-off) is the system's unless a test gives its own with
 * {@link #setClock}; then it moves only when the test moves it, so a wait of the indicator's own is a
 * step of the test, not a sleep. The tape's time does not depend on it.
 * Bars are the tape's bid prices per period (UTC-aligned, periods under a day); a period without
 * ticks has no bar (flat bars are not modelled). Not thread-safe: one test thread drives it.
 */
public final class ChartEmulation {
    /** One indicator on the chart, with what it showed last for each bar (by start time). */
    public static final class Attached {
        public final IIndicator indicator;
        public final FakeIndicatorContext context;
        /** The values shown for each bar at the last call whose window held it (per output). */
        public final Map<Long, double[]> shown = new HashMap<>();
        long calls;
        long firstVisible = Long.MIN_VALUE;
        long lastVisible = Long.MIN_VALUE;
        long nanos;
        long maxNanos;
        final long[] histogram = new long[8]; // < 0.1, 1, 10, 100 ms, ...
        /** The bars of the last call's input array, its startIndex and its output arrays (values for startIndex..end). */
        public IBar[] window;
        public int startIndex;
        public double[][] outputs;

        Attached(IIndicator indicator, FakeIndicatorContext context) {
            this.indicator = indicator;
            this.context = context;
        }

        public long calls() { return calls; }

        /** Start of the last (newest) bar in the arrays at the last call. */
        public long lastVisible() { return lastVisible; }

        /** Start of the first visible bar at the last call. */
        public long firstVisible() { return firstVisible; }

        /** Mean wall time of one calculate, µs. */
        public double meanMicros() { return calls == 0 ? 0 : nanos / 1e3 / calls; }

        public double maxMillis() { return maxNanos / 1e6; }

        /** Calls that took at least 1 ms. */
        public long callsOver1ms() { return histogram[2] + histogram[3] + histogram[4]; }

        /** Calls that took at least 10 ms. */
        public long callsOver10ms() { return histogram[3] + histogram[4]; }

        /** The value output {@code k} showed for the bar starting at {@code start} (NaN when never shown). */
        public double shown(long start, int k) {
            double[] v = shown.get(start);
            return v == null ? Double.NaN : v[k];
        }
    }

    private final TickTape tape;
    private final Instrument instrument;
    private final ChartHistory history;
    private final int visible;
    private final int margin;
    private Period period;
    private final List<Attached> attached = new ArrayList<>();
    private final List<IBar> bars = new ArrayList<>();
    private long barStart = Long.MIN_VALUE;
    private double o, h, l, c, v;
    private int scrolledBack;
    private boolean runBackground = true;
    private long calls;
    private long lastCallTickTime = Long.MIN_VALUE;
    private long[] callTimes = new long[1024];
    private int callTimeCount;
    private java.io.File filesDir;
    private AsyncBarResults.Clock clock;

    /**
     * @param now     ticks {@code 0..now-1} are history when the chart opens
     * @param visible bars on screen; {@code margin} more before them are passed to the indicators
     */
    public ChartEmulation(TickTape tape, Instrument instrument, Period period, int now, int visible, int margin) {
        this.tape = tape;
        this.instrument = instrument;
        this.period = period;
        this.visible = visible;
        this.margin = margin;
        this.history = new ChartHistory(instrument, tape);
        history.setNow(now);
        rebuildBars();
    }

    public ChartHistory history() { return history; }

    /** The platform files folder the contexts of indicators attached from now on return (default: none). */
    public void setFilesDir(java.io.File dir) { this.filesDir = dir; }

    public Period period() { return period; }

    /**
     * The wall clock the indicators attached from now on use (their field {@code clock}, set
     * reflectively before the first {@code calculate}); null (default) leaves the system clock.
     */
    public void setClock(AsyncBarResults.Clock clock) { this.clock = clock; }

    /** Whether queued background tasks run after each call (default true). */
    public void runBackground(boolean run) { this.runBackground = run; }

    /** Attaches {@code jforex.<cls>} with the options given by index; it is calculated at once (the chart shows it). */
    public Attached attach(String cls, Object... options) throws Exception {
        IIndicator indicator = (IIndicator) Class.forName("jforex." + cls).getDeclaredConstructor().newInstance();
        FakeIndicatorContext context = new FakeIndicatorContext(feed(), history.history());
        context.setFilesDir(filesDir);
        indicator.onStart(context);
        for (int k = 0; k < options.length; k++) indicator.setOptInputParameter(k, options[k]);
        if (clock != null) setClock(indicator, clock);
        Attached a = new Attached(indicator, context);
        attached.add(a);
        calculate(a);
        background();
        return a;
    }

    private static void setClock(IIndicator indicator, AsyncBarResults.Clock clock) throws ReflectiveOperationException {
        java.lang.reflect.Field f;
        try {
            f = indicator.getClass().getDeclaredField("clock");
        } catch (NoSuchFieldException e) {
            throw new IllegalArgumentException(indicator.getClass().getName() + " has no field 'clock': its wall clock"
                    + " cannot be driven by the test", e);
        }
        f.setAccessible(true);
        f.set(indicator, clock);
    }

    private FeedDescriptor feed() {
        return new FeedDescriptor(DataType.TIME_PERIOD_AGGREGATION, instrument, period, OfferSide.BID);
    }

    /** Ticks up to (excluding) {@code end} arrive one by one; each brings one {@code calculate} per indicator. */
    public void advanceTo(int end) throws Exception {
        for (int i = history.now(); i < end; i++) {
            history.setNow(i + 1);
            addTick(i);
            long t = tape.time(i);
            lastCallTickTime = t;
            for (Attached a : attached) calculate(a);
            background();
        }
    }

    /** The user scrolls {@code barsBack} bars away from the newest (0 = live edge); the chart recalculates. */
    public void scroll(int barsBack) throws Exception {
        scrolledBack = Math.max(0, Math.min(bars.size() - 1, barsBack));
        for (Attached a : attached) calculate(a);
        background();
    }

    /** The user switches the chart's period: same indicator instances, new bars, new feed; the chart recalculates. */
    public void setPeriod(Period p) throws Exception {
        period = p;
        scrolledBack = 0;
        rebuildBars();
        for (Attached a : attached) {
            a.context.setFeed(feed());
            a.shown.clear();
            calculate(a);
        }
        background();
    }

    /** Calls made while the newest tick's time was in {@code (from, to)} and no tick had arrived in it: calls on a closed market. */
    public long callsWhileClosed(long from, long to) {
        long n = 0;
        for (int i = 0; i < callTimeCount; i++) if (callTimes[i] > from && callTimes[i] < to) n++;
        return n;
    }

    /** Calls made so far (all indicators). */
    public long calls() { return calls; }

    /** The bars of the chart now. */
    public List<IBar> bars() { return bars; }

    private void background() throws InterruptedException {
        if (!runBackground) return;
        for (Attached a : attached) {
            if (a.context.queued() > 0) a.context.runQueued(true);
        }
    }

    private void rebuildBars() {
        bars.clear();
        barStart = Long.MIN_VALUE;
        for (int i = 0; i < history.now(); i++) addTick(i);
    }

    private void addTick(int i) {
        long p = period.getInterval();
        long t = tape.time(i);
        long s = t - Math.floorMod(t, p);
        InstrumentSpec spec = tape.spec();
        double bid = spec.toPrice(tape.bid(i));
        if (s != barStart) {
            barStart = s;
            o = h = l = c = bid;
            v = 0;
            bars.add(null);
        }
        h = Math.max(h, bid);
        l = Math.min(l, bid);
        c = bid;
        v += tape.bidVolume(i);
        bars.set(bars.size() - 1, new FakeBar(barStart, o, c, l, h, v));
    }

    private void calculate(Attached a) {
        int end = bars.size() - scrolledBack;
        if (end <= 0) return;
        int begin = Math.max(0, end - visible - margin);
        IBar[] window = bars.subList(begin, end).toArray(new IBar[0]);
        int startIndex = Math.max(0, window.length - visible);
        int outputs = a.indicator.getIndicatorInfo().getNumberOfOutputs();
        double[][] out = new double[outputs][window.length - startIndex];
        for (double[] o1 : out) Arrays.fill(o1, Double.NaN);
        a.indicator.setInputParameter(0, window);
        for (int k = 0; k < outputs; k++) a.indicator.setOutputParameter(k, out[k]);
        a.window = window;
        a.startIndex = startIndex;
        a.outputs = out;
        a.firstVisible = window[startIndex].getTime();
        a.lastVisible = window[window.length - 1].getTime();
        long t0 = System.nanoTime();
        IndicatorResult r = a.indicator.calculate(startIndex, window.length - 1);
        long dt = System.nanoTime() - t0;
        calls++;
        if (callTimeCount == callTimes.length) callTimes = Arrays.copyOf(callTimes, callTimes.length * 2);
        callTimes[callTimeCount++] = lastCallTickTime;
        a.calls++;
        a.nanos += dt;
        a.maxNanos = Math.max(a.maxNanos, dt);
        int bucket = dt < 100_000 ? 0 : dt < 1_000_000 ? 1 : dt < 10_000_000 ? 2 : dt < 100_000_000 ? 3 : 4;
        a.histogram[bucket]++;
        if (r.getNumberOfElements() == 0) return;
        int first = r.getFirstValueIndex();
        for (int j = 0; j < r.getNumberOfElements(); j++) {
            Long key = window[first + j].getTime();
            double[] vals = a.shown.get(key);
            boolean same = vals != null;
            for (int k = 0; same && k < outputs; k++) same = Double.compare(vals[k], out[k][j]) == 0;
            if (same) continue;
            vals = new double[outputs];
            for (int k = 0; k < outputs; k++) vals[k] = out[k][j];
            a.shown.put(key, vals);
        }
    }
}
