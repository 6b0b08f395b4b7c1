/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api;

import java.io.Serializable;

/** Line-break look-back (a class). Kind only. */
public class LineBreakLookback implements Comparable<LineBreakLookback>, Serializable {

    private static final long serialVersionUID = 1L;

    private final int numOfLines;

    private LineBreakLookback(int numOfLines) {
        this.numOfLines = numOfLines;
    }

    @Override
    public int compareTo(LineBreakLookback other) {
        return Integer.compare(numOfLines, other.numOfLines);
    }
}
