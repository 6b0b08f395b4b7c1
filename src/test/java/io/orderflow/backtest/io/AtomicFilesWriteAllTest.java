package io.orderflow.backtest.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several result files written as one: all new, or all as they were. */
class AtomicFilesWriteAllTest {
    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }

    private static AtomicFiles.Content text(String s) {
        return out -> out.write(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aFailureOnTheLastFileLeavesEveryEarlierTargetAsItWas() throws IOException {
        Path journal = dir.resolve("run-journal.csv");
        Path report = dir.resolve("run-report.html");
        Map<Path, AtomicFiles.Content> first = new LinkedHashMap<>();
        first.put(journal, text("old journal"));
        first.put(report, text("old report"));
        AtomicFiles.writeAll(first);

        Map<Path, AtomicFiles.Content> second = new LinkedHashMap<>();
        second.put(journal, text("new journal, complete"));
        second.put(report, out -> {
            out.write("<html>half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("rendering failed (simulated)");
        });
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.writeAll(second));
        assertEquals("cannot write " + report.toAbsolutePath() + ": rendering failed (simulated)", e.getMessage());
        assertEquals("old journal", Files.readString(journal), "the journal written first was not renamed into place");
        assertEquals("old report", Files.readString(report));
        assertEquals(List.of("run-journal.csv", "run-report.html"), names(), "no temporary file left");

        Map<Path, AtomicFiles.Content> third = new LinkedHashMap<>();
        third.put(journal, text("new journal"));
        third.put(report, text("new report"));
        AtomicFiles.writeAll(third);
        assertEquals("new journal", Files.readString(journal));
        assertEquals("new report", Files.readString(report));
        assertEquals(List.of("run-journal.csv", "run-report.html"), names());
    }

    @Test
    void resultFilesAreReadableByOthersLikeAnyFileTheUserCreates() throws IOException {
        Path plain = Files.createFile(dir.resolve("plain.txt"));
        Path written = dir.resolve("stats.json");
        AtomicFiles.writeString(written, "{}\n");
        Set<PosixFilePermission> expected = Files.getPosixFilePermissions(plain);
        assertEquals(expected, Files.getPosixFilePermissions(written), "the umask's permissions, not owner-only");
    }
}
