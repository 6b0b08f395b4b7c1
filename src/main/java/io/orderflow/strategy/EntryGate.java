package io.orderflow.strategy;

import io.orderflow.market.InstrumentSpec;
import io.orderflow.strategy.config.ParameterTable;
import io.orderflow.strategy.config.StrategyConfig;
import io.orderflow.strategy.risk.TradingCalendar;
import io.orderflow.strategy.stats.SkipReason;

/**
 * The checks a planned signal must pass before it may be sized and sent, in the order of
 * {@link SkipReason}: order-flow confirmation (when the setup requires it), the daily loss limit,
 * the weekly close, the session end, the stale-data guard, the spread filter and the position
 * limit. Sizing checks (minimum amount, total risk budget) need the account and stay with the
 * engine; suspended entries ({@link StrategyEngine#setEntriesSuspended}) never reach the gate.
 *
 * <p>Units: prices and spreads in points, times in ms UTC. Holds no state of its own: it reads the
 * engine's {@link TradingCalendar} and {@link PositionBook}, which must already have advanced to
 * the decision time. O(1), no allocation. Threading: the strategy thread only, like the engine.
 */
final class EntryGate {
    private final TradingCalendar calendar;
    private final PositionBook book;
    private final long maxSpreadPoints;
    private final long maxTickAgeMs;

    /**
     * @param maxSpreadPoints largest spread (ask − bid, points) an entry accepts; Long.MAX_VALUE = no limit
     * @param maxTickAgeMs    largest gap (ms) between the bar's last tick and the decision quote;
     *                        Long.MAX_VALUE = no limit
     */
    EntryGate(TradingCalendar calendar, PositionBook book, long maxSpreadPoints, long maxTickAgeMs) {
        this.calendar = calendar;
        this.book = book;
        this.maxSpreadPoints = maxSpreadPoints;
        this.maxTickAgeMs = maxTickAgeMs;
    }

    /**
     * A gate with the limits of {@code risk.maxSpreadPips} (pips, rounded down to whole points;
     * 0 = off) and {@code risk.maxTickAgeSeconds} (0 = off).
     */
    static EntryGate of(StrategyConfig config, InstrumentSpec instrument, TradingCalendar calendar,
                        PositionBook book) {
        double spreadPips = config.doubleValue(ParameterTable.RISK_MAX_SPREAD_PIPS);
        long maxSpread = spreadPips > 0 ? (long) Math.floor(instrument.pipsToPoints(spreadPips) + 1e-9)
                : Long.MAX_VALUE;
        int ageSeconds = config.intValue(ParameterTable.RISK_MAX_TICK_AGE_SECONDS);
        long maxAge = ageSeconds > 0 ? ageSeconds * 1000L : Long.MAX_VALUE;
        return new EntryGate(calendar, book, maxSpread, maxAge);
    }

    /**
     * The first reason (in {@link SkipReason} order) a signal cannot be taken now, or
     * {@link SkipReason#NONE}.
     *
     * @param failedChecks      the setup's failed order-flow checks (bit set, 0 = confirmed)
     * @param needsConfirmation true when the setup enters only on confirmed signals
     * @param halted            true while the daily loss limit stops trading
     * @param decisionMs        time of the decision quote, ms UTC
     * @param barLastTickMs     time of the closed bar's last tick, ms UTC
     * @param ask               decision ask, points
     * @param bid               decision bid, points
     */
    SkipReason check(int failedChecks, boolean needsConfirmation, boolean halted, long decisionMs,
                     long barLastTickMs, long ask, long bid) {
        if (needsConfirmation && failedChecks != 0) return SkipReason.UNCONFIRMED;
        if (halted) return SkipReason.DAILY_LOSS_LIMIT;
        if (calendar.nearWeeklyClose(decisionMs)) return SkipReason.WEEKLY_CLOSE;
        if (!calendar.entriesAllowed(decisionMs)) return SkipReason.SESSION_END;
        if (decisionMs - barLastTickMs > maxTickAgeMs) return SkipReason.STALE_DATA;
        if (ask - bid > maxSpreadPoints) return SkipReason.SPREAD;
        if (book.inUse() >= book.capacity()) return SkipReason.MAX_POSITIONS;
        return SkipReason.NONE;
    }

    /** Largest accepted spread, points (Long.MAX_VALUE = no limit). */
    long maxSpreadPoints() { return maxSpreadPoints; }

    /** Largest accepted tick gap, ms (Long.MAX_VALUE = no limit). */
    long maxTickAgeMs() { return maxTickAgeMs; }
}
