package io.orderflow.data;

/**
 * Tells prices that cannot be market prices from real ones, relative to the data format and to the
 * neighbouring ticks, so that one far-off value is reported as bad input
 * ({@link Problem#IMPLAUSIBLE_PRICE}) instead of stretching every price-indexed structure over an
 * absurd range.
 *
 * <p>A tick (ask and bid in points, both already positive with ask &gt;= bid) is implausible when
 * <ul>
 *   <li>a price exceeds {@link #MAX_POINTS} (2<sup>31</sup>-1): the datafeed stores prices as
 *       signed 32-bit points, so no Dukascopy price is larger;</li>
 *   <li>for a known instrument ({@link #forInstrument}), a price lies outside
 *       [{@link #MIN_PIPS}, {@link #MAX_PIPS}] pips: every instrument's pip is chosen as a small
 *       fraction of its price (EURUSD 1.1 is 11,000 pips, USDJPY 110 is 11,000, BTCUSD 40,000 is
 *       40,000, DEU.IDX 15,000 is 1,500,000), so a price outside this range is off by a factor of a
 *       thousand or more — this catches the first tick of a stream too;</li>
 *   <li>the ask is more than {@link #MAX_RATIO} times the bid (a spread of more than 100 %);</li>
 *   <li>its mid is more than {@link #MAX_RATIO} times, or less than 1/{@link #MAX_RATIO} of, the
 *       mid of the previous plausible tick. The largest one-tick moves in FX history stay well
 *       inside this (EURCHF on 15 January 2015: about -30 %); crypto flash crashes too.</li>
 * </ul>
 * The first tick of a stream has no neighbour and is checked against the format only. Integer
 * arithmetic, O(1), allocation-free on the plausible path. Not thread-safe; one per stream.
 */
public final class PricePlausibility {
    /** Largest price in points the datafeed's format can hold. */
    public static final long MAX_POINTS = Integer.MAX_VALUE;
    /** Largest factor between ask and bid, and between the mids of neighbouring ticks. */
    public static final int MAX_RATIO = 2;
    /** Smallest plausible price of a known instrument, in pips. */
    public static final long MIN_PIPS = 10;
    /** Largest plausible price of a known instrument, in pips. */
    public static final long MAX_PIPS = 100_000_000L;

    private final long minPoints;
    private final long maxPoints;
    private final String name;

    /** Sum ask + bid of the last plausible tick (twice its mid), 0 before the first. */
    private long lastSum;

    /** Checks against the format and the neighbouring ticks only (no instrument range). */
    public PricePlausibility() {
        this(1, MAX_POINTS, null);
    }

    private PricePlausibility(long minPoints, long maxPoints, String name) {
        this.minPoints = minPoints;
        this.maxPoints = maxPoints;
        this.name = name;
    }

    /**
     * Checks also that prices lie in the instrument's plausible range: {@link #MIN_PIPS} to
     * {@link #MAX_PIPS} pips, where a pip is {@code pointsPerPip} points.
     */
    public static PricePlausibility forInstrument(String symbol, long pointsPerPip) {
        return new PricePlausibility(MIN_PIPS * pointsPerPip, Math.min(MAX_POINTS, MAX_PIPS * pointsPerPip), symbol);
    }

    /**
     * Checks a tick and, when plausible, makes it the reference for the next one.
     *
     * @return null when plausible, else what is wrong (allocates only then)
     */
    public String check(long ask, long bid) {
        if (ask > MAX_POINTS || bid > MAX_POINTS) {
            return "ask " + ask + ", bid " + bid + " points: beyond the largest price the datafeed can hold ("
                    + MAX_POINTS + " points)";
        }
        if (bid < minPoints || ask > maxPoints) {
            return "ask " + ask + ", bid " + bid + " points: outside the plausible range of " + name + ", " + minPoints
                    + " to " + maxPoints + " points (" + MIN_PIPS + " to " + MAX_PIPS + " pips)";
        }
        if (ask > MAX_RATIO * bid) {
            return "ask " + ask + " more than " + MAX_RATIO + " times bid " + bid + " points";
        }
        long sum = ask + bid;
        if (lastSum > 0 && (sum > MAX_RATIO * lastSum || MAX_RATIO * sum < lastSum)) {
            return "ask " + ask + ", bid " + bid + " points: mid " + (sum / 2) + " is " + ratio(sum, lastSum)
                    + " times the previous tick's mid " + (lastSum / 2) + " points";
        }
        lastSum = sum;
        return null;
    }

    private static String ratio(long a, long b) {
        return String.format(java.util.Locale.ROOT, "%.3g", (double) a / b);
    }

    /** Forgets the previous tick (a new, unrelated stream). */
    public void reset() {
        lastSum = 0;
    }
}
