/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api;

import java.io.Serializable;

/** Range-bar / P&F box size in pips (a final class; there is no IIndicators.PriceRange). */
public final class PriceRange implements Comparable<PriceRange>, Serializable {

    private static final long serialVersionUID = 1L;

    public static final PriceRange ONE_PIP = new PriceRange("ONE_PIP", 1);
    public static final PriceRange TWO_PIPS = new PriceRange("TWO_PIPS", 2);
    public static final PriceRange THREE_PIPS = new PriceRange("THREE_PIPS", 3);
    public static final PriceRange FOUR_PIPS = new PriceRange("FOUR_PIPS", 4);
    public static final PriceRange FIVE_PIPS = new PriceRange("FIVE_PIPS", 5);
    public static final PriceRange SIX_PIPS = new PriceRange("SIX_PIPS", 6);

    private static final PriceRange[] NAMED = {ONE_PIP, TWO_PIPS, THREE_PIPS, FOUR_PIPS, FIVE_PIPS, SIX_PIPS};

    private final String name;
    private final int pipCount;

    private PriceRange(String name, int pipCount) {
        this.name = name;
        this.pipCount = pipCount;
    }

    public String getName() {
        return name;
    }

    public int getPipCount() {
        return pipCount;
    }

    /** The range of this many pips (1..10000), null outside. */
    public static PriceRange valueOf(int pipCount) {
        if (pipCount >= 1 && pipCount <= NAMED.length) {
            return NAMED[pipCount - 1];
        }
        if (pipCount < 1 || pipCount > 10000) {
            return null;
        }
        return new PriceRange(pipCount + "_PIPS", pipCount);
    }

    @Override
    public int compareTo(PriceRange other) {
        return other == null ? 1 : Integer.compare(pipCount, other.pipCount);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof PriceRange && ((PriceRange) obj).pipCount == pipCount;
    }

    @Override
    public int hashCode() {
        return 31 + pipCount;
    }

    @Override
    public String toString() {
        return name;
    }
}
