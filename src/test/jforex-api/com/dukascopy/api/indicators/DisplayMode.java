/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api.indicators;

/** Where a custom-period indicator value is drawn. */
public enum DisplayMode {
    CUSTOM_PERIOD_END, CUSTOM_PERIOD_START, CUSTOM_PERIOD_MIDDLE
}
