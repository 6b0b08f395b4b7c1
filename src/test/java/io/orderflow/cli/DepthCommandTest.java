package io.orderflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.orderflow.book.ReferenceDepthBars;
import io.orderflow.book.SpoofSettings;
import io.orderflow.data.binance.BinanceBookBuilder;
import io.orderflow.data.depth.DepthRecorder;
import io.orderflow.data.depth.FlushPolicy;
import io.orderflow.data.ProblemLog;
import io.orderflow.market.InstrumentSpec;
import io.orderflow.testing.TestInstruments;
import io.orderflow.market.Tick;
import io.orderflow.testing.TestData;

/**
 * The {@code depth} command end to end: its CSV, read back, equals the slow reference
 * ({@link ReferenceDepthBars}: definitions written out, no shared code) bar by bar, on a real
 * Binance capture and on a depth recording of the same books; bad input fails with the file named.
 */
class DepthCommandTest {
    @TempDir
    Path tmp;

    private static List<Path> capture(String symbol) {
        Path dir = TestData.require("binance/spot");
        return List.of(dir.resolve(symbol + "_20240808.gz"), dir.resolve(symbol + "_20240809.gz"));
    }

    private static List<ReferenceDepthBars.Row> reference(List<Path> files, String symbol, long periodMs, int levels,
                                                          Path recordTo) throws Exception {
        ReferenceDepthBars ref = new ReferenceDepthBars(periodMs, levels, SpoofSettings.defaults());
        InstrumentSpec inst = TestInstruments.of(symbol);
        DepthRecorder rec = recordTo == null ? null
                : DepthRecorder.open(recordTo, inst, 10, FlushPolicy.buffered(256, 1_000), ProblemLog.failing());
        new BinanceBookBuilder(inst, 10, t -> {
            ref.onTick(t);
            if (rec != null) {
                try {
                    rec.append(t);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        }, null, ProblemLog.failing()).read(files);
        if (rec != null) rec.close();
        return ref.finish();
    }

    /** The CSV back as rows of {@link ReferenceDepthBars#COLUMNS}; prices back to points. */
    static List<ReferenceDepthBars.Row> parse(String csv, int pointScale) {
        String[] lines = csv.split("\n");
        assertEquals("bar_start," + String.join(",", ReferenceDepthBars.COLUMNS), lines[0]);
        List<ReferenceDepthBars.Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].split(",", -1);
            assertEquals(ReferenceDepthBars.COLUMNS.length + 1, f.length, "line " + (i + 1) + ": " + lines[i]);
            double[] v = new double[ReferenceDepthBars.COLUMNS.length];
            for (int c = 0; c < v.length; c++) {
                String s = f[c + 1];
                String col = ReferenceDepthBars.COLUMNS[c];
                if (s.isEmpty()) v[c] = Double.NaN;
                else if (col.equals("flash_side")) v[c] = s.equals("bid") ? 1 : 2;
                else if (col.equals("flash_time")) v[c] = Instant.parse(s).toEpochMilli();
                else if (col.equals("flash_price")) v[c] = new BigDecimal(s).movePointRight(pointScale).longValueExact();
                else v[c] = Double.parseDouble(s);
            }
            if (f[16].isEmpty()) v[15] = 0;
            rows.add(new ReferenceDepthBars.Row(Instant.parse(f[0]).toEpochMilli(), v));
        }
        return rows;
    }

    private static long check(List<ReferenceDepthBars.Row> expected, List<ReferenceDepthBars.Row> actual) {
        assertEquals(expected.size(), actual.size(), "bars");
        long flashBars = 0;
        for (int i = 0; i < expected.size(); i++) {
            assertNull(ReferenceDepthBars.compare(expected.get(i), actual.get(i)), "bar " + i);
            if (expected.get(i).v[15] != 0) flashBars++;
        }
        return flashBars;
    }

    @Test
    void binanceCapturePerBarEqualsTheReference() throws Exception {
        List<Path> files = capture("btcusdt");
        CliRun run = CliRun.of("depth", "--bar", "10s", files.get(0).toString(), files.get(1).toString());
        assertEquals(0, run.code(), run.toString());
        List<ReferenceDepthBars.Row> expected = reference(files, "btcusdt", 10_000, 10, null);
        long flashBars = check(expected, parse(run.out(), TestInstruments.of("btcusdt").pointScale()));
        assertTrue(flashBars > 30, "bars with a flash: " + flashBars);
        assertTrue(run.err().contains("6,493 depth updates"), run.err());
        assertTrue(run.err().contains("flashes bid 391 / ask 591"), run.err());
        System.out.println(run.err());
    }

    @Test
    void depthRecordingPerBarEqualsTheReferenceAndGoesToAFile() throws Exception {
        Path ofd = tmp.resolve("ETHUSDT-2024-08-09.ofd");
        List<ReferenceDepthBars.Row> expected = reference(capture("ethusdt"), "ethusdt", 60_000, 5, ofd);
        Path csv = tmp.resolve("out/eth.csv");
        Files.createDirectories(csv.getParent());
        CliRun run = CliRun.of("depth", "--levels", "5", "--out", csv.toString(), ofd.toString());
        assertEquals(0, run.code(), run.toString());
        assertEquals("", run.out());
        check(expected, parse(Files.readString(csv, StandardCharsets.UTF_8), TestInstruments.of("ethusdt").pointScale()));
    }

    @Test
    void badInputIsNamedOrSkippedAndCounted() throws Exception {
        Path ofd = tmp.resolve("ETHUSDT-2024-08-09.ofd");
        reference(capture("ethusdt"), "ethusdt", 60_000, 10, ofd);
        try (RandomAccessFile f = new RandomAccessFile(ofd.toFile(), "rw")) { // damage a record in the middle
            long mid = f.length() / 2;
            f.seek(mid);
            int b = f.read();
            f.seek(mid);
            f.write(b ^ 0x5a);
        }
        CliRun fail = CliRun.of("depth", ofd.toString());
        assertEquals(ExitCodes.BAD_DATA, fail.code(), fail.toString());
        assertTrue(fail.err().contains(ofd.getFileName().toString()) && fail.err().contains("record"), fail.err());
        assertEquals("", fail.out());
        CliRun skip = CliRun.of("depth", "--on-bad-input", "skip", ofd.toString());
        assertEquals(0, skip.code(), skip.toString());
        assertTrue(skip.err().contains("bad input skipped: CORRUPT_RECORD 1"), skip.err());

        List<Path> files = capture("ethusdt");
        CliRun mixed = CliRun.of("depth", ofd.toString(), files.get(0).toString());
        assertEquals(ExitCodes.USAGE, mixed.code(), mixed.toString());
        CliRun noUnit = CliRun.of("depth", "--bar", "10", ofd.toString());
        assertEquals(ExitCodes.USAGE, noUnit.code(), noUnit.toString());
        assertTrue(noUnit.err().contains("needs a unit"), noUnit.err());
        Path odd = tmp.resolve("capture.gz");
        Files.copy(files.get(0), odd);
        CliRun unknown = CliRun.of("depth", odd.toString());
        assertEquals(ExitCodes.USAGE, unknown.code(), unknown.toString());
        assertTrue(unknown.err().contains("--symbol"), unknown.err());
    }
}
