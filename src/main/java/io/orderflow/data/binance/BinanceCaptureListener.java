package io.orderflow.data.binance;

/**
 * Events of a Binance spot websocket capture, in file (arrival) order. Prices are integer points
 * at the instrument's scale; sizes in base-asset units; exchange times in ms UTC; {@code localNanos}
 * is the capture machine's receive time in ns (its clock may be off — use exchange times for
 * event time). Arrays passed in are owned by the reader and reused: copy what you keep.
 * Every method has an empty default so listeners implement only what they need.
 */
public interface BinanceCaptureListener {
    /** REST depth snapshot: the book as of update id {@code lastUpdateId}; {@code n*} levels, best first. */
    default void onSnapshot(long lastUpdateId, int nBids, long[] bidPrices, double[] bidSizes, int nAsks,
                            long[] askPrices, double[] askSizes, long localNanos) {
    }

    /**
     * A depth diff covering update ids {@code firstUpdateId..finalUpdateId}; a size of 0 deletes the
     * level. Levels in message order.
     */
    default void onDepthUpdate(long eventTimeMs, long firstUpdateId, long finalUpdateId, int nBids, long[] bidPrices,
                               double[] bidSizes, int nAsks, long[] askPrices, double[] askSizes, long localNanos) {
    }

    /** Best bid and ask after update id {@code updateId} (spot bookTicker has no timestamp). */
    default void onBookTicker(long updateId, long bidPrice, double bidSize, long askPrice, double askSize,
                              long localNanos) {
    }

    /**
     * One trade. {@code buyerIsMaker == true} means the seller was the aggressor (a sell);
     * false means the buyer was (a buy).
     */
    default void onTrade(long tradeTimeMs, long eventTimeMs, long tradeId, long price, double quantity,
                         boolean buyerIsMaker, long localNanos) {
    }
}
