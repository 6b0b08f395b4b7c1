/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api.system;

/** The SDK tester client. Kind and nested enums only. */
public interface ITesterClient extends IClient {

    /** Ticks synthesised from candles. */
    enum InterpolationMethod {
        OPEN_TICK, CLOSE_TICK, FOUR_TICKS, CUBIC_SPLINE
    }

    /** Real ticks, possibly thinned. */
    enum DataLoadingMethod {
        ALL_TICKS, DIFFERENT_PRICE_TICKS, PIVOT_TICKS, TICKS_WITH_PRICE_DIFFERENCE_IN_PIPS, TICKS_WITH_TIME_INTERVAL
    }
}
