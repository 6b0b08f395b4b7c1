package io.orderflow.jforex.indicator;

/**
 * The time span of each chart bar. A JForex bar input carries only start times; a bar ends where
 * the next one starts, but never later than its period (so a gap in the chart is not counted into
 * the bar before it). Periods of a day or more end at the next bar (daily bars may last 23 or 25
 * hours across a daylight-saving change); the last bar ends one period after its start.
 */
public final class BarTimes {
    private static final long DAY = 86_400_000L;

    private BarTimes() {
    }

    /**
     * Fills {@code ends[i]} for bars starting at {@code starts[i]} ({@code i < n}).
     *
     * @param nextStart the start of the bar after the last one, or a negative number when unknown
     * @param periodMs  the chart's period in ms ({@code Period.getInterval()})
     */
    public static void ends(long[] starts, int n, long nextStart, long periodMs, long[] ends) {
        if (periodMs <= 0) throw new IllegalArgumentException("the indicators need time bars; period " + periodMs + " ms");
        for (int i = 0; i < n; i++) {
            long next = i + 1 < n ? starts[i + 1] : nextStart;
            long byPeriod = starts[i] + periodMs;
            if (next <= starts[i]) ends[i] = byPeriod;
            else ends[i] = periodMs >= DAY ? next : Math.min(next, byPeriod);
        }
    }
}
