package io.orderflow.market;

/**
 * Follows the current session of a {@link SessionAnchor} along a stream of times, so that the
 * per-tick check is one comparison; the zone arithmetic runs only when a session boundary is
 * crossed (or time jumps backwards). Not thread-safe.
 */
public final class SessionTracker {
    private final SessionAnchor anchor;
    private long start = Long.MAX_VALUE;
    private long end = Long.MIN_VALUE;

    public SessionTracker(SessionAnchor anchor) {
        this.anchor = anchor;
    }

    /**
     * Moves to the session containing {@code timeMs}.
     *
     * @return true when this call entered a different session than the previous call (true on the
     *         first call)
     */
    public boolean advance(long timeMs) {
        if (timeMs >= start && timeMs < end) return false;
        start = anchor.sessionStart(timeMs);
        end = anchor.nextSessionStart(start);
        return true;
    }

    /** Start of the current session, ms UTC (valid after the first {@link #advance}). */
    public long sessionStart() { return start; }

    /** End (exclusive) of the current session, ms UTC. */
    public long sessionEnd() { return end; }

    public SessionAnchor anchor() { return anchor; }

    /** Forgets the current session. */
    public void reset() {
        start = Long.MAX_VALUE;
        end = Long.MIN_VALUE;
    }
}
