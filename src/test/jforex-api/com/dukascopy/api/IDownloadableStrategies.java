/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api;

/** Downloadable strategies. Kind only. */
public interface IDownloadableStrategies {
}
