package io.orderflow.flow;

/**
 * {@link AggressorMethod#QUOTE_CHANGE}: which side's price or size moved between consecutive quote
 * ticks (see the enum constant for the exact rule). O(1), allocation-free. Not thread-safe.
 */
public final class QuoteChangeRule implements QuoteTickClassifier {
    private long prevAsk;
    private long prevBid;
    private double prevAskSize;
    private double prevBidSize;
    private boolean hasPrevious;

    @Override
    public int classify(long askPoints, long bidPoints, double askSize, double bidSize) {
        int side = Aggressor.UNKNOWN;
        if (hasPrevious) {
            int da = Long.signum(askPoints - prevAsk);
            int db = Long.signum(bidPoints - prevBid);
            if (da == 0 && db == 0) {
                double flow = (bidSize - prevBidSize) - (askSize - prevAskSize);
                side = flow > 0 ? Aggressor.BUY : flow < 0 ? Aggressor.SELL : Aggressor.UNKNOWN;
            } else if (da + db != 0) {
                side = Integer.signum(da + db);
            } else {
                side = Long.signum((askPoints + bidPoints) - (prevAsk + prevBid));
            }
        }
        prevAsk = askPoints;
        prevBid = bidPoints;
        prevAskSize = askSize;
        prevBidSize = bidSize;
        hasPrevious = true;
        return side;
    }

    @Override
    public AggressorMethod method() { return AggressorMethod.QUOTE_CHANGE; }

    @Override
    public void reset() {
        hasPrevious = false;
    }
}
