package io.orderflow.cli;

import io.orderflow.backtest.ReplayObserver;
import io.orderflow.market.Tick;
import io.orderflow.market.TickSink;

/**
 * Moves a progress bar along the replayed range by tick time, in hours: a {@link ReplayObserver}
 * for backtests and a {@link TickSink} for anything else that streams ticks. The bar is touched once
 * per hour of data, so the per-tick cost is one comparison. Single-threaded.
 */
final class ReplayProgress implements ReplayObserver {
    private final Progress bar;
    private final long fromMs;
    private final long hours;
    private long nextHourMs;

    /** A bar from {@code fromMs} to {@code toMs}; {@link #close()} ends it at 100 %. */
    ReplayProgress(Progress bar, long fromMs, long toMs) {
        this.bar = bar;
        this.fromMs = fromMs;
        this.hours = hoursIn(fromMs, toMs);
        this.nextHourMs = fromMs + 3_600_000L;
    }

    static long hoursIn(long fromMs, long toMs) {
        return Math.max(1, (toMs - fromMs + 3_600_000L - 1) / 3_600_000L);
    }

    @Override
    public void onTick(Tick tick) {
        long t = tick.timeMs();
        if (t >= nextHourMs) {
            long done = (t - fromMs) / 3_600_000L;
            bar.stepTo(Math.min(done, hours));
            nextHourMs = fromMs + (done + 1) * 3_600_000L;
        }
    }

    /** Fills the bar (the whole range was read). */
    void complete() {
        bar.stepTo(hours);
    }
}
