package io.orderflow.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import io.orderflow.testing.Seeds;

class SessionAnchorTest {
    private static final SessionAnchor FX = SessionAnchor.FX_NEW_YORK;

    private static long utc(String iso) {
        return Instant.parse(iso).toEpochMilli();
    }

    /**
     * FX sessions around the March and November 2019 US clock changes: the day starts at 17:00
     * New York, which is 22:00 UTC in winter and 21:00 UTC in summer; the session opening on Sunday
     * evening is Monday's; the weekend (Friday 17:00 to Sunday 17:00 New York) is closed.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // time (UTC),            session start,         next session start,     trading date, open
        "2019-03-08T21:59:59.999Z, 2019-03-07T22:00:00Z, 2019-03-08T22:00:00Z, 2019-03-08, true",
        "2019-03-08T22:00:00Z,     2019-03-08T22:00:00Z, 2019-03-09T22:00:00Z, 2019-03-09, false",
        "2019-03-09T23:00:00Z,     2019-03-09T22:00:00Z, 2019-03-10T21:00:00Z, 2019-03-10, false",
        "2019-03-10T20:59:59.999Z, 2019-03-09T22:00:00Z, 2019-03-10T21:00:00Z, 2019-03-10, false",
        "2019-03-10T21:00:00Z,     2019-03-10T21:00:00Z, 2019-03-11T21:00:00Z, 2019-03-11, true",
        "2019-03-11T12:00:00Z,     2019-03-10T21:00:00Z, 2019-03-11T21:00:00Z, 2019-03-11, true",
        "2019-03-15T20:59:59.999Z, 2019-03-14T21:00:00Z, 2019-03-15T21:00:00Z, 2019-03-15, true",
        "2019-03-15T21:00:00Z,     2019-03-15T21:00:00Z, 2019-03-16T21:00:00Z, 2019-03-16, false",
        "2019-11-01T20:59:59.999Z, 2019-10-31T21:00:00Z, 2019-11-01T21:00:00Z, 2019-11-01, true",
        "2019-11-01T21:00:00Z,     2019-11-01T21:00:00Z, 2019-11-02T21:00:00Z, 2019-11-02, false",
        "2019-11-02T21:30:00Z,     2019-11-02T21:00:00Z, 2019-11-03T22:00:00Z, 2019-11-03, false",
        "2019-11-03T21:59:59.999Z, 2019-11-02T21:00:00Z, 2019-11-03T22:00:00Z, 2019-11-03, false",
        "2019-11-03T22:00:00Z,     2019-11-03T22:00:00Z, 2019-11-04T22:00:00Z, 2019-11-04, true",
        "2019-11-08T21:59:59.999Z, 2019-11-07T22:00:00Z, 2019-11-08T22:00:00Z, 2019-11-08, true",
        "2019-11-08T22:00:00Z,     2019-11-08T22:00:00Z, 2019-11-09T22:00:00Z, 2019-11-09, false",
    })
    void fxSessionsAcrossUsClockChanges(String time, String start, String next, String date, boolean open) {
        long t = utc(time);
        assertEquals(utc(start), FX.sessionStart(t), "session start");
        assertEquals(utc(next), FX.nextSessionStart(t), "next session start");
        assertEquals(LocalDate.parse(date), FX.tradingDate(t), "trading date");
        assertEquals(open, FX.isWeekdaySession(t), "weekday session");
        assertEquals(open, MarketHours.FX.isOpen(t), "market open");
    }

    @Test
    void sundayOpenSessionBelongsToMonday() {
        long sundayOpen = utc("2012-12-02T22:00:00Z");
        assertEquals(LocalDate.of(2012, 12, 3), FX.tradingDate(sundayOpen));
        assertEquals(LocalDate.of(2012, 12, 3), FX.tradingDate(utc("2012-12-03T21:59:59.999Z")));
        assertEquals(LocalDate.of(2012, 12, 4), FX.tradingDate(utc("2012-12-03T22:00:00Z")));
    }

    @Test
    void utcMidnightAnchorGivesCalendarDays() {
        SessionAnchor a = SessionAnchor.UTC_MIDNIGHT;
        long t = utc("2019-03-10T21:30:00Z");
        assertEquals(utc("2019-03-10T00:00:00Z"), a.sessionStart(t));
        assertEquals(utc("2019-03-11T00:00:00Z"), a.nextSessionStart(t));
        assertEquals(LocalDate.of(2019, 3, 10), a.tradingDate(t));
        assertEquals(utc("2019-03-10T00:00:00Z"), a.sessionStart(utc("2019-03-10T00:00:00Z")));
    }

    @Test
    void customMorningAnchorNamesTheDayItStartsOn() {
        SessionAnchor london = SessionAnchor.parse("08:00@Europe/London");
        assertEquals(ZoneId.of("Europe/London"), london.zone());
        assertEquals(LocalTime.of(8, 0), london.time());
        // 31 March 2019: British Summer Time starts at 01:00 UTC, so 08:00 London is 07:00 UTC.
        long t = utc("2019-03-31T09:00:00Z");
        assertEquals(utc("2019-03-31T07:00:00Z"), london.sessionStart(t));
        assertEquals(utc("2019-04-01T07:00:00Z"), london.nextSessionStart(t));
        assertEquals(utc("2019-03-30T08:00:00Z"), london.sessionStart(utc("2019-03-31T06:59:59.999Z")));
        // A session opening Friday 08:00 London is Friday's (a weekday), Saturday's is not.
        assertEquals(LocalDate.of(2019, 3, 29), london.tradingDate(utc("2019-03-29T10:00:00Z")));
        assertTrue(london.isWeekdaySession(utc("2019-03-29T10:00:00Z")));
        assertFalse(london.isWeekdaySession(utc("2019-03-30T10:00:00Z")));
        assertTrue(london.isWeekdaySession(utc("2019-04-01T07:00:00Z")));
    }

    @Test
    void customEveningAnchorNamesTheDayItEndsOn() {
        SessionAnchor tokyo = SessionAnchor.parse("18:00@Asia/Tokyo");
        long t = utc("2019-03-11T10:00:00Z"); // 19:00 Tokyo on Monday: Tuesday's session
        assertEquals(utc("2019-03-11T09:00:00Z"), tokyo.sessionStart(t));
        assertEquals(LocalDate.of(2019, 3, 12), tokyo.tradingDate(t));
    }

    @Test
    void anchorInsideTheSpringGapStartsWhenTheClockResumes() {
        SessionAnchor a = new SessionAnchor(ZoneId.of("America/New_York"), LocalTime.of(2, 30));
        // 02:30 does not exist on 10 March 2019; that session starts at 03:30 EDT = 07:30 UTC.
        long start = a.nextSessionStart(utc("2019-03-09T12:00:00Z"));
        assertEquals(utc("2019-03-10T07:30:00Z"), start);
        assertEquals(start, a.sessionStart(start));
        assertEquals(utc("2019-03-09T07:30:00Z"), a.sessionStart(start - 1));
    }

    @Test
    void parsesNamedAndCustomAnchors() {
        assertSame(FX, SessionAnchor.parse("fx"));
        assertSame(FX, SessionAnchor.parse(" NY17 "));
        assertSame(SessionAnchor.UTC_MIDNIGHT, SessionAnchor.parse("utc"));
        assertEquals(FX, SessionAnchor.parse("17:00@America/New_York"));
        assertEquals("17:00@America/New_York", FX.toString());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SessionAnchor.parse("8am"));
        assertTrue(e.getMessage().contains("'8am'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SessionAnchor.parse("08:00@Mars/Olympus"));
        assertThrows(IllegalArgumentException.class, () -> SessionAnchor.parse("25:00@UTC"));
    }

    /** Brute force: the latest anchor instant at or before t, over the surrounding local dates. */
    private static long referenceStart(SessionAnchor a, long t) {
        LocalDate d = Instant.ofEpochMilli(t).atZone(a.zone()).toLocalDate();
        long best = Long.MIN_VALUE;
        for (int k = -2; k <= 1; k++) {
            long s = ZonedDateTime.of(d.plusDays(k), a.time(), a.zone()).toInstant().toEpochMilli();
            if (s <= t) best = Math.max(best, s);
        }
        return best;
    }

    @Test
    void sessionsTileTimeWithoutGapsForRandomZonesAndTimes() {
        long seed = Seeds.of(0x5E55A1L);
        Random rnd = new Random(seed);
        String[] zones = {"America/New_York", "Europe/London", "Australia/Sydney", "Asia/Tokyo", "UTC",
            "America/Sao_Paulo", "Pacific/Chatham"};
        for (int i = 0; i < 20_000; i++) {
            ZoneId zone = ZoneId.of(zones[rnd.nextInt(zones.length)]);
            SessionAnchor a = new SessionAnchor(zone, LocalTime.of(rnd.nextInt(24), rnd.nextInt(4) * 15));
            long t = utc("2000-01-01T00:00:00Z") + (long) (rnd.nextDouble() * 30L * 365 * 86_400_000L);
            String msg = a + " at " + Instant.ofEpochMilli(t) + " (seed " + seed + ")";
            long start = a.sessionStart(t);
            long next = a.nextSessionStart(t);
            assertEquals(referenceStart(a, t), start, msg);
            assertTrue(start <= t && t < next, msg);
            assertEquals(start, a.sessionStart(next - 1), msg);
            assertEquals(next, a.sessionStart(next), msg);
            assertTrue(next - start >= 22 * 3_600_000L && next - start <= 26 * 3_600_000L, msg);
        }
    }

    @Test
    void sessionTrackerReportsExactlyTheSessionChanges() {
        long seed = Seeds.of(0x5E55A2L);
        Random rnd = new Random(seed);
        SessionTracker tracker = new SessionTracker(FX);
        long t = utc("2019-03-01T00:00:00Z");
        long previousStart = Long.MIN_VALUE;
        int changes = 0;
        for (int i = 0; i < 50_000; i++) {
            t += rnd.nextInt(3_600_000);
            long start = FX.sessionStart(t);
            boolean changed = tracker.advance(t);
            assertEquals(start != previousStart, changed, "at " + Instant.ofEpochMilli(t) + " seed " + seed);
            assertEquals(start, tracker.sessionStart());
            assertEquals(FX.nextSessionStart(start), tracker.sessionEnd());
            if (changed) changes++;
            previousStart = start;
        }
        assertTrue(changes > 100);
        assertSame(FX, tracker.anchor());
        tracker.reset();
        assertTrue(tracker.advance(t), "after reset the next call is a change");
        assertTrue(tracker.advance(t - 2 * 86_400_000L), "going back into an earlier session is a change");
    }

    @Test
    void marketHoursKnowWeekendsHolidaysAndCrypto() {
        MarketHours fx = MarketHours.of(AssetClass.FX);
        assertSame(MarketHours.FX, fx);
        assertSame(MarketHours.ALWAYS, MarketHours.of(AssetClass.CRYPTO));
        long saturday = utc("2012-12-01T00:00:00Z");
        assertFalse(fx.isOpen(saturday));
        assertTrue(MarketHours.ALWAYS.isOpen(saturday));
        assertTrue(fx.isOpen(utc("2012-12-02T22:00:00Z")), "Sunday 17:00 New York opens the week");
        assertFalse(fx.isOpen(utc("2012-12-02T21:59:59.999Z")));
        assertFalse(fx.isOpen(utc("2012-12-25T12:00:00Z")), "Christmas Day");
        assertFalse(fx.isOpen(utc("2013-01-01T12:00:00Z")), "New Year's Day");
        assertTrue(fx.isOpen(utc("2012-12-24T12:00:00Z")));
        // Hours partly outside the week are not "open throughout".
        assertTrue(fx.isOpenThroughout(utc("2012-12-07T21:00:00Z"), utc("2012-12-07T22:00:00Z")));
        assertFalse(fx.isOpenThroughout(utc("2012-12-07T21:30:00Z"), utc("2012-12-07T22:30:00Z")));
        assertFalse(fx.isOpenThroughout(utc("2012-12-02T21:00:00Z"), utc("2012-12-02T22:00:00Z")));
        assertTrue(fx.isOpenThroughout(utc("2012-12-02T22:00:00Z"), utc("2012-12-02T23:00:00Z")));
        MarketHours noHolidays = new MarketHours(false, java.util.Collections.emptySet());
        assertTrue(noHolidays.isOpen(utc("2012-12-25T12:00:00Z")));
        assertEquals(ZoneOffset.UTC, SessionAnchor.UTC_MIDNIGHT.zone());
    }
}
