package io.orderflow.market;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * Where trading days begin: a wall-clock time in a time zone, DST-aware.
 *
 * <p>{@link #FX_NEW_YORK} is the FX convention: the trading day runs from 17:00 to 17:00
 * America/New_York (22:00 UTC in winter, 21:00 UTC in summer), and the day is named after the
 * date on which it ends, so the session that opens on Sunday evening is Monday's. The FX week is
 * open from Sunday 17:00 to Friday 17:00 New York.
 *
 * <p>Thread-safe (immutable). Each call costs a few {@code java.time} conversions; per-tick users
 * cache the current session in a {@link SessionTracker}.
 */
public final class SessionAnchor {
    /** FX trading day: 17:00 America/New_York. */
    public static final SessionAnchor FX_NEW_YORK = new SessionAnchor(ZoneId.of("America/New_York"), LocalTime.of(17, 0));
    /** Calendar day in UTC. */
    public static final SessionAnchor UTC_MIDNIGHT = new SessionAnchor(ZoneOffset.UTC, LocalTime.MIDNIGHT);

    private final ZoneId zone;
    private final LocalTime time;

    public SessionAnchor(ZoneId zone, LocalTime time) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.time = Objects.requireNonNull(time, "time");
    }

    /** Parses {@code fx}, {@code utc} or {@code HH:mm@Zone/Id} (e.g. {@code 08:00@Europe/London}). */
    public static SessionAnchor parse(String text) {
        String s = text.trim();
        if (s.equalsIgnoreCase("fx") || s.equalsIgnoreCase("new-york") || s.equalsIgnoreCase("ny17")) return FX_NEW_YORK;
        if (s.equalsIgnoreCase("utc") || s.equalsIgnoreCase("utc-midnight")) return UTC_MIDNIGHT;
        int at = s.indexOf('@');
        if (at < 0) {
            throw new IllegalArgumentException("session anchor '" + text + "': expected fx, utc or HH:mm@Zone/Id");
        }
        try {
            return new SessionAnchor(ZoneId.of(s.substring(at + 1)), LocalTime.parse(s.substring(0, at)));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("session anchor '" + text + "': " + e.getMessage(), e);
        }
    }

    public ZoneId zone() { return zone; }

    public LocalTime time() { return time; }

    /** Start (ms UTC) of the session containing {@code timeMs}: the latest anchor instant ≤ timeMs. */
    public long sessionStart(long timeMs) {
        ZonedDateTime z = Instant.ofEpochMilli(timeMs).atZone(zone);
        ZonedDateTime candidate = z.toLocalDate().atTime(time).atZone(zone);
        if (candidate.toInstant().toEpochMilli() > timeMs) {
            candidate = z.toLocalDate().minusDays(1).atTime(time).atZone(zone);
        }
        return candidate.toInstant().toEpochMilli();
    }

    /** Start (ms UTC) of the session after the one that starts at or contains {@code timeMs}. */
    public long nextSessionStart(long timeMs) {
        long start = sessionStart(timeMs);
        LocalDate d = Instant.ofEpochMilli(start).atZone(zone).toLocalDate().plusDays(1);
        return d.atTime(time).atZone(zone).toInstant().toEpochMilli();
    }

    /**
     * The date a session is named after: the local date holding most of it. An anchor from noon on
     * names the session by the date on which it ends (for the FX anchor the session opening Sunday
     * 17:00 is Monday's); an anchor before noon, midnight included, by the date on which it starts
     * (a session opening Monday 08:00 London is Monday's).
     */
    public LocalDate tradingDate(long timeMs) {
        long start = sessionStart(timeMs);
        LocalDate startDate = Instant.ofEpochMilli(start).atZone(zone).toLocalDate();
        return time.isBefore(LocalTime.NOON) ? startDate : startDate.plusDays(1);
    }

    /**
     * True when the FX-style week is open at {@code timeMs}: the trading date is Monday to Friday.
     * With the FX anchor that is Sunday 17:00 to Friday 17:00 New York; with a morning anchor such
     * as 08:00 London, Monday 08:00 to Saturday 08:00.
     */
    public boolean isWeekdaySession(long timeMs) {
        DayOfWeek d = tradingDate(timeMs).getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof SessionAnchor)) return false;
        SessionAnchor a = (SessionAnchor) o;
        return zone.equals(a.zone) && time.equals(a.time);
    }

    @Override
    public int hashCode() { return zone.hashCode() * 31 + time.hashCode(); }

    @Override
    public String toString() { return time + "@" + zone.getId(); }
}
