package io.orderflow.testing;

import java.util.function.BooleanSupplier;

/**
 * Waits in tests for a condition that something outside the test thread makes true (another thread,
 * a child process, a local server), instead of sleeping a fixed time and hoping: returns as soon as
 * the condition holds, fails after a generous deadline, so a test is fast when the machine is quiet
 * and still right when it is loaded. Not for waits of our own code's clock: those take an injected
 * clock. Polls every {@value #POLL_MS} ms; thread-safe (no state).
 */
public final class Await {
    /** Pause between two checks, ms. */
    public static final long POLL_MS = 5;

    private Await() {
    }

    /**
     * Returns once {@code condition} is true; throws {@link AssertionError} naming {@code what} if it
     * is still false after {@code timeoutMs} (wall clock, ms).
     */
    public static void until(String what, long timeoutMs, BooleanSupplier condition) throws InterruptedException {
        if (!within(timeoutMs, condition)) throw new AssertionError("not within " + timeoutMs + " ms: " + what);
    }

    /** True as soon as {@code condition} is true, false if it is still false after {@code timeoutMs} (ms). */
    public static boolean within(long timeoutMs, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutMs * 1_000_000L;
        while (true) {
            if (condition.getAsBoolean()) return true;
            if (System.nanoTime() - deadline >= 0) return false;
            Thread.sleep(POLL_MS);
        }
    }
}
