package io.orderflow.data;

import java.io.IOException;
import java.io.InputStream;

import org.tukaani.xz.ArrayCache;
import org.tukaani.xz.BasicArrayCache;
import org.tukaani.xz.LZMAInputStream;

/**
 * Decompresses one Dukascopy {@code .bi5} file (an "LZMA alone" stream) and hands out its
 * fixed-size big-endian records one at a time, without holding the decompressed file in memory.
 *
 * <p>A 0-byte file is valid and holds no records. A corrupt or truncated stream, or a decompressed
 * length that is not a whole number of records, is reported to the {@link ProblemLog} naming the
 * source and record: under {@code FAIL} it is thrown, under {@code SKIP} it is counted and the rest
 * of that file is dropped. Any failure inside the LZMA library surfaces as a
 * {@link DataFormatException}; nothing else escapes.
 *
 * <p>One decoder can read many files in turn ({@link #open}); its buffers and the LZMA dictionary
 * are reused, so reading does not allocate per record (the LZMA library allocates a small
 * decoder state per file). Not thread-safe.
 */
public final class Bi5Decoder {
    /** Largest compressed file accepted (Dukascopy hour files are well under 1 MiB). */
    public static final int MAX_COMPRESSED_BYTES = 64 * 1024 * 1024;
    /**
     * Largest decompressed file accepted: 13 million ticks in an hour. A corrupt header or stream
     * claiming more is reported instead of being decoded for minutes.
     */
    public static final long MAX_DECOMPRESSED_BYTES = 256L * 1024 * 1024;
    /** LZMA memory limit in KiB; Dukascopy files use a 4 MiB dictionary. */
    static final int MEMORY_LIMIT_KIB = 64 * 1024;

    private final ArrayCache arrayCache = new BasicArrayCache();
    private final ByteArrayInput compressedInput = new ByteArrayInput();
    private final int[] lengthOut = new int[1];
    private byte[] compressed = new byte[0];
    private final byte[] buf = new byte[64 * 1024];

    private LZMAInputStream lzma;
    private String source;
    private ProblemLog log;
    private int recordSize;
    private int pos;
    private int limit;
    private boolean done;
    private boolean corruptTail;
    private long records;
    private long decompressed;
    private final long maxDecompressedBytes;

    /** A decoder accepting files up to {@link #MAX_DECOMPRESSED_BYTES} decompressed. */
    public Bi5Decoder() {
        this(MAX_DECOMPRESSED_BYTES);
    }

    /** A decoder with another decompressed-size limit (tests). */
    Bi5Decoder(long maxDecompressedBytes) {
        this.maxDecompressedBytes = maxDecompressedBytes;
    }

    /**
     * Starts reading a new file; {@code in} is read fully and not closed.
     *
     * @param recordSize 20 for ticks, 24 for candles
     */
    public void open(InputStream in, String source, int recordSize, ProblemLog log) throws IOException {
        closeStream();
        this.source = source;
        this.log = log;
        this.recordSize = recordSize;
        this.pos = 0;
        this.limit = 0;
        this.records = 0;
        this.decompressed = 0;
        this.done = false;
        this.corruptTail = false;
        try {
            compressed = ByteArrayInput.readFully(in, compressed, lengthOut, MAX_COMPRESSED_BYTES, source);
        } catch (DataFormatException tooLarge) {
            done = true;
            log.report(tooLarge);
            return;
        }
        int length = lengthOut[0];
        if (length == 0) {
            done = true;
            return;
        }
        compressedInput.reset(compressed, length);
        try {
            lzma = new LZMAInputStream(compressedInput, MEMORY_LIMIT_KIB, arrayCache);
        } catch (IOException | RuntimeException e) {
            done = true;
            log.report(new DataFormatException(source, 0, Problem.CORRUPT_COMPRESSION, describe(e), e));
        }
    }

    /** Decompresses raw bytes of the current file into {@code out}; for the raw-LZMA benchmark baseline. */
    public int readRaw(byte[] out) throws IOException {
        if (done) return -1;
        return lzma.read(out, 0, out.length);
    }

    /**
     * Advances to the next complete record.
     *
     * @return the offset of the record in {@link #buffer()}, or -1 at the end of the file
     */
    public int nextRecord() throws IOException {
        if (limit - pos >= recordSize) {
            int at = pos;
            pos += recordSize;
            records++;
            return at;
        }
        if (done) return finish();
        return refillAndNext();
    }

    private int refillAndNext() throws IOException {
        int rest = limit - pos;
        System.arraycopy(buf, pos, buf, 0, rest);
        pos = 0;
        limit = rest;
        try {
            while (limit < recordSize) {
                int r = lzma.read(buf, limit, buf.length - limit);
                if (r < 0) {
                    done = true;
                    break;
                }
                limit += r;
            }
            // Fill the rest of the buffer opportunistically while data is available.
            while (!done && limit < buf.length - recordSize) {
                int r = lzma.read(buf, limit, buf.length - limit);
                if (r < 0) {
                    done = true;
                    break;
                }
                limit += r;
                if (r == 0) break;
            }
            decompressed += limit - rest;
            if (decompressed > maxDecompressedBytes) {
                throw new IOException("decompresses to more than " + maxDecompressedBytes + " bytes");
            }
        } catch (IOException | RuntimeException e) {
            // Complete records decoded before the damage are still handed out; the partial tail
            // belongs to this one reported problem.
            done = true;
            corruptTail = true;
            closeStream();
            long at = records + (limit - pos) / recordSize + 1;
            log.report(new DataFormatException(source, at, Problem.CORRUPT_COMPRESSION, describe(e), e));
        }
        if (limit - pos >= recordSize) {
            int at = pos;
            pos += recordSize;
            records++;
            return at;
        }
        return finish();
    }

    /** End of the file: a partial record left over is reported, never dropped silently. */
    private int finish() throws DataFormatException {
        int partial = limit - pos;
        limit = pos = 0;
        closeStream();
        if (partial > 0 && !corruptTail) {
            log.report(new DataFormatException(source, records + 1, Problem.TRUNCATED_RECORD,
                    "file ends inside a record: " + partial + " of " + recordSize + " bytes"));
        }
        return -1;
    }

    /** Buffer holding the current record at the offset {@link #nextRecord()} returned. */
    public byte[] buffer() { return buf; }

    /** Records handed out from the current file so far (the current record's 1-based number). */
    public long recordNumber() { return records; }

    /** Name of the current source. */
    public String source() { return source; }

    private void closeStream() {
        if (lzma != null) {
            try {
                lzma.close();
            } catch (IOException | RuntimeException ignored) {
                // Closing only returns buffers to the cache; the input is an in-memory array.
            }
            lzma = null;
        }
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }

    /** Big-endian int at {@code off}. */
    public static int readInt(byte[] b, int off) {
        return (b[off] << 24) | ((b[off + 1] & 0xFF) << 16) | ((b[off + 2] & 0xFF) << 8) | (b[off + 3] & 0xFF);
    }

    /** Big-endian IEEE float at {@code off}. */
    public static float readFloat(byte[] b, int off) {
        return Float.intBitsToFloat(readInt(b, off));
    }
}
