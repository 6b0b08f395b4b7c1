/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api.indicators;

/** Possible values of an optional input. */
public interface OptInputDescription {

    /** The default value, boxed. */
    Object getOptInputDefaultValue();
}
