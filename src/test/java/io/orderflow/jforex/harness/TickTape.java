package io.orderflow.jforex.harness;

import java.io.IOException;
import java.util.Arrays;

import io.orderflow.backtest.TickSource;
import io.orderflow.market.InstrumentSpec;
import io.orderflow.market.Tick;
import io.orderflow.market.TickCursor;

/** Real ticks held in primitive columns for the fake platform (test only). Immutable after loading. */
public final class TickTape {
    private final InstrumentSpec spec;
    private final long[] time;
    private final long[] ask;
    private final long[] bid;
    private final double[] askVolume;
    private final double[] bidVolume;
    private final int size;

    private TickTape(InstrumentSpec spec, long[] time, long[] ask, long[] bid, double[] askVolume, double[] bidVolume,
                     int size) {
        this.spec = spec;
        this.time = time;
        this.ask = ask;
        this.bid = bid;
        this.askVolume = askVolume;
        this.bidVolume = bidVolume;
        this.size = size;
    }

    /** Every tick of {@code source}. */
    public static TickTape load(TickSource source) throws IOException {
        int cap = 1 << 16;
        long[] t = new long[cap], a = new long[cap], b = new long[cap];
        double[] av = new double[cap], bv = new double[cap];
        int n = 0;
        try (TickCursor c = source.open()) {
            Tick tick = new Tick(1);
            while (c.next(tick)) {
                if (n == t.length) {
                    cap *= 2;
                    t = Arrays.copyOf(t, cap);
                    a = Arrays.copyOf(a, cap);
                    b = Arrays.copyOf(b, cap);
                    av = Arrays.copyOf(av, cap);
                    bv = Arrays.copyOf(bv, cap);
                }
                t[n] = tick.timeMs();
                a[n] = tick.ask();
                b[n] = tick.bid();
                av[n] = tick.askVolume();
                bv[n] = tick.bidVolume();
                n++;
            }
        }
        return new TickTape(source.instrument(), t, a, b, av, bv, n);
    }

    /** A tape of {@code n} ticks from columns (prices in points of {@code spec}, times ascending); the arrays are copied. */
    public static TickTape of(InstrumentSpec spec, long[] time, long[] ask, long[] bid, double[] askVolume,
                              double[] bidVolume, int n) {
        for (int i = 1; i < n; i++) {
            if (time[i] < time[i - 1]) throw new IllegalArgumentException("tick " + i + ": time goes backwards");
        }
        return new TickTape(spec, Arrays.copyOf(time, n), Arrays.copyOf(ask, n), Arrays.copyOf(bid, n),
                Arrays.copyOf(askVolume, n), Arrays.copyOf(bidVolume, n), n);
    }

    /** A tape of the given columns (copied), for hand-made schedules; times must not decrease. */
    public static TickTape of(InstrumentSpec spec, long[] time, long[] ask, long[] bid, double[] askVolume,
                              double[] bidVolume) {
        for (int i = 1; i < time.length; i++) {
            if (time[i] < time[i - 1]) throw new IllegalArgumentException("tick " + i + " is older than tick " + (i - 1));
        }
        return new TickTape(spec, time.clone(), ask.clone(), bid.clone(), askVolume.clone(), bidVolume.clone(),
                time.length);
    }

    public InstrumentSpec spec() { return spec; }

    public int size() { return size; }

    public long time(int i) { return time[i]; }

    public long ask(int i) { return ask[i]; }

    public long bid(int i) { return bid[i]; }

    public double askVolume(int i) { return askVolume[i]; }

    public double bidVolume(int i) { return bidVolume[i]; }

    /** Fills {@code into} with tick {@code i}. */
    public Tick tick(int i, Tick into) {
        return into.set(time[i], ask[i], bid[i], askVolume[i], bidVolume[i]);
    }

    /** Index of the first tick at or after {@code timeMs} (size when none). */
    public int indexAtOrAfter(long timeMs) {
        int lo = 0, hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (time[mid] < timeMs) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
