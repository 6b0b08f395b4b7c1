package io.orderflow.strategy.risk;

import java.time.DayOfWeek;

import io.orderflow.market.SessionAnchor;
import io.orderflow.market.SessionTracker;

/**
 * Time rules for entries and forced exits, followed along the tick stream:
 * <ul>
 * <li>the trading day of {@code session.anchor} (new day: the daily loss limit restarts);</li>
 * <li>the weekly close, Friday 17:00 New York ({@link SessionAnchor#FX_NEW_YORK}): no entries within
 * {@code noEntryMinutes} of it, flat within {@code flatMinutes} when {@code flatAtWeeklyClose};
 * the weekend (Friday 17:00 to Sunday 17:00 New York) counts as past the close;</li>
 * <li>the end of each trading day: flat (and no entries) within {@code flatMinutes} of it when
 * {@code flatAtSessionEnd}.</li>
 * </ul>
 * Instruments that trade all week ({@code weekly = false}, crypto) skip the weekly rules.
 *
 * <p>{@link #advance} costs one comparison per tick; the zone arithmetic runs only when a session
 * boundary is crossed. Not thread-safe.
 */
public final class TradingCalendar {
    private final SessionTracker day;
    private final SessionTracker fx = new SessionTracker(SessionAnchor.FX_NEW_YORK);
    private final boolean weekly;
    private final long noEntryMs;
    private final long flatMs;
    private final boolean flatAtSessionEnd;
    private final boolean flatAtWeeklyClose;
    private long weeklyCloseMs = Long.MAX_VALUE;
    private long entryCutoffMs;
    private long flatFromMs;

    public TradingCalendar(SessionAnchor dayAnchor, boolean weekly, int noEntryMinutesBeforeWeeklyClose,
                           boolean flatAtSessionEnd, boolean flatAtWeeklyClose, int flatMinutesBeforeEnd) {
        this.day = new SessionTracker(dayAnchor);
        this.weekly = weekly;
        this.noEntryMs = noEntryMinutesBeforeWeeklyClose * 60_000L;
        this.flatMs = flatMinutesBeforeEnd * 60_000L;
        this.flatAtSessionEnd = flatAtSessionEnd;
        this.flatAtWeeklyClose = flatAtWeeklyClose;
    }

    /**
     * Moves to {@code timeMs}. Returns true when a new trading day began with this call (also on
     * the first call).
     */
    public boolean advance(long timeMs) {
        boolean newDay = day.advance(timeMs);
        boolean newFx = weekly && fx.advance(timeMs);
        if (newFx) {
            DayOfWeek d = SessionAnchor.FX_NEW_YORK.tradingDate(fx.sessionStart()).getDayOfWeek();
            if (d == DayOfWeek.FRIDAY) weeklyCloseMs = fx.sessionEnd();
            else if (d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY) weeklyCloseMs = fx.sessionStart();
            else weeklyCloseMs = Long.MAX_VALUE;
        }
        if (newDay || newFx) {
            long cutoff = weeklyCloseMs == Long.MAX_VALUE ? Long.MAX_VALUE : weeklyCloseMs - noEntryMs;
            long flat = Long.MAX_VALUE;
            if (flatAtSessionEnd) flat = day.sessionEnd() - flatMs;
            if (flatAtWeeklyClose && weeklyCloseMs != Long.MAX_VALUE) flat = Math.min(flat, weeklyCloseMs - flatMs);
            flatFromMs = flat;
            entryCutoffMs = Math.min(cutoff, flat);
        }
        return newDay;
    }

    /** True when {@code timeMs} is too close to the weekly close (or past it) for new entries. */
    public boolean nearWeeklyClose(long timeMs) {
        return weeklyCloseMs != Long.MAX_VALUE && timeMs >= weeklyCloseMs - noEntryMs;
    }

    /** True when a flat rule is in force at {@code timeMs} (positions must be closed, no entries). */
    public boolean mustBeFlat(long timeMs) {
        return timeMs >= flatFromMs;
    }

    /** True when new entries are allowed at {@code timeMs}. */
    public boolean entriesAllowed(long timeMs) {
        return timeMs < entryCutoffMs;
    }

    /** Start of the current trading day, ms UTC. */
    public long dayStart() { return day.sessionStart(); }

    /** End of the current trading day, ms UTC. */
    public long dayEnd() { return day.sessionEnd(); }

    /** The weekly close ahead (ms UTC), or Long.MAX_VALUE when it is not in the current FX day. */
    public long weeklyCloseMs() { return weeklyCloseMs; }
}
