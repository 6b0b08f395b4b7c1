package io.orderflow.data;

/**
 * The clock and the sleep of code that waits on its own: the datafeed client's pause between two
 * attempts ({@code data.feed.DatafeedClient}) and the wait for another writer's lock
 * ({@code backtest.io.FileSet}). Production uses {@link #SYSTEM}; tests pass a fake that records the
 * waits asked for and moves a virtual clock, so that no test waits in real time for our own back-off
 * (timeouts of real sockets stay real: they are the server's behaviour, not this clock).
 *
 * <p>Implementations are thread-safe: one source may serve several waiting threads.
 */
public interface TimeSource {
    /** Wall-clock time, ms since 1970-01-01 UTC (as {@link System#currentTimeMillis()}). */
    long currentTimeMillis();

    /** A monotonic reading in ns, only for differences (as {@link System#nanoTime()}). */
    long nanoTime();

    /**
     * Waits {@code ms} milliseconds (0 = return at once) in the calling thread.
     *
     * @throws InterruptedException when the calling thread is interrupted (its flag is then cleared)
     */
    void sleep(long ms) throws InterruptedException;

    /** The system clock and {@link Thread#sleep(long)}. */
    TimeSource SYSTEM = new TimeSource() {
        @Override
        public long currentTimeMillis() {
            return System.currentTimeMillis();
        }

        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public void sleep(long ms) throws InterruptedException {
            Thread.sleep(ms);
        }

        @Override
        public String toString() {
            return "TimeSource.SYSTEM";
        }
    };
}
