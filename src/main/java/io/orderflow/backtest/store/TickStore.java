package io.orderflow.backtest.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import io.orderflow.market.InstrumentSpec;
import io.orderflow.market.Tick;
import io.orderflow.market.TickCursor;
import io.orderflow.market.TickSink;

/**
 * Ticks of one instrument decoded once and held in primitive columns, so that a sweep replays
 * every configuration from memory instead of decompressing LZMA again.
 *
 * <p><b>Layout.</b> Chunks of up to {@value #DEFAULT_CHUNK_TICKS} ticks; per chunk a {@code long}
 * base time and the columns {@code int timeOffsetMs[]}, {@code int ask[]}, {@code int bid[]} (points),
 * {@code double askVolume[]}, {@code double bidVolume[]}: 28 bytes per tick. Memory is proportional
 * to the number of ticks in the range (a chunk is trimmed to its size). A chunk also ends when the
 * next tick is more than {@link Integer#MAX_VALUE} ms (about 24.8 days) after its base time.
 *
 * <p><b>Lossless.</b> Dukascopy stores times as int ms from the hour, prices as int32 points and
 * volumes as float32; the tick stream hands out the volumes as the double of their shortest decimal.
 * The store keeps the time exactly (base + int offset), the prices exactly (building fails on a
 * price outside the int range) and the volumes as the very doubles it was given, so a replay
 * reproduces every field of every tick bit for bit — the tests compare against the decoder.
 * Top-of-book only: deeper depth levels of a tick are not stored.
 *
 * <p><b>Threading.</b> Immutable once built: any number of threads may replay it at once, each with
 * its own {@link #cursor()}.
 */
public final class TickStore {
    /** Ticks per chunk unless another size is given. */
    public static final int DEFAULT_CHUNK_TICKS = 1 << 16;
    /** Bytes per stored tick. */
    public static final int BYTES_PER_TICK = 4 + 4 + 4 + 8 + 8;

    private final InstrumentSpec instrument;
    private final long[] baseMs;
    private final int[][] timeOffsets;
    private final int[][] asks;
    private final int[][] bids;
    private final double[][] askVolumes;
    private final double[][] bidVolumes;
    private final long size;

    private TickStore(InstrumentSpec instrument, List<Chunk> chunks) {
        this.instrument = instrument;
        int n = chunks.size();
        baseMs = new long[n];
        timeOffsets = new int[n][];
        asks = new int[n][];
        bids = new int[n][];
        askVolumes = new double[n][];
        bidVolumes = new double[n][];
        long total = 0;
        for (int i = 0; i < n; i++) {
            Chunk c = chunks.get(i);
            c.trim();
            baseMs[i] = c.baseMs;
            timeOffsets[i] = c.time;
            asks[i] = c.ask;
            bids[i] = c.bid;
            askVolumes[i] = c.askVol;
            bidVolumes[i] = c.bidVol;
            total += c.size;
        }
        size = total;
    }

    /** Reads every tick of {@code cursor} (closing it) into a new store. */
    public static TickStore load(TickCursor cursor, InstrumentSpec instrument) throws IOException {
        return load(cursor, instrument, DEFAULT_CHUNK_TICKS);
    }

    /** As {@link #load(TickCursor, InstrumentSpec)} with {@code chunkTicks} ticks per chunk. */
    public static TickStore load(TickCursor cursor, InstrumentSpec instrument, int chunkTicks) throws IOException {
        if (chunkTicks < 1) throw new IllegalArgumentException("chunkTicks must be >= 1, was " + chunkTicks);
        List<Chunk> chunks = new ArrayList<>();
        Tick t = new Tick(1);
        Chunk c = null;
        long count = 0;
        try {
            while (cursor.next(t)) {
                long time = t.timeMs();
                if (c == null || c.size == chunkTicks || time - c.baseMs > Integer.MAX_VALUE || time < c.baseMs) {
                    c = new Chunk(time, chunkTicks);
                    chunks.add(c);
                }
                long ask = t.ask();
                long bid = t.bid();
                if (ask > Integer.MAX_VALUE || bid > Integer.MAX_VALUE || ask < Integer.MIN_VALUE || bid < Integer.MIN_VALUE) {
                    throw new IllegalArgumentException(instrument + ": tick " + (count + 1) + " at " + time
                            + " has a price outside the int range (ask " + ask + ", bid " + bid + " points)");
                }
                int i = c.size++;
                c.time[i] = (int) (time - c.baseMs);
                c.ask[i] = (int) ask;
                c.bid[i] = (int) bid;
                c.askVol[i] = t.askVolume();
                c.bidVol[i] = t.bidVolume();
                count++;
            }
        } finally {
            cursor.close();
        }
        return new TickStore(instrument, chunks);
    }

    public InstrumentSpec instrument() { return instrument; }

    /** Number of ticks. */
    public long size() { return size; }

    /** Number of chunks. */
    public int chunkCount() { return baseMs.length; }

    /** Bytes held by the columns (excluding object headers). */
    public long columnBytes() {
        long b = 0;
        for (int[] t : timeOffsets) b += (long) t.length * BYTES_PER_TICK;
        return b;
    }

    /** Time of the first tick, ms UTC; Long.MIN_VALUE when empty. */
    public long firstTimeMs() { return size == 0 ? Long.MIN_VALUE : baseMs[0] + timeOffsets[0][0]; }

    /** Time of the last tick, ms UTC; Long.MIN_VALUE when empty. */
    public long lastTimeMs() {
        if (size == 0) return Long.MIN_VALUE;
        int c = baseMs.length - 1;
        return baseMs[c] + timeOffsets[c][timeOffsets[c].length - 1];
    }

    /** A new cursor from the first tick. Each replay (and each thread) uses its own. */
    public Cursor cursor() { return new Cursor(); }

    /** Pushes every tick to {@code sink} through one flyweight; returns the count. Allocation-free per tick. */
    public long replay(TickSink sink) {
        Tick t = new Tick(1);
        long n = 0;
        for (int c = 0; c < baseMs.length; c++) {
            long base = baseMs[c];
            int[] time = timeOffsets[c];
            int[] ask = asks[c];
            int[] bid = bids[c];
            double[] av = askVolumes[c];
            double[] bv = bidVolumes[c];
            for (int i = 0, m = time.length; i < m; i++) {
                sink.onTick(t.set(base + time[i], ask[i], bid[i], av[i], bv[i]));
            }
            n += time.length;
        }
        return n;
    }

    /**
     * A pull cursor over the store: allocation-free per tick. Single-threaded; closing is a no-op
     * besides ending the cursor.
     */
    public final class Cursor implements TickCursor {
        private int chunk = -1;
        private int pos;
        private int limit;
        private long base;
        private int[] time;
        private int[] ask;
        private int[] bid;
        private double[] av;
        private double[] bv;

        private Cursor() {
        }

        @Override
        public boolean next(Tick into) {
            if (pos == limit && !advance()) return false;
            int i = pos++;
            into.set(base + time[i], ask[i], bid[i], av[i], bv[i]);
            return true;
        }

        private boolean advance() {
            if (chunk + 1 >= baseMs.length) {
                chunk = baseMs.length;
                return false;
            }
            chunk++;
            base = baseMs[chunk];
            time = timeOffsets[chunk];
            ask = asks[chunk];
            bid = bids[chunk];
            av = askVolumes[chunk];
            bv = bidVolumes[chunk];
            pos = 0;
            limit = time.length;
            return limit > 0 || advance();
        }

        @Override
        public void close() {
            chunk = baseMs.length;
            pos = limit = 0;
        }
    }

    private static final class Chunk {
        final long baseMs;
        int size;
        int[] time;
        int[] ask;
        int[] bid;
        double[] askVol;
        double[] bidVol;

        Chunk(long baseMs, int capacity) {
            this.baseMs = baseMs;
            time = new int[capacity];
            ask = new int[capacity];
            bid = new int[capacity];
            askVol = new double[capacity];
            bidVol = new double[capacity];
        }

        void trim() {
            if (time.length == size) return;
            time = java.util.Arrays.copyOf(time, size);
            ask = java.util.Arrays.copyOf(ask, size);
            bid = java.util.Arrays.copyOf(bid, size);
            askVol = java.util.Arrays.copyOf(askVol, size);
            bidVol = java.util.Arrays.copyOf(bidVol, size);
        }
    }
}
