package io.orderflow.market;

/**
 * One quote update: UTC time, best ask and bid in integer points, the quoted size at each, and
 * optionally deeper levels of the book.
 *
 * <p>A <strong>mutable flyweight</strong>: readers fill one instance per stream and hand it to
 * consumers, so nothing is allocated per tick. A consumer that keeps a tick beyond the call must
 * {@link #copyFrom copy} it. Level 0 of the depth arrays is always the top of book (the same values
 * as {@link #ask()}/{@link #bid()}); Dukascopy history and the JForex tester carry exactly one
 * level, live JForex up to ten.
 *
 * <p>Units: time in ms since the epoch (UTC); prices in points of the instrument
 * ({@link InstrumentSpec#toPrice(long)}); volumes as the source gives them (millions of base
 * currency for Dukascopy FX).
 *
 * <p>Not thread-safe; owned by one thread at a time.
 */
public final class Tick {
    /** Levels a tick can hold unless constructed with another capacity (JForex live depth). */
    public static final int DEFAULT_DEPTH_CAPACITY = 10;

    private long timeMs;
    private int levels;
    private final long[] askPrices;
    private final long[] bidPrices;
    private final double[] askVolumes;
    private final double[] bidVolumes;

    /** A tick holding up to {@value #DEFAULT_DEPTH_CAPACITY} levels. */
    public Tick() {
        this(DEFAULT_DEPTH_CAPACITY);
    }

    /** A tick holding up to {@code depthCapacity} levels per side (at least 1). */
    public Tick(int depthCapacity) {
        if (depthCapacity < 1) throw new IllegalArgumentException("depthCapacity must be >= 1");
        askPrices = new long[depthCapacity];
        bidPrices = new long[depthCapacity];
        askVolumes = new double[depthCapacity];
        bidVolumes = new double[depthCapacity];
    }

    /** Sets a top-of-book tick (one level). Returns this. */
    public Tick set(long timeMs, long askPoints, long bidPoints, double askVolume, double bidVolume) {
        this.timeMs = timeMs;
        this.levels = 1;
        askPrices[0] = askPoints;
        bidPrices[0] = bidPoints;
        askVolumes[0] = askVolume;
        bidVolumes[0] = bidVolume;
        return this;
    }

    /**
     * Sets a tick with {@code n} levels per side, copied from the arrays (index 0 = best).
     *
     * @throws IllegalArgumentException if {@code n} is outside 1..capacity
     */
    public Tick setDepth(long timeMs, int n, long[] askPts, double[] askVols, long[] bidPts, double[] bidVols) {
        if (n < 1 || n > askPrices.length) {
            throw new IllegalArgumentException("levels must be 1.." + askPrices.length + ", was " + n);
        }
        this.timeMs = timeMs;
        this.levels = n;
        System.arraycopy(askPts, 0, askPrices, 0, n);
        System.arraycopy(bidPts, 0, bidPrices, 0, n);
        System.arraycopy(askVols, 0, askVolumes, 0, n);
        System.arraycopy(bidVols, 0, bidVolumes, 0, n);
        return this;
    }

    /** Copies every field (and the depth levels that fit) from {@code other}. Returns this. */
    public Tick copyFrom(Tick other) {
        int n = Math.min(other.levels, askPrices.length);
        this.timeMs = other.timeMs;
        this.levels = n;
        System.arraycopy(other.askPrices, 0, askPrices, 0, n);
        System.arraycopy(other.bidPrices, 0, bidPrices, 0, n);
        System.arraycopy(other.askVolumes, 0, askVolumes, 0, n);
        System.arraycopy(other.bidVolumes, 0, bidVolumes, 0, n);
        return this;
    }

    /** Time in ms since the epoch, UTC. */
    public long timeMs() { return timeMs; }

    /** Best ask in points. */
    public long ask() { return askPrices[0]; }

    /** Best bid in points. */
    public long bid() { return bidPrices[0]; }

    /** Quoted size at the best ask. */
    public double askVolume() { return askVolumes[0]; }

    /** Quoted size at the best bid. */
    public double bidVolume() { return bidVolumes[0]; }

    /** Mid in points times two (ask + bid), exact in integers. */
    public long midTimes2() { return askPrices[0] + bidPrices[0]; }

    /** Spread in points (ask − bid). */
    public long spread() { return askPrices[0] - bidPrices[0]; }

    /** Number of depth levels per side held (1 for top-of-book data). */
    public int levels() { return levels; }

    /** Capacity in levels per side. */
    public int depthCapacity() { return askPrices.length; }

    /** Ask price of level {@code i} (0 = best) in points. */
    public long askPrice(int i) { return askPrices[i]; }

    /** Bid price of level {@code i} (0 = best) in points. */
    public long bidPrice(int i) { return bidPrices[i]; }

    /** Ask size of level {@code i}. */
    public double askVolume(int i) { return askVolumes[i]; }

    /** Bid size of level {@code i}. */
    public double bidVolume(int i) { return bidVolumes[i]; }

    @Override
    public String toString() {
        return "Tick{" + timeMs + " ask=" + askPrices[0] + "/" + askVolumes[0] + " bid=" + bidPrices[0] + "/"
                + bidVolumes[0] + (levels > 1 ? " levels=" + levels : "") + "}";
    }
}
