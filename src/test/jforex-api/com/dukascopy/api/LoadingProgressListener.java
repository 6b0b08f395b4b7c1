/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api;

/** Progress and cancellation of a load. Implemented by us: complete (jforex-api.md 3.7). */
public interface LoadingProgressListener {

    void dataLoaded(long start, long end, long currentPosition, String information);

    void loadingFinished(boolean allDataLoaded, long start, long end, long currentPosition);

    /** True to stop the job. */
    boolean stopJob();
}
