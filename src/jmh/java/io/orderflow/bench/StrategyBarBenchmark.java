package io.orderflow.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import io.orderflow.data.DirectoryBi5Source;
import io.orderflow.data.DukascopyTickStream;
import io.orderflow.data.ProblemLog;
import io.orderflow.execution.ExecutionPort;
import io.orderflow.execution.OrderIntent;
import io.orderflow.market.Bar;
import io.orderflow.market.Tick;
import io.orderflow.strategy.StrategyEngine;
import io.orderflow.strategy.config.StrategyConfig;
import io.orderflow.strategy.readings.ProjectOrderFlowSource;
import io.orderflow.strategy.readings.OrderFlowSnapshot;
import io.orderflow.testing.TestData;

/**
 * Cost of one closed bar: the engine's full evaluation (order-flow readings of the bar, ta4j series
 * and indicators, both setups' rules and confirmations, planning and sizing, position management)
 * on real EURUSD ticks (2019-02-04/05, replayed week after week). Each invocation closes one bar;
 * the bar's ticks are fed in the per-invocation setup, which is not timed. Its two halves alone are
 * {@link StrategyBarPartsBenchmark} (same regex, same run).
 *
 * <p>Run: {@code mvn -B -Pbench -DskipTests test-compile exec:exec -Djmh.args="StrategyBar -f 1 -wi 10 -i 10 -r 1s -prof gc"}
 * (the calculators' bar close needs more than three warm-up seconds to reach its steady state).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class StrategyBarBenchmark {

    /** Real ticks as primitive arrays, replayed forever with the time shifted a week per round. */
    public static final class Ticks {
        public final long[] time;
        public final long[] ask;
        public final long[] bid;
        public final double[] askVol;
        public final double[] bidVol;
        private int next;
        private long shift;
        private static final long WEEK = 7L * 24 * 3600 * 1000;

        private Ticks(long[] time, long[] ask, long[] bid, double[] askVol, double[] bidVol) {
            this.time = time;
            this.ask = ask;
            this.bid = bid;
            this.askVol = askVol;
            this.bidVol = bidVol;
        }

        /** EURUSD 2019-02-04 and 05 from the shared data folder. */
        public static Ticks eurusd() throws Exception {
            Path root = TestData.root().resolve("dukascopy/bi5");
            if (!Files.isDirectory(root)) {
                root = Paths.get(System.getenv().getOrDefault("ORDERFLOW_BASEDIR", "."), "../shared/data/dukascopy/bi5");
            }
            if (!Files.isDirectory(root)) throw new IllegalStateException("real data not found at " + root);
            long from = LocalDate.parse("2019-02-04").atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            int n = 0;
            long[] t = new long[300_000];
            long[] a = new long[300_000];
            long[] b = new long[300_000];
            double[] av = new double[300_000];
            double[] bv = new double[300_000];
            try (DukascopyTickStream s = new DukascopyTickStream(new DirectoryBi5Source(root),
                    io.orderflow.market.Instruments.of("EURUSD"), from, from + 2 * 86_400_000L, ProblemLog.failing())) {
                Tick k = new Tick(1);
                while (s.next(k)) {
                    t[n] = k.timeMs();
                    a[n] = k.ask();
                    b[n] = k.bid();
                    av[n] = k.askVolume();
                    bv[n] = k.bidVolume();
                    n++;
                }
            }
            return new Ticks(java.util.Arrays.copyOf(t, n), java.util.Arrays.copyOf(a, n), java.util.Arrays.copyOf(b, n),
                    java.util.Arrays.copyOf(av, n), java.util.Arrays.copyOf(bv, n));
        }

        /** Writes the next tick into {@code into}; returns it. */
        public Tick next(Tick into) {
            if (next == time.length) {
                next = 0;
                shift += WEEK;
            }
            int i = next++;
            return into.set(time[i] + shift, ask[i], bid[i], askVol[i], bidVol[i]);
        }

        /** Time of the tick {@link #next} would return. */
        public long peekTime() {
            return next == time.length ? time[0] + shift + WEEK : time[next] + shift;
        }
    }

    /** A broker that refuses every intent at once, so the engine keeps evaluating and sizing signals. */
    public static final class Refuser implements ExecutionPort {
        public StrategyEngine engine;

        @Override
        public void submit(OrderIntent intent) {
            engine.onRejected(intent.label(), intent.timeMs(), intent.kind(), "benchmark");
        }
    }

    /** The engine, fed the ticks of one bar per invocation (untimed). */
    @State(Scope.Thread)
    public static class EngineState {
        @Param({"300"})
        public int barSeconds;

        Ticks ticks;
        final Tick tick = new Tick(1);
        StrategyEngine engine;
        long period;
        long barEnd;
        long lastTickMs;

        @Setup(Level.Trial)
        public void setUp() throws Exception {
            ticks = Ticks.eurusd();
            StrategyConfig config = StrategyConfig.builder().set("bars.periodSeconds", barSeconds)
                    .set("trend.confirm.zScore", 0.5).build();
            period = barSeconds * 1000L;
            Refuser port = new Refuser();
            engine = new StrategyEngine(config, port);
            port.engine = engine;
            for (int i = 0; i < 200; i++) {
                nextBar();
                engine.onTime(barEnd);
            }
        }

        /** Feeds the engine every tick of the next bar (not the tick that opens the bar after it). */
        @Setup(Level.Invocation)
        public void nextBar() {
            long start = Math.floorDiv(ticks.peekTime(), period) * period;
            barEnd = start + period;
            while (ticks.peekTime() < barEnd) {
                engine.onTick(ticks.next(tick));
                lastTickMs = tick.timeMs();
            }
        }
    }

    /** The order-flow calculators alone (the engine's source), fed the ticks of one bar per invocation (untimed). */
    @State(Scope.Thread)
    public static class SourceState {
        @Param({"300"})
        public int barSeconds;

        Ticks ticks;
        final Tick tick = new Tick(1);
        ProjectOrderFlowSource source;
        final OrderFlowSnapshot snapshot = new OrderFlowSnapshot();
        Bar bar;
        long period;

        @Setup(Level.Trial)
        public void setUp() throws Exception {
            ticks = Ticks.eurusd();
            StrategyConfig config = StrategyConfig.builder().set("bars.periodSeconds", barSeconds).build();
            source = new ProjectOrderFlowSource(config);
            period = barSeconds * 1000L;
            for (int i = 0; i < 200; i++) {
                nextBar();
                source.onBar(bar, snapshot);
            }
        }

        /** Feeds the calculators every tick of the next bar; the bar itself is a stand-in with its times. */
        @Setup(Level.Invocation)
        public void nextBar() {
            long start = Math.floorDiv(ticks.peekTime(), period) * period;
            long end = start + period;
            long firstBid = 0;
            long firstAsk = 0;
            long hiB = Long.MIN_VALUE, loB = Long.MAX_VALUE, hiA = Long.MIN_VALUE, loA = Long.MAX_VALUE;
            int n = 0;
            while (ticks.peekTime() < end) {
                Tick t = ticks.next(tick);
                source.onTick(t);
                if (n++ == 0) {
                    firstBid = t.bid();
                    firstAsk = t.ask();
                }
                hiB = Math.max(hiB, t.bid());
                loB = Math.min(loB, t.bid());
                hiA = Math.max(hiA, t.ask());
                loA = Math.min(loA, t.ask());
            }
            bar = new Bar(start, end, firstBid, hiB, loB, tick.bid(), firstAsk, hiA, loA, tick.ask(), 0, 0, n);
        }
    }

    /** The engine closes the bar and evaluates it completely (readings, ta4j, setups, risk, intents). */
    @Benchmark
    public long fullBarEvaluation(EngineState s) {
        s.engine.onTime(s.barEnd);
        return s.engine.barsClosed();
    }

    /**
     * Baseline in the same harness: the timer call with no bar due (time rules only). The bar fed in
     * the setup is then closed, untimed, by the next setup's first tick.
     */
    @Benchmark
    public long timerWithoutBarBaseline(EngineState s) {
        s.engine.onTime(s.lastTickMs);
        return s.engine.barsClosed();
    }

    /**
     * Baseline half: the order-flow side of a bar close — the calculators' bar close (delta bar,
     * footprint with imbalances, zones, absorption and exhaustion, developing value area, divergence)
     * and the source's per-bar work (z-scores, slope, nodes over the session profile, nearest zones).
     */
    @Benchmark
    public double orderFlowReadingsOnly(SourceState s) {
        s.source.onBar(s.bar, s.snapshot);
        return s.snapshot.deltaZ;
    }
}
