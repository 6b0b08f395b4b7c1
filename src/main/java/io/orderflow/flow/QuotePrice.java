package io.orderflow.flow;

/**
 * The price a quote tick's flow is placed at, in the footprint, the profile and the delta bar's
 * OHLC. Quote ticks have no trade price, so this is a convention.
 */
public enum QuotePrice {
    /**
     * Where an aggressor would have traded: a buy at the ask, a sell at the bid, an unclassified
     * tick at the mid (rounded down to a whole point). The default: it matches the footprint's
     * diagonal logic (buys at the ask against sells at the bid one row lower).
     */
    AGGRESSOR_SIDE,
    /** Always the bid (matches JForex's default BID charts). */
    BID,
    /** Always the ask. */
    ASK,
    /** Always the mid, rounded down to a whole point. */
    MID;

    /** The price in points of a tick classified {@code side}. */
    public long of(int side, long askPoints, long bidPoints) {
        switch (this) {
            case AGGRESSOR_SIDE:
                return side > 0 ? askPoints : side < 0 ? bidPoints : (askPoints + bidPoints) >> 1;
            case BID: return bidPoints;
            case ASK: return askPoints;
            default: return (askPoints + bidPoints) >> 1;
        }
    }
}
