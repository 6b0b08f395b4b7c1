package io.orderflow.data.depth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.orderflow.data.Problem;
import io.orderflow.data.ProblemLog;
import io.orderflow.market.Instruments;
import io.orderflow.market.Tick;

class DepthRecorderDurabilityTest {
    @TempDir
    Path dir;

    @Test
    void everyRecordPolicyPutsEachRecordInTheFileAtOnce() throws Exception {
        Path f = dir.resolve("each.ofd");
        List<Tick> ticks = RecordingFixtures.randomTicks(1, 20, 10, 0);
        try (DepthRecorder rec = DepthRecorder.open(f, Instruments.of("EURUSD"), 10, FlushPolicy.everyRecord(),
                ProblemLog.failing())) {
            long size = Files.size(f);
            for (Tick t : ticks) {
                rec.append(t);
                assertTrue(Files.size(f) > size);
                size = Files.size(f);
            }
        }
    }

    @Test
    void bufferedPolicyWritesWhenFullOrFlushed() throws Exception {
        Path f = dir.resolve("buffered.ofd");
        List<Tick> ticks = RecordingFixtures.randomTicks(2, 25, 10, 0);
        try (DepthRecorder rec = DepthRecorder.open(f, Instruments.of("EURUSD"), 10, FlushPolicy.buffered(10, 3_600_000),
                ProblemLog.failing())) {
            long header = Files.size(f);
            for (int i = 0; i < 9; i++) rec.append(ticks.get(i));
            assertEquals(header, Files.size(f), "nine records wait in memory");
            rec.append(ticks.get(9));
            assertTrue(Files.size(f) > header, "the tenth fills the batch");
            long ten = Files.size(f);
            rec.append(ticks.get(10));
            assertEquals(ten, Files.size(f));
            rec.flush();
            assertTrue(Files.size(f) > ten);
        }
    }

    @Test
    void aRecorderKilledMidStreamLosesAtMostItsLastRecord() throws Exception {
        Path f = dir.resolve("killed.ofd");
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), RecorderUntilKilled.class.getName(),
                f.toString()).redirectErrorStream(true).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!(Files.exists(f) && Files.size(f) > 2_000_000) && System.nanoTime() < deadline) Thread.sleep(20);
        } finally {
            p.destroyForcibly(); // SIGKILL: no shutdown hooks, no close()
            p.waitFor(30, TimeUnit.SECONDS);
        }
        assertTrue(Files.size(f) > 2_000_000, "the child recorded " + Files.size(f) + " bytes");
        ProblemLog log = ProblemLog.skipping();
        long n = 0;
        try (DepthRecordingReader r = DepthRecordingReader.open(f, log)) {
            Tick t = new Tick(10);
            while (r.next(t)) {
                assertEquals(n, t.timeMs(), "records are consecutive");
                assertEquals((n % 1000) / 100.0 + 3, t.bidVolume(3), 0.0);
                n++;
            }
            assertTrue(r.validEndOffset() >= r.fileSize() - 200, "at most one (partial) record lost");
        }
        assertTrue(n > 10_000, "records " + n);
        assertTrue(log.total() <= 1 && log.total() == log.count(Problem.TRUNCATED_RECORD), log.summary());
        System.out.println("killed recorder: " + n + " records recovered, " + log.summary());
    }

    @Test
    void appendingAllocatesNothingPerRecord() throws Exception {
        Path f = dir.resolve("alloc.ofd");
        List<Tick> ticks = RecordingFixtures.randomTicks(3, 1_000, 10, 0);
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().getId();
        try (DepthRecorder rec = DepthRecorder.open(f, Instruments.of("EURUSD"), 10, FlushPolicy.buffered(64, 0),
                ProblemLog.failing())) {
            for (int i = 0; i < 20_000; i++) rec.append(ticks.get(i % 1000)); // warm-up
            long before = mx.getThreadAllocatedBytes(tid);
            for (int i = 0; i < 100_000; i++) rec.append(ticks.get(i % 1000));
            long allocated = mx.getThreadAllocatedBytes(tid) - before;
            assertTrue(allocated < 4_096, "allocated " + allocated + " bytes for 100,000 records");
        }
    }
}
