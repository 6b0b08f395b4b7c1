package io.orderflow.flow;

/**
 * Computes the {@link VolumeProxy volume proxy} of each quote tick. Stateful (the change in quoted
 * size needs the previous tick): ticks in time order. Sizes in the source's unit (millions of base
 * currency for Dukascopy FX), prices in points. O(1), allocation-free. Not thread-safe.
 */
public final class QuoteVolumeProxy {
    private final VolumeProxy proxy;
    private final int kind;
    private long prevAsk;
    private long prevBid;
    private double prevAskSize;
    private double prevBidSize;
    private boolean hasPrevious;

    /** @throws IllegalArgumentException if {@code proxy} does not apply to quote ticks */
    public QuoteVolumeProxy(VolumeProxy proxy) {
        if (!proxy.worksOnQuotes()) {
            throw new IllegalArgumentException(proxy + " is not a quote-tick volume proxy; use TICK_COUNT, "
                    + "QUOTED_SIZE_CHANGE or TOP_OF_BOOK_SIZE");
        }
        this.proxy = proxy;
        this.kind = proxy.ordinal();
    }

    /** The proxy volume of the next tick (non-negative). */
    public double volume(long askPoints, long bidPoints, double askSize, double bidSize) {
        double v;
        if (kind == TICK_COUNT) {
            v = 1;
        } else if (kind == TOP) {
            v = askSize + bidSize;
        } else {
            if (hasPrevious) {
                double bidPart = (bidPoints >= prevBid ? bidSize : 0) - (bidPoints <= prevBid ? prevBidSize : 0);
                double askPart = (askPoints <= prevAsk ? askSize : 0) - (askPoints >= prevAsk ? prevAskSize : 0);
                v = Math.abs(bidPart) + Math.abs(askPart);
            } else {
                v = 0;
            }
            prevAsk = askPoints;
            prevBid = bidPoints;
            prevAskSize = askSize;
            prevBidSize = bidSize;
            hasPrevious = true;
        }
        return v;
    }

    private static final int TICK_COUNT = VolumeProxy.TICK_COUNT.ordinal();
    private static final int TOP = VolumeProxy.TOP_OF_BOOK_SIZE.ordinal();

    /** The proxy computed. */
    public VolumeProxy proxy() { return proxy; }

    /** Forgets the previous tick. */
    public void reset() {
        hasPrevious = false;
    }
}
