package io.orderflow.flow;

import java.util.Objects;

import io.orderflow.market.SessionAnchor;

/**
 * When cumulative delta restarts from zero: at each session start of a {@link SessionAnchor} (the
 * FX trading day from 17:00 New York, the UTC day, or a custom time and zone) or never.
 *
 * <p>With a reset, every value after the first reset point is independent of where loading began
 * (Sierra Chart's warning that cumulative delta "changes on reload" unless reset daily). With
 * {@link #NEVER} the level depends on the first loaded tick and only its changes are meaningful.
 * Immutable, thread-safe.
 */
public final class DeltaReset {
    /** Restart at 17:00 America/New_York (the FX trading day). The default. */
    public static final DeltaReset FX_DAY = new DeltaReset(SessionAnchor.FX_NEW_YORK);
    /** Restart at 00:00 UTC. */
    public static final DeltaReset UTC_DAY = new DeltaReset(SessionAnchor.UTC_MIDNIGHT);
    /** Never restart. */
    public static final DeltaReset NEVER = new DeltaReset(null);

    private final SessionAnchor anchor;

    private DeltaReset(SessionAnchor anchor) {
        this.anchor = anchor;
    }

    /** Restart at each session start of {@code anchor}. */
    public static DeltaReset at(SessionAnchor anchor) {
        return new DeltaReset(Objects.requireNonNull(anchor, "anchor"));
    }

    /** Parses {@code never}, {@code fx}, {@code utc} or {@code HH:mm@Zone/Id}. */
    public static DeltaReset parse(String text) {
        String s = text.trim();
        if (s.equalsIgnoreCase("never") || s.equalsIgnoreCase("none")) return NEVER;
        SessionAnchor a = SessionAnchor.parse(s);
        if (a.equals(SessionAnchor.FX_NEW_YORK)) return FX_DAY;
        if (a.equals(SessionAnchor.UTC_MIDNIGHT)) return UTC_DAY;
        return at(a);
    }

    /** The anchor, or null for {@link #NEVER}. */
    public SessionAnchor anchor() { return anchor; }

    /** True unless {@link #NEVER}. */
    public boolean resets() { return anchor != null; }

    @Override
    public boolean equals(Object o) {
        return o instanceof DeltaReset && Objects.equals(anchor, ((DeltaReset) o).anchor);
    }

    @Override
    public int hashCode() { return Objects.hashCode(anchor); }

    @Override
    public String toString() { return anchor == null ? "never" : anchor.toString(); }
}
