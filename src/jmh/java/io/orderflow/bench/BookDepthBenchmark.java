package io.orderflow.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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

import io.orderflow.book.DepthBar;
import io.orderflow.book.DepthBars;
import io.orderflow.book.DepthEventTracker;
import io.orderflow.book.DepthImbalance;
import io.orderflow.book.MultiLevelOfi;
import io.orderflow.book.SpoofScore;
import io.orderflow.book.SpoofSettings;
import io.orderflow.data.binance.BinanceBookBuilder;
import io.orderflow.data.ProblemLog;
import io.orderflow.testing.TestInstruments;
import io.orderflow.market.OfferSide;
import io.orderflow.market.Tick;
import io.orderflow.testing.TestData;

/**
 * 10-level depth measures per depth update: {@code binance} replays the {@value #N} first
 * 10-level books rebuilt from the real BTCUSDT capture (cycled if shorter), {@code synthetic} a
 * seeded random 10-level book (sizes changing at a few levels per update, the book shifting now
 * and then), {@code static} the first synthetic book over and over (only the clock moves: every
 * branch goes the same way each update, the floor of the per-level work). The ticks are held in memory as distinct objects (so each update's arrays are read
 * from memory, not from a hot flyweight); {@code baseline} reads every price and size of every
 * level, the floor the others are compared with in the same run. Scores are ns per depth update.
 *
 * <p>Time runs forward as in a long replay: each repetition of the capture inside the array is
 * shifted after the previous one, and before every invocation all ticks move forward by the span
 * of the array (outside the measurement), so the calculators, which keep their state for the whole
 * iteration, never see the clock go back (with the clock going back, the spoofing score stopped
 * decaying its evidence and candidates never aged). {@code depthEvents} and {@code spoofScore}
 * (which updates its own depth events) are the parts of the pipeline, measured on their own.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class BookDepthBenchmark {
    static final int N = 20_000;

    @Param({"binance", "synthetic", "static"})
    public String source;

    private Tick[] ticks;
    private long span;
    private final long[] ap = new long[10], bp = new long[10];
    private final double[] as = new double[10], bs = new double[10];
    private DepthImbalance depth;
    private DepthEventTracker events;
    private SpoofScore spoof;
    private MultiLevelOfi multi;
    private DepthFloor floor;
    private DepthBars bars;
    private double barSum;

    @Setup(Level.Trial)
    public void load() throws IOException {
        List<Tick> list = new ArrayList<>();
        if (source.equals("binance")) {
            Path spot = TestData.root().resolve("binance/spot");
            if (!Files.exists(spot)) throw new IllegalStateException("real data not found at " + spot + " (set ORDERFLOW_DATA)");
            new BinanceBookBuilder(TestInstruments.of("BTCUSDT"), 10, t -> list.add(new Tick(10).copyFrom(t)), null,
                    ProblemLog.failing()).read(Arrays.asList(spot.resolve("btcusdt_20240808.gz"), spot.resolve("btcusdt_20240809.gz")));
        } else {
            Random r = new Random(1);
            long[] bp = new long[10], ap = new long[10];
            double[] bs = new double[10], as = new double[10];
            long best = 100_000, time = 0;
            for (int i = 0; i < 10; i++) {
                bs[i] = 1 + r.nextInt(5);
                as[i] = 1 + r.nextInt(5);
            }
            for (int k = 0; k < N; k++) {
                time += 50 + r.nextInt(100);
                if (r.nextInt(20) == 0) best += r.nextBoolean() ? 1 : -1;
                for (int c = 0; c < 3; c++) {
                    int lvl = r.nextInt(10);
                    bs[lvl] = r.nextInt(30) == 0 ? 20 : 0.5 + r.nextInt(8) * 0.25;
                    as[r.nextInt(10)] = r.nextInt(30) == 0 ? 20 : 0.5 + r.nextInt(8) * 0.25;
                }
                for (int i = 0; i < 10; i++) {
                    bp[i] = best - i;
                    ap[i] = best + 2 + i;
                }
                list.add(new Tick(10).setDepth(time, 10, ap, as, bp, bs));
            }
            if (source.equals("static")) {
                Tick first = list.get(0);
                for (int k = 1; k < N; k++) {
                    Tick t = list.get(k);
                    long at = t.timeMs();
                    shift(t.copyFrom(first), at - first.timeMs());
                }
            }
        }
        ticks = new Tick[N];
        long capture = list.get(list.size() - 1).timeMs() - list.get(0).timeMs() + 100;
        for (int i = 0; i < N; i++) {
            ticks[i] = new Tick(10).copyFrom(list.get(i % list.size()));
            shift(ticks[i], (i / list.size()) * capture);
        }
        span = ticks[N - 1].timeMs() - ticks[0].timeMs() + 100;
    }

    /** Moves every tick forward by the span of the array: the next pass continues the clock. */
    @Setup(Level.Invocation)
    public void advanceClock() {
        for (Tick t : ticks) shift(t, span);
    }

    private void shift(Tick t, long dt) {
        int n = t.levels();
        for (int i = 0; i < n; i++) {
            ap[i] = t.askPrice(i);
            bp[i] = t.bidPrice(i);
            as[i] = t.askVolume(i);
            bs[i] = t.bidVolume(i);
        }
        t.setDepth(t.timeMs() + dt, n, ap, as, bp, bs);
    }

    @Setup(Level.Iteration)
    public void fresh() {
        depth = new DepthImbalance(10);
        events = new DepthEventTracker(10);
        spoof = new SpoofScore();
        multi = new MultiLevelOfi(10);
        floor = new DepthFloor();
        bars = new DepthBars(60_000, 10, SpoofSettings.defaults(), new DepthBars.Sink() {
            @Override
            public void onBar(DepthBar bar) {
                barSum += bar.maxScore() + bar.flashes(OfferSide.BID) + bar.ofi();
            }
        });
    }

    /** The floor of the per-level work (see {@link DepthFloor}): the yardstick of the depth pipeline's target. */
    @Benchmark
    @OperationsPerInvocation(N)
    public double floor() {
        double acc = 0;
        for (int k = 0; k < N; k++) {
            floor.onTick(ticks[k]);
            acc += floor.imbalance;
        }
        return acc + floor.added + floor.large;
    }

    /**
     * The product pipeline behind the {@code depth} command and the manipulation indicator: 10-level
     * imbalance, depth events, manipulation evidence and multi-level OFI per update, handed over per
     * 1-minute bar.
     */
    @Benchmark
    @OperationsPerInvocation(N)
    public double depthBars() {
        for (int k = 0; k < N; k++) bars.onTick(ticks[k]);
        return barSum;
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public double baseline() {
        double acc = 0;
        for (int k = 0; k < N; k++) {
            Tick t = ticks[k];
            for (int i = 0; i < t.levels(); i++) acc += t.bidVolume(i) - t.askVolume(i) + (t.askPrice(i) - t.bidPrice(i));
        }
        return acc;
    }

    /** 10-level imbalance alone. */
    @Benchmark
    @OperationsPerInvocation(N)
    public double depthImbalance() {
        double acc = 0;
        for (int k = 0; k < N; k++) {
            depth.onTick(ticks[k]);
            acc += depth.value();
        }
        return acc;
    }

    /** Depth events (added / pulled / consumed per level) alone. */
    @Benchmark
    @OperationsPerInvocation(N)
    public double depthEvents() {
        double acc = 0;
        for (int k = 0; k < N; k++) {
            events.onTick(ticks[k]);
            acc += events.lastPulled(OfferSide.BID) + events.lastConsumed(OfferSide.ASK);
        }
        return acc;
    }

    /** The spoofing score alone (it updates its own depth events), score and robust imbalance read. */
    @Benchmark
    @OperationsPerInvocation(N)
    public double spoofScore() {
        double acc = 0;
        for (int k = 0; k < N; k++) {
            spoof.onTick(ticks[k]);
            acc += spoof.maxScore() + spoof.robustImbalance();
        }
        return acc;
    }

    /** The target: 10-level imbalance + depth events + manipulation score (+ robust imbalance), read every update. */
    @Benchmark
    @OperationsPerInvocation(N)
    public double imbalanceEventsAndSpoofScore() {
        double acc = 0;
        for (int k = 0; k < N; k++) {
            Tick t = ticks[k];
            depth.onTick(t);
            spoof.onTick(t); // updates its DepthEventTracker too
            acc += depth.value() + spoof.maxScore() + spoof.robustImbalance() + spoof.events().lastPulled(OfferSide.BID);
        }
        return acc;
    }

    /** Multi-level OFI over 10 levels. */
    @Benchmark
    @OperationsPerInvocation(N)
    public double multiLevelOfi() {
        double acc = 0;
        for (int k = 0; k < N; k++) {
            multi.onTick(ticks[k]);
            acc += multi.lastTotal();
        }
        return acc;
    }
}
