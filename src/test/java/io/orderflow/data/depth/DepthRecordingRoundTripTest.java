package io.orderflow.data.depth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.orderflow.data.DataFormatException;
import io.orderflow.data.Problem;
import io.orderflow.data.ProblemLog;
import io.orderflow.market.Instruments;
import io.orderflow.market.Tick;

class DepthRecordingRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void everyTickComesBackBitForBit() throws Exception {
        Path f = dir.resolve("eurusd.ofd");
        List<Tick> ticks = RecordingFixtures.randomTicks(2024, 20_000, 10, 1_549_238_400_000L);
        try (DepthRecorder rec = DepthRecorder.open(f, Instruments.of("EURUSD"), 10, FlushPolicy.buffered(1000, 1000),
                ProblemLog.failing())) {
            for (Tick t : ticks) rec.append(t);
            assertEquals(20_000, rec.records());
        }
        ProblemLog log = ProblemLog.failing();
        try (DepthRecordingReader r = DepthRecordingReader.open(f, log)) {
            assertEquals("EURUSD", r.symbol());
            assertEquals(5, r.pointScale());
            assertEquals(10, r.maxLevels());
            assertEquals(1, r.version());
            Tick t = new Tick(10);
            int k = 0;
            while (r.next(t)) RecordingFixtures.assertSameTick(ticks.get(k), t, "seed 2024 tick " + k++);
            assertEquals(ticks.size(), k);
            assertEquals(Files.size(f), r.validEndOffset());
        }
        assertEquals(0, log.total());
    }

    @Test
    void shortDecimalSizesAreStoredCompactly() {
        ByteBuffer b = ByteBuffer.allocate(32);
        RecordCodec.putSize(b, 2.06);
        assertEquals(2, b.position(), "2.06 = 206 / 10^2 -> one 2-byte varint");
        b.clear();
        RecordCodec.putSize(b, 3.78826);
        assertEquals(4, b.position());
        b.clear();
        RecordCodec.putSize(b, 0.1 + 0.2); // 0.30000000000000004 is no short decimal
        assertEquals(9, b.position());
        assertEquals(-1, RecordCodec.decimalCode(-0.0));
        assertEquals(-1, RecordCodec.decimalCode(Double.NaN));
        for (long v : new long[] {0, 1, -1, Long.MAX_VALUE, Long.MIN_VALUE, 123_456_789}) {
            assertEquals(v, RecordCodec.unzigzag(RecordCodec.zigzag(v)));
        }
    }

    @Test
    void aTopOfBookDukascopyTickTakesAboutTwentyBytes() throws Exception {
        Path f = dir.resolve("l1.ofd");
        try (DepthRecorder rec = DepthRecorder.open(f, Instruments.of("EURUSD"), 10, FlushPolicy.everyRecord(),
                ProblemLog.failing())) {
            long before = rec.bytesWritten();
            rec.append(new Tick(1).set(rec.baseTimeMs() + 3_600_000, 114_545, 114_543, 1, 2.06));
            long size = rec.bytesWritten() - before;
            assertTrue(size <= 20, "record bytes " + size);
        }
    }

    @Test
    void aReaderWithSmallerTicksGetsTheBestLevels() throws Exception {
        Path f = dir.resolve("small.ofd");
        List<Tick> ticks = RecordingFixtures.randomTicks(5, 50, 10, 0);
        try (DepthRecorder rec = DepthRecorder.open(f, Instruments.of("EURUSD"), 10, FlushPolicy.everyRecord(),
                ProblemLog.failing())) {
            for (Tick t : ticks) rec.append(t);
        }
        try (DepthRecordingReader r = DepthRecordingReader.open(f, ProblemLog.failing())) {
            Tick t = new Tick(1);
            int k = 0;
            while (r.next(t)) {
                assertEquals(1, t.levels());
                assertEquals(ticks.get(k).bidPrice(0), t.bidPrice(0));
                assertEquals(Double.doubleToRawLongBits(ticks.get(k).askVolume(0)), Double.doubleToRawLongBits(t.askVolume()));
                k++;
            }
            assertEquals(50, k);
        }
    }

    @Test
    void reopeningAppendsAfterTheExistingRecordsAndKeepsTheBaseTime() throws Exception {
        Path f = dir.resolve("append.ofd");
        List<Tick> ticks = RecordingFixtures.randomTicks(6, 30, 3, 1000);
        long base;
        try (DepthRecorder rec = DepthRecorder.open(f, Instruments.of("EURUSD"), 3, FlushPolicy.everyRecord(),
                ProblemLog.failing())) {
            base = rec.baseTimeMs();
            for (Tick t : ticks.subList(0, 10)) rec.append(t);
        }
        try (DepthRecorder rec = DepthRecorder.open(f, Instruments.of("EURUSD"), 3, FlushPolicy.everyRecord(),
                ProblemLog.failing())) {
            assertEquals(10, rec.recoveredRecords());
            assertEquals(base, rec.baseTimeMs());
            for (Tick t : ticks.subList(10, 30)) rec.append(t);
        }
        try (DepthRecordingReader r = DepthRecordingReader.open(f, ProblemLog.failing())) {
            Tick t = new Tick(3);
            int k = 0;
            while (r.next(t)) RecordingFixtures.assertSameTick(ticks.get(k), t, "tick " + k++);
            assertEquals(30, k);
        }
    }

    @Test
    void aRecordingOfAnotherInstrumentOrDepthIsNotAppendedTo() throws Exception {
        Path f = dir.resolve("other.ofd");
        DepthRecorder.open(f, Instruments.of("EURUSD"), 10, FlushPolicy.everyRecord(), ProblemLog.failing()).close();
        DataFormatException e = assertThrows(DataFormatException.class, () -> DepthRecorder.open(f, Instruments.of("USDJPY"), 10,
                FlushPolicy.everyRecord(), ProblemLog.failing()));
        assertTrue(e.getMessage().contains("EURUSD"), e.getMessage());
        assertThrows(DataFormatException.class, () -> DepthRecorder.open(f, Instruments.of("EURUSD"), 5,
                FlushPolicy.everyRecord(), ProblemLog.failing()));
        Path notRecording = dir.resolve("text.ofd");
        Files.writeString(notRecording, "this is not a recording, just some text");
        assertThrows(DataFormatException.class, () -> DepthRecorder.open(notRecording, Instruments.of("EURUSD"), 10,
                FlushPolicy.everyRecord(), ProblemLog.skipping()));
    }

    @Test
    void aNewerFormatVersionIsRefusedClearly() throws Exception {
        Path f = dir.resolve("v2.ofd");
        DepthRecorder.open(f, Instruments.of("EURUSD"), 10, FlushPolicy.everyRecord(), ProblemLog.failing()).close();
        byte[] b = Files.readAllBytes(f);
        b[9] = 2;
        Files.write(f, b);
        DataFormatException e = assertThrows(DataFormatException.class, () -> DepthRecordingReader.open(f, ProblemLog.failing()));
        assertEquals(Problem.UNKNOWN_HEADER, e.problem());
        assertTrue(e.getMessage().contains("format version 2"), e.getMessage());
        ProblemLog skip = ProblemLog.skipping();
        try (DepthRecordingReader r = DepthRecordingReader.open(f, skip)) {
            assertFalse(r.hasHeader());
            assertFalse(r.next(new Tick()));
        }
        assertEquals(1, skip.count(Problem.UNKNOWN_HEADER));
    }
}
