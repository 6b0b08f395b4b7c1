package io.orderflow.data.feed;

/**
 * Told about every retry the {@link DatafeedClient} makes. Called on the downloading thread, possibly
 * from several threads at once; implementations must be thread-safe and quick.
 */
public interface RetryListener {
    /** Does nothing. */
    RetryListener NONE = (url, failedAttempt, maxAttempts, delayMs, reason) -> { };

    /**
     * @param url           the URL that failed
     * @param failedAttempt the attempt that just failed, 1-based
     * @param maxAttempts   attempts allowed in total
     * @param delayMs       wait before the next attempt, ms
     * @param reason        why the attempt failed (HTTP status, I/O error, body that does not decode)
     */
    void onRetry(String url, int failedAttempt, int maxAttempts, long delayMs, String reason);
}
