/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api.feed;

import com.dukascopy.api.ITimedData;

/** A feed descriptor typed by its element type (no members of its own). */
public interface ITailoredFeedDescriptor<T extends ITimedData> extends IFeedDescriptor {
}
