package io.orderflow.profile;

/**
 * A volume profile over a fixed time range {@code [fromMs, toMs)} (ms UTC): events outside the
 * range are ignored, so the same stream can feed several ranges. Volumes and sides as in
 * {@link VolumeProfile}; prices in points. O(1) per event, allocation-free. Not thread-safe.
 */
public final class FixedRangeVolumeProfile {
    private final long fromMs;
    private final long toMs;
    private final VolumeProfile profile;

    /** A profile of the events in {@code [fromMs, toMs)} (ms UTC) in rows of {@code rowPoints} points, sized for {@code expectedRows} rows. */
    public FixedRangeVolumeProfile(long fromMs, long toMs, long rowPoints, int expectedRows) {
        if (toMs <= fromMs) throw new IllegalArgumentException("empty range " + fromMs + ".." + toMs);
        this.fromMs = fromMs;
        this.toMs = toMs;
        this.profile = new VolumeProfile(rowPoints, expectedRows);
    }

    /** Adds the event if {@code fromMs <= timeMs < toMs}; returns whether it was inside. */
    public boolean add(long timeMs, long price, double volume, int side) {
        if (timeMs < fromMs || timeMs >= toMs) return false;
        profile.add(price, volume, side);
        return true;
    }

    /** The range's profile (read it; do not add to it directly). */
    public VolumeProfile profile() { return profile; }

    /** Range start, ms UTC (inclusive). */
    public long fromMs() { return fromMs; }

    /** Range end, ms UTC (exclusive). */
    public long toMs() { return toMs; }
}
