/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api;

/** Anything with a time: ticks, bars, other feed elements. */
public interface ITimedData {

    long getTime();
}
