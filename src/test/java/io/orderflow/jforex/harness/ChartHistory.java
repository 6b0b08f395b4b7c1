package io.orderflow.jforex.harness;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.dukascopy.api.IHistory;
import com.dukascopy.api.ITick;
import com.dukascopy.api.Instrument;
import com.dukascopy.api.JFException;
import com.dukascopy.api.Period;

import io.orderflow.market.InstrumentSpec;

/**
 * The platform's {@link IHistory} as an indicator on a {@link ChartEmulation} sees it (test double,
 * no kinder than the documented platform):
 * <ul>
 * <li>{@code getTimeOfLastTick} "Returns -1 if no tick was received yet" ({@code IHistory.java},
 * getTimeOfLastTick Javadoc) — here before the first tick of the tape, or while
 * {@link #setOffline} says the platform has no data yet;</li>
 * <li>{@code getTicks(instrument, from, to)} is inclusive at both ends and returns only ticks the
 * platform has received ({@code IHistory.java}, getTicks Javadoc); history ticks carry one price
 * level ("for ticks retrieved from IHistory … the price count is 1", {@code ITick.java});</li>
 * <li>it can be made to throw, as a platform whose data server is unreachable does
 * ({@code getTicks} declares {@code JFException}).</li>
 * </ul>
 * Every other IHistory method throws: an indicator on the emulated chart must not depend on them.
 * Requests are counted with their threads (cheaply: a replay makes one request per tick).
 * Thread-safe.
 */
public final class ChartHistory {
    private final Instrument instrument;
    private final TickTape tape;
    private volatile int now;
    private volatile boolean offline;
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong ticksServed = new AtomicLong();
    private final AtomicLong longestRequestMs = new AtomicLong();
    private final Set<String> threads = ConcurrentHashMap.newKeySet();
    private final List<long[]> log = new ArrayList<>();
    private volatile boolean logging;
    private final IHistory proxy;

    public ChartHistory(Instrument instrument, TickTape tape) {
        this.instrument = instrument;
        this.tape = tape;
        this.proxy = (IHistory) Proxy.newProxyInstance(IHistory.class.getClassLoader(), new Class<?>[] {IHistory.class},
                new Handler());
    }

    /** The IHistory the indicators get. */
    public IHistory history() { return proxy; }

    /** Ticks {@code 0..now-1} have been received. */
    public void setNow(int now) { this.now = now; }

    public int now() { return now; }

    /** While true the platform has no tick at all: {@code getTimeOfLastTick} is -1 and {@code getTicks} empty. */
    public void setOffline(boolean offline) { this.offline = offline; }

    /** The next {@code count} {@code getTicks} calls throw a JFException. */
    public void failNext(int count) { failures.set(count); }

    /** Records every request as {from, to} from now on (see {@link #log()}). */
    public void startLog() {
        synchronized (log) {
            log.clear();
        }
        logging = true;
    }

    public List<long[]> log() {
        synchronized (log) {
            return new ArrayList<>(log);
        }
    }

    public long requests() { return requests.get(); }

    public long ticksServed() { return ticksServed.get(); }

    /** The longest span asked for in one request, ms. */
    public long longestRequestMs() { return longestRequestMs.get(); }

    /** Names of the threads that asked for ticks. */
    public Set<String> threads() { return threads; }

    private FakeTick tick(int i) {
        InstrumentSpec spec = tape.spec();
        return new FakeTick(tape.time(i), spec.toPrice(tape.ask(i)), spec.toPrice(tape.bid(i)), tape.askVolume(i),
                tape.bidVolume(i));
    }

    private void check(Object i) throws JFException {
        if (i != instrument) throw new JFException("the emulated history holds " + instrument + " only, not " + i);
    }

    long timeOfLastTick(Instrument i) throws JFException {
        check(i);
        int cursor = now;
        return offline || cursor == 0 ? -1 : tape.time(cursor - 1);
    }

    List<ITick> ticks(Instrument i, long from, long to) throws JFException {
        check(i);
        requests.incrementAndGet();
        threads.add(Thread.currentThread().getName());
        longestRequestMs.accumulateAndGet(to - from, Math::max);
        if (logging) {
            synchronized (log) {
                log.add(new long[] {from, to});
            }
        }
        if (failures.get() > 0 && failures.getAndDecrement() > 0) {
            throw new JFException("emulated: history server unreachable");
        }
        List<ITick> out = new ArrayList<>();
        if (offline) return out;
        int cursor = now;
        // the platform's History/TesterHistory refuse a 'to' after the last tick received (see TapeHistory)
        if (cursor > 0 && to > tape.time(cursor - 1)) {
            throw new JFException("\"to\" parameter can't be greater than time of the last tick for this instrument");
        }
        for (int k = tape.indexAtOrAfter(from); k < cursor && tape.time(k) <= to; k++) out.add(tick(k));
        ticksServed.addAndGet(out.size());
        return out;
    }

    private final class Handler implements InvocationHandler {
        @Override
        public Object invoke(Object p, Method m, Object[] a) throws Throwable {
            switch (m.getName()) {
                case "getTimeOfLastTick":
                    return timeOfLastTick((Instrument) a[0]);
                case "getTicks":
                    if (a.length == 3 && a[1] instanceof Long && a[2] instanceof Long) {
                        return ticks((Instrument) a[0], (Long) a[1], (Long) a[2]);
                    }
                    break;
                case "getLastTick": {
                    check(a[0]);
                    int cursor = now;
                    return offline || cursor == 0 ? null : tick(cursor - 1);
                }
                case "getNextBarStart": {
                    long t = (Long) a[1];
                    long interval = ((Period) a[0]).getInterval();
                    return t - Math.floorMod(t, interval) + interval;
                }
                case "toString":
                    return "ChartHistory(" + instrument + ")";
                case "hashCode":
                    return System.identityHashCode(p);
                case "equals":
                    return p == a[0];
                default:
                    break;
            }
            throw new UnsupportedOperationException("not emulated: IHistory." + m.getName());
        }
    }
}
