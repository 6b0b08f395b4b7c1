package io.orderflow.profile;

import io.orderflow.market.SessionAnchor;
import io.orderflow.market.SessionTracker;

/**
 * The volume profile of the current session (for FX by default the trading day from 17:00 New
 * York), restarted at each session boundary, with the developing POC and value area on demand,
 * a {@link SessionSummary} of the last finished session, and the earlier sessions' POCs that
 * price has not revisited ({@link NakedPocs}).
 *
 * <p>Feed it every flow event in time order with {@link #add}; a session ends when the first event
 * of a later session arrives, or at {@link #advanceTo}. Volumes and sides as in
 * {@link VolumeProfile}; prices in points; times ms UTC.
 *
 * <p>With a {@link #deferTo deferred source} (what {@code TradeFlow} sets up when its footprint has
 * the profile's rows) the events' volume reaches the profile from that source instead: each event
 * goes through {@link #onDeferredEvent} (session boundary and naked-POC check only), and the
 * source's volume is moved in before every read, at every session boundary and whenever its owner
 * calls {@link #moveDeferred}. Reads therefore see every event so far; a {@link VolumeProfile}
 * obtained from {@link #profile()} is up to date as of that call. Row volumes then equal the
 * event-by-event sums up to floating-point rounding (the sums are grouped by bar; exact for
 * tick-count and other integer volumes).
 *
 * <p>O(1) per event, allocation-free except at a session boundary (one summary). Not thread-safe:
 * single-threaded by contract.
 */
public final class SessionVolumeProfile {
    /** Naked POCs kept by default. */
    public static final int DEFAULT_NAKED_POC_CAPACITY = 64;
    /** Rows the profile is sized for by default. */
    public static final int DEFAULT_EXPECTED_ROWS = 1024;

    private final SessionTracker tracker;
    private final VolumeProfile profile;
    private final NakedPocs nakedPocs;
    private final double valueAreaShare;
    private final ValueAreaMethod method;
    private long sessionStart = Long.MAX_VALUE;
    private long sessionEnd = Long.MIN_VALUE;
    private boolean started;
    private SessionSummary lastSession;
    private int sessionsCompleted;
    private DeferredVolume deferred;

    /** A 70% one-row value area, 1024 expected rows, 64 naked POCs. */
    public SessionVolumeProfile(SessionAnchor anchor, long rowPoints) {
        this(anchor, rowPoints, VolumeProfile.DEFAULT_VALUE_AREA_SHARE, ValueAreaMethod.ONE_ROW, DEFAULT_EXPECTED_ROWS,
                DEFAULT_NAKED_POC_CAPACITY);
    }

    /**
     * @param anchor           where sessions begin
     * @param rowPoints        row height in points
     * @param valueAreaShare   value-area share in (0, 1], e.g. 0.70
     * @param method           value-area growth convention
     * @param expectedRows     rows one session's profile is sized for
     * @param nakedPocCapacity earlier-session POCs kept
     */
    public SessionVolumeProfile(SessionAnchor anchor, long rowPoints, double valueAreaShare, ValueAreaMethod method,
                                int expectedRows, int nakedPocCapacity) {
        ValueArea.checkShare(valueAreaShare);
        this.tracker = new SessionTracker(anchor);
        this.profile = new VolumeProfile(rowPoints, expectedRows);
        this.nakedPocs = new NakedPocs(rowPoints, nakedPocCapacity);
        this.valueAreaShare = valueAreaShare;
        this.method = method;
    }

    /** Adds a flow event: {@code volume} at {@code price} (points) on {@code side} (+1/-1/0) at {@code timeMs}. */
    public void add(long timeMs, long price, double volume, int side) {
        if (timeMs >= sessionEnd || timeMs < sessionStart) enterSession(timeMs);
        profile.add(price, volume, side);
        nakedPocs.onPrice(price);
    }

    /**
     * A flow event whose volume the {@link #deferTo deferred source} holds: moves the clock to
     * {@code timeMs} (finishing the session if it ended, with the source's volume so far moved in
     * first) and checks the naked POCs against {@code price} (points). Call it before the source
     * receives the event, so that an event opening a session is not counted in the one before.
     */
    public void onDeferredEvent(long timeMs, long price) {
        if (timeMs >= sessionEnd || timeMs < sessionStart) enterSession(timeMs);
        nakedPocs.onPrice(price);
    }

    /**
     * Takes the volume of later events from {@code source} (rows must be this profile's rows), or
     * back from {@link #add} with null. Whatever the previous source held is moved in first.
     */
    public void deferTo(DeferredVolume source) {
        moveDeferred();
        deferred = source;
    }

    /** Moves in the deferred source's volume collected so far (reads do this themselves). */
    public void moveDeferred() {
        if (deferred != null) deferred.moveInto(profile);
    }

    /** Moves the clock to {@code timeMs}, finishing the session if it ended. */
    public void advanceTo(long timeMs) {
        if (timeMs >= sessionEnd || timeMs < sessionStart) enterSession(timeMs);
    }

    private void enterSession(long timeMs) {
        moveDeferred();
        if (started && !profile.isEmpty()) {
            ValueArea va = profile.valueArea(valueAreaShare, method);
            lastSession = new SessionSummary(sessionStart, sessionEnd, profile.lowPrice(), profile.highPrice(),
                    profile.totalVolume(), profile.delta(), va);
            nakedPocs.add(va.pocPrice(), sessionStart, sessionEnd);
            sessionsCompleted++;
        }
        profile.clear();
        tracker.advance(timeMs);
        sessionStart = tracker.sessionStart();
        sessionEnd = tracker.sessionEnd();
        started = true;
    }

    /**
     * The current session's profile, up to date as of this call (read it; do not add to it
     * directly; with a deferred source, call again after further events).
     */
    public VolumeProfile profile() {
        moveDeferred();
        return profile;
    }

    /** Developing POC of the current session, points, or {@link VolumeProfile#NO_PRICE}. O(rows). */
    public long pocPrice() { return profile().pocPrice(); }

    /** Developing value area of the current session (configured share and method), or null. O(rows). */
    public ValueArea valueArea() {
        VolumeProfile p = profile();
        return p.isEmpty() ? null : p.valueArea(valueAreaShare, method);
    }

    /** The last finished session, or null before the first boundary. */
    public SessionSummary lastSession() { return lastSession; }

    /** Sessions finished so far. */
    public int sessionsCompleted() { return sessionsCompleted; }

    /** Earlier sessions' POCs not yet revisited. */
    public NakedPocs nakedPocs() { return nakedPocs; }

    /** Start of the current session, ms UTC (valid after the first event). */
    public long sessionStartMs() { return sessionStart; }

    /** End (exclusive) of the current session, ms UTC. */
    public long sessionEndMs() { return sessionEnd; }

    /** Share of volume in the value areas reported, e.g. 0.70. */
    public double valueAreaShare() { return valueAreaShare; }

    /** Growth convention of the value areas reported. */
    public ValueAreaMethod valueAreaMethod() { return method; }

    /** Forgets everything, including naked POCs and the last session. */
    public void reset() {
        profile.clear();
        nakedPocs.clear();
        tracker.reset();
        sessionStart = Long.MAX_VALUE;
        sessionEnd = Long.MIN_VALUE;
        started = false;
        lastSession = null;
        sessionsCompleted = 0;
    }
}
