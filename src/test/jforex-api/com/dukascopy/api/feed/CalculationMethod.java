/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api.feed;

/** Point-and-figure calculation method. */
public enum CalculationMethod {
    CLOSE, HIGH_LOW
}
