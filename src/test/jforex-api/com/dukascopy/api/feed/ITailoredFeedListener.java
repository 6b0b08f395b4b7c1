/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api.feed;

import com.dukascopy.api.ITimedData;

/** Typed feed receiver. Implemented by us: complete. */
public interface ITailoredFeedListener<T extends ITimedData> {

    void onFeedData(ITailoredFeedDescriptor<T> feedDescriptor, T feedData);
}
