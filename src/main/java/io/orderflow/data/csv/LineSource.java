package io.orderflow.data.csv;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipException;

import io.orderflow.data.DataFormatException;
import io.orderflow.data.Problem;
import io.orderflow.data.ProblemLog;

/**
 * Splits a byte stream into lines in a reusable buffer, without creating a String per line.
 * Lines end in {@code \n} or {@code \r\n}; the final line may lack a terminator. A line holding
 * more than {@link #MAX_LINE_BYTES} bytes before its terminator is reported as
 * {@link Problem#MALFORMED_ROW} and skipped without being buffered, so no input can make the
 * reader run out of memory. Damage in a gzip stream is
 * reported as {@link Problem#CORRUPT_COMPRESSION} and ends the file (the partial line belongs to
 * that one problem). Not thread-safe.
 */
final class LineSource {
    /** Longest line accepted, in bytes. Real rows are under 100 bytes. */
    static final int MAX_LINE_BYTES = 4096;

    private final InputStream in;
    private final String source;
    private final ProblemLog log;
    private final boolean compressed;
    private final byte[] buf = new byte[TransparentGzip.BUFFER_BYTES];
    private int pos;
    private int limit;
    private boolean eof;
    private long lineNumber;
    private int lineStart;
    private int lineEnd;

    LineSource(InputStream in, String source, ProblemLog log, boolean compressed) {
        this.in = in;
        this.source = source;
        this.log = log;
        this.compressed = compressed;
    }

    /**
     * Advances to the next line.
     *
     * @return false at the end of the input
     */
    boolean next() throws IOException {
        while (true) {
            // A line may hold at most MAX_LINE_BYTES before its '\n', wherever the buffer boundary falls.
            int window = Math.min(limit, pos + MAX_LINE_BYTES + 1);
            for (int i = pos; i < window; i++) {
                if (buf[i] == '\n') {
                    setLine(pos, i);
                    pos = i + 1;
                    return true;
                }
            }
            if (limit - pos > MAX_LINE_BYTES) {
                skipLongLine();
                continue;
            }
            if (eof) {
                if (pos < limit) {
                    setLine(pos, limit);
                    pos = limit;
                    return true;
                }
                return false;
            }
            fill();
        }
    }

    private void setLine(int start, int end) {
        lineNumber++;
        if (end > start && buf[end - 1] == '\r') end--;
        lineStart = start;
        lineEnd = end;
    }

    /** Reports the over-long line and discards it up to and including its terminator. */
    private void skipLongLine() throws IOException {
        lineNumber++;
        log.report(DataFormatException.atLine(source, lineNumber, Problem.MALFORMED_ROW,
                "line longer than " + MAX_LINE_BYTES + " bytes", null));
        while (true) {
            for (int i = pos; i < limit; i++) {
                if (buf[i] == '\n') {
                    pos = i + 1;
                    return;
                }
            }
            pos = limit = 0;
            if (eof) return;
            fill();
        }
    }

    /** Moves the partial line to the front and reads more bytes; sets {@code eof} at the end. */
    private void fill() throws IOException {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        int r;
        try {
            r = in.read(buf, limit, buf.length - limit);
        } catch (ZipException | EOFException e) {
            corrupt(e);
            return;
        } catch (RuntimeException e) {
            if (!compressed) throw e;
            corrupt(e);
            return;
        }
        if (r < 0) {
            eof = true;
        } else {
            limit += r;
        }
    }

    private void corrupt(Exception e) throws DataFormatException {
        eof = true;
        pos = limit = 0;
        String m = e.getMessage();
        log.report(DataFormatException.atLine(source, lineNumber + 1, Problem.CORRUPT_COMPRESSION,
                (compressed ? "gzip stream damaged: " : "") + e.getClass().getSimpleName() + (m == null ? "" : ": " + m),
                e));
    }

    /** Buffer holding the current line at {@link #start()}..{@link #end()}. */
    byte[] buffer() { return buf; }

    /** Offset of the current line's first byte. */
    int start() { return lineStart; }

    /** Offset after the current line's last byte (terminator excluded). */
    int end() { return lineEnd; }

    /** 1-based number of the current line. */
    long lineNumber() { return lineNumber; }

    String source() { return source; }

    void close() throws IOException {
        in.close();
    }
}
