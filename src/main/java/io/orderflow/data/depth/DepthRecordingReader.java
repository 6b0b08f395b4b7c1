package io.orderflow.data.depth;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32;

import io.orderflow.data.DataFormatException;
import io.orderflow.data.Problem;
import io.orderflow.data.ProblemLog;
import io.orderflow.market.Tick;
import io.orderflow.market.TickCursor;

/**
 * Reads a depth recording ({@link io.orderflow.data.depth format}) back as ticks, exactly as they
 * were recorded: same times, prices and bit-identical sizes.
 *
 * <p>Damage is reported to the {@link ProblemLog} with the file, the record number (counted from 1)
 * and the byte offset: a record whose checksum or structure is wrong is
 * {@link Problem#CORRUPT_RECORD} and is skipped (the reader finds the next record whose checksum
 * holds); an incomplete record at the end of the file (a crash or kill while writing) is
 * {@link Problem#TRUNCATED_RECORD}; a damaged or unknown header is {@link Problem#UNKNOWN_HEADER}
 * (or {@link Problem#TRUNCATED_RECORD} when the file ends inside it), after which nothing can be
 * read. Under {@code FAIL} the first problem is thrown; under {@code SKIP} it is counted and
 * reading goes on with what can be recovered.
 *
 * <p>Streams the file through a fixed window (no whole-file load); no allocation per record. A
 * tick with fewer levels of capacity than a record receives its best levels only. Not thread-safe.
 */
public final class DepthRecordingReader implements TickCursor {
    private static final int WINDOW = 1 << 18;

    private final Path file;
    private final String source;
    private final FileChannel channel;
    private final ProblemLog log;
    private final long fileSize;
    private final ByteBuffer window = ByteBuffer.allocate(WINDOW);
    private final byte[] w = window.array();
    private long winStart;
    private int winLen;
    private final CRC32 crc = new CRC32();
    private final RecordCodec.Decoder dec = new RecordCodec.Decoder();

    private boolean headerOk;
    private boolean headerTruncated;
    private int version;
    private int pointScale;
    private int maxLevels;
    private long baseTimeMs;
    private String symbol = "";
    private int maxPayload;

    private long pos;
    private long recordNo;
    private long good;
    private long corrupt;
    private long validEnd;
    private boolean done;

    private long[] askP = new long[1], bidP = new long[1];
    private double[] askV = new double[1], bidV = new double[1];

    private DepthRecordingReader(Path file, ProblemLog log) throws IOException {
        this.file = file;
        this.source = file.toString();
        this.log = log;
        this.channel = FileChannel.open(file, StandardOpenOption.READ);
        this.fileSize = channel.size();
    }

    /**
     * Opens {@code file} and reads its header.
     *
     * @throws DataFormatException under {@code FAIL} if the header is damaged, unknown or cut short
     */
    public static DepthRecordingReader open(Path file, ProblemLog log) throws IOException {
        DepthRecordingReader r = new DepthRecordingReader(file, log);
        try {
            r.readHeader();
        } catch (IOException | RuntimeException e) {
            r.close();
            throw e;
        }
        return r;
    }

    /** Makes [p, p + n) available in the window; false if the file ends before. */
    private boolean load(long p, int n) throws IOException {
        if (p + n > fileSize) return false;
        if (p >= winStart && p + n <= winStart + winLen) return true;
        window.clear();
        long at = p;
        while (window.hasRemaining()) {
            int r = channel.read(window, at);
            if (r < 0) break;
            at += r;
        }
        winStart = p;
        winLen = window.position();
        return p + n <= winStart + winLen;
    }

    private int u8(long p) {
        return w[(int) (p - winStart)] & 0xFF;
    }

    private int u16(long p) {
        int i = (int) (p - winStart);
        return ((w[i] & 0xFF) << 8) | (w[i + 1] & 0xFF);
    }

    private long u32(long p) {
        int i = (int) (p - winStart);
        return ((long) (w[i] & 0xFF) << 24) | ((w[i + 1] & 0xFF) << 16) | ((w[i + 2] & 0xFF) << 8) | (w[i + 3] & 0xFF);
    }

    private long i64(long p) {
        return (u32(p) << 32) | u32(p + 4);
    }

    private void readHeader() throws IOException {
        done = true;
        int fixed = RecordCodec.HEADER_FIXED;
        if (!load(0, fixed)) {
            headerTruncated = true;
            log.report(source, 0, Problem.TRUNCATED_RECORD, "the file ends inside the header (" + fileSize + " bytes)");
            return;
        }
        for (int i = 0; i < RecordCodec.MAGIC.length; i++) {
            if (w[i] != RecordCodec.MAGIC[i]) {
                log.report(source, 0, Problem.UNKNOWN_HEADER, "not a depth recording (magic bytes differ)");
                return;
            }
        }
        int ver = u16(8);
        int headerLen = u16(10);
        if (ver > RecordCodec.VERSION || ver < 1) {
            log.report(source, 0, Problem.UNKNOWN_HEADER, "format version " + ver + "; this reader supports 1.."
                    + RecordCodec.VERSION);
            return;
        }
        int symLen = u8(22);
        if (symLen < 1 || symLen > RecordCodec.MAX_SYMBOL || headerLen < fixed + symLen + 4) {
            log.report(source, 0, Problem.UNKNOWN_HEADER, "header length " + headerLen + " / symbol length " + symLen
                    + " inconsistent");
            return;
        }
        if (!load(0, headerLen)) {
            headerTruncated = true;
            log.report(source, 0, Problem.TRUNCATED_RECORD, "the file ends inside the header (" + fileSize + " of "
                    + headerLen + " bytes)");
            return;
        }
        crc.reset();
        crc.update(w, 0, headerLen - 4);
        if (crc.getValue() != u32(headerLen - 4)) {
            log.report(source, 0, Problem.UNKNOWN_HEADER, "header checksum mismatch");
            return;
        }
        int levels = u8(13);
        if (levels < 1) {
            log.report(source, 0, Problem.UNKNOWN_HEADER, "maximum levels 0");
            return;
        }
        version = ver;
        pointScale = u8(12);
        maxLevels = levels;
        baseTimeMs = i64(14);
        symbol = new String(w, fixed, symLen, StandardCharsets.US_ASCII);
        maxPayload = Math.min(0xFFFF, RecordCodec.maxPayload(maxLevels));
        askP = new long[maxLevels];
        bidP = new long[maxLevels];
        askV = new double[maxLevels];
        bidV = new double[maxLevels];
        headerOk = true;
        done = false;
        pos = headerLen;
        validEnd = headerLen;
    }

    /** True when a whole record with a matching checksum starts at {@code p}. */
    private boolean frameAt(long p) throws IOException {
        if (!load(p, 2)) return false;
        int len = u16(p);
        if (len < 1 || len > maxPayload) return false;
        if (!load(p, len + RecordCodec.RECORD_OVERHEAD)) return false;
        int first = u8(p + 2);
        if (first < 1 || first > maxLevels) return false;
        crc.reset();
        crc.update(w, (int) (p - winStart), 2 + len);
        return crc.getValue() == u32(p + 2 + len);
    }

    @Override
    public boolean next(Tick into) throws IOException {
        while (!done) {
            if (pos >= fileSize) {
                done = true;
                return false;
            }
            long p = pos;
            recordNo++;
            if (!frameAt(p)) {
                long q = resync(p + 1);
                if (q < 0) {
                    done = true;
                    log.report(source, recordNo, Problem.TRUNCATED_RECORD, "incomplete last record at byte " + p + " ("
                            + (fileSize - p) + " bytes to the end of the file); records before it are intact");
                    return false;
                }
                corrupt++;
                pos = q;
                log.report(source, recordNo, Problem.CORRUPT_RECORD, "record at byte " + p
                        + " fails its checksum; skipped " + (q - p) + " bytes to the next intact record");
                continue;
            }
            int len = u16(p);
            pos = p + len + RecordCodec.RECORD_OVERHEAD;
            if (decode(p + 2, len, into)) {
                good++;
                validEnd = pos;
                return true;
            }
            corrupt++;
            log.report(source, recordNo, Problem.CORRUPT_RECORD, "record at byte " + p
                    + " has a valid checksum but an invalid payload; skipped");
        }
        return false;
    }

    /** Offset of the next intact record at or after {@code from}, or −1. */
    private long resync(long from) throws IOException {
        for (long q = from; q + RecordCodec.RECORD_OVERHEAD < fileSize; q++) {
            if (frameAt(q)) return q;
        }
        return -1;
    }

    private boolean decode(long payloadAt, int len, Tick into) {
        int off = (int) (payloadAt - winStart);
        dec.reset(w, off, off + len);
        int n = w[off] & 0xFF;
        dec.pos++;
        long time = baseTimeMs + RecordCodec.unzigzag(dec.varint());
        long bid = RecordCodec.unzigzag(dec.varint());
        long ask = bid + RecordCodec.unzigzag(dec.varint());
        bidP[0] = bid;
        askP[0] = ask;
        for (int i = 1; i < n; i++) bidP[i] = bidP[i - 1] - RecordCodec.unzigzag(dec.varint());
        for (int i = 1; i < n; i++) askP[i] = askP[i - 1] + RecordCodec.unzigzag(dec.varint());
        for (int i = 0; i < n; i++) askV[i] = dec.size();
        for (int i = 0; i < n; i++) bidV[i] = dec.size();
        if (!dec.ok || dec.pos != dec.end) return false;
        int m = Math.min(n, into.depthCapacity());
        if (m == 1) {
            into.set(time, ask, bid, askV[0], bidV[0]);
        } else {
            into.setDepth(time, m, askP, askV, bidP, bidV);
        }
        return true;
    }

    /** The recording's file. */
    public Path file() { return file; }

    /** True when the header was read. */
    public boolean hasHeader() { return headerOk; }

    /** True when the file ends inside its header (written by a process that died at once). */
    public boolean headerTruncated() { return headerTruncated; }

    /** Format version of the file. */
    public int version() { return version; }

    /** Symbol recorded in the header, e.g. {@code EURUSD}; empty without a header. */
    public String symbol() { return symbol; }

    /** Point scale recorded in the header (price = points / 10^scale). */
    public int pointScale() { return pointScale; }

    /** Maximum levels per side of the recording. */
    public int maxLevels() { return maxLevels; }

    /** Base time of the recording, ms UTC. */
    public long baseTimeMs() { return baseTimeMs; }

    /** Records read intact so far. */
    public long records() { return good; }

    /** Damaged records skipped so far. */
    public long corruptRecords() { return corrupt; }

    /** Byte offset just after the last intact record read (the header's end before any). */
    public long validEndOffset() { return validEnd; }

    /** File size in bytes when opened. */
    public long fileSize() { return fileSize; }

    @Override
    public void close() throws IOException {
        done = true;
        channel.close();
    }
}
