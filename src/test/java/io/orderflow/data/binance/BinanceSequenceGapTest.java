package io.orderflow.data.binance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.orderflow.data.DataFormatException;
import io.orderflow.data.Problem;
import io.orderflow.data.ProblemLog;
import io.orderflow.testing.TestInstruments;

class BinanceSequenceGapTest {
    @TempDir
    Path dir;

    private static String snapshot(long id, String bid, String ask) {
        return "1 {\"lastUpdateId\":" + id + ",\"bids\":[[\"" + bid + "\",\"1.0\"]],\"asks\":[[\"" + ask + "\",\"1.0\"]]}";
    }

    private static String diff(long first, long last, String bidPrice, String bidSize) {
        return "2 {\"stream\":\"btcusdt@depth@100ms\",\"data\":{\"e\":\"depthUpdate\",\"E\":" + (1000 + last)
                + ",\"s\":\"BTCUSDT\",\"U\":" + first + ",\"u\":" + last + ",\"b\":[[\"" + bidPrice + "\",\"" + bidSize
                + "\"]],\"a\":[]}}";
    }

    private Path write(String name, String... lines) throws Exception {
        Path f = dir.resolve(name);
        Files.write(f, List.of(lines), StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void aGapIsAnErrorNamingFileAndLine() throws Exception {
        Path f = write("gap.txt",
                diff(95, 99, "10.00", "5.0"),      // before the snapshot: buffered, then dropped (u <= 100)
                snapshot(100, "10.00", "10.02"),
                diff(100, 102, "10.01", "2.0"),    // spans 101: first applied
                diff(103, 105, "10.00", "0"),
                diff(107, 110, "10.00", "3.0"));   // U should be 106
        List<Long> ticks = new ArrayList<>();
        BinanceBookBuilder b = new BinanceBookBuilder(TestInstruments.of("BTCUSDT"), 10, t -> ticks.add(t.timeMs()), null,
                ProblemLog.failing());
        DataFormatException e = assertThrows(DataFormatException.class, () -> b.read(List.of(f)));
        assertEquals(Problem.SEQUENCE_GAP, e.problem());
        assertEquals(f.toString(), e.source());
        assertEquals(5, e.record());
        assertTrue(e.getMessage().contains("U=107") && e.getMessage().contains("expected U = 106"), e.getMessage());
        assertEquals(List.of(1102L, 1105L), ticks);
        assertEquals(1, b.dropped());
    }

    @Test
    void aFirstDiffThatDoesNotSpanTheSnapshotIsAGap() throws Exception {
        Path f = write("late.txt", snapshot(100, "10.00", "10.02"), diff(102, 104, "10.01", "2.0"));
        BinanceBookBuilder b = new BinanceBookBuilder(TestInstruments.of("BTCUSDT"), 10, null, null, ProblemLog.failing());
        DataFormatException e = assertThrows(DataFormatException.class, () -> b.read(List.of(f)));
        assertEquals(2, e.record());
        assertTrue(e.getMessage().contains("spanning update id 101"), e.getMessage());
    }

    @Test
    void underSkipAGapIsCountedAndTheBookWaitsForTheNextSnapshot() throws Exception {
        Path a = write("a.txt", snapshot(100, "10.00", "10.02"), diff(101, 102, "10.01", "2.0"), diff(104, 105, "10.01", "1.0"));
        Path c = write("b.txt", diff(106, 107, "10.01", "1.0"), snapshot(200, "11.00", "11.02"), diff(201, 201, "11.01", "1.0"));
        ProblemLog log = ProblemLog.skipping();
        BinanceBookBuilder b = new BinanceBookBuilder(TestInstruments.of("BTCUSDT"), 10, null, null, log);
        b.read(List.of(a, c));
        assertEquals(1, log.count(Problem.SEQUENCE_GAP));
        assertTrue(log.samples().get(0).startsWith(a + ": record 3: SEQUENCE_GAP"), log.samples().get(0));
        assertEquals(1, b.dropped()); // the diff while out of sync
        assertTrue(b.isSynced());
        assertEquals(2, b.applied());
        assertEquals(1101, b.bids().price(0));
        assertEquals(201, b.lastUpdateId());
        assertFalse(b.bids().size() > 2);
    }
}
