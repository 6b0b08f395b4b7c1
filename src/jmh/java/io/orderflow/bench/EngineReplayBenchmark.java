package io.orderflow.bench;

import java.io.IOException;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import io.orderflow.backtest.BacktestConfig;
import io.orderflow.backtest.BacktestStrategy;
import io.orderflow.backtest.BarSpec;
import io.orderflow.backtest.EngineStrategy;
import io.orderflow.backtest.ReplayDriver;
import io.orderflow.backtest.StrategyContext;
import io.orderflow.backtest.TickSource;
import io.orderflow.backtest.broker.BrokerConfig;
import io.orderflow.backtest.store.TickStore;
import io.orderflow.data.DirectoryBi5Source;
import io.orderflow.data.InputPolicy;
import io.orderflow.execution.ExecutionPort;
import io.orderflow.execution.OrderIntent;
import io.orderflow.market.Bar;
import io.orderflow.market.BarClock;
import io.orderflow.market.Instruments;
import io.orderflow.market.Tick;
import io.orderflow.market.TickCursor;
import io.orderflow.market.TimeBarAggregator;
import io.orderflow.strategy.StrategyEngine;
import io.orderflow.strategy.config.StrategyConfig;
import io.orderflow.strategy.readings.OrderFlowSource;
import io.orderflow.strategy.readings.OrderFlowSnapshot;

/**
 * Replay throughput with the REAL strategy engine ({@link EngineStrategy}, default configuration:
 * 5-minute bars, both setups, the basic order-flow calculators, ta4j indicators) on GBPJPY 2–16
 * December 2012 (617,592 ticks, 243 hour files), against decoding the same files. One operation is
 * one tick: scores are ticks per second.
 *
 * <ul>
 * <li>{@code decodeOnly}: LZMA decode into the tick flyweight — the baseline and the ceiling of a
 * cold replay;</li>
 * <li>{@code engineStreaming}: decode + replay driver + simulated broker + engine — the
 * {@code backtest} command without its report;</li>
 * <li>{@code pairedDecodeThenEngine}: each invocation decodes the files once, then replays them
 * once through the full pipeline; the counters {@code decodeNanos} and {@code replayNanos} give the
 * ratio (replay throughput / decode throughput = decodeNanos / replayNanos) on the same load;</li>
 * <li>{@code storeScanOnly}: iterate the decoded {@code TickStore} — the baseline of a sweep;</li>
 * <li>{@code engineFromStore}: one configuration replayed from the store with the config's
 * 1-minute {@code BarSpec} (before issue 17 the driver built those bars for the engine, which ignores
 * them; now it builds none, as no series are collected and nobody observes the run);</li>
 * <li>{@code engineFromStoreSweepRun}: one configuration replayed as a {@code sweep} runs it
 * ({@code BarSpec.none()}), and {@code engineFromStoreSweepRunTwoThreads} the same
 * on two threads at once, one configuration each (total ticks per second);</li>
 * <li>{@code engineAloneFromStore}: the engine's {@code onTick} alone on the store's ticks, with an
 * execution port that accepts and drops orders (no driver, broker, bars or journal) — what the
 * engine itself costs per tick;</li>
 * <li>{@code driverWithoutStrategyFromStore}: the driver, broker, bars and journal with a strategy
 * that does nothing — what the backtester costs per tick around the engine — and
 * {@code driverWithoutStrategyOrBarsFromStore} the same without bars.</li>
 * </ul>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class EngineReplayBenchmark {
    static final int TICKS = ReplayThroughputBenchmark.TICKS;

    @State(Scope.Benchmark)
    public static class Data {
        TickSource files;
        TickStore store;
        BacktestConfig config;
        BacktestConfig sweepConfig;
        StrategyConfig strategy;
        StrategyConfig dailyBars;

        @Setup(Level.Trial)
        public void load() throws IOException {
            files = TickSource.dukascopy(new DirectoryBi5Source(ReplayThroughputBenchmark.dataRoot()),
                    Instruments.of("GBPJPY"), Instant.parse("2012-12-01T00:00:00Z").toEpochMilli(),
                    Instant.parse("2012-12-17T00:00:00Z").toEpochMilli(), InputPolicy.FAIL);
            store = TickStore.load(files.open(), files.instrument());
            if (store.size() != TICKS) throw new IllegalStateException("expected " + TICKS + " ticks, got " + store.size());
            strategy = StrategyConfig.defaults().toBuilder().set("instrument", "GBPJPY")
                    .set("account.quoteToAccountRate", 0.0122).build();
            dailyBars = strategy.toBuilder().set("bars.periodSeconds", 86_400).build();
            config = BacktestConfig.builder().collectSeries(false).broker(BrokerConfig.builder().initialDeposit(100_000)
                    .accountCurrency("USD").usdPerQuote(0.0122).commissionUsdPerMillion(35).slippagePoints(1)
                    .latencyMs(20).build()).build();
            sweepConfig = config.toBuilder().bars(BarSpec.none()).build();
        }
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
    public long engineStreaming(Data d, Blackhole bh) throws IOException {
        EngineStrategy s = new EngineStrategy(d.strategy);
        ReplayDriver driver = new ReplayDriver(d.files.instrument(), d.config, s);
        long n = driver.run(d.files.open());
        bh.consume(s.engine().barsClosed());
        bh.consume(driver.journal().size());
        return n;
    }

    /** Time spent in each half of {@link #pairedDecodeThenEngine}, summed over an iteration. */
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
    public long pairedDecodeThenEngine(Data d, PairedTimes times, Blackhole bh) throws IOException {
        long t0 = System.nanoTime();
        long a = decodeOnly(d);
        long t1 = System.nanoTime();
        long b = engineStreaming(d, bh);
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
    public long engineFromStore(Data d, Blackhole bh) throws IOException {
        EngineStrategy s = new EngineStrategy(d.strategy);
        ReplayDriver driver = new ReplayDriver(d.store.instrument(), d.config, s);
        long n = driver.run(d.store.cursor());
        bh.consume(s.engine().barsClosed());
        bh.consume(driver.journal().size());
        return n;
    }

    /** As {@link #engineFromStore} with the settings of a sweep run: no driver bars (the engine builds its own). */
    @Benchmark
    @OperationsPerInvocation(TICKS)
    public long engineFromStoreSweepRun(Data d, Blackhole bh) throws IOException {
        EngineStrategy s = new EngineStrategy(d.strategy);
        ReplayDriver driver = new ReplayDriver(d.store.instrument(), d.sweepConfig, s);
        long n = driver.run(d.store.cursor());
        bh.consume(s.engine().barsClosed());
        bh.consume(driver.journal().size());
        return n;
    }

    /**
     * {@link #engineFromStoreSweepRun} on two threads at once, one configuration each (the score is
     * the total over both): against the one-thread score of the same run for the scaling.
     */
    @Benchmark
    @Threads(2)
    @OperationsPerInvocation(TICKS)
    public long engineFromStoreSweepRunTwoThreads(Data d, Blackhole bh) throws IOException {
        return engineFromStoreSweepRun(d, bh);
    }

    /** Accepts every intent and never answers (the engine sees no fills). */
    static final class DroppingPort implements ExecutionPort {
        long intents;

        @Override
        public void submit(OrderIntent intent) {
            intents++;
        }
    }

    @Benchmark
    @OperationsPerInvocation(TICKS)
    public long engineAloneFromStore(Data d, Blackhole bh) {
        DroppingPort port = new DroppingPort();
        StrategyEngine engine = new StrategyEngine(d.strategy, port);
        Tick t = new Tick(1);
        TickStore.Cursor c = d.store.cursor();
        long n = 0;
        while (c.next(t)) {
            engine.onTick(t);
            n++;
        }
        engine.finish();
        bh.consume(port.intents);
        return n;
    }

    /**
     * The engine alone with daily bars: almost no bar is evaluated, so against
     * {@link #engineAloneFromStore} this separates the per-bar work (ta4j, setups) from the per-tick work.
     */
    @Benchmark
    @OperationsPerInvocation(TICKS)
    public long engineAloneDailyBarsFromStore(Data d, Blackhole bh) {
        DroppingPort port = new DroppingPort();
        StrategyEngine engine = new StrategyEngine(d.dailyBars, port);
        Tick t = new Tick(1);
        TickStore.Cursor c = d.store.cursor();
        long n = 0;
        while (c.next(t)) {
            engine.onTick(t);
            n++;
        }
        engine.finish();
        bh.consume(port.intents);
        return n;
    }

    /**
     * What any order-flow strategy needs per tick: a 5-minute bar aggregator and the engine's own
     * order-flow calculators (its default {@link OrderFlowSource}, taken from a fresh engine), without
     * setups, signals or positions.
     */
    @Benchmark
    @OperationsPerInvocation(TICKS)
    public long calculatorsAloneFromStore(Data d, Blackhole bh) {
        final OrderFlowSource source = new StrategyEngine(d.strategy, new DroppingPort()).orderFlowSource();
        final OrderFlowSnapshot snapshot = new OrderFlowSnapshot();
        TimeBarAggregator aggregator = new TimeBarAggregator(BarClock.fixed(d.strategy.barPeriodMs()), false,
                bar -> source.onBar(bar, snapshot));
        Tick t = new Tick(1);
        TickStore.Cursor c = d.store.cursor();
        long n = 0;
        while (c.next(t)) {
            aggregator.onTick(t);
            source.onTick(t);
            n++;
        }
        bh.consume(snapshot.delta);
        return n;
    }

    /** Does nothing: measures the backtester around a strategy. */
    static final class IdleStrategy implements BacktestStrategy {
        long ticks;

        @Override
        public void onStart(StrategyContext context) {
        }

        @Override
        public void onBar(Bar bar) {
        }

        @Override
        public void onTick(Tick tick) {
            ticks++;
        }
    }

    @Benchmark
    @OperationsPerInvocation(TICKS)
    public long driverWithoutStrategyFromStore(Data d) throws IOException {
        IdleStrategy s = new IdleStrategy();
        ReplayDriver driver = new ReplayDriver(d.store.instrument(), d.config, s);
        return driver.run(d.store.cursor()) + s.ticks;
    }

    @Benchmark
    @OperationsPerInvocation(TICKS)
    public long driverWithoutStrategyOrBarsFromStore(Data d) throws IOException {
        IdleStrategy s = new IdleStrategy();
        ReplayDriver driver = new ReplayDriver(d.store.instrument(), d.sweepConfig, s);
        return driver.run(d.store.cursor()) + s.ticks;
    }
}
