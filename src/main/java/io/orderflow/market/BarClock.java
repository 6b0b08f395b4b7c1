package io.orderflow.market;

/**
 * Maps a time to the time bar that contains it. Implementations are stateless or cache only
 * the current period, so a call is O(1) amortised.
 */
public interface BarClock {
    /** Start (inclusive, ms UTC) of the bar containing {@code timeMs}. */
    long barStart(long timeMs);

    /** End (exclusive, ms UTC) of the bar starting at {@code barStartMs}. */
    long barEnd(long barStartMs);

    /** Bars of a fixed length aligned to the epoch (and so to UTC midnight for periods dividing a day). */
    static BarClock fixed(final long periodMs) {
        if (periodMs <= 0) throw new IllegalArgumentException("period must be > 0 ms, was " + periodMs);
        return new BarClock() {
            @Override
            public long barStart(long timeMs) {
                return Math.floorDiv(timeMs, periodMs) * periodMs;
            }

            @Override
            public long barEnd(long barStartMs) {
                return barStartMs + periodMs;
            }

            @Override
            public String toString() {
                return "fixed " + periodMs + " ms";
            }
        };
    }

    /** One bar per trading day of {@code anchor} (for example the FX day from 17:00 New York). */
    static BarClock tradingDays(final SessionAnchor anchor) {
        return new BarClock() {
            @Override
            public long barStart(long timeMs) {
                return anchor.sessionStart(timeMs);
            }

            @Override
            public long barEnd(long barStartMs) {
                return anchor.nextSessionStart(barStartMs);
            }

            @Override
            public String toString() {
                return "sessions " + anchor;
            }
        };
    }
}
