package io.orderflow.strategy.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.orderflow.market.SessionAnchor;

class TradingCalendarTest {
    private static long t(String iso) {
        return Instant.parse(iso).toEpochMilli();
    }

    @Test
    void winterWeeklyCloseIsFriday22Utc() {
        // Friday 2019-02-08: 17:00 New York = 22:00 UTC; no entries from 20:00 UTC (120 min), flat from 21:50
        TradingCalendar c = new TradingCalendar(SessionAnchor.FX_NEW_YORK, true, 120, false, true, 10);
        c.advance(t("2019-02-08T12:00:00Z"));
        assertEquals(t("2019-02-08T22:00:00Z"), c.weeklyCloseMs());
        assertTrue(c.entriesAllowed(t("2019-02-08T19:59:59Z")));
        assertFalse(c.nearWeeklyClose(t("2019-02-08T19:59:59Z")));
        assertTrue(c.nearWeeklyClose(t("2019-02-08T20:00:00Z")));
        assertFalse(c.entriesAllowed(t("2019-02-08T20:00:00Z")));
        assertFalse(c.mustBeFlat(t("2019-02-08T21:49:59Z")));
        assertTrue(c.mustBeFlat(t("2019-02-08T21:50:00Z")));
    }

    @Test
    void summerWeeklyCloseIsFriday21UtcAndThursdayIsFree() {
        TradingCalendar c = new TradingCalendar(SessionAnchor.FX_NEW_YORK, true, 60, false, true, 10);
        c.advance(t("2019-06-06T15:00:00Z"));
        assertEquals(Long.MAX_VALUE, c.weeklyCloseMs());
        assertTrue(c.entriesAllowed(t("2019-06-06T20:59:00Z")));
        assertTrue(c.advance(t("2019-06-06T21:00:00Z"))); // Friday's FX day starts Thursday 17:00 EDT
        assertEquals(t("2019-06-07T21:00:00Z"), c.weeklyCloseMs());
        assertTrue(c.nearWeeklyClose(t("2019-06-07T20:00:00Z")));
    }

    @Test
    void sundayOpenAllowsEntriesAgain() {
        TradingCalendar c = new TradingCalendar(SessionAnchor.FX_NEW_YORK, true, 120, false, true, 10);
        c.advance(t("2019-02-10T22:05:00Z")); // Sunday 17:05 New York: Monday's session
        assertTrue(c.entriesAllowed(t("2019-02-10T22:05:00Z")));
        assertFalse(c.mustBeFlat(t("2019-02-10T22:05:00Z")));
    }

    @Test
    void flatAtSessionEndActsBeforeEveryDayEnd() {
        TradingCalendar c = new TradingCalendar(SessionAnchor.UTC_MIDNIGHT, true, 0, true, false, 15);
        c.advance(t("2019-02-05T10:00:00Z"));
        assertFalse(c.mustBeFlat(t("2019-02-05T23:44:59Z")));
        assertTrue(c.mustBeFlat(t("2019-02-05T23:45:00Z")));
        assertFalse(c.entriesAllowed(t("2019-02-05T23:45:00Z")));
        assertTrue(c.advance(t("2019-02-06T00:00:01Z")));
        assertFalse(c.mustBeFlat(t("2019-02-06T00:00:01Z")));
    }

    @Test
    void cryptoHasNoWeeklyClose() {
        TradingCalendar c = new TradingCalendar(SessionAnchor.UTC_MIDNIGHT, false, 120, false, true, 10);
        c.advance(t("2019-02-08T21:55:00Z"));
        assertTrue(c.entriesAllowed(t("2019-02-08T21:55:00Z")));
        assertFalse(c.mustBeFlat(t("2019-02-08T21:55:00Z")));
    }
}
