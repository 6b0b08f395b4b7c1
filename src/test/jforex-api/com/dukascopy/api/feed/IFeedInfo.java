/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api.feed;

/** Deprecated feed description (IFinancialInstrument based). Kind only. */
@Deprecated
public interface IFeedInfo {
}
