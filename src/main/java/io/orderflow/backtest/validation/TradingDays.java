package io.orderflow.backtest.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.orderflow.market.SessionAnchor;

/**
 * The trading days of a range: the sessions of a {@link SessionAnchor} (for FX, 17:00 New York to
 * 17:00 New York, named after the day they end on) whose trading date is Monday to Friday, clipped
 * to the range. Weekend sessions (the market is closed from Friday 17:00 to Sunday 17:00 New York)
 * are not days. Immutable; thread-safe.
 */
public final class TradingDays {
    /** One trading day: its date and its part of the range, [startMs, endMs) ms UTC. */
    public static final class Day {
        private final LocalDate date;
        private final long startMs;
        private final long endMs;

        Day(LocalDate date, long startMs, long endMs) {
            this.date = date;
            this.startMs = startMs;
            this.endMs = endMs;
        }

        public LocalDate date() { return date; }

        public long startMs() { return startMs; }

        public long endMs() { return endMs; }

        @Override
        public String toString() { return date.toString(); }
    }

    private TradingDays() {
    }

    /** Days overlapping [fromMs, toMs), in order; empty when the range holds no weekday session. */
    public static List<Day> of(long fromMs, long toMs, SessionAnchor anchor) {
        List<Day> days = new ArrayList<>();
        long start = anchor.sessionStart(fromMs);
        while (start < toMs) {
            long next = anchor.nextSessionStart(start);
            if (anchor.isWeekdaySession(start)) {
                long a = Math.max(start, fromMs);
                long b = Math.min(next, toMs);
                if (b > a) days.add(new Day(anchor.tradingDate(start), a, b));
            }
            start = next;
        }
        return Collections.unmodifiableList(days);
    }
}
