package io.orderflow.data.depth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.orderflow.data.DataFormatException;
import io.orderflow.data.Problem;
import io.orderflow.data.ProblemLog;
import io.orderflow.market.Instruments;
import io.orderflow.market.Tick;

/** A crash loses at most the incomplete last record; damage in the middle costs only the damaged record. */
@Tag("slow")
class DepthRecordingDamageTest {
    private static final int RECORDS = 12;

    @TempDir
    Path dir;
    Path original;
    byte[] bytes;
    List<Tick> ticks;
    /** ends[0] = end of the header; ends[k] = end of record k. */
    long[] ends = new long[RECORDS + 1];

    @BeforeEach
    void writeSmallRecording() throws Exception {
        original = dir.resolve("small.ofd");
        ticks = RecordingFixtures.randomTicks(77, RECORDS, 3, 1_000_000);
        try (DepthRecorder rec = DepthRecorder.open(original, Instruments.of("EURUSD"), 3, FlushPolicy.everyRecord(),
                ProblemLog.failing())) {
            ends[0] = Files.size(original);
            for (int k = 0; k < RECORDS; k++) {
                rec.append(ticks.get(k));
                ends[k + 1] = Files.size(original); // each record is on disk as soon as it is appended
            }
        }
        bytes = Files.readAllBytes(original);
        assertEquals(ends[RECORDS], bytes.length);
    }

    private List<Tick> readAll(Path f, ProblemLog log) throws Exception {
        List<Tick> out = new ArrayList<>();
        try (DepthRecordingReader r = DepthRecordingReader.open(f, log)) {
            Tick t = new Tick(3);
            while (r.next(t)) out.add(new Tick(3).copyFrom(t));
        }
        return out;
    }

    @Test
    void truncatedAtEveryByteTheReaderRecoversEveryCompleteRecordAndReportsTheRest() throws Exception {
        Path f = dir.resolve("cut.ofd");
        for (int cut = 0; cut <= bytes.length; cut++) {
            Files.write(f, Arrays.copyOf(bytes, cut));
            int complete = 0;
            boolean boundary = false;
            for (int k = 0; k <= RECORDS; k++) {
                if (ends[k] <= cut) complete = k;
                if (ends[k] == cut) boundary = true;
            }
            ProblemLog log = ProblemLog.skipping();
            List<Tick> read = readAll(f, log);
            String what = "cut at byte " + cut;
            assertEquals(complete, read.size(), what);
            for (int k = 0; k < complete; k++) RecordingFixtures.assertSameTick(ticks.get(k), read.get(k), what + " record " + k);
            assertEquals(boundary ? 0 : 1, log.total(), what + ": " + log.samples());
            if (!boundary) {
                assertEquals(1, log.count(Problem.TRUNCATED_RECORD), what);
                assertTrue(log.samples().get(0).startsWith(f.toString()), log.samples().get(0));
                assertThrows(DataFormatException.class, () -> readAll(f, ProblemLog.failing()), what);
            }

            // Recording again repairs the tail and appends after the last complete record.
            ProblemLog repair = ProblemLog.skipping();
            try (DepthRecorder rec = DepthRecorder.open(f, Instruments.of("EURUSD"), 3, FlushPolicy.everyRecord(), repair)) {
                assertEquals(cut < ends[0] ? 0 : complete, rec.recoveredRecords(), what);
                rec.append(ticks.get(RECORDS - 1));
            }
            ProblemLog after = ProblemLog.failing();
            List<Tick> again = readAll(f, after);
            int kept = cut < ends[0] ? 0 : complete;
            assertEquals(kept + 1, again.size(), what);
            RecordingFixtures.assertSameTick(ticks.get(RECORDS - 1), again.get(kept), what + " appended");
        }
    }

    @Test
    void aCorruptByteInTheMiddleCostsOnlyItsRecordAndIsReportedWithFileAndRecord() throws Exception {
        Path f = dir.resolve("corrupt.ofd");
        int victim = 6; // 1-based record number
        for (long at = ends[victim - 1]; at < ends[victim]; at++) {
            byte[] b = bytes.clone();
            b[(int) at] ^= 0x5A;
            Files.write(f, b);
            ProblemLog log = ProblemLog.skipping();
            List<Tick> read = readAll(f, log);
            String what = "byte " + at + " corrupted";
            assertEquals(RECORDS - 1, read.size(), what);
            for (int k = 0, j = 0; k < RECORDS; k++) {
                if (k == victim - 1) continue;
                RecordingFixtures.assertSameTick(ticks.get(k), read.get(j++), what + " record " + (k + 1));
            }
            assertEquals(1, log.count(Problem.CORRUPT_RECORD), what + ": " + log.samples());
            assertEquals(1, log.total(), what);
            String msg = log.samples().get(0);
            assertTrue(msg.startsWith(f + ": record " + victim + ": CORRUPT_RECORD"), msg);
            DataFormatException e = assertThrows(DataFormatException.class, () -> readAll(f, ProblemLog.failing()));
            assertEquals(victim, e.record());
            assertEquals(f.toString(), e.source());
        }
    }

    @Test
    void aDamagedHeaderIsReported() throws Exception {
        Path f = dir.resolve("header.ofd");
        byte[] b = bytes.clone();
        b[15] ^= 1; // inside the base time: header checksum fails
        Files.write(f, b);
        ProblemLog log = ProblemLog.skipping();
        assertEquals(0, readAll(f, log).size());
        assertEquals(1, log.count(Problem.UNKNOWN_HEADER));
        assertTrue(log.samples().get(0).contains("header checksum"), log.samples().get(0));
    }
}
