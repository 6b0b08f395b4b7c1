package io.orderflow.cli;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.tukaani.xz.LZMAInputStream;

/**
 * A slow, obviously correct reading of raw Dukascopy files for tests, sharing no code with the
 * project's decoders: {@link LZMAInputStream} over the whole file, then {@link DataInputStream}
 * big-endian fields, every tick kept in a list.
 */
final class ReferenceTicks {
    /** One tick as stored: time ms UTC, ask and bid points, volumes as float32. */
    record RawTick(long timeMs, int ask, int bid, float askVolume, float bidVolume) {
    }

    /** One candle as stored (order open, close, low, high on disk). */
    record RawCandle(long timeMs, int open, int high, int low, int close, float volume) {
    }

    private ReferenceTicks() {
    }

    /** Every tick of {@code symbol} in {@code [fromMs, toMs)} found in {@code root} (datafeed layout). */
    static List<RawTick> ticks(Path root, String symbol, long fromMs, long toMs) throws IOException {
        List<RawTick> out = new ArrayList<>();
        for (long hour = fromMs - Math.floorMod(fromMs, 3_600_000L); hour < toMs; hour += 3_600_000L) {
            LocalDateTime t = LocalDateTime.ofEpochSecond(hour / 1000, 0, ZoneOffset.UTC);
            Path f = root.resolve(String.format("%s/%04d/%02d/%02d/%02dh_ticks.bi5", symbol, t.getYear(),
                    t.getMonthValue() - 1, t.getDayOfMonth(), t.getHour()));
            if (!Files.exists(f)) continue;
            try (DataInputStream in = open(f)) {
                while (true) {
                    int ms;
                    try {
                        ms = in.readInt();
                    } catch (EOFException end) {
                        break;
                    }
                    RawTick tick = new RawTick(hour + ms, in.readInt(), in.readInt(), in.readFloat(), in.readFloat());
                    if (tick.timeMs() >= fromMs && tick.timeMs() < toMs) out.add(tick);
                }
            }
        }
        return out;
    }

    /** Every candle of a candle file whose first period starts at {@code fileStartMs}. */
    static List<RawCandle> candles(Path file, long fileStartMs) throws IOException {
        List<RawCandle> out = new ArrayList<>();
        try (DataInputStream in = open(file)) {
            while (true) {
                int seconds;
                try {
                    seconds = in.readInt();
                } catch (EOFException end) {
                    break;
                }
                int open = in.readInt();
                int close = in.readInt();
                int low = in.readInt();
                int high = in.readInt();
                out.add(new RawCandle(fileStartMs + seconds * 1000L, open, high, low, close, in.readFloat()));
            }
        }
        return out;
    }

    private static DataInputStream open(Path f) throws IOException {
        byte[] bytes = Files.readAllBytes(f);
        InputStream raw = bytes.length == 0 ? new ByteArrayInputStream(bytes)
                : new LZMAInputStream(new ByteArrayInputStream(bytes));
        return new DataInputStream(raw);
    }

    /** Exact decimal sum of float32 volumes written as the shortest decimal that reads back as each float. */
    static BigDecimal sum(List<RawTick> ticks, boolean bid) {
        BigDecimal s = BigDecimal.ZERO;
        for (RawTick t : ticks) s = s.add(new BigDecimal(Float.toString(bid ? t.bidVolume() : t.askVolume())));
        return s;
    }
}
