/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api.feed;

/** Renko brick reversal reference. */
public enum RenkoType {
    REGULAR, MEDIAN
}
