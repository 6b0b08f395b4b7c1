package io.orderflow.data.csv;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * Opens a stream that may or may not be gzip-compressed, deciding by the gzip magic bytes
 * ({@code 1f 8b}) rather than by the file name. Thread-safe (stateless).
 */
public final class TransparentGzip {
    /** Buffer size for the raw and the inflated stream. */
    static final int BUFFER_BYTES = 1 << 16;

    private TransparentGzip() {
    }

    /** True when the first two bytes of {@code in} (which must support mark/reset) are the gzip magic. */
    public static boolean startsWithGzipMagic(InputStream in) throws IOException {
        in.mark(2);
        int b0 = in.read();
        int b1 = b0 < 0 ? -1 : in.read();
        in.reset();
        return b0 == 0x1f && b1 == 0x8b;
    }

    /**
     * Wraps {@code raw} so that reading it yields the uncompressed bytes: inflated when it starts
     * with the gzip magic, unchanged (but buffered) otherwise. Closing the result closes {@code raw}.
     */
    public static InputStream open(InputStream raw) throws IOException {
        InputStream buffered = raw.markSupported() ? raw : new BufferedInputStream(raw, BUFFER_BYTES);
        if (!startsWithGzipMagic(buffered)) return buffered;
        return new GZIPInputStream(buffered, BUFFER_BYTES);
    }
}
