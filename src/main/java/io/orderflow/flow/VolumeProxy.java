package io.orderflow.flow;

/**
 * What counts as volume: part of the provenance of every delta value. Spot FX has no traded volume,
 * so quote-tick flow needs a named proxy.
 */
public enum VolumeProxy {
    /** Trades: the traded size. */
    TRADED_SIZE("traded size", true, false),
    /** Trades or quote ticks: every event counts 1 (tick volume). */
    TICK_COUNT("tick count", true, true),
    /**
     * Quote ticks: the change in quoted size at the touch, in Cont–Kukanov–Stoikov terms, summed
     * over both sides as absolute values. Per side: at an unchanged price, the size change;
     * at an improved price, the new queue; at a worse price, the old queue (the level that left);
     * {@code |[Pb≥Pb'] qb − [Pb≤Pb'] qb'| + |[Pa≤Pa'] qa − [Pa≥Pa'] qa'|} with primes for the
     * previous tick. The first tick counts 0. In the source's size unit (millions for Dukascopy).
     */
    QUOTED_SIZE_CHANGE("change in quoted size", false, true),
    /**
     * Quote ticks: ask size + bid size of the tick — Dukascopy's own bar-volume definition (a bar's
     * volume is the sum of its ticks' quoted sizes; the ask and bid bars each sum one side). In the
     * source's size unit (millions for Dukascopy).
     */
    TOP_OF_BOOK_SIZE("sum of top-of-book sizes", false, true);

    private final String label;
    private final boolean trades;
    private final boolean quotes;

    VolumeProxy(String label, boolean trades, boolean quotes) {
        this.label = label;
        this.trades = trades;
        this.quotes = quotes;
    }

    /** Short human-readable name, e.g. "tick count". */
    public String label() { return label; }

    /** True when usable with trades. */
    public boolean worksOnTrades() { return trades; }

    /** True when usable with quote ticks. */
    public boolean worksOnQuotes() { return quotes; }

    /** True when this is real traded volume rather than a proxy. */
    public boolean isTradedVolume() { return this == TRADED_SIZE; }

    /** Parses a name such as {@code tick-count} or {@code TOP_OF_BOOK_SIZE}. */
    public static VolumeProxy parse(String text) {
        String s = text.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_').replace(' ', '_');
        try {
            return valueOf(s);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("volume proxy '" + text + "': expected one of "
                    + java.util.Arrays.toString(values()), e);
        }
    }
}
