package io.orderflow.flow;

/**
 * Classifies a trade as buyer- or seller-initiated by one of the {@link AggressorMethod}s that work
 * on trades, given the quote prevailing when it printed. Stateful (the tick rule remembers the
 * previous trade): trades must come in time order, and every trade must be offered, whichever rule
 * ends up deciding.
 *
 * <p>Prices in points; {@link #NO_QUOTE} for a missing bid or ask. O(1), allocation-free. Not
 * thread-safe.
 */
public interface TradeClassifier {
    /** Passed as bid or ask when no quote is known. */
    long NO_QUOTE = Long.MIN_VALUE;

    /**
     * Classifies the next trade.
     *
     * @param pricePoints trade price
     * @param trueSide    the venue's flag ({@link Aggressor}), used only by {@link AggressorMethod#TRUE_SIDE}
     * @param bidPoints   prevailing best bid, or {@link #NO_QUOTE}
     * @param askPoints   prevailing best ask, or {@link #NO_QUOTE}
     * @return {@link Aggressor#BUY}, {@link Aggressor#SELL} or {@link Aggressor#UNKNOWN}
     */
    int classify(long pricePoints, int trueSide, long bidPoints, long askPoints);

    /** The method implemented. */
    AggressorMethod method();

    /** Forgets all state. */
    void reset();

    /**
     * A new classifier for {@code method}.
     *
     * @throws IllegalArgumentException if the method does not classify individual trades
     */
    static TradeClassifier create(AggressorMethod method) {
        switch (method) {
            case TICK_RULE: return new TickRule();
            case QUOTE_RULE: return new QuoteRule();
            case LEE_READY: return new LeeReadyRule();
            case EMO: return new EmoRule();
            case TRUE_SIDE: return new TrueSideRule();
            default:
                throw new IllegalArgumentException(method + " does not classify trades; use one of TICK_RULE, "
                        + "QUOTE_RULE, LEE_READY, EMO, TRUE_SIDE"
                        + (method == AggressorMethod.BVC ? " (BVC classifies whole bars: see DeltaBarCalculator)" : ""));
        }
    }

    /** True when both quotes are present and not crossed or locked. */
    static boolean hasQuote(long bidPoints, long askPoints) {
        return bidPoints != NO_QUOTE && askPoints != NO_QUOTE && askPoints > bidPoints;
    }
}
