package io.orderflow.data.depth;

import java.nio.ByteBuffer;

import io.orderflow.market.Tick;

/** Encoding and decoding of record payloads and their fields (format version 1). Stateless. */
final class RecordCodec {
    static final byte[] MAGIC = {'O', 'F', 'D', 'E', 'P', 'T', 'H', 0};
    static final int VERSION = 1;
    /** Header bytes before the symbol: magic, version, length, scale, levels, base time, symbol length. */
    static final int HEADER_FIXED = 8 + 2 + 2 + 1 + 1 + 8 + 1;
    static final int MAX_SYMBOL = 64;
    /** Length prefix plus CRC. */
    static final int RECORD_OVERHEAD = 6;
    static final int RAW_DOUBLE = 15;
    private static final double[] POW10 = new double[15];

    static {
        double p = 1;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = p;
            p *= 10;
        }
    }

    private RecordCodec() {
    }

    /** Largest payload a record with {@code maxLevels} levels can need. */
    static int maxPayload(int maxLevels) {
        return 1 + 3 * 10 + 2 * (maxLevels - 1) * 10 + 2 * maxLevels * (10 + 8);
    }

    static long zigzag(long v) {
        return (v << 1) ^ (v >> 63);
    }

    static long unzigzag(long v) {
        return (v >>> 1) ^ -(v & 1);
    }

    static void putVarint(ByteBuffer b, long v) {
        while ((v & ~0x7FL) != 0) {
            b.put((byte) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        b.put((byte) v);
    }

    /** The varint (m << 4 | e) for {@code size} when exact, else -1 (store the raw double). */
    static long decimalCode(double size) {
        if (!(size >= 0) || size > 1e15) return -1;
        for (int e = 0; e < POW10.length; e++) {
            double scaled = size * POW10[e];
            if (scaled >= 0x1p59) return -1;
            long m = Math.round(scaled);
            if (Double.doubleToRawLongBits(m / POW10[e]) == Double.doubleToRawLongBits(size)) return (m << 4) | e;
        }
        return -1;
    }

    static double decodeDecimal(long code) {
        return (code >>> 4) / POW10[(int) (code & 0xF)];
    }

    static void putSize(ByteBuffer b, double size) {
        long code = decimalCode(size);
        if (code >= 0) {
            putVarint(b, code);
        } else {
            b.put((byte) RAW_DOUBLE);
            b.putLong(Double.doubleToRawLongBits(size));
        }
    }

    /** Writes the payload of {@code t} (its first {@code n} levels) at the buffer's position. */
    static void encode(ByteBuffer b, Tick t, int n, long baseTimeMs) {
        b.put((byte) n);
        putVarint(b, zigzag(t.timeMs() - baseTimeMs));
        putVarint(b, zigzag(t.bidPrice(0)));
        putVarint(b, zigzag(t.askPrice(0) - t.bidPrice(0)));
        for (int i = 1; i < n; i++) putVarint(b, zigzag(t.bidPrice(i - 1) - t.bidPrice(i)));
        for (int i = 1; i < n; i++) putVarint(b, zigzag(t.askPrice(i) - t.askPrice(i - 1)));
        for (int i = 0; i < n; i++) putSize(b, t.askVolume(i));
        for (int i = 0; i < n; i++) putSize(b, t.bidVolume(i));
    }

    /** Cursor over a payload in a byte array; {@link #ok} turns false on any structural error. */
    static final class Decoder {
        byte[] a;
        int pos;
        int end;
        boolean ok;

        void reset(byte[] a, int from, int to) {
            this.a = a;
            this.pos = from;
            this.end = to;
            this.ok = true;
        }

        long varint() {
            long v = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                if (pos >= end) {
                    ok = false;
                    return 0;
                }
                int x = a[pos++];
                v |= (long) (x & 0x7F) << shift;
                if ((x & 0x80) == 0) return v;
            }
            ok = false;
            return 0;
        }

        double size() {
            long code = varint();
            if (code == RAW_DOUBLE) {
                if (pos + 8 > end) {
                    ok = false;
                    return 0;
                }
                long bits = 0;
                for (int i = 0; i < 8; i++) bits = (bits << 8) | (a[pos++] & 0xFF);
                return Double.longBitsToDouble(bits);
            }
            if ((code & 0xF) > 14) {
                ok = false;
                return 0;
            }
            return decodeDecimal(code);
        }
    }
}
