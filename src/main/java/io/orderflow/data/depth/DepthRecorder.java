package io.orderflow.data.depth;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32;

import io.orderflow.data.DataFormatException;
import io.orderflow.data.Problem;
import io.orderflow.data.ProblemLog;
import io.orderflow.market.InstrumentSpec;
import io.orderflow.market.Tick;

/**
 * Appends multi-level ticks to a depth recording ({@link io.orderflow.data.depth format}), for
 * replay by {@link DepthRecordingReader} — typically live JForex depth (up to 10 levels), which
 * the Historical Tester cannot provide.
 *
 * <p>Opening an existing file checks its header against the instrument and level count, reads it
 * through to find the end of the last intact record, and cuts off an incomplete tail left by a
 * crash (reported to the {@link ProblemLog} as {@link Problem#TRUNCATED_RECORD}; under
 * {@code FAIL} opening then fails instead — pass a skipping log to repair automatically). New
 * records are appended after it. A new or empty file gets a header whose base time is the time of
 * opening.
 *
 * <p>When records reach the file is the {@link FlushPolicy}: by default each record is written
 * as it is appended, so a crash or kill loses at most the record being written. Ticks with more
 * levels than the recording's maximum are recorded with their best levels. Each record costs 6
 * bytes of framing plus, typically, 2–4 bytes per price and 1–4 bytes per size (8 + 1 for sizes
 * that are not short decimals): about 20 bytes for a Dukascopy top-of-book tick.
 *
 * <p>No allocation per record (a direct buffer, reused). Not thread-safe: append from one thread
 * (the JForex strategy thread).
 */
public final class DepthRecorder implements Closeable {
    private static final int BUFFER = 1 << 16;

    private final Path file;
    private final FileChannel channel;
    private final FlushPolicy policy;
    private final int maxLevels;
    private final long baseTimeMs;
    private final ByteBuffer buf;
    private final CRC32 crc = new CRC32();
    private final int maxRecordBytes;
    private final long recovered;
    private int pending;
    private long pendingSinceNanos;
    private long lastSyncNanos;
    private long records;
    private long bytes;
    private boolean closed;

    private DepthRecorder(Path file, FileChannel channel, FlushPolicy policy, int maxLevels, long baseTimeMs, long recovered) {
        this.file = file;
        this.channel = channel;
        this.policy = policy;
        this.maxLevels = maxLevels;
        this.baseTimeMs = baseTimeMs;
        this.recovered = recovered;
        this.maxRecordBytes = RecordCodec.maxPayload(maxLevels) + RecordCodec.RECORD_OVERHEAD;
        this.buf = ByteBuffer.allocateDirect(Math.max(BUFFER, 2 * maxRecordBytes));
        this.lastSyncNanos = System.nanoTime();
    }

    /**
     * Opens {@code file} for appending, creating it (with a header) if it does not exist or is
     * empty.
     *
     * @param instrument symbol and point scale written to (or checked against) the header
     * @param maxLevels  levels per side recorded at most (1..255; JForex live: 10)
     * @param policy     when records are written and synced
     * @param log        receives the repair of a damaged tail of an existing file
     * @throws DataFormatException if an existing file is not a recording of this instrument with
     *                             this level count, or (under FAIL) has a damaged tail
     */
    public static DepthRecorder open(Path file, InstrumentSpec instrument, int maxLevels, FlushPolicy policy,
                                     ProblemLog log) throws IOException {
        if (maxLevels < 1 || maxLevels > 255) throw new IllegalArgumentException("maxLevels must be 1..255, was " + maxLevels);
        byte[] sym = instrument.symbol().getBytes(StandardCharsets.US_ASCII);
        if (sym.length < 1 || sym.length > RecordCodec.MAX_SYMBOL) {
            throw new IllegalArgumentException("symbol must be 1.." + RecordCodec.MAX_SYMBOL + " ASCII bytes: " + instrument);
        }
        long existing = Files.exists(file) ? Files.size(file) : 0;
        long base;
        long end;
        long recovered = 0;
        if (existing > 0) {
            try (DepthRecordingReader r = DepthRecordingReader.open(file, log)) {
                if (!r.hasHeader()) {
                    if (!r.headerTruncated()) {
                        throw new DataFormatException(file.toString(), 0, Problem.UNKNOWN_HEADER,
                                "exists but is not a readable depth recording; not appending to it");
                    }
                    end = -1; // a header cut short: no records can exist, start afresh
                    base = System.currentTimeMillis();
                } else {
                    if (!r.symbol().equals(instrument.symbol()) || r.pointScale() != instrument.pointScale()
                            || r.maxLevels() != maxLevels) {
                        throw new DataFormatException(file.toString(), 0, Problem.UNKNOWN_HEADER, "records " + r.symbol()
                                + " (scale " + r.pointScale() + ", " + r.maxLevels() + " levels), not " + instrument.symbol()
                                + " (scale " + instrument.pointScale() + ", " + maxLevels + " levels)");
                    }
                    Tick scratch = new Tick(maxLevels);
                    while (r.next(scratch)) recovered++;
                    end = r.validEndOffset();
                    base = r.baseTimeMs();
                }
            }
        } else {
            end = -1;
            base = System.currentTimeMillis();
        }
        FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            DepthRecorder rec = new DepthRecorder(file, ch, policy, maxLevels, base, recovered);
            if (end < 0) {
                ch.truncate(0);
                rec.writeHeader(sym, instrument.pointScale());
            } else {
                if (ch.size() > end) ch.truncate(end);
                ch.position(end);
            }
            return rec;
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    private void writeHeader(byte[] sym, int pointScale) throws IOException {
        int len = RecordCodec.HEADER_FIXED + sym.length + 4;
        buf.clear();
        buf.put(RecordCodec.MAGIC);
        buf.putShort((short) RecordCodec.VERSION);
        buf.putShort((short) len);
        buf.put((byte) pointScale);
        buf.put((byte) maxLevels);
        buf.putLong(baseTimeMs);
        buf.put((byte) sym.length);
        buf.put(sym);
        buf.flip();
        crc.reset();
        crc.update(buf);
        buf.limit(len);
        buf.putInt(len - 4, (int) crc.getValue());
        buf.position(0);
        writeAll();
        buf.clear();
        channel.force(false);
    }

    /** Appends {@code tick} (its best {@code min(levels, maxLevels)} levels). */
    public void append(Tick tick) throws IOException {
        if (closed) throw new IOException(file + ": recorder is closed");
        if (buf.remaining() < maxRecordBytes) flush();
        int start = buf.position();
        buf.position(start + 2);
        RecordCodec.encode(buf, tick, Math.min(tick.levels(), maxLevels), baseTimeMs);
        int payload = buf.position() - start - 2;
        buf.putShort(start, (short) payload);
        int end = buf.position();
        buf.limit(end);
        buf.position(start);
        crc.reset();
        crc.update(buf);
        buf.limit(buf.capacity());
        buf.position(end);
        buf.putInt((int) crc.getValue());
        records++;
        if (pending++ == 0) pendingSinceNanos = System.nanoTime();
        if (pending >= policy.maxRecords()
                || (policy.maxDelayMs() > 0 && System.nanoTime() - pendingSinceNanos >= policy.maxDelayMs() * 1_000_000L)) {
            flush();
        }
        if (policy.syncEveryMs() > 0 && System.nanoTime() - lastSyncNanos >= policy.syncEveryMs() * 1_000_000L) sync();
    }

    /** Writes the records waiting in memory to the file (to the operating system). */
    public void flush() throws IOException {
        if (buf.position() == 0) return;
        buf.flip();
        writeAll();
        buf.clear();
        pending = 0;
    }

    private void writeAll() throws IOException {
        while (buf.hasRemaining()) bytes += channel.write(buf);
    }

    /** Flushes and forces the file's content to the disk. */
    public void sync() throws IOException {
        flush();
        channel.force(false);
        lastSyncNanos = System.nanoTime();
    }

    /** The file written. */
    public Path file() { return file; }

    /** Records appended by this recorder. */
    public long records() { return records; }

    /** Intact records found in the file when it was opened. */
    public long recoveredRecords() { return recovered; }

    /** Bytes written to the file by this recorder (header included). */
    public long bytesWritten() { return bytes; }

    /** Base time of the recording, ms UTC. */
    public long baseTimeMs() { return baseTimeMs; }

    /** Levels per side recorded at most. */
    public int maxLevels() { return maxLevels; }

    /** Flushes, syncs and closes the file. Idempotent. */
    @Override
    public void close() throws IOException {
        if (closed) return;
        try {
            sync();
        } finally {
            closed = true;
            channel.close();
        }
    }
}
