package io.orderflow.data.feed;

import java.util.concurrent.ThreadLocalRandom;

/**
 * How often and how long to wait before trying a datafeed request again: exponential backoff with
 * "equal jitter" (half the delay fixed, half random), capped, and never shorter than a server's
 * {@code Retry-After}.
 *
 * <p>Attempt {@code n} (1-based) failed → wait {@code d/2 + random(0..d/2)} ms where
 * {@code d = min(maxBackoffMs, initialBackoffMs × 2^(n-1))}; if the server asked for longer with
 * {@code Retry-After}, wait that long instead, up to {@code maxRetryAfterMs}. Thread-safe
 * (immutable).
 */
public final class RetryPolicy {
    /** 6 attempts, 500 ms doubling to at most 30 s, Retry-After honoured up to 5 minutes. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(6, 500, 30_000, 300_000);

    private final int maxAttempts;
    private final long initialBackoffMs;
    private final long maxBackoffMs;
    private final long maxRetryAfterMs;

    /**
     * @param maxAttempts      total attempts per file, at least 1 (1 = no retry)
     * @param initialBackoffMs delay scale after the first failure, ms, at least 0
     * @param maxBackoffMs     cap of the exponential delay, ms
     * @param maxRetryAfterMs  cap of a server's Retry-After, ms
     */
    public RetryPolicy(int maxAttempts, long initialBackoffMs, long maxBackoffMs, long maxRetryAfterMs) {
        if (maxAttempts < 1) throw new IllegalArgumentException("maxAttempts must be >= 1, was " + maxAttempts);
        if (initialBackoffMs < 0 || maxBackoffMs < initialBackoffMs || maxRetryAfterMs < 0) {
            throw new IllegalArgumentException("need 0 <= initialBackoffMs <= maxBackoffMs and maxRetryAfterMs >= 0");
        }
        this.maxAttempts = maxAttempts;
        this.initialBackoffMs = initialBackoffMs;
        this.maxBackoffMs = maxBackoffMs;
        this.maxRetryAfterMs = maxRetryAfterMs;
    }

    /** The same policy with another number of attempts. */
    public RetryPolicy withMaxAttempts(int attempts) {
        return new RetryPolicy(attempts, initialBackoffMs, maxBackoffMs, maxRetryAfterMs);
    }

    /** Total attempts per file (1 = no retry). */
    public int maxAttempts() { return maxAttempts; }

    public long initialBackoffMs() { return initialBackoffMs; }

    public long maxBackoffMs() { return maxBackoffMs; }

    public long maxRetryAfterMs() { return maxRetryAfterMs; }

    /**
     * Delay before the next attempt after attempt {@code failedAttempt} (1-based) failed.
     *
     * @param retryAfterMs the server's Retry-After in ms, or a negative value when absent
     */
    public long delayMs(int failedAttempt, long retryAfterMs) {
        int shift = Math.min(Math.max(failedAttempt - 1, 0), 30);
        long d = initialBackoffMs << shift;
        if (d < 0 || d > maxBackoffMs) d = maxBackoffMs;
        long half = d / 2;
        long jittered = half + (d - half == 0 ? 0 : ThreadLocalRandom.current().nextLong(d - half + 1));
        return Math.max(jittered, Math.min(retryAfterMs, maxRetryAfterMs));
    }

    @Override
    public String toString() {
        return maxAttempts + " attempts, backoff " + initialBackoffMs + ".." + maxBackoffMs + " ms";
    }
}
