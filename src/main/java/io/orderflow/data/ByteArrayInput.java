package io.orderflow.data;

import java.io.IOException;
import java.io.InputStream;

/**
 * An unsynchronised, resettable {@link InputStream} over a byte array. The LZMA decoder reads its
 * input one byte at a time, and {@link java.io.ByteArrayInputStream#read()} takes a lock per byte,
 * which costs more than the decoding itself on modern JVMs. Not thread-safe.
 */
public final class ByteArrayInput extends InputStream {
    private byte[] data = new byte[0];
    private int pos;
    private int limit;

    /** Points the stream at {@code data[0..length)}; the array is not copied. */
    public ByteArrayInput reset(byte[] data, int length) {
        this.data = data;
        this.pos = 0;
        this.limit = length;
        return this;
    }

    @Override
    public int read() {
        return pos < limit ? data[pos++] & 0xFF : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (len == 0) return 0;
        int n = Math.min(len, limit - pos);
        if (n <= 0) return -1;
        System.arraycopy(data, pos, b, off, n);
        pos += n;
        return n;
    }

    @Override
    public long skip(long n) {
        int k = (int) Math.max(0, Math.min(n, limit - pos));
        pos += k;
        return k;
    }

    @Override
    public int available() {
        return limit - pos;
    }

    /**
     * Reads all of {@code in} into {@code buffer}, growing it as needed; returns the (possibly new)
     * buffer and stores the length in {@code lengthOut[0]}.
     *
     * @param maxBytes refuse inputs longer than this (a guard against absurd files)
     */
    public static byte[] readFully(InputStream in, byte[] buffer, int[] lengthOut, int maxBytes, String source)
            throws IOException {
        byte[] buf = buffer == null || buffer.length == 0 ? new byte[64 * 1024] : buffer;
        int n = 0;
        while (true) {
            if (n == buf.length) {
                if (buf.length >= maxBytes) {
                    throw new DataFormatException(source, 0, Problem.CORRUPT_COMPRESSION,
                            "file larger than " + maxBytes + " bytes");
                }
                byte[] bigger = new byte[(int) Math.min((long) buf.length * 2, maxBytes)];
                System.arraycopy(buf, 0, bigger, 0, n);
                buf = bigger;
            }
            int r = in.read(buf, n, buf.length - n);
            if (r < 0) break;
            n += r;
        }
        lengthOut[0] = n;
        return buf;
    }
}
