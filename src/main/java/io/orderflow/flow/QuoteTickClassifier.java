package io.orderflow.flow;

/**
 * Attributes a quote tick (best ask/bid and their sizes; no trade) to a buy or sell side, by one of
 * the {@link AggressorMethod}s that work on quotes. Stateful: ticks must come in time order.
 *
 * <p>Prices in points; sizes in the source's unit. O(1), allocation-free. Not thread-safe.
 */
public interface QuoteTickClassifier {
    /**
     * Classifies the next tick.
     *
     * @return {@link Aggressor#BUY}, {@link Aggressor#SELL} or {@link Aggressor#UNKNOWN}
     */
    int classify(long askPoints, long bidPoints, double askSize, double bidSize);

    /** The method implemented. */
    AggressorMethod method();

    /** Forgets all state (the next tick is a first tick). */
    void reset();

    /**
     * A new classifier for {@code method}.
     *
     * @throws IllegalArgumentException if the method does not classify individual quote ticks
     */
    static QuoteTickClassifier create(AggressorMethod method) {
        switch (method) {
            case MID_TICK_RULE: return new MidTickRule();
            case QUOTE_CHANGE: return new QuoteChangeRule();
            default:
                throw new IllegalArgumentException(method + " does not classify quote ticks; use "
                        + AggressorMethod.MID_TICK_RULE + " or " + AggressorMethod.QUOTE_CHANGE
                        + (method == AggressorMethod.BVC ? " (BVC classifies whole bars: see DeltaBarCalculator)" : ""));
        }
    }
}
