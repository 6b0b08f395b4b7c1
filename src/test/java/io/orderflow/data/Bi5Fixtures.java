package io.orderflow.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.LZMAOutputStream;

import io.orderflow.market.Tick;

/** Builds {@code .bi5} files in memory: big-endian records compressed as an "LZMA alone" stream. */
public final class Bi5Fixtures {
    private Bi5Fixtures() {
    }

    /** One tick record. */
    public static byte[] tick(int msFromHour, int ask, int bid, float askVolume, float bidVolume) {
        return ByteBuffer.allocate(20).putInt(msFromHour).putInt(ask).putInt(bid).putFloat(askVolume)
                .putFloat(bidVolume).array();
    }

    /** One candle record (open, close, low, high order as in the files). */
    public static byte[] candle(int secondsFromStart, int open, int close, int low, int high, float volume) {
        return ByteBuffer.allocate(24).putInt(secondsFromStart).putInt(open).putInt(close).putInt(low).putInt(high)
                .putFloat(volume).array();
    }

    public static byte[] concat(List<byte[]> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.write(p, 0, p.length);
        return out.toByteArray();
    }

    /** LZMA-alone compression with the uncompressed size in the header, as Dukascopy writes. */
    public static byte[] lzma(byte[] raw) throws IOException {
        return lzma(raw, true);
    }

    /** LZMA-alone compression; without a known size the stream ends with an end marker. */
    public static byte[] lzma(byte[] raw, boolean sizeInHeader) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LZMA2Options options = new LZMA2Options();
        options.setDictSize(1 << 20);
        try (LZMAOutputStream lz = new LZMAOutputStream(out, options, sizeInHeader ? raw.length : -1)) {
            lz.write(raw);
        }
        return out.toByteArray();
    }

    /** Compressed tick file holding {@code ticks} (times relative to {@code hourStartMs}). */
    public static byte[] tickFile(List<Tick> ticks, long hourStartMs) throws IOException {
        List<byte[]> recs = new ArrayList<>();
        for (Tick t : ticks) {
            recs.add(tick((int) (t.timeMs() - hourStartMs), (int) t.ask(), (int) t.bid(), (float) t.askVolume(),
                    (float) t.bidVolume()));
        }
        return lzma(concat(recs));
    }
}
