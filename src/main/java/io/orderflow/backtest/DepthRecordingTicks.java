package io.orderflow.backtest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.orderflow.data.depth.DepthRecordingReader;
import io.orderflow.data.DataFormatException;
import io.orderflow.data.InputPolicy;
import io.orderflow.data.Problem;
import io.orderflow.data.ProblemLog;
import io.orderflow.market.InstrumentSpec;
import io.orderflow.market.Tick;
import io.orderflow.market.TickCursor;

/**
 * Replays live depth recordings ({@code .ofd}, one per UTC day, written by the JForex strategy) as
 * one tick stream with their depth levels, so that a backtest sees what the strategy saw live and
 * depth measures (the manipulation filter) can be measured offline. Files are read in the order
 * given; each must record {@code instrument} at its point scale, and times must not go back across
 * files (a {@link DataFormatException} naming the file otherwise). Damage is handled by the reader
 * under {@code policy}. Each {@link #open()} reads from the first file again. Single-threaded:
 * read a cursor on one thread.
 */
public final class DepthRecordingTicks implements TickSource {
    private final List<Path> files;
    private final InstrumentSpec instrument;
    private final InputPolicy policy;

    public DepthRecordingTicks(List<Path> files, InstrumentSpec instrument, InputPolicy policy) {
        if (files.isEmpty()) throw new IllegalArgumentException("no depth recording given");
        this.files = new ArrayList<>(files);
        this.instrument = instrument;
        this.policy = policy;
    }

    @Override
    public InstrumentSpec instrument() { return instrument; }

    @Override
    public Cursor open() {
        return open(new ProblemLog(policy));
    }

    /** A cursor from the first file that reports damage to {@code log} (whose policy then applies). */
    public Cursor open(ProblemLog log) {
        return new Cursor(log);
    }

    /** The files given, in order. */
    public List<Path> files() {
        return java.util.Collections.unmodifiableList(files);
    }

    /** One pass over the files; counts the files it opened. */
    public final class Cursor implements TickCursor {
        private final ProblemLog log;
        private int next;
        private int filesRead;
        private DepthRecordingReader in;
        private long lastTime = Long.MIN_VALUE;

        Cursor(ProblemLog log) {
            this.log = log;
        }

        /** Files opened so far (each counted when its reading starts). */
        public int filesRead() { return filesRead; }

        @Override
        public boolean next(Tick into) throws IOException {
            while (true) {
                if (in == null) {
                    if (next >= files.size()) return false;
                    Path f = files.get(next++);
                    in = DepthRecordingReader.open(f, log);
                    filesRead++;
                    if (in.hasHeader() && (!instrument.symbol().equals(in.symbol())
                            || instrument.pointScale() != in.pointScale())) {
                        String what = in.symbol() + " at point scale " + in.pointScale();
                        in.close();
                        in = null;
                        throw new DataFormatException(f.toString(), 0, Problem.UNKNOWN_HEADER,
                                "records " + what + ", not " + instrument.symbol() + " at point scale "
                                        + instrument.pointScale());
                    }
                }
                if (in.next(into)) {
                    if (into.timeMs() < lastTime) {
                        throw new DataFormatException(in.file().toString(), in.records(), Problem.TIME_BACKWARDS,
                                "tick at " + into.timeMs() + " ms is before the previous file's last tick at "
                                        + lastTime + " ms: give the recordings in time order");
                    }
                    lastTime = into.timeMs();
                    return true;
                }
                in.close();
                in = null;
            }
        }

        @Override
        public void close() throws IOException {
            if (in != null) in.close();
            in = null;
        }
    }

    @Override
    public String describe() {
        return instrument + " depth recording" + (files.size() > 1 ? "s " + files.get(0) + " .. "
                + files.get(files.size() - 1) : " " + files.get(0));
    }
}
