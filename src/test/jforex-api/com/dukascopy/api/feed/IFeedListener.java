/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api.feed;

import com.dukascopy.api.ITimedData;

/** Feed data receiver. Implemented by us: complete. */
public interface IFeedListener {

    void onFeedData(IFeedDescriptor feedDescriptor, ITimedData feedData);
}
