package io.orderflow.flow;

/**
 * The quote in force a fixed lag before each trade — the quote timing of Lee and Ready (1991), who
 * compared trades with quotes lagged 5 seconds because quotes were stamped ahead of the trades
 * they reacted to.
 *
 * <p>Modern feeds have the same problem in another form: on Binance's public streams the best
 * bid/ask update caused by a trade arrives just before the trade message, so the quote "preceding
 * the trade in arrival order" already shows the trade's own impact and the quote rule falls to
 * coin-flip accuracy; a quote only ~10–100 ms older restores it (measured in
 * {@code docs/readme/trade-flow.md}). With a lag of 0 this is the latest quote received.
 *
 * <p>Quotes and trades must use one clock (e.g. the local receive time) and come in time order.
 * Quotes younger than the lag wait in a ring buffer sized at construction; if more than
 * {@code capacity} arrive within one lag, the oldest are taken as in force early (counted by
 * {@link #overflows()}). Prices in points, times ms. O(1) amortised, allocation-free. Not
 * thread-safe.
 */
public final class LaggedQuote {
    private final long lagMs;
    private final long[] times;
    private final long[] bids;
    private final long[] asks;
    private int head;
    private int count;
    private long bid = TradeClassifier.NO_QUOTE;
    private long ask = TradeClassifier.NO_QUOTE;
    private long overflows;

    /**
     * @param lagMs    how much older than the trade the quote must be, ms (0 = latest received)
     * @param capacity quotes held while younger than the lag (rounded up to a power of two)
     */
    public LaggedQuote(long lagMs, int capacity) {
        if (lagMs < 0) throw new IllegalArgumentException("lagMs must be >= 0, was " + lagMs);
        if (capacity < 1) throw new IllegalArgumentException("capacity must be >= 1, was " + capacity);
        int cap = Integer.highestOneBit(Math.max(2, capacity - 1)) << 1;
        this.lagMs = lagMs;
        this.times = new long[cap];
        this.bids = new long[cap];
        this.asks = new long[cap];
    }

    /** Records a quote (best bid and ask, points) received at {@code timeMs}. */
    public void onQuote(long timeMs, long bidPoints, long askPoints) {
        if (lagMs == 0) {
            bid = bidPoints;
            ask = askPoints;
            return;
        }
        int mask = times.length - 1;
        if (count == times.length) {
            bid = bids[head];
            ask = asks[head];
            head = (head + 1) & mask;
            count--;
            overflows++;
        }
        int slot = (head + count) & mask;
        times[slot] = timeMs;
        bids[slot] = bidPoints;
        asks[slot] = askPoints;
        count++;
    }

    /** Moves to the quote in force at {@code tradeTimeMs - lag}; then read {@link #bid()} and {@link #ask()}. */
    public void advanceTo(long tradeTimeMs) {
        long cutoff = tradeTimeMs - lagMs;
        int mask = times.length - 1;
        while (count > 0 && times[head] <= cutoff) {
            bid = bids[head];
            ask = asks[head];
            head = (head + 1) & mask;
            count--;
        }
    }

    /** Bid in force, points, or {@link TradeClassifier#NO_QUOTE}. */
    public long bid() { return bid; }

    /** Ask in force, points, or {@link TradeClassifier#NO_QUOTE}. */
    public long ask() { return ask; }

    /** The lag, ms. */
    public long lagMs() { return lagMs; }

    /** Quotes taken as in force early because the buffer was full. */
    public long overflows() { return overflows; }

    /** Forgets every quote. */
    public void reset() {
        head = 0;
        count = 0;
        bid = TradeClassifier.NO_QUOTE;
        ask = TradeClassifier.NO_QUOTE;
        overflows = 0;
    }
}
