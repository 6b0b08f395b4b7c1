package io.orderflow.bench;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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

import io.orderflow.backtest.BacktestConfig;
import io.orderflow.backtest.BarSpec;
import io.orderflow.backtest.EngineStrategy;
import io.orderflow.backtest.Ranking;
import io.orderflow.backtest.Sweep;
import io.orderflow.backtest.TickSource;
import io.orderflow.backtest.broker.BrokerConfig;
import io.orderflow.backtest.store.TickStore;
import io.orderflow.data.DirectoryBi5Source;
import io.orderflow.data.InputPolicy;
import io.orderflow.market.Instruments;
import io.orderflow.strategy.config.StrategyConfig;

/**
 * A whole sweep through the library entry point {@link Sweep#run}: four grid points of the real
 * strategy engine ({@code trend.emaFast} 5, 7, 9, 11; otherwise the default configuration, 5-minute
 * bars) over the same GBPJPY 2–16 December 2012 ticks in memory (617,592 ticks), on one worker
 * thread. One operation is one tick of one run: scores are ticks per second summed over the runs.
 *
 * <ul>
 * <li>{@code sweepStrategyBars}: the backtest settings carry bars of the strategy's period (what a
 * caller of {@code Sweep.run} passes when it reuses its {@code backtest} settings);</li>
 * <li>{@code sweepNoBars}: the same with {@code BarSpec.none()} (what the {@code sweep} and
 * {@code validate} commands pass).</li>
 * </ul>
 *
 * Besides ticks per second (wall clock), the counter {@code cpuNsPerTick} gives the process's CPU
 * time per tick of the iteration (all threads: the sweep's worker, GC and JIT): on a machine shared
 * with other builds the wall-clock score mostly measures the waiting for a core, the CPU time much less.
 *
 * <p>Written to compile against the code before and after the lean replay path (issue 17), so that
 * the two builds' classes can be run alternately with the same settings; see
 * {@code docs/readme/speed.md}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 4)
@Measurement(iterations = 5, time = 4)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class SweepBenchmark {
    static final int POINTS = 4;

    @State(Scope.Benchmark)
    public static class Data {
        TickStore store;
        BacktestConfig withBars;
        BacktestConfig noBars;
        List<StrategyConfig> points;

        @Setup(Level.Trial)
        public void load() throws IOException {
            TickSource files = TickSource.dukascopy(new DirectoryBi5Source(ReplayThroughputBenchmark.dataRoot()),
                    Instruments.of("GBPJPY"), Instant.parse("2012-12-01T00:00:00Z").toEpochMilli(),
                    Instant.parse("2012-12-17T00:00:00Z").toEpochMilli(), InputPolicy.FAIL);
            store = TickStore.load(files.open(), files.instrument());
            if (store.size() != ReplayThroughputBenchmark.TICKS) {
                throw new IllegalStateException("expected " + ReplayThroughputBenchmark.TICKS + " ticks, got " + store.size());
            }
            StrategyConfig base = StrategyConfig.defaults().toBuilder().set("instrument", "GBPJPY")
                    .set("account.quoteToAccountRate", 0.0122).build();
            points = new ArrayList<>();
            for (int i = 0; i < POINTS; i++) points.add(base.toBuilder().set("trend.emaFast", 5 + 2 * i).build());
            withBars = BacktestConfig.builder().collectSeries(false).bars(BarSpec.time(base.barPeriodMs()))
                    .broker(BrokerConfig.builder().initialDeposit(100_000).accountCurrency("USD").usdPerQuote(0.0122)
                            .commissionUsdPerMillion(35).slippagePoints(1).latencyMs(20).build()).build();
            noBars = withBars.toBuilder().bars(BarSpec.none()).build();
        }
    }

    /** Process CPU time per replayed tick over an iteration, ns. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Cpu {
        private long cpuNanos;
        private long ticks;
        public double cpuNsPerTick;

        @Setup(Level.Iteration)
        public void reset() {
            cpuNanos = 0;
            ticks = 0;
            cpuNsPerTick = 0;
        }

        void add(long nanos, long n) {
            cpuNanos += nanos;
            ticks += n;
            cpuNsPerTick = (double) cpuNanos / ticks;
        }
    }

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();

    @Benchmark
    @OperationsPerInvocation(POINTS * ReplayThroughputBenchmark.TICKS)
    public double sweepStrategyBars(Data d, Cpu cpu) throws IOException {
        long t0 = OS.getProcessCpuTime();
        double r = sweep(d, d.withBars);
        cpu.add(OS.getProcessCpuTime() - t0, (long) POINTS * ReplayThroughputBenchmark.TICKS);
        return r;
    }

    @Benchmark
    @OperationsPerInvocation(POINTS * ReplayThroughputBenchmark.TICKS)
    public double sweepNoBars(Data d, Cpu cpu) throws IOException {
        long t0 = OS.getProcessCpuTime();
        double r = sweep(d, d.noBars);
        cpu.add(OS.getProcessCpuTime() - t0, (long) POINTS * ReplayThroughputBenchmark.TICKS);
        return r;
    }

    private static double sweep(Data d, BacktestConfig config) throws IOException {
        Sweep.Result<StrategyConfig> r = Sweep.run(d.store, config, d.points, EngineStrategy.factory(),
                Ranking.NET_PROFIT, 1);
        double sum = 0;
        for (Sweep.Entry<StrategyConfig> e : r.inGridOrder()) sum += e.result().statistics().get("netProfit");
        return sum;
    }
}
