package io.orderflow.market;

/**
 * An immutable bar built from ticks, with both the BID and the ASK side (as JForex delivers a bid
 * bar and an ask bar for every period).
 *
 * <p>Units: times in ms since the epoch (UTC); prices in points; volumes are sums of the quoted
 * sizes of the ticks in the bar, per side (Dukascopy's own bar-volume definition: a BID bar's volume
 * is the sum of the ticks' bid volumes).
 *
 * <p>For time bars {@code startMs} is the period start and {@code endMs} the exclusive period end;
 * for tick, volume and range bars {@code startMs} is the first tick's time and {@code endMs} one
 * millisecond after the last tick's time. A flat bar (no ticks) has {@code tickCount == 0}, zero
 * volume and all prices equal to the previous close. Thread-safe (immutable).
 */
public final class Bar {
    private final long startMs;
    private final long endMs;
    private final long bidOpen, bidHigh, bidLow, bidClose;
    private final long askOpen, askHigh, askLow, askClose;
    private final double bidVolume, askVolume;
    private final int tickCount;

    public Bar(long startMs, long endMs,
               long bidOpen, long bidHigh, long bidLow, long bidClose,
               long askOpen, long askHigh, long askLow, long askClose,
               double bidVolume, double askVolume, int tickCount) {
        this.startMs = startMs;
        this.endMs = endMs;
        this.bidOpen = bidOpen;
        this.bidHigh = bidHigh;
        this.bidLow = bidLow;
        this.bidClose = bidClose;
        this.askOpen = askOpen;
        this.askHigh = askHigh;
        this.askLow = askLow;
        this.askClose = askClose;
        this.bidVolume = bidVolume;
        this.askVolume = askVolume;
        this.tickCount = tickCount;
    }

    /** Start time, ms UTC (inclusive). */
    public long startMs() { return startMs; }

    /** End time, ms UTC (exclusive). */
    public long endMs() { return endMs; }

    public long open(OfferSide side) { return side == OfferSide.BID ? bidOpen : askOpen; }

    public long high(OfferSide side) { return side == OfferSide.BID ? bidHigh : askHigh; }

    public long low(OfferSide side) { return side == OfferSide.BID ? bidLow : askLow; }

    public long close(OfferSide side) { return side == OfferSide.BID ? bidClose : askClose; }

    /** Sum of the side's quoted sizes over the bar's ticks. */
    public double volume(OfferSide side) { return side == OfferSide.BID ? bidVolume : askVolume; }

    public long bidOpen() { return bidOpen; }

    public long bidHigh() { return bidHigh; }

    public long bidLow() { return bidLow; }

    public long bidClose() { return bidClose; }

    public long askOpen() { return askOpen; }

    public long askHigh() { return askHigh; }

    public long askLow() { return askLow; }

    public long askClose() { return askClose; }

    public double bidVolume() { return bidVolume; }

    public double askVolume() { return askVolume; }

    /** Number of ticks in the bar (0 for a flat bar). */
    public int tickCount() { return tickCount; }

    /** Close of the mid in points times two (askClose + bidClose). */
    public long midCloseTimes2() { return askClose + bidClose; }

    @Override
    public String toString() {
        return "Bar{" + startMs + ".." + endMs + " bid O" + bidOpen + " H" + bidHigh + " L" + bidLow + " C" + bidClose
                + " V" + bidVolume + " ask O" + askOpen + " H" + askHigh + " L" + askLow + " C" + askClose + " V"
                + askVolume + " n=" + tickCount + "}";
    }
}
