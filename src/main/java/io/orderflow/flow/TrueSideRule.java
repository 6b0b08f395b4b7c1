package io.orderflow.flow;

/**
 * {@link AggressorMethod#TRUE_SIDE}: the venue's aggressor flag, unchanged. Stateless. Not
 * thread-safe (by contract of the interface).
 */
public final class TrueSideRule implements TradeClassifier {
    @Override
    public int classify(long pricePoints, int trueSide, long bidPoints, long askPoints) {
        return Integer.signum(trueSide);
    }

    @Override
    public AggressorMethod method() { return AggressorMethod.TRUE_SIDE; }

    @Override
    public void reset() {
    }
}
