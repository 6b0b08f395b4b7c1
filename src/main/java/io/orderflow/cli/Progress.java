package io.orderflow.cli;

import java.io.PrintWriter;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on stderr (me.tongfei progressbar, ASCII style, redrawn in place with '\r'), or
 * nothing when progress is off. Thread-safe; {@link #close()} ends the line.
 */
public final class Progress implements AutoCloseable {
    private static final Progress NONE = new Progress(null);

    private final ProgressBar bar;

    private Progress(ProgressBar bar) {
        this.bar = bar;
    }

    /** A bar counting to {@code max} {@code unit}s, or a no-op when {@code mode} says so. */
    public static Progress start(ProgressMode mode, PrintWriter err, String task, long max, String unit) {
        if (!mode.enabled()) return NONE;
        ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(max).setUnit(" " + unit, 1)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(200)
                .setConsumer(new WriterConsumer(err, terminalWidth())).build();
        return new Progress(bar);
    }

    /** A no-op. */
    public static Progress none() {
        return NONE;
    }

    public void stepTo(long n) {
        if (bar != null) bar.stepTo(n);
    }

    public void extraMessage(String message) {
        if (bar != null) bar.setExtraMessage(message);
    }

    @Override
    public void close() {
        if (bar != null) bar.close();
    }

    private static int terminalWidth() {
        String columns = System.getenv("COLUMNS");
        if (columns != null) {
            try {
                int c = Integer.parseInt(columns.trim());
                if (c >= 40) return c - 1;
            } catch (NumberFormatException ignored) {
                // fall through
            }
        }
        return 79;
    }

    /** Draws onto a writer without asking a terminal library for the width. */
    private static final class WriterConsumer implements ProgressBarConsumer {
        private final PrintWriter out;
        private final int width;

        WriterConsumer(PrintWriter out, int width) {
            this.out = out;
            this.width = width;
        }

        @Override
        public int getMaxRenderedLength() {
            return width;
        }

        @Override
        public void accept(String rendered) {
            String line = rendered.length() > width ? rendered.substring(0, width) : rendered;
            out.print('\r');
            out.print(line);
            out.flush();
        }

        @Override
        public void close() {
            out.println();
            out.flush();
        }
    }
}
