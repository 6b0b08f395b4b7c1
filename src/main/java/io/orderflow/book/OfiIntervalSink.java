package io.orderflow.book;

/** Receives completed OFI intervals from {@link OfiIntervals}, in time order, on its thread. */
public interface OfiIntervalSink {
    /**
     * One completed interval.
     *
     * @param startMs          interval start, ms UTC (inclusive)
     * @param endMs            interval end, ms UTC (exclusive)
     * @param ofi              sum of the OFI contributions of the ticks in the interval, size units
     * @param midChangePoints  mid at the interval's last tick minus mid at the previous interval's
     *                         last tick, in points (multiples of 0.5)
     * @param averageDepth     mean over the interval's ticks of {@code (qb + qa) / 2}, size units;
     *                         NaN without ticks
     * @param ticks            ticks in the interval
     */
    void onInterval(long startMs, long endMs, double ofi, double midChangePoints, double averageDepth, int ticks);
}
