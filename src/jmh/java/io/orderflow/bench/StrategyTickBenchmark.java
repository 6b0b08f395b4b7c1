package io.orderflow.bench;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import io.orderflow.market.BarClock;
import io.orderflow.market.Tick;
import io.orderflow.market.TimeBarAggregator;
import io.orderflow.strategy.StrategyEngine;
import io.orderflow.strategy.config.StrategyConfig;
import io.orderflow.strategy.readings.ProjectOrderFlowSource;
import io.orderflow.strategy.readings.OrderFlowSnapshot;

/**
 * Cost and allocation of one tick through the whole engine against the baseline of what any
 * order-flow strategy must do per tick — the bar aggregator and the order-flow calculators — on real
 * EURUSD ticks replayed. With daily bars (86400 s) almost no bar closes, so {@code -prof gc} shows
 * the per-tick allocation alone; with 5-minute bars the bar closes' allocation is spread over their
 * ticks.
 *
 * <p>Run: {@code mvn -B -Pbench -DskipTests test-compile exec:exec -Djmh.args="StrategyTick -f 1 -wi 3 -i 5 -r 1s -prof gc"}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class StrategyTickBenchmark {
    @Param({"86400", "300"})
    public int barSeconds;

    private StrategyBarBenchmark.Ticks ticks;
    private final Tick tick = new Tick(1);
    private StrategyEngine engine;
    private ProjectOrderFlowSource source;
    private TimeBarAggregator aggregator;
    private final OrderFlowSnapshot snapshot = new OrderFlowSnapshot();

    @Setup
    public void setUp() throws Exception {
        ticks = StrategyBarBenchmark.Ticks.eurusd();
        StrategyConfig c = StrategyConfig.builder().set("bars.periodSeconds", barSeconds).build();
        StrategyBarBenchmark.Refuser port = new StrategyBarBenchmark.Refuser();
        engine = new StrategyEngine(c, port);
        port.engine = engine;
        source = new ProjectOrderFlowSource(c);
        aggregator = new TimeBarAggregator(BarClock.fixed(barSeconds * 1000L), false,
                bar -> source.onBar(bar, snapshot));
    }

    /** One tick through the engine (aggregator, calculators, signals followed, positions, risk rules). */
    @Benchmark
    public long engineTick() {
        engine.onTick(ticks.next(tick));
        return engine.barsClosed();
    }

    /** Baseline: one tick through the bar aggregator and the order-flow calculators only. */
    @Benchmark
    public double calculatorsTick() {
        Tick t = ticks.next(tick);
        aggregator.onTick(t);
        source.onTick(t);
        return snapshot.delta;
    }
}
