package io.orderflow.flow;

/**
 * {@link AggressorMethod#TICK_RULE} on trade prices: up-tick buy, down-tick sell, zero-tick repeats
 * the last non-zero sign; unclassified until the price first changes. Also the fallback inside
 * {@link LeeReadyRule} and {@link EmoRule}. O(1), allocation-free. Not thread-safe.
 */
public final class TickRule implements TradeClassifier {
    private long previous;
    private boolean hasPrevious;
    private int lastSign;

    /** Classifies by price alone and remembers it. */
    public int next(long pricePoints) {
        if (hasPrevious) {
            if (pricePoints > previous) lastSign = Aggressor.BUY;
            else if (pricePoints < previous) lastSign = Aggressor.SELL;
        }
        previous = pricePoints;
        hasPrevious = true;
        return lastSign;
    }

    @Override
    public int classify(long pricePoints, int trueSide, long bidPoints, long askPoints) {
        return next(pricePoints);
    }

    @Override
    public AggressorMethod method() { return AggressorMethod.TICK_RULE; }

    @Override
    public void reset() {
        hasPrevious = false;
        lastSign = Aggressor.UNKNOWN;
    }
}
