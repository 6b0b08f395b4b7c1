package io.orderflow.flow;

/**
 * {@link AggressorMethod#EMO}: at the ask a buy, at the bid a sell, the tick rule otherwise (and
 * without a valid quote). The tick rule sees every trade. O(1), allocation-free. Not thread-safe.
 */
public final class EmoRule implements TradeClassifier {
    private final TickRule tick = new TickRule();

    @Override
    public int classify(long pricePoints, int trueSide, long bidPoints, long askPoints) {
        int byTick = tick.next(pricePoints);
        if (TradeClassifier.hasQuote(bidPoints, askPoints)) {
            if (pricePoints == askPoints) return Aggressor.BUY;
            if (pricePoints == bidPoints) return Aggressor.SELL;
        }
        return byTick;
    }

    @Override
    public AggressorMethod method() { return AggressorMethod.EMO; }

    @Override
    public void reset() {
        tick.reset();
    }
}
