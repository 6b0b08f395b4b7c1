package io.orderflow.strategy.setup;

import io.orderflow.execution.TradeSide;
import io.orderflow.strategy.config.ParameterTable;
import io.orderflow.strategy.config.StrategyConfig;
import io.orderflow.strategy.readings.OrderFlowSnapshot;

/**
 * The manipulation filter ({@code manipulation.filter}, off by default): a signal whose side's book
 * pressure looks faked is unconfirmed with {@link Checks#SPOOFED_BOOK}. For a long the pressure that
 * would confirm it is bid-side (size and OFI on the bid), so the bid side's manipulation score at the
 * bar close is read; for a short the ask side's. A score of at least {@code manipulation.maxScore}
 * fails the check. On ticks with one level (history, the Historical Tester, Dukascopy files) there is
 * no evidence and the check never fails. Immutable; thread-safe.
 */
public final class ManipulationCheck {
    private final boolean on;
    private final double maxScore;

    public ManipulationCheck(StrategyConfig c) {
        on = c.booleanValue(ParameterTable.MANIPULATION_FILTER);
        maxScore = c.doubleValue(ParameterTable.MANIPULATION_MAX_SCORE);
    }

    /** {@link Checks#SPOOFED_BOOK} when the filter is on and the evidence on {@code side}'s side reaches the threshold, else 0. */
    public int failed(TradeSide side, OrderFlowSnapshot f) {
        if (!on) return 0;
        double score = side == TradeSide.LONG ? f.spoofBid : f.spoofAsk;
        return score >= maxScore ? Checks.SPOOFED_BOOK : 0;
    }

    /** Whether the filter is on. */
    public boolean enabled() { return on; }
}
