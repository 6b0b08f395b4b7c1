package io.orderflow.backtest.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }

    @Test
    void aFailureMidWriteLeavesThePreviousCompleteFileAndNoTemporary() throws IOException {
        Path target = dir.resolve("journal.csv");
        AtomicFiles.writeString(target, "label,net_pl\r\nA,1\r\n");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.writeText(target, out -> {
            out.write("label,net_pl\r\n");
            for (int i = 0; i < 50_000; i++) out.write("B" + i + ",2\r\n"); // beyond the buffer: bytes reach the disk
            throw new IOException("disk full (simulated)");
        }));
        // an OS error without a path ("No space left on device") is given the file's name
        assertEquals("cannot write " + target.toAbsolutePath() + ": disk full (simulated)", e.getMessage());
        assertEquals("label,net_pl\r\nA,1\r\n", Files.readString(target));
        assertEquals(List.of("journal.csv"), names());
    }

    @Test
    void aFailureOnAFirstWriteLeavesNoFileAtAll() throws IOException {
        Path target = dir.resolve("report.html");
        assertThrows(IllegalStateException.class, () -> AtomicFiles.writeText(target, out -> {
            out.write("<!DOCTYPE html><html><body>half");
            throw new IllegalStateException("chart data broken");
        }));
        assertFalse(Files.exists(target));
        assertEquals(List.of(), names());
    }

    @Test
    void aKilledProcessLeavesOnlyAHiddenPartialFileNeverTheTarget() throws Exception {
        Path target = dir.resolve("stats.json");
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                HaltMidWrite.class.getName(), target.toString()).redirectErrorStream(true).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "child finished");
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(97, p.exitValue(), output);
        assertTrue(output.contains("halting after"), output);
        assertFalse(Files.exists(target), "no half-written stats.json");
        List<String> left = names();
        assertEquals(1, left.size(), left.toString());
        assertTrue(left.get(0).startsWith(".stats.json.") && left.get(0).endsWith(AtomicFiles.PARTIAL_SUFFIX), left.get(0));
        assertTrue(Files.size(dir.resolve(left.get(0))) > 0, "the partial file holds the bytes written before the halt");
    }

    @Test
    void aSuccessfulWriteReplacesTheTarget() throws IOException {
        Path target = dir.resolve("sub/dir/x.json");
        AtomicFiles.writeString(target, "{\"a\":1}");
        AtomicFiles.writeString(target, "{\"a\":2}");
        assertEquals("{\"a\":2}", Files.readString(target));
    }

    /** Child process: writes through AtomicFiles and halts the JVM (no cleanup, as a kill would) mid-write. */
    public static final class HaltMidWrite {
        public static void main(String[] args) throws IOException {
            AtomicFiles.write(Paths.get(args[0]), out -> {
                byte[] chunk = new byte[1 << 16];
                java.util.Arrays.fill(chunk, (byte) 'x');
                for (int i = 0; i < 8; i++) out.write(chunk);
                out.flush();
                System.out.println("halting after " + 8 * chunk.length + " bytes");
                System.out.flush();
                Runtime.getRuntime().halt(97);
            });
        }
    }
}
