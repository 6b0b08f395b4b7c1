package io.orderflow.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import io.orderflow.backtest.BacktestConfig;
import io.orderflow.backtest.ReplayDriver;
import io.orderflow.backtest.TickSource;
import io.orderflow.backtest.broker.BrokerConfig;
import io.orderflow.backtest.store.TickStore;
import io.orderflow.backtest.testing.BreakoutStandIn;
import io.orderflow.data.DirectoryBi5Source;
import io.orderflow.data.InputPolicy;
import io.orderflow.market.Instruments;
import io.orderflow.market.Tick;
import io.orderflow.market.TickCursor;

/**
 * Replay throughput on GBPJPY 2–16 December 2012 (617,592 ticks, 243 hour files). One operation is
 * one tick (each invocation replays the whole range), so the score is ticks per second.
 *
 * <ul>
 * <li>{@code decodeOnly}: LZMA decode of the hour files into the tick flyweight — the ceiling of a
 * cold replay, the baseline the streaming replay is measured against;</li>
 * <li>{@code replayStreaming}: decode + 1-minute bars + stand-in strategy + simulated broker;</li>
 * <li>{@code storeScanOnly}: iterate the decoded {@link TickStore} (baseline for replays from memory);</li>
 * <li>{@code replayFromStore}: the full replay from the store, one configuration per thread
 * (run with {@code -t 1} and {@code -t 2} for scaling);</li>
 * <li>{@code pairedDecodeThenReplay}: each invocation decodes the files once, then replays them
 * once through the full pipeline, timing both halves; the counters {@code decodeNanos} and
 * {@code replayNanos} give the ratio replay/decode throughput = decodeNanos / replayNanos, robust
 * against a machine whose load drifts between benchmarks.</li>
 * </ul>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class ReplayThroughputBenchmark {
    static final int TICKS = 617_592;
    static final BreakoutStandIn.Params PARAMS = new BreakoutStandIn.Params(20, 150, 2.0, 0.1);

    @State(Scope.Benchmark)
    public static class Data {
        TickSource files;
        TickStore store;
        BacktestConfig config;

        @Setup(Level.Trial)
        public void load() throws IOException {
            files = TickSource.dukascopy(new DirectoryBi5Source(dataRoot()), Instruments.of("GBPJPY"),
                    Instant.parse("2012-12-01T00:00:00Z").toEpochMilli(), Instant.parse("2012-12-17T00:00:00Z").toEpochMilli(),
                    InputPolicy.FAIL);
            store = TickStore.load(files.open(), files.instrument());
            if (store.size() != TICKS) throw new IllegalStateException("expected " + TICKS + " ticks, got " + store.size());
            config = BacktestConfig.builder().collectSeries(false).broker(BrokerConfig.builder().initialDeposit(10_000_000)
                    .slippagePoints(1).latencyMs(20).build()).build();
        }
    }

    static Path dataRoot() {
        String env = System.getenv("ORDERFLOW_DATA");
        Path root = env != null && !env.isEmpty() ? Paths.get(env)
                : Paths.get(System.getenv().getOrDefault("ORDERFLOW_BASEDIR", ".")).resolve("../shared/data");
        Path bi5 = root.resolve("dukascopy/bi5").normalize();
        if (!Files.isDirectory(bi5)) throw new IllegalStateException("no Dukascopy data at " + bi5);
        return bi5;
    }

    @Benchmark
    @OperationsPerInvocation(TICKS)
    public long decodeOnly(Data d) throws IOException {
        long sum = 0;
        Tick t = new Tick(1);
        try (TickCursor c = d.files.open()) {
            while (c.next(t)) sum += t.bid();
        }
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(TICKS)
    public long replayStreaming(Data d, Blackhole bh) throws IOException {
        ReplayStandInStrategy s = new ReplayStandInStrategy(PARAMS);
        ReplayDriver driver = new ReplayDriver(d.files.instrument(), d.config, s);
        long n = driver.run(d.files.open());
        bh.consume(s.checksum());
        bh.consume(driver.broker().equity());
        return n;
    }

    /** Time spent in each half of {@link #pairedDecodeThenReplay}, summed over an iteration. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class PairedTimes {
        public long decodeNanos;
        public long replayNanos;

        @Setup(Level.Iteration)
        public void reset() {
            decodeNanos = 0;
            replayNanos = 0;
        }
    }

    @Benchmark
    @OperationsPerInvocation(2 * TICKS)
    public long pairedDecodeThenReplay(Data d, PairedTimes times, Blackhole bh) throws IOException {
        long t0 = System.nanoTime();
        long a = decodeOnly(d);
        long t1 = System.nanoTime();
        long b = replayStreaming(d, bh);
        long t2 = System.nanoTime();
        times.decodeNanos += t1 - t0;
        times.replayNanos += t2 - t1;
        return a + b;
    }

    @Benchmark
    @OperationsPerInvocation(TICKS)
    public long storeScanOnly(Data d) {
        long sum = 0;
        Tick t = new Tick(1);
        TickStore.Cursor c = d.store.cursor();
        while (c.next(t)) sum += t.bid();
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(TICKS)
    public long replayFromStore(Data d, Blackhole bh) throws IOException {
        ReplayStandInStrategy s = new ReplayStandInStrategy(PARAMS);
        ReplayDriver driver = new ReplayDriver(d.store.instrument(), d.config, s);
        long n = driver.run(d.store.cursor());
        bh.consume(s.checksum());
        bh.consume(driver.journal().size());
        return n;
    }
}
