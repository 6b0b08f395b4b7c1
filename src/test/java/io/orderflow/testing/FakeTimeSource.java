package io.orderflow.testing;

import java.util.ArrayList;
import java.util.List;

import io.orderflow.data.TimeSource;

/**
 * A virtual clock for code that waits through a {@link TimeSource}: {@link #sleep} returns at once,
 * records the wait asked for and moves the clock on by it, so a test asserts the exact waits
 * (back-off, Retry-After, lock timeout) without spending them. Both readings move together:
 * {@code currentTimeMillis} starts at the given epoch ms, {@code nanoTime} at an arbitrary large
 * value (as the real one, only differences count).
 *
 * <p>An optional {@link SleepHook} runs in the sleeping thread before the clock moves: a test can
 * learn there that the code under test was refused and is about to wait, and hold it there.
 * Thread-safe (every reading and wait is synchronized; the hook runs outside the lock).
 */
public final class FakeTimeSource implements TimeSource {
    /** Called in the sleeping thread, before the clock moves, with the wait asked for (ms). */
    public interface SleepHook {
        void beforeSleep(long ms) throws InterruptedException;
    }

    private static final long NANO_ORIGIN = 7_000_000_000_000L;

    private final long startMs;
    private final SleepHook hook;
    private final List<Long> sleeps = new ArrayList<>();
    private long elapsedNs;

    /** A clock at {@code startMs} (epoch ms UTC) without a hook. */
    public FakeTimeSource(long startMs) {
        this(startMs, ms -> { });
    }

    public FakeTimeSource(long startMs, SleepHook hook) {
        this.startMs = startMs;
        this.hook = hook;
    }

    @Override
    public synchronized long currentTimeMillis() {
        return startMs + elapsedNs / 1_000_000;
    }

    @Override
    public synchronized long nanoTime() {
        return NANO_ORIGIN + elapsedNs;
    }

    /** Records the wait, moves the clock by it; throws (clearing the flag) when interrupted, as Thread.sleep. */
    @Override
    public void sleep(long ms) throws InterruptedException {
        if (ms < 0) throw new IllegalArgumentException("negative sleep " + ms + " ms");
        if (Thread.interrupted()) throw new InterruptedException("interrupted before a sleep of " + ms + " ms");
        hook.beforeSleep(ms);
        synchronized (this) {
            sleeps.add(ms);
            elapsedNs += ms * 1_000_000;
        }
    }

    /** The waits asked for so far, ms, in order. */
    public synchronized List<Long> sleeps() {
        return new ArrayList<>(sleeps);
    }

    /** Virtual time passed since construction, ms. */
    public synchronized long elapsedMs() {
        return elapsedNs / 1_000_000;
    }
}
