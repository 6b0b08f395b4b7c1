package io.orderflow.flow;

/**
 * The side that initiated a trade (or, for quote-only data, the side a quote change is attributed
 * to), as a small int so that the per-tick path carries no objects: {@link #BUY} = +1,
 * {@link #SELL} = -1, {@link #UNKNOWN} = 0. A signed volume is {@code side * volume}.
 */
public final class Aggressor {
    /** The buyer initiated (lifted the offer). */
    public static final int BUY = 1;
    /** The seller initiated (hit the bid). */
    public static final int SELL = -1;
    /** Not classified. */
    public static final int UNKNOWN = 0;

    private Aggressor() {
    }

    /**
     * The aggressor from Binance's {@code m} flag: buyer is maker means the seller took liquidity,
     * a {@link #SELL}; otherwise a {@link #BUY}.
     */
    public static int fromBuyerIsMaker(boolean buyerIsMaker) {
        return buyerIsMaker ? SELL : BUY;
    }

    /** "buy", "sell" or "unknown". */
    public static String name(int side) {
        return side > 0 ? "buy" : side < 0 ? "sell" : "unknown";
    }
}
