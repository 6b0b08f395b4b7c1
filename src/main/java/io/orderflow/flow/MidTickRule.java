package io.orderflow.flow;

/**
 * {@link AggressorMethod#MID_TICK_RULE}: the tick rule on the mid of quote ticks. The mid is
 * compared as {@code ask + bid} (exact in points). O(1), allocation-free. Not thread-safe.
 */
public final class MidTickRule implements QuoteTickClassifier {
    private long previousMid2;
    private boolean hasPrevious;
    private int lastSign;

    @Override
    public int classify(long askPoints, long bidPoints, double askSize, double bidSize) {
        long mid2 = askPoints + bidPoints;
        int move = hasPrevious ? Long.signum(mid2 - previousMid2) : 0;
        lastSign = move != 0 ? move : lastSign;   // zero tick: keep the last non-zero sign
        previousMid2 = mid2;
        hasPrevious = true;
        return lastSign;
    }

    @Override
    public AggressorMethod method() { return AggressorMethod.MID_TICK_RULE; }

    @Override
    public void reset() {
        hasPrevious = false;
        lastSign = Aggressor.UNKNOWN;
    }
}
