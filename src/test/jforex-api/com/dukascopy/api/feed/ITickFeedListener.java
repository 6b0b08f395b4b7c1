/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api.feed;

import com.dukascopy.api.ITick;
import com.dukascopy.api.Instrument;

/** Tick receiver. Implemented by us: complete. */
public interface ITickFeedListener {

    void onTick(Instrument instrument, ITick tick);
}
