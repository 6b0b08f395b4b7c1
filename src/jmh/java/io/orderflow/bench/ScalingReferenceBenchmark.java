package io.orderflow.bench;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * What this machine gives a second thread when the work shares nothing: the ceiling against which
 * the sweep's two-thread scaling ({@code EngineReplayBenchmark.engineFromStoreSweepRunTwoThreads})
 * is judged. Two kinds of work, each on one and on two threads (scores are totals over the
 * threads, operations per second):
 * <ul>
 *   <li>{@code alu*}: an xorshift generator in registers, no memory traffic at all;</li>
 *   <li>{@code cacheResident*}: dependent reads and writes over a private 256 KB table per thread
 *   (L2-resident, like a replay's calculator state), plus a sequential read of a private 8 MB
 *   array (like a replay's scan of the tick store).</li>
 * </ul>
 * If two threads of pure register work give less than 2× one, the shortfall is the machine's (a VM
 * whose two vCPUs do not run at full speed together, frequency scaling, or host contention), not
 * the sweep's.
 *
 * <p>Run: {@code mvn -B -Pbench -DskipTests test-compile exec:exec
 * -Djmh.args="ScalingReference -f 3 -wi 3 -i 5 -r 2s -w 2s"}
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ScalingReferenceBenchmark {
    static final int ALU_STEPS = 1 << 24;
    static final int TABLE = 1 << 15;          // 32 Ki longs = 256 KB
    static final int STREAM = 1 << 20;         // 1 Mi longs = 8 MB
    static final int CACHE_STEPS = 1 << 22;

    /** Per-thread state: a seed and the thread's private arrays. */
    @State(Scope.Thread)
    public static class PerThread {
        long seed = 0x9E3779B97F4A7C15L;
        long[] table;
        long[] stream;

        @Setup
        public void allocate() {
            table = new long[TABLE];
            stream = new long[STREAM];
            for (int i = 0; i < STREAM; i++) stream[i] = i * 31L;
            for (int i = 0; i < TABLE; i++) table[i] = i;
        }
    }

    static long alu(PerThread s) {
        long x = s.seed;
        for (int i = 0; i < ALU_STEPS; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
        }
        s.seed = x | 1;
        return x;
    }

    static long cacheResident(PerThread s) {
        long[] t = s.table;
        long[] st = s.stream;
        long x = s.seed;
        long sum = 0;
        int j = 0;
        for (int i = 0; i < CACHE_STEPS; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
            int k = (int) (x & (TABLE - 1));
            t[k] += st[j];
            sum += t[(k + 1) & (TABLE - 1)];
            j = (j + 1) & (STREAM - 1);
        }
        s.seed = x | 1;
        return sum;
    }

    /** Register-only work, one thread. */
    @Benchmark
    @OperationsPerInvocation(ALU_STEPS)
    public long aluOneThread(PerThread s) {
        return alu(s);
    }

    /** Register-only work, two threads at once (score: the total). */
    @Benchmark
    @Threads(2)
    @OperationsPerInvocation(ALU_STEPS)
    public long aluTwoThreads(PerThread s) {
        return alu(s);
    }

    /** L2-resident table plus a streamed array, one thread. */
    @Benchmark
    @OperationsPerInvocation(CACHE_STEPS)
    public long cacheResidentOneThread(PerThread s) {
        return cacheResident(s);
    }

    /** The same on two threads at once, each with its own arrays (score: the total). */
    @Benchmark
    @Threads(2)
    @OperationsPerInvocation(CACHE_STEPS)
    public long cacheResidentTwoThreads(PerThread s) {
        return cacheResident(s);
    }
}
