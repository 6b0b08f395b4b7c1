package io.orderflow.flow;

/**
 * {@link AggressorMethod#LEE_READY}: the quote rule, and the tick rule for trades at the mid or
 * without a quote. The tick rule sees every trade. O(1), allocation-free. Not thread-safe.
 */
public final class LeeReadyRule implements TradeClassifier {
    private final TickRule tick = new TickRule();

    @Override
    public int classify(long pricePoints, int trueSide, long bidPoints, long askPoints) {
        int byTick = tick.next(pricePoints);
        int byQuote = QuoteRule.sign(pricePoints, bidPoints, askPoints);
        return byQuote != Aggressor.UNKNOWN ? byQuote : byTick;
    }

    @Override
    public AggressorMethod method() { return AggressorMethod.LEE_READY; }

    @Override
    public void reset() {
        tick.reset();
    }
}
