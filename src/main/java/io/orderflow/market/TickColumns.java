package io.orderflow.market;

import java.util.Arrays;

/**
 * Ticks of a bar range held column by column, for the batch ({@code perBar}) entry points that
 * JForex indicators use: the indicator loads the ticks of its visible range once, fills this
 * container and asks each calculator for one value per bar.
 *
 * <p>Prices in points, volumes in the source's unit, times in ms UTC, in time order. Depth levels
 * beyond the first are kept when {@link #add(Tick)} is given multi-level ticks (up to the capacity
 * given at construction). Grows by doubling; {@link #clear()} keeps the storage for reuse, so a
 * long-lived instance stops allocating once it has reached its working size. Not thread-safe.
 */
public final class TickColumns {
    private final int depthCapacity;
    private int size;
    private long[] times;
    private int[] levels;
    private long[] askPrices;
    private long[] bidPrices;
    private double[] askVolumes;
    private double[] bidVolumes;
    private final long[] scratchAsk;
    private final long[] scratchBid;
    private final double[] scratchAskVol;
    private final double[] scratchBidVol;

    /** Columns for top-of-book ticks (one level). */
    public TickColumns() {
        this(1);
    }

    /** Columns keeping up to {@code depthCapacity} levels per side. */
    public TickColumns(int depthCapacity) {
        if (depthCapacity < 1) throw new IllegalArgumentException("depthCapacity must be >= 1, was " + depthCapacity);
        this.depthCapacity = depthCapacity;
        scratchAsk = new long[depthCapacity];
        scratchBid = new long[depthCapacity];
        scratchAskVol = new double[depthCapacity];
        scratchBidVol = new double[depthCapacity];
        allocate(256);
    }

    private void allocate(int capacity) {
        times = times == null ? new long[capacity] : Arrays.copyOf(times, capacity);
        levels = levels == null ? new int[capacity] : Arrays.copyOf(levels, capacity);
        int cells = capacity * depthCapacity;
        askPrices = askPrices == null ? new long[cells] : Arrays.copyOf(askPrices, cells);
        bidPrices = bidPrices == null ? new long[cells] : Arrays.copyOf(bidPrices, cells);
        askVolumes = askVolumes == null ? new double[cells] : Arrays.copyOf(askVolumes, cells);
        bidVolumes = bidVolumes == null ? new double[cells] : Arrays.copyOf(bidVolumes, cells);
    }

    private int slot() {
        if (size == times.length) allocate(times.length * 2);
        return size++;
    }

    /** Forgets all ticks, keeping the storage. */
    public void clear() {
        size = 0;
    }

    /** Number of ticks held. */
    public int size() { return size; }

    /** Levels per side kept at most. */
    public int depthCapacity() { return depthCapacity; }

    /** Appends a top-of-book tick (prices in points, volumes in the source's unit). */
    public void add(long timeMs, long askPoints, long bidPoints, double askVolume, double bidVolume) {
        int i = slot();
        int c = i * depthCapacity;
        times[i] = timeMs;
        levels[i] = 1;
        askPrices[c] = askPoints;
        bidPrices[c] = bidPoints;
        askVolumes[c] = askVolume;
        bidVolumes[c] = bidVolume;
    }

    /** Appends a copy of {@code tick} with up to {@link #depthCapacity()} levels. */
    public void add(Tick tick) {
        int i = slot();
        int n = Math.min(tick.levels(), depthCapacity);
        int c = i * depthCapacity;
        times[i] = tick.timeMs();
        levels[i] = n;
        for (int k = 0; k < n; k++) {
            askPrices[c + k] = tick.askPrice(k);
            bidPrices[c + k] = tick.bidPrice(k);
            askVolumes[c + k] = tick.askVolume(k);
            bidVolumes[c + k] = tick.bidVolume(k);
        }
    }

    /** Time of tick {@code i}, ms UTC. */
    public long timeMs(int i) { return times[i]; }

    /** Fills {@code into} with tick {@code i} (as many levels as it holds). Returns {@code into}. */
    public Tick load(int i, Tick into) {
        int c = i * depthCapacity;
        int n = Math.min(levels[i], into.depthCapacity());
        if (n == 1) return into.set(times[i], askPrices[c], bidPrices[c], askVolumes[c], bidVolumes[c]);
        System.arraycopy(askPrices, c, scratchAsk, 0, n);
        System.arraycopy(bidPrices, c, scratchBid, 0, n);
        System.arraycopy(askVolumes, c, scratchAskVol, 0, n);
        System.arraycopy(bidVolumes, c, scratchBidVol, 0, n);
        return into.setDepth(times[i], n, scratchAsk, scratchAskVol, scratchBid, scratchBidVol);
    }

    /**
     * Pushes the ticks into {@code sink} bar by bar. Bar {@code b} covers
     * {@code [barStartMs[b], barStartMs[b + 1])}, the last one {@code [barStartMs[nBars - 1], endMs)}.
     * Ticks before the first bar are pushed first as warm-up (so that state such as the previous
     * quote is right at the first bar), followed by {@code barEnd.onBarEnd(-1, barStartMs[0])};
     * after each bar's ticks, {@code barEnd.onBarEnd(b, end)}. Ticks at or after {@code endMs} are
     * not pushed. A bar without ticks still gets its call.
     *
     * @throws IllegalArgumentException if the bar starts are not increasing or {@code endMs} is not
     *                                  after the last start
     */
    public void replayByBar(long[] barStartMs, int nBars, long endMs, TickSink sink, BarEndListener barEnd) {
        if (nBars <= 0) return;
        for (int b = 1; b < nBars; b++) {
            if (barStartMs[b] <= barStartMs[b - 1]) {
                throw new IllegalArgumentException("bar starts must increase: bar " + b + " starts at " + barStartMs[b]
                        + ", bar " + (b - 1) + " at " + barStartMs[b - 1]);
            }
        }
        if (endMs <= barStartMs[nBars - 1]) {
            throw new IllegalArgumentException("endMs " + endMs + " must be after the last bar start " + barStartMs[nBars - 1]);
        }
        Tick t = new Tick(depthCapacity);
        int i = 0;
        while (i < size && times[i] < barStartMs[0]) {
            sink.onTick(load(i++, t));
        }
        barEnd.onBarEnd(-1, barStartMs[0]);
        for (int b = 0; b < nBars; b++) {
            long end = b + 1 < nBars ? barStartMs[b + 1] : endMs;
            while (i < size && times[i] < end) {
                sink.onTick(load(i++, t));
            }
            barEnd.onBarEnd(b, end);
        }
    }
}
