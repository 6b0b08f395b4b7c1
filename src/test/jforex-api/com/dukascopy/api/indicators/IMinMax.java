/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api.indicators;

/** Scale of a sub-panel indicator. Implemented by us: complete. */
public interface IMinMax {

    /** {min, max}; a NaN element is ignored. */
    double[] getMinMax(int outputIdx, Object values, int firstVisibleValueIndex, int lastVisibleValueIndex);
}
