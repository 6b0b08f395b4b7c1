package io.orderflow.jforex;

/**
 * Finds the places in a live tick stream where JForex may have skipped ticks, and chooses which
 * ticks of a history answer fill such a gap without counting any tick twice.
 *
 * <h2>When the platform may have skipped ticks</h2>
 * JForex calls {@code onTick} for a tick unless, when the strategy thread becomes free, the tick is
 * older than one second or is not among the last three ticks of the instrument (Dukascopy wiki,
 * "OnTick execution policy": "a tick can be 'skipped' during any IStrategy thread's method call").
 * So a tick can only be lost while it waits behind a strategy callback, and the newest waiting tick
 * always survives. Every callback of this strategy takes microseconds except those that wait for
 * the platform: history requests (the warm-up, a backfill) and the order-history lookups of a
 * reconciliation. After each of those the strategy reports the platform time
 * ({@code IContext.getTime()}, server time) with {@link #markBusy}. Then:
 * <ul>
 * <li>a live tick whose time is at or before the end of the last such wait
 * ({@link #tickNeedsBackfill}: one comparison) was queued behind it, so ticks before it may have
 * been skipped: history is asked for the ticks from the last processed one up to it;</li>
 * <li>a tick that arrives after the wait ended was not queued; the ticks that were queued ended with
 * a survivor that came first (the newest always survives) and was checked by the first rule, so
 * nothing can be missing before it;</li>
 * <li>a bar callback whose bar ended at or before the end of the wait ({@link #barNeedsBackfill})
 * may have been queued behind skipped ticks of that bar: history is asked for the ticks up to the
 * bar end before the bar is closed.</li>
 * </ul>
 * A lost connection is treated alike ({@link #checkNext}): the ticks of the disconnected time are
 * fetched before the first tick after it. A stall that is not one of the strategy's own waits (a
 * long garbage collection, a slow platform) is not seen by these rules.
 *
 * <h2>No tick twice</h2>
 * History answers are inclusive at both ends; several ticks can share a millisecond. The guard
 * remembers the time of the last processed tick and how many ticks of that millisecond were
 * processed, skips that many at the start of the answer, and stops at the live tick itself (found
 * by time, prices and volumes) — the live tick is processed by the caller, the ticks queued behind
 * it arrive live later. A live tick not found in the answer is processed after the answer's ticks
 * of earlier milliseconds only; a live tick found among the ticks already processed is a duplicate.
 *
 * <p>Units: times in ms UTC (tick times and platform server time). Per tick O(1) and allocation
 * free. Not thread-safe: call on the strategy thread.
 */
public final class TickGapGuard {
    /** A history answer: ticks in time order, prices as decimals, volumes in millions. */
    public interface TickRows {
        int size();

        long time(int i);

        double ask(int i);

        double bid(int i);

        double askVolume(int i);

        double bidVolume(int i);
    }

    private long lastMs = Long.MIN_VALUE;
    private int sameMsCount;
    private long busyUntilMs = Long.MIN_VALUE;
    private long coveredToMs = Long.MIN_VALUE;

    private int planStart;
    private int planEnd;
    private boolean liveDuplicate;

    private long backfills;
    private long backfilledTicks;
    private long emptyBackfills;
    private long duplicates;
    private long unmatched;
    private long largestFillMs;

    /** Counts {@code timeMs} as processed (every tick the engine receives: warm-up, backfill, live). */
    public void processed(long timeMs) {
        if (timeMs == lastMs) {
            sameMsCount++;
        } else {
            lastMs = timeMs;
            sameMsCount = 1;
        }
    }

    /** Time of the last processed tick, {@code Long.MIN_VALUE} before the first. */
    public long lastMs() { return lastMs; }

    /**
     * The strategy thread has just finished waiting for the platform; {@code serverNowMs} is the
     * platform time now ({@code IContext.getTime()}).
     */
    public void markBusy(long serverNowMs) {
        if (serverNowMs > busyUntilMs || busyUntilMs == Long.MAX_VALUE) busyUntilMs = serverNowMs;
    }

    /**
     * Checks the next live tick (or bar end) whatever its time, e.g. after the connection was lost:
     * ticks of the disconnected time never reached the strategy, history has them. The next
     * {@link #markBusy} ends it.
     */
    public void checkNext() {
        if (lastMs != Long.MIN_VALUE) busyUntilMs = Long.MAX_VALUE;
    }

    /** End of the last wait reported by {@link #markBusy}, ms. */
    public long busyUntilMs() { return busyUntilMs; }

    /** True when ticks before a live tick of {@code timeMs} may have been skipped (it was queued behind a wait). */
    public boolean tickNeedsBackfill(long timeMs) {
        return timeMs <= busyUntilMs && lastMs != Long.MIN_VALUE;
    }

    /** True when ticks before the end {@code barEndMs} of a bar may have been skipped and are not fetched yet. */
    public boolean barNeedsBackfill(long barEndMs) {
        return barEndMs <= busyUntilMs && lastMs != Long.MIN_VALUE && barEndMs - 1 > coveredToMs
                && barEndMs - 1 >= lastMs;
    }

    /**
     * Chooses the ticks of {@code rows} (history from {@link #lastMs} up to the live tick's time) to
     * process before the live tick: read them with {@link #planStart}/{@link #planEnd}, then ask
     * {@link #liveDuplicate}.
     */
    public void planBeforeLive(TickRows rows, long liveMs, double ask, double bid, double askVolume, double bidVolume) {
        int n = rows.size();
        int start = skipProcessed(rows, n);
        int end = start;
        while (end < n && rows.time(end) < liveMs) end++;
        int match = -1;
        for (int i = end; i < n && rows.time(i) == liveMs; i++) {
            if (same(rows, i, ask, bid, askVolume, bidVolume)) {
                match = i;
                break;
            }
        }
        boolean duplicate = false;
        if (match >= 0) {
            end = match;
        } else {
            // not among the ticks not yet processed: among those already processed (a duplicate), or absent
            for (int i = 0; i < start; i++) {
                if (rows.time(i) == liveMs && same(rows, i, ask, bid, askVolume, bidVolume)) {
                    duplicate = true;
                    break;
                }
            }
            if (!duplicate) unmatched++;
        }
        if (duplicate) duplicates++;
        record(rows, start, end, liveMs);
        this.liveDuplicate = duplicate;
    }

    /** Chooses the ticks of {@code rows} (history from {@link #lastMs} up to {@code toMs}) not processed yet. */
    public void planUpTo(TickRows rows, long toMs) {
        int n = rows.size();
        int start = skipProcessed(rows, n);
        int end = start;
        while (end < n && rows.time(end) <= toMs) end++;
        record(rows, start, end, toMs);
        this.liveDuplicate = false;
    }

    private int skipProcessed(TickRows rows, int n) {
        int i = 0;
        while (i < n && rows.time(i) < lastMs) i++;
        int skip = sameMsCount;
        while (skip > 0 && i < n && rows.time(i) == lastMs) {
            i++;
            skip--;
        }
        return i;
    }

    private void record(TickRows rows, int start, int end, long toMs) {
        planStart = start;
        planEnd = end;
        backfills++;
        if (end > start) {
            backfilledTicks += end - start;
            long span = rows.time(end - 1) - lastMs;
            if (span > largestFillMs) largestFillMs = span;
        } else {
            emptyBackfills++;
        }
        if (toMs > coveredToMs) coveredToMs = toMs;
    }

    private static boolean same(TickRows rows, int i, double ask, double bid, double askVolume, double bidVolume) {
        return rows.ask(i) == ask && rows.bid(i) == bid && rows.askVolume(i) == askVolume
                && rows.bidVolume(i) == bidVolume;
    }

    /** First row of the last plan to process. */
    public int planStart() { return planStart; }

    /** One past the last row of the last plan to process. */
    public int planEnd() { return planEnd; }

    /** True when the live tick of the last {@link #planBeforeLive} had been processed already. */
    public boolean liveDuplicate() { return liveDuplicate; }

    /** History requests made to fill possible gaps. */
    public long backfills() { return backfills; }

    /** Ticks recovered from history (skipped by the platform). */
    public long backfilledTicks() { return backfilledTicks; }

    /** Requests that found nothing missing. */
    public long emptyBackfills() { return emptyBackfills; }

    /** Live ticks found to have been processed already. */
    public long duplicates() { return duplicates; }

    /** Live ticks not found in the history answer. */
    public long unmatched() { return unmatched; }

    /** Longest span from the last processed tick to the last recovered tick, ms. */
    public long largestFillMs() { return largestFillMs; }

    /** One line for the log and the diagnostics report. */
    public String summary() {
        return backfills + " gap check(s) against history, " + backfilledTicks + " skipped tick(s) recovered ("
                + emptyBackfills + " check(s) found none missing, longest fill " + largestFillMs + " ms), "
                + duplicates + " duplicate live tick(s) ignored, " + unmatched + " live tick(s) not in history";
    }
}
