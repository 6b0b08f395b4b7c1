package io.orderflow.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import io.orderflow.data.Bi5Decoder;
import io.orderflow.data.Bi5TickReader;
import io.orderflow.data.ByteArrayInput;
import io.orderflow.data.ProblemLog;
import io.orderflow.market.Tick;
import io.orderflow.testing.TestData;

/**
 * {@code .bi5} tick decoding against raw LZMA decompression of the same bytes, in the same run.
 *
 * <p>{@code decode}: {@link Bi5TickReader} over one real hour file held in memory — decompression,
 * record parsing, validation, volume decimals, filling the {@link Tick} flyweight. {@code rawLzma}:
 * the same {@link Bi5Decoder} setup (same input stream class, same array cache, same buffer size)
 * only decompressing into a byte array. Both count ticks ({@code rawLzma} as decompressed bytes / 20)
 * in the {@code ticks} counter, so JMH reports ticks/s for both; the primary score is files/s. With
 * {@code -prof gc}, {@code gc.alloc.rate.norm} is bytes per file: divide by the file's ticks (printed
 * at setup) for bytes per tick.
 *
 * <p>Data: the shared real files ({@code $ORDERFLOW_DATA} or {@code ../shared/data}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class Bi5DecodeBenchmark {

    /** Ticks handed out, reported by JMH as ticks per second. */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Ticks {
        public long ticks;

        @Setup(Level.Iteration)
        public void clear() {
            ticks = 0;
        }
    }

    @Param({"EURUSD/2019/01/04/13h_ticks.bi5", "GBPJPY/2012/11/05/10h_ticks.bi5"})
    public String file;

    private byte[] compressed;
    private long hourStartMs;
    private final ByteArrayInput input = new ByteArrayInput();
    private final Bi5TickReader reader = new Bi5TickReader();
    private final Bi5Decoder rawDecoder = new Bi5Decoder();
    private final byte[] rawOut = new byte[64 * 1024];
    private final Tick tick = new Tick(1);
    private final ProblemLog log = ProblemLog.failing();

    @Setup(Level.Trial)
    public void load() throws IOException {
        Path p = TestData.root().resolve("dukascopy/bi5").resolve(file);
        if (!Files.exists(p)) {
            throw new IllegalStateException("real data not found at " + p + " (set ORDERFLOW_DATA)");
        }
        compressed = Files.readAllBytes(p);
        // EURUSD/2019/01/04/13h -> 2019-02-04T13:00Z (zero-based month in the path).
        String[] parts = file.split("/");
        hourStartMs = java.time.LocalDateTime.of(Integer.parseInt(parts[1]), Integer.parseInt(parts[2]) + 1,
                Integer.parseInt(parts[3]), Integer.parseInt(parts[4].substring(0, 2)), 0)
                .toInstant(java.time.ZoneOffset.UTC).toEpochMilli();
        long ticks = decodeOnce();
        System.out.println("\n" + file + ": " + compressed.length + " bytes compressed, " + ticks + " ticks");
    }

    private long decodeOnce() throws IOException {
        reader.resetTimeOrder();
        reader.open(input.reset(compressed, compressed.length), file, hourStartMs, log);
        long n = 0;
        while (reader.next(tick)) n++;
        return n;
    }

    /** Full decode: ticks into the flyweight. Returns the last tick's time so nothing is dead code. */
    @Benchmark
    public long decode(Ticks counter) throws IOException {
        reader.resetTimeOrder();
        reader.open(input.reset(compressed, compressed.length), file, hourStartMs, log);
        long n = 0;
        long sum = 0;
        while (reader.next(tick)) {
            n++;
            sum += tick.ask() - tick.bid();
        }
        counter.ticks += n;
        return sum + tick.timeMs();
    }

    /** Baseline: LZMA decompression only, through the same decoder plumbing. */
    @Benchmark
    public long rawLzma(Ticks counter) throws IOException {
        rawDecoder.open(input.reset(compressed, compressed.length), file, Bi5TickReader.RECORD_SIZE, log);
        long bytes = 0;
        int r;
        long x = 0;
        while ((r = rawDecoder.readRaw(rawOut)) > 0) {
            bytes += r;
            x += rawOut[r - 1];
        }
        counter.ticks += bytes / Bi5TickReader.RECORD_SIZE;
        return x + bytes;
    }
}
