package io.orderflow.bench;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import io.orderflow.data.ProblemLog;
import io.orderflow.data.csv.CsvTickReader;
import io.orderflow.market.InstrumentSpec;
import io.orderflow.market.Instruments;
import io.orderflow.market.Tick;
import io.orderflow.testing.TestData;

/**
 * Parsing a JForex tick CSV (EURUSD 2019-02-04, 136,741 rows, held uncompressed in memory) with
 * {@link CsvTickReader} against the obvious implementation in the same run: {@code readLine},
 * {@code String.split}, {@code Double.parseDouble} and {@code java.time} per row. Both report
 * ticks/s in the {@code ticks} counter; {@code -prof gc} shows bytes per day file.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CsvTickReadBenchmark {

    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Ticks {
        public long ticks;

        @Setup(Level.Iteration)
        public void clear() {
            ticks = 0;
        }
    }

    private static final java.time.format.DateTimeFormatter TIME =
            java.time.format.DateTimeFormatter.ofPattern("yyyy.MM.dd HH:mm:ss.SSS").withZone(java.time.ZoneOffset.UTC);

    private final InstrumentSpec eurusd = Instruments.of("EURUSD");
    private final Tick tick = new Tick(1);
    private final ProblemLog log = ProblemLog.failing();
    private byte[] csv;

    @Setup(Level.Trial)
    public void load() throws IOException {
        Path p = TestData.root().resolve("dukascopy/csv/EURUSD_ticks_2019-02-04.csv.gz");
        if (!Files.exists(p)) throw new IllegalStateException("real data not found at " + p);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
            byte[] buf = new byte[1 << 16];
            int r;
            while ((r = in.read(buf)) >= 0) out.write(buf, 0, r);
        }
        csv = out.toByteArray();
    }

    @Benchmark
    public long csvTickReader(Ticks counter) throws IOException {
        long n = 0;
        long sum = 0;
        try (CsvTickReader r = new CsvTickReader(new ByteArrayInputStream(csv), "bench.csv", eurusd, log)) {
            while (r.next(tick)) {
                n++;
                sum += tick.ask() - tick.bid();
            }
        }
        counter.ticks += n;
        return sum + tick.timeMs();
    }

    /** Baseline: what a quick hand-written reader does. */
    @Benchmark
    public long readLineSplitParse(Ticks counter) throws IOException {
        long n = 0;
        long sum = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(csv),
                StandardCharsets.US_ASCII), 1 << 16)) {
            r.readLine();
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.split(",");
                long time = java.time.Instant.from(TIME.parse(f[0])).toEpochMilli();
                long ask = Math.round(Double.parseDouble(f[1]) * 1e5);
                long bid = Math.round(Double.parseDouble(f[2]) * 1e5);
                tick.set(time, ask, bid, Double.parseDouble(f[3]), Double.parseDouble(f[4]));
                sum += ask - bid;
                n++;
            }
        }
        counter.ticks += n;
        return sum + tick.timeMs();
    }
}
