package io.orderflow.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import io.orderflow.book.OfiIntervals;
import io.orderflow.book.OfiRegression;
import io.orderflow.book.OrderFlowImbalance;
import io.orderflow.book.QueueImbalance;
import io.orderflow.data.DirectoryBi5Source;
import io.orderflow.data.DukascopyTickStream;
import io.orderflow.data.ProblemLog;
import io.orderflow.market.Instruments;
import io.orderflow.market.Tick;
import io.orderflow.testing.TestData;

/**
 * Level-1 book measures per quote update, on the first {@value #N} real EURUSD ticks of 2019-02-04
 * held in memory. Every method fills the same {@link Tick} flyweight from the arrays (what a
 * reader does), so {@code baseline} — fill the tick and read its sizes — is the floor the others
 * are compared with, in the same run. Scores are ns per update.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class BookLevel1Benchmark {
    static final int N = 100_000;

    private final long[] time = new long[N], ask = new long[N], bid = new long[N];
    private final double[] askVol = new double[N], bidVol = new double[N];
    private final Tick tick = new Tick(1);
    private QueueImbalance queue;
    private OrderFlowImbalance ofi;
    private OfiIntervals intervals;
    private OfiRegression regression;

    @Setup(Level.Trial)
    public void load() throws IOException {
        Path root = TestData.root().resolve("dukascopy/bi5");
        if (!Files.exists(root)) throw new IllegalStateException("real data not found at " + root + " (set ORDERFLOW_DATA)");
        long from = Instant.parse("2019-02-04T00:00:00Z").toEpochMilli();
        try (DukascopyTickStream s = new DukascopyTickStream(new DirectoryBi5Source(root), Instruments.of("EURUSD"), from,
                from + 86_400_000L, ProblemLog.failing())) {
            Tick t = new Tick(1);
            for (int i = 0; i < N; i++) {
                if (!s.next(t)) throw new IllegalStateException("fewer than " + N + " ticks");
                time[i] = t.timeMs();
                ask[i] = t.ask();
                bid[i] = t.bid();
                askVol[i] = t.askVolume();
                bidVol[i] = t.bidVolume();
            }
        }
    }

    @Setup(Level.Iteration)
    public void fresh() {
        queue = new QueueImbalance();
        ofi = new OrderFlowImbalance();
        regression = new OfiRegression(180);
        intervals = OfiIntervals.ofPeriod(10_000, regression);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public double baseline() {
        double acc = 0;
        for (int i = 0; i < N; i++) {
            Tick t = tick.set(time[i], ask[i], bid[i], askVol[i], bidVol[i]);
            acc += t.bidVolume() - t.askVolume();
        }
        return acc;
    }

    /** Queue imbalance, size-weighted mid and the OFI contribution of every update. */
    @Benchmark
    @OperationsPerInvocation(N)
    public double queueImbalanceAndOfi() {
        double acc = 0;
        for (int i = 0; i < N; i++) {
            Tick t = tick.set(time[i], ask[i], bid[i], askVol[i], bidVol[i]);
            queue.onTick(t);
            ofi.onTick(t);
            acc += queue.value() + queue.weightedMidPoints() + ofi.last();
        }
        return acc;
    }

    /** As above plus 10-second OFI intervals feeding the rolling regression (β read every update). */
    @Benchmark
    @OperationsPerInvocation(N)
    public double ofiIntervalsAndRegression() {
        double acc = 0;
        for (int i = 0; i < N; i++) {
            Tick t = tick.set(time[i], ask[i], bid[i], askVol[i], bidVol[i]);
            queue.onTick(t);
            intervals.onTick(t);
            acc += queue.value() + intervals.currentOfi() + regression.beta();
        }
        return acc;
    }
}
