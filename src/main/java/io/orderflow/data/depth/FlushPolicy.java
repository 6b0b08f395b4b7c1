package io.orderflow.data.depth;

/**
 * When a {@link DepthRecorder} hands its records to the operating system, and when it forces them
 * to the disk. Immutable, thread-safe.
 *
 * <ul>
 * <li>{@link #everyRecord()} (the default): each record is written to the file as it is appended,
 *     in one write. A crash or kill of the process then loses at most the record being written;
 *     the reader recovers everything before it. Costs one system call per tick, which is nothing
 *     at JForex tick rates.</li>
 * <li>{@link #buffered(int, long)}: records are collected in memory and written when
 *     {@code maxRecords} are waiting or the oldest has waited {@code maxDelayMs} (checked when the
 *     next record is appended), and on {@code flush()}/{@code close()}. A crash loses the records
 *     still in memory. For bulk conversion of history, where speed matters and a rerun is cheap.</li>
 * <li>{@link #withSyncEveryMs(long)}: additionally force the file to the disk ({@code fsync}) at
 *     most every so many milliseconds, so that a power cut or operating-system crash loses at
 *     most that window. Without it the operating system decides (usually within seconds).</li>
 * </ul>
 */
public final class FlushPolicy {
    private final int maxRecords;
    private final long maxDelayMs;
    private final long syncEveryMs;

    private FlushPolicy(int maxRecords, long maxDelayMs, long syncEveryMs) {
        if (maxRecords < 1) throw new IllegalArgumentException("maxRecords must be >= 1, was " + maxRecords);
        if (maxDelayMs < 0) throw new IllegalArgumentException("maxDelayMs must be >= 0, was " + maxDelayMs);
        if (syncEveryMs < 0) throw new IllegalArgumentException("syncEveryMs must be >= 0, was " + syncEveryMs);
        this.maxRecords = maxRecords;
        this.maxDelayMs = maxDelayMs;
        this.syncEveryMs = syncEveryMs;
    }

    /** Write each record as it is appended; never force to disk except on close. */
    public static FlushPolicy everyRecord() {
        return new FlushPolicy(1, 0, 0);
    }

    /** Write when {@code maxRecords} are waiting or the oldest has waited {@code maxDelayMs}. */
    public static FlushPolicy buffered(int maxRecords, long maxDelayMs) {
        return new FlushPolicy(maxRecords, maxDelayMs, 0);
    }

    /** This policy, also forcing the file to disk at most every {@code ms} milliseconds (0 = only on close). */
    public FlushPolicy withSyncEveryMs(long ms) {
        return new FlushPolicy(maxRecords, maxDelayMs, ms);
    }

    /** Records kept in memory at most before writing (1 = write each record). */
    public int maxRecords() { return maxRecords; }

    /** Longest time a record waits in memory, ms (checked on append). */
    public long maxDelayMs() { return maxDelayMs; }

    /** Interval of forcing the file to disk, ms; 0 = only on close. */
    public long syncEveryMs() { return syncEveryMs; }

    @Override
    public String toString() {
        return maxRecords == 1 ? "every record" + (syncEveryMs > 0 ? ", sync every " + syncEveryMs + " ms" : "")
                : "buffered " + maxRecords + " records / " + maxDelayMs + " ms"
                        + (syncEveryMs > 0 ? ", sync every " + syncEveryMs + " ms" : "");
    }
}
