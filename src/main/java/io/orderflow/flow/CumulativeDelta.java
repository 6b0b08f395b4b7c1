package io.orderflow.flow;

import io.orderflow.market.SessionTracker;

/**
 * Cumulative delta: the running sum of signed volume (buy minus sell), restarted from zero at each
 * session start of a {@link DeltaReset}.
 *
 * <p>{@link #isAnchored()} turns true when the first reset point has been crossed since loading
 * began: from then on the value does not depend on where loading started (given the same
 * classification, which for the rules offered here converges within a few ticks). Before it, or
 * with {@link DeltaReset#NEVER}, the level is relative to the first loaded event.
 *
 * <p>Units: the volume unit of the input (traded size or a proxy); times ms UTC, non-decreasing.
 * O(1) per event (the session check is two comparisons), allocation-free. Not thread-safe:
 * single-threaded by contract.
 */
public final class CumulativeDelta {
    private final DeltaReset reset;
    private final SessionTracker tracker;
    // read directly by DeltaBarCalculator's per-event check
    long sessionStart = Long.MAX_VALUE;
    long sessionEnd = Long.MIN_VALUE;
    private boolean started;
    private boolean anchored;
    private double value;
    private int resets;

    /** A cumulative delta at zero that restarts as {@code reset} says. */
    public CumulativeDelta(DeltaReset reset) {
        this.reset = reset;
        this.tracker = reset.resets() ? new SessionTracker(reset.anchor()) : null;
    }

    /** Adds {@code signedVolume} (buy positive, sell negative) at {@code timeMs}, resetting first if a session started. */
    public void add(long timeMs, double signedVolume) {
        if (timeMs >= sessionEnd || timeMs < sessionStart) advance(timeMs);
        value += signedVolume;
    }

    /**
     * Moves the clock to {@code timeMs}: resets if a session boundary was crossed.
     *
     * @return true when this call reset the value to zero
     */
    public boolean advanceTo(long timeMs) {
        return (timeMs >= sessionEnd || timeMs < sessionStart) && advance(timeMs);
    }

    private boolean advance(long timeMs) {
        if (tracker == null) {
            sessionStart = Long.MIN_VALUE;
            sessionEnd = Long.MAX_VALUE;
            started = true;
            return false;
        }
        tracker.advance(timeMs);
        sessionStart = tracker.sessionStart();
        sessionEnd = tracker.sessionEnd();
        boolean reset = started;
        if (reset) {
            value = 0;
            anchored = true;
            resets++;
        }
        started = true;
        return reset;
    }

    /** The cumulative delta now. */
    public double value() { return value; }

    /** True once a reset point has been crossed (values independent of the loading start). */
    public boolean isAnchored() { return anchored; }

    /** Resets performed since loading began. */
    public int resets() { return resets; }

    /** Start of the current session (ms UTC); {@link Long#MIN_VALUE} with {@link DeltaReset#NEVER}. */
    public long sessionStartMs() { return sessionStart; }

    /** End (exclusive) of the current session (ms UTC); {@link Long#MAX_VALUE} with {@link DeltaReset#NEVER}. */
    public long sessionEndMs() { return sessionEnd; }

    /** When this cumulative delta restarts. */
    public DeltaReset resetPolicy() { return reset; }

    /** Forgets everything: as if nothing had been loaded. */
    public void reset() {
        if (tracker != null) tracker.reset();
        sessionStart = Long.MAX_VALUE;
        sessionEnd = Long.MIN_VALUE;
        started = false;
        anchored = false;
        value = 0;
        resets = 0;
    }
}
