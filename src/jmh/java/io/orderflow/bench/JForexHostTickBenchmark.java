package io.orderflow.bench;

import java.util.Collections;
import java.util.List;
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

import io.orderflow.jforex.HostLog;
import io.orderflow.jforex.OrderView;
import io.orderflow.jforex.PlatformOrders;
import io.orderflow.jforex.RunMode;
import io.orderflow.jforex.StrategyHost;
import io.orderflow.market.InstrumentSpec;
import io.orderflow.market.Tick;
import io.orderflow.strategy.StrategyEngine;
import io.orderflow.strategy.config.StrategyConfig;

/**
 * What the JForex strategy adds per tick on top of the strategy engine: the host converts the
 * platform's decimal prices into points, updates the excursions of open positions and feeds the
 * engine. Baseline: the same ticks straight into an engine. Real EURUSD ticks replayed; entries are
 * refused at once by the stand-in platform (so positions never open and both sides do the same work).
 *
 * <p>Run: {@code mvn -B -Pbench -DskipTests test-compile exec:exec -Djmh.args="JForexHostTick -f 1 -wi 3 -i 5 -r 1s -prof gc"}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class JForexHostTickBenchmark {
    @Param({"86400", "300"})
    public int barSeconds;

    private StrategyBarBenchmark.Ticks hostTicks;
    private StrategyBarBenchmark.Ticks engineTicks;
    private final Tick hostTick = new Tick(1);
    private final Tick engineTick = new Tick(1);
    private StrategyHost host;
    private StrategyEngine engine;
    private InstrumentSpec spec;

    /** A platform that refuses every order at once and is always on the strategy thread. */
    static final class Refusing implements PlatformOrders {
        @Override
        public void submit(String label, boolean buy, double amount, double slippagePips, double stopPrice,
                           double targetPrice, String comment) throws Exception {
            throw new Exception("benchmark");
        }

        @Override
        public void setStopLoss(String label, double price) { }

        @Override
        public void setTakeProfit(String label, double price) { }

        @Override
        public void close(String label) { }

        @Override
        public List<OrderView> activeOrders() { return Collections.emptyList(); }

        @Override
        public OrderView order(String label) { return null; }

        @Override
        public OrderView historicalOrder(String id) { return null; }

        @Override
        public boolean isStrategyThread() { return true; }

        @Override
        public void runOnStrategyThread(Runnable task) { task.run(); }
    }

    @Setup
    public void setUp() throws Exception {
        hostTicks = StrategyBarBenchmark.Ticks.eurusd();
        engineTicks = StrategyBarBenchmark.Ticks.eurusd();
        StrategyConfig c = StrategyConfig.builder().set("bars.periodSeconds", barSeconds).build();
        spec = c.instrument();
        host = new StrategyHost(c, RunMode.DEMO, new Refusing(), HostLog.NONE, StrategyHost.Options.of(3, false));
        StrategyBarBenchmark.Refuser port = new StrategyBarBenchmark.Refuser();
        engine = new StrategyEngine(c, port);
        port.engine = engine;
    }

    /** One platform tick (decimal prices, as ITick gives them) through the host and the engine. */
    @Benchmark
    public long hostTick() {
        Tick t = hostTicks.next(hostTick);
        host.onTick(t.timeMs(), spec.toPrice(t.ask()), spec.toPrice(t.bid()), t.askVolume(), t.bidVolume());
        return host.engine().barsClosed();
    }

    /** Baseline: the same tick in points straight into an engine. */
    @Benchmark
    public long engineTick() {
        engine.onTick(engineTicks.next(engineTick));
        return engine.barsClosed();
    }
}
