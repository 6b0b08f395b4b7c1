package io.orderflow.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.*;
import io.orderflow.market.Tick;

@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ScratchOfiBenchmark {
    BookLevel1Benchmark src = new BookLevel1Benchmark();
    long[] ask, bid; double[] av, bv; int N = BookLevel1Benchmark.N;

    @Setup
    public void s() throws Exception {
        src.load();
        java.lang.reflect.Field f;
        f = BookLevel1Benchmark.class.getDeclaredField("ask"); f.setAccessible(true); ask = (long[]) f.get(src);
        f = BookLevel1Benchmark.class.getDeclaredField("bid"); f.setAccessible(true); bid = (long[]) f.get(src);
        f = BookLevel1Benchmark.class.getDeclaredField("askVol"); f.setAccessible(true); av = (double[]) f.get(src);
        f = BookLevel1Benchmark.class.getDeclaredField("bidVol"); f.setAccessible(true); bv = (double[]) f.get(src);
    }

    @Benchmark @OperationsPerInvocation(100_000)
    public double branchy() {
        double acc = 0;
        for (int i = 1; i < N; i++) {
            acc += io.orderflow.book.OrderFlowImbalance.contribution(bid[i-1], bv[i-1], ask[i-1], av[i-1], bid[i], bv[i], ask[i], av[i]);
        }
        return acc;
    }

    static double ge(long a, long b) { return (double) (1 + ((a - b) >> 63)); } // 1 if a >= b
    @Benchmark @OperationsPerInvocation(100_000)
    public double masked() {
        double acc = 0;
        for (int i = 1; i < N; i++) {
            long pb = bid[i-1], b = bid[i], pa = ask[i-1], a = ask[i];
            acc += ge(b, pb) * bv[i] - ge(pb, b) * bv[i-1] - ge(pa, a) * av[i] + ge(a, pa) * av[i-1];
        }
        return acc;
    }

    static double ge2(long a, long b) { return a >= b ? 1.0 : 0.0; }
    @Benchmark @OperationsPerInvocation(100_000)
    public double ternary() {
        double acc = 0;
        for (int i = 1; i < N; i++) {
            long pb = bid[i-1], b = bid[i], pa = ask[i-1], a = ask[i];
            acc += ge2(b, pb) * bv[i] - ge2(pb, b) * bv[i-1] - ge2(pa, a) * av[i] + ge2(a, pa) * av[i-1];
        }
        return acc;
    }

    @Benchmark @OperationsPerInvocation(100_000)
    public double qiTwoDivs() {
        double acc = 0;
        for (int i = 0; i < N; i++) {
            double s = bv[i] + av[i];
            acc += (bv[i] - av[i]) / s + (ask[i] * bv[i] + bid[i] * av[i]) / s;
        }
        return acc;
    }
}
