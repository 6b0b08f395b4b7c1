package io.orderflow.jforex;

import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import io.orderflow.data.depth.DepthRecorder;
import io.orderflow.data.depth.FlushPolicy;
import io.orderflow.data.ProblemLog;
import io.orderflow.market.InstrumentSpec;
import io.orderflow.market.Tick;
import io.orderflow.market.TickSink;

/**
 * Records the live ticks with their depth levels in the book-analytics recording format
 * ({@link DepthRecorder}; read back with {@code DepthRecordingReader}), one file per UTC day:
 * {@code <folder>/<SYMBOL>-<yyyy-MM-dd>.ofd}. JForex delivers up to ten levels live only; history
 * and the Historical Tester carry one, so recording live is the only way to backtest depth
 * measures later.
 *
 * <p>Each record is handed to the operating system as it is written (a crash of the platform loses
 * at most the record being written); a restarted strategy appends to the day's file. A write
 * failure stops the recording and is reported once through the log; trading goes on.
 * Single-threaded: the strategy thread.
 */
public final class DailyDepthRecorder implements TickSink, Closeable {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);
    private static final long DAY_MS = 86_400_000L;

    private final File folder;
    private final InstrumentSpec spec;
    private final int levels;
    private final HostLog log;
    private DepthRecorder recorder;
    private long dayEnd = Long.MIN_VALUE;
    private boolean failed;
    private long records;
    private int files;

    public DailyDepthRecorder(File folder, InstrumentSpec spec, int levels, HostLog log) {
        this.folder = folder;
        this.spec = spec;
        this.levels = Math.max(1, Math.min(255, levels));
        this.log = log == null ? HostLog.NONE : log;
    }

    @Override
    public void onTick(Tick tick) {
        if (failed) return;
        try {
            long t = tick.timeMs();
            if (recorder == null || t >= dayEnd) roll(t);
            recorder.append(tick);
            records++;
        } catch (IOException | RuntimeException e) {
            failed = true;
            log.error("depth recording stopped: " + e.getMessage());
            closeQuietly();
        }
    }

    private void roll(long t) throws IOException {
        closeQuietly();
        long dayStart = t - Math.floorMod(t, DAY_MS);
        dayEnd = dayStart + DAY_MS;
        if (!folder.isDirectory() && !folder.mkdirs()) throw new IOException("cannot create " + folder);
        File f = new File(folder, spec.symbol() + "-" + DAY.format(Instant.ofEpochMilli(dayStart)) + ".ofd");
        recorder = DepthRecorder.open(f.toPath(), spec, levels, FlushPolicy.everyRecord(), ProblemLog.skipping());
        files++;
        log.info("recording depth (" + levels + " levels) to " + f.getAbsolutePath());
    }

    private void closeQuietly() {
        if (recorder == null) return;
        try {
            recorder.close();
        } catch (IOException e) {
            log.error("depth recording: " + e.getMessage());
        }
        recorder = null;
    }

    /** Records written by this instance. */
    public long records() { return records; }

    /** Files opened (one per UTC day). */
    public int files() { return files; }

    /** True once a write failed and the recording stopped. */
    public boolean failed() { return failed; }

    @Override
    public void close() {
        closeQuietly();
    }
}
