package io.orderflow.profile;

/**
 * Volume that a {@link SessionVolumeProfile} does not receive event by event but collects from
 * another accumulator when it needs it: a footprint with the same rows already holds every event's
 * volume at its row, so adding it to the profile on every event would do the same work twice.
 * Single-threaded, like the profile that owns it.
 */
public interface DeferredVolume {
    /**
     * Adds to {@code target} the volume collected since the previous call, by row and side, and
     * remembers that it has. O(rows held); O(1) when nothing was collected since.
     */
    void moveInto(VolumeProfile target);
}
