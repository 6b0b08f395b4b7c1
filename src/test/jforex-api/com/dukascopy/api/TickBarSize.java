/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api;

/** Number of ticks per tick bar (a final class). Kind only. */
public final class TickBarSize implements Comparable<TickBarSize> {

    private final int size;

    private TickBarSize(int size) {
        this.size = size;
    }

    @Override
    public int compareTo(TickBarSize other) {
        return Integer.compare(size, other.size);
    }
}
