package io.orderflow.flow;

/**
 * {@link AggressorMethod#QUOTE_RULE}: above the prevailing mid a buy, below a sell, at the mid (or
 * without a valid quote) unclassified. Stateless. Not thread-safe (by contract of the interface).
 */
public final class QuoteRule implements TradeClassifier {
    /** The quote-rule sign of {@code price} against the quote, 0 at the mid or without one. */
    static int sign(long pricePoints, long bidPoints, long askPoints) {
        if (!TradeClassifier.hasQuote(bidPoints, askPoints)) return Aggressor.UNKNOWN;
        return Long.signum(2 * pricePoints - (bidPoints + askPoints));
    }

    @Override
    public int classify(long pricePoints, int trueSide, long bidPoints, long askPoints) {
        return sign(pricePoints, bidPoints, askPoints);
    }

    @Override
    public AggressorMethod method() { return AggressorMethod.QUOTE_RULE; }

    @Override
    public void reset() {
    }
}
