package io.orderflow.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import io.orderflow.data.depth.DepthRecorder;
import io.orderflow.data.depth.FlushPolicy;
import io.orderflow.data.ProblemLog;
import io.orderflow.market.Instruments;
import io.orderflow.market.Tick;

/**
 * Cost of recording one tick ({@code levels} per side, sizes like JForex's millions with two
 * decimals) to a temporary file: {@code everyRecord} (one write per record, the default) and
 * {@code buffered} (64 records per write). {@code copyBaseline} is the baseline: the same ticks
 * copied into a flyweight without recording. Scores are ns per record.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class BookRecorderBenchmark {
    static final int N = 1_000;

    @Param({"1", "10"})
    public int levels;

    private final Tick[] ticks = new Tick[N];
    private final Tick scratch = new Tick(10);
    private Path dir;
    private DepthRecorder each;
    private DepthRecorder buffered;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Random r = new Random(3);
        long[] bp = new long[levels], ap = new long[levels];
        double[] bs = new double[levels], as = new double[levels];
        for (int k = 0; k < N; k++) {
            for (int i = 0; i < levels; i++) {
                bp[i] = 114_500 - i - r.nextInt(2);
                ap[i] = 114_502 + i + r.nextInt(2);
                bs[i] = (1 + r.nextInt(1000)) / 100.0;
                as[i] = (1 + r.nextInt(1000)) / 100.0;
            }
            ticks[k] = new Tick(levels).setDepth(1_549_238_400_000L + k * 100L, levels, ap, as, bp, bs);
        }
        dir = Files.createTempDirectory("book-recorder-bench");
    }

    /** Fresh files every iteration, so the benchmark does not fill the disk. */
    @Setup(Level.Iteration)
    public void open() throws IOException {
        each = DepthRecorder.open(dir.resolve("each.ofd"), Instruments.of("EURUSD"), levels, FlushPolicy.everyRecord(),
                ProblemLog.failing());
        buffered = DepthRecorder.open(dir.resolve("buffered.ofd"), Instruments.of("EURUSD"), levels,
                FlushPolicy.buffered(64, 0), ProblemLog.failing());
    }

    @TearDown(Level.Iteration)
    public void closeAndDelete() throws IOException {
        each.close();
        buffered.close();
        Files.deleteIfExists(dir.resolve("each.ofd"));
        Files.deleteIfExists(dir.resolve("buffered.ofd"));
    }

    @TearDown(Level.Trial)
    public void removeDir() throws IOException {
        Files.deleteIfExists(dir);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public long copyBaseline() {
        long acc = 0;
        for (int k = 0; k < N; k++) acc += scratch.copyFrom(ticks[k]).bid();
        return acc;
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public long everyRecord() throws IOException {
        for (int k = 0; k < N; k++) each.append(ticks[k]);
        return each.records();
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public long buffered64() throws IOException {
        for (int k = 0; k < N; k++) buffered.append(ticks[k]);
        return buffered.records();
    }
}
