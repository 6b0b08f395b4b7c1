/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api;

/** Flat-candle filters. */
public enum Filter {
    NO_FILTER, WEEKENDS, ALL_FLATS
}
