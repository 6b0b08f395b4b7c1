package io.orderflow.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.orderflow.market.SessionAnchor;
import io.orderflow.strategy.config.StrategyConfig;
import io.orderflow.strategy.risk.TradingCalendar;
import io.orderflow.strategy.stats.SkipReason;

/**
 * The entry gate on its own: each check, its boundary, and the order in which they are reported
 * (the first failing one in {@link SkipReason} order). Times are chosen by hand against the FX
 * calendar: Wednesday 2019-02-06 12:00 UTC is mid-session; the New York day ends 22:00 UTC (EST),
 * so with a 10-minute flat rule entries stop at 21:50 UTC; the weekly close is Friday 22:00 UTC.
 */
class EntryGateTest {
    private static final long WED_NOON = t("2019-02-06T12:00:00Z");

    private static long t(String iso) {
        return Instant.parse(iso).toEpochMilli();
    }

    /** Flat at session end and weekly close, 10 min before; no entries 120 min before the weekly close. */
    private static TradingCalendar calendarAt(long timeMs) {
        TradingCalendar c = new TradingCalendar(SessionAnchor.FX_NEW_YORK, true, 120, true, true, 10);
        c.advance(timeMs);
        return c;
    }

    @Test
    void passesWhenEveryCheckHolds() {
        EntryGate g = new EntryGate(calendarAt(WED_NOON), new PositionBook(1), 20, 120_000);
        // spread exactly 20 points and gap exactly 120 s: limits are inclusive
        assertEquals(SkipReason.NONE, g.check(0, true, false, WED_NOON, WED_NOON - 120_000, 113_020, 113_000));
    }

    @Test
    void eachCheckAtItsBoundary() {
        PositionBook book = new PositionBook(1);
        EntryGate g = new EntryGate(calendarAt(WED_NOON), book, 20, 120_000);
        long ok = WED_NOON - 1_000;
        assertEquals(SkipReason.UNCONFIRMED, g.check(0b10, true, false, WED_NOON, ok, 113_010, 113_000));
        assertEquals(SkipReason.NONE, g.check(0b10, false, false, WED_NOON, ok, 113_010, 113_000));
        assertEquals(SkipReason.DAILY_LOSS_LIMIT, g.check(0, true, true, WED_NOON, ok, 113_010, 113_000));
        assertEquals(SkipReason.STALE_DATA, g.check(0, true, false, WED_NOON, WED_NOON - 120_001, 113_010, 113_000));
        assertEquals(SkipReason.SPREAD, g.check(0, true, false, WED_NOON, ok, 113_021, 113_000));
        book.acquire().state = Position.State.PENDING_ENTRY; // a pending entry already takes the only slot
        assertEquals(SkipReason.MAX_POSITIONS, g.check(0, true, false, WED_NOON, ok, 113_010, 113_000));
    }

    @Test
    void sessionEndFromTheFlatRuleAndWeeklyCloseBeforeIt() {
        long wed2149 = t("2019-02-06T21:49:59Z");
        long wed2150 = t("2019-02-06T21:50:00Z");
        EntryGate wed = new EntryGate(calendarAt(wed2149), new PositionBook(1), 20, Long.MAX_VALUE);
        assertEquals(SkipReason.NONE, wed.check(0, true, false, wed2149, wed2149, 113_010, 113_000));
        assertEquals(SkipReason.SESSION_END, wed.check(0, true, false, wed2150, wed2150, 113_010, 113_000));

        long fri1959 = t("2019-02-08T19:59:59Z");
        long fri2000 = t("2019-02-08T20:00:00Z"); // 22:00 weekly close - 120 min
        EntryGate fri = new EntryGate(calendarAt(fri1959), new PositionBook(1), 20, Long.MAX_VALUE);
        assertEquals(SkipReason.NONE, fri.check(0, true, false, fri1959, fri1959, 113_010, 113_000));
        // past 21:50 both time rules fail; the weekly close is reported first
        long fri2155 = t("2019-02-08T21:55:00Z");
        assertEquals(SkipReason.WEEKLY_CLOSE, fri.check(0, true, false, fri2000, fri2000, 113_010, 113_000));
        assertEquals(SkipReason.WEEKLY_CLOSE, fri.check(0, true, false, fri2155, fri2155, 113_010, 113_000));
    }

    @Test
    void firstFailingCheckWinsInSkipReasonOrder() {
        PositionBook book = new PositionBook(1);
        book.acquire().state = Position.State.OPEN;
        long fri = t("2019-02-08T21:55:00Z");
        EntryGate g = new EntryGate(calendarAt(fri), book, 20, 120_000);
        long stale = fri - 600_000;
        // everything fails; remove the reported failure one at a time
        assertEquals(SkipReason.UNCONFIRMED, g.check(1, true, true, fri, stale, 113_050, 113_000));
        assertEquals(SkipReason.DAILY_LOSS_LIMIT, g.check(1, false, true, fri, stale, 113_050, 113_000));
        assertEquals(SkipReason.WEEKLY_CLOSE, g.check(1, false, false, fri, stale, 113_050, 113_000));
        EntryGate wed = new EntryGate(calendarAt(t("2019-02-06T21:55:00Z")), book, 20, 120_000);
        long w = t("2019-02-06T21:55:00Z");
        assertEquals(SkipReason.SESSION_END, wed.check(1, false, false, w, w - 600_000, 113_050, 113_000));
        assertEquals(SkipReason.STALE_DATA, g.check(1, false, false, WED_NOON, WED_NOON - 600_000, 113_050, 113_000));
        assertEquals(SkipReason.SPREAD, g.check(1, false, false, WED_NOON, WED_NOON, 113_050, 113_000));
        assertEquals(SkipReason.MAX_POSITIONS, g.check(1, false, false, WED_NOON, WED_NOON, 113_000, 113_000));
    }

    @Test
    void limitsFromConfiguration() {
        TradingCalendar c = calendarAt(WED_NOON);
        PositionBook book = new PositionBook(1);
        // EUR/USD: 1 pip = 10 points; 1.55 pips = 15.5 points, rounded down to 15
        StrategyConfig cfg = StrategyConfig.builder().set("risk.maxSpreadPips", 1.55)
                .set("risk.maxTickAgeSeconds", 30).build();
        EntryGate g = EntryGate.of(cfg, cfg.instrument(), c, book);
        assertEquals(15, g.maxSpreadPoints());
        assertEquals(30_000, g.maxTickAgeMs());
        StrategyConfig off = StrategyConfig.builder().set("risk.maxSpreadPips", 0.0)
                .set("risk.maxTickAgeSeconds", 0).build();
        EntryGate open = EntryGate.of(off, off.instrument(), c, book);
        assertEquals(Long.MAX_VALUE, open.maxSpreadPoints());
        assertEquals(Long.MAX_VALUE, open.maxTickAgeMs());
        assertEquals(SkipReason.NONE, open.check(0, true, false, WED_NOON, WED_NOON - 86_400_000L, 200_000, 100_000));
    }
}
