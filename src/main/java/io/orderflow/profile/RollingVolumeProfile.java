package io.orderflow.profile;

import java.util.Arrays;

/**
 * A volume profile over a rolling time window: events with time in {@code (now - windowMs, now]},
 * where {@code now} is the latest time seen. Volumes and sides as in {@link VolumeProfile}; prices
 * in points; times ms UTC.
 *
 * <p>Events are kept in a ring buffer (time, row, volume, side) and subtracted as they leave the
 * window, so each event costs O(1) amortised. The ring is sized at construction and doubles if
 * the window ever holds more events (an allocation, rare by construction). A row whose last event
 * left holds exactly zero again (no rounding residue). Not thread-safe: single-threaded by
 * contract.
 */
public final class RollingVolumeProfile {
    private final long windowMs;
    private final VolumeProfile profile;
    private long[] times;
    private int[] rows;
    private double[] volumes;
    private byte[] sides;
    private int head;
    private int count;
    private long now = Long.MIN_VALUE;
    private int[] rowEvents = new int[64];

    /**
     * @param windowMs       window length in ms (at least 1)
     * @param rowPoints      row height in points
     * @param expectedRows   rows the profile is sized for
     * @param expectedEvents events the window is sized for
     */
    public RollingVolumeProfile(long windowMs, long rowPoints, int expectedRows, int expectedEvents) {
        if (windowMs < 1) throw new IllegalArgumentException("windowMs must be >= 1, was " + windowMs);
        this.windowMs = windowMs;
        this.profile = new VolumeProfile(rowPoints, expectedRows);
        int cap = Integer.highestOneBit(Math.max(16, expectedEvents - 1)) << 1;
        times = new long[cap];
        rows = new int[cap];
        volumes = new double[cap];
        sides = new byte[cap];
    }

    /** Adds a flow event at {@code timeMs} (non-decreasing), first dropping events that left the window. */
    public void add(long timeMs, long price, double volume, int side) {
        advanceTo(timeMs);
        int idx = profile.add(price, volume, side);
        if (idx >= rowEvents.length) rowEvents = Arrays.copyOf(rowEvents, Math.max(idx + 1, 2 * rowEvents.length));
        rowEvents[idx]++;
        if (count == times.length) grow();
        int slot = (head + count) & (times.length - 1);
        times[slot] = timeMs;
        rows[slot] = idx;
        volumes[slot] = volume;
        sides[slot] = (byte) Integer.signum(side);
        count++;
    }

    /** Moves the window's end to {@code timeMs} (ignored if earlier than the latest time seen). */
    public void advanceTo(long timeMs) {
        if (timeMs > now) now = timeMs;
        long cutoff = now - windowMs;
        int mask = times.length - 1;
        while (count > 0 && times[head] <= cutoff) {
            int idx = rows[head];
            if (--rowEvents[idx] == 0) profile.clearRow(idx);
            else profile.subtract(idx, volumes[head], sides[head]);
            head = (head + 1) & mask;
            count--;
        }
    }

    private void grow() {
        int cap = times.length;
        int n = cap * 2;
        long[] t = new long[n];
        int[] r = new int[n];
        double[] v = new double[n];
        byte[] s = new byte[n];
        for (int i = 0; i < count; i++) {
            int from = (head + i) & (cap - 1);
            t[i] = times[from];
            r[i] = rows[from];
            v[i] = volumes[from];
            s[i] = sides[from];
        }
        times = t;
        rows = r;
        volumes = v;
        sides = s;
        head = 0;
    }

    /** The window's profile (read it; do not add to it directly). */
    public VolumeProfile profile() { return profile; }

    /** Window length in ms. */
    public long windowMs() { return windowMs; }

    /** Events currently inside the window. */
    public int eventCount() { return count; }

    /** Empties the window. */
    public void reset() {
        profile.clear();
        head = 0;
        count = 0;
        now = Long.MIN_VALUE;
        Arrays.fill(rowEvents, 0);
    }
}
