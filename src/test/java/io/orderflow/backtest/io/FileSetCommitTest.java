package io.orderflow.backtest.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.orderflow.testing.FakeTimeSource;

/**
 * Fault injection on the commit of a result set: every file operation of a commit (writes of the
 * partial files and of the commit record, renames, deletes) is made to fail in turn — once, from
 * that step on (the roll-back fails too), and as a crash (nothing after it runs) — and the folder
 * must then hold the old set or the new set, never a mix, and no leftover once the next run used it.
 */
@Tag("slow")
class FileSetCommitTest {
    private static final String[] FILES = {"bt-journal.csv", "bt-journal.json", "bt-stats.json", "bt-report.html"};

    @TempDir
    Path tmp;

    private enum Mode { ONCE, FROM_HERE, CRASH }

    /** Thrown where a crash happens: the process is gone, nothing after it runs. */
    private static final class Crash extends Error {
        private static final long serialVersionUID = 1L;
    }

    /** The file system, failing at operation {@code failAt} (0-based) as {@code mode} says; counts calls. */
    private static final class Faulty implements FileSet.Ops {
        final int failAt;
        final Mode mode;
        int calls;
        final List<String> log = new ArrayList<>();

        Faulty(int failAt, Mode mode) {
            this.failAt = failAt;
            this.mode = mode;
        }

        private void step(String what) throws IOException {
            int n = calls++;
            log.add(what);
            boolean fail = mode == Mode.ONCE ? n == failAt : n >= failAt;
            if (!fail) return;
            if (mode == Mode.CRASH) throw new Crash();
            throw new IOException("injected failure at step " + n + " (" + what + ")");
        }

        @Override
        public void write(Path p, AtomicFiles.Content content) throws IOException {
            step("write " + p.getFileName());
            FileSet.FILE_SYSTEM.write(p, content);
        }

        @Override
        public void move(Path from, Path to) throws IOException {
            step("move " + from.getFileName() + " -> " + to.getFileName());
            FileSet.FILE_SYSTEM.move(from, to);
        }

        @Override
        public void delete(Path p) throws IOException {
            step("delete " + p.getFileName());
            FileSet.FILE_SYSTEM.delete(p);
        }
    }

    private static Map<String, AtomicFiles.Content> set(String tag, int files) {
        Map<String, AtomicFiles.Content> m = new LinkedHashMap<>();
        for (int i = 0; i < files; i++) {
            final byte[] b = (tag + " " + FILES[i] + "\n").getBytes(StandardCharsets.UTF_8);
            m.put(FILES[i], out -> out.write(b));
        }
        return m;
    }

    /** The targets present and their content ("" for absent). */
    private static Map<String, String> read(Path dir) throws IOException {
        Map<String, String> m = new TreeMap<>();
        for (String f : FILES) {
            Path p = dir.resolve(f);
            m.put(f, Files.exists(p) ? Files.readString(p) : "");
        }
        return m;
    }

    private static Map<String, String> expected(String tag, int files) {
        Map<String, String> m = new TreeMap<>();
        for (int i = 0; i < FILES.length; i++) m.put(FILES[i], i < files ? tag + " " + FILES[i] + "\n" : "");
        return m;
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }

    private static List<String> clean(int files) {
        List<String> l = new ArrayList<>();
        for (int i = 0; i < files; i++) l.add(FILES[i]);
        l.sort(null);
        return l;
    }

    /** The number of file operations of a successful commit over an old set of {@code oldFiles}. */
    private int opsOfACommit(int oldFiles) throws IOException {
        Path dir = tmp.resolve("count-" + oldFiles);
        if (oldFiles > 0) {
            try (FileSet s = FileSet.lock(dir, "bt")) {
                s.commit(set("old", oldFiles));
            }
        }
        Faulty never = new Faulty(Integer.MAX_VALUE, Mode.ONCE);
        try (FileSet s = FileSet.lock(dir, "bt", never)) {
            s.commit(set("new", 4));
        }
        assertEquals(expected("new", 4), read(dir));
        assertEquals(clean(4), listing(dir));
        return never.calls;
    }

    @Test
    void everyStepOfTheCommitFailingOrCrashingLeavesTheOldSetOrTheNewSetNeverAMix() throws IOException {
        int cases = 0;
        int old = 0;
        int fresh = 0;
        for (int oldFiles : new int[] {4, 3, 0}) {
            int steps = opsOfACommit(oldFiles);
            // 4 partial writes, record write + rename + removal of its temporary name, backups, 4 renames,
            // record delete, backup deletes
            assertEquals(4 + 3 + oldFiles + 4 + 1 + oldFiles, steps, "operations of one commit");
            int commitPoint = 4 + 3 + oldFiles + 4; // the deletion of the commit record
            for (Mode mode : Mode.values()) {
                for (int k = 0; k < steps; k++) {
                    String what = oldFiles + " old files, " + mode + " at step " + k;
                    Path dir = tmp.resolve("case-" + oldFiles + "-" + mode + "-" + k);
                    if (oldFiles > 0) {
                        try (FileSet s = FileSet.lock(dir, "bt")) {
                            s.commit(set("old", oldFiles));
                        }
                    }
                    Faulty faulty = new Faulty(k, mode);
                    FileSet s = FileSet.lock(dir, "bt", faulty);
                    Throwable thrown = null;
                    try {
                        s.commit(set("new", 4));
                    } catch (IOException | Crash e) {
                        thrown = e;
                    } finally {
                        s.close(); // the OS releases the lock of a dead process too
                    }
                    boolean beforeCommitPoint = k <= commitPoint;
                    // a crash ends the process wherever it happens; a failed step is reported unless only the
                    // cleanup after the commit point failed
                    assertEquals(mode == Mode.CRASH || beforeCommitPoint, thrown != null,
                            what + ": failure reported " + faulty.log);
                    if (mode == Mode.ONCE) {
                        // the roll-back ran: at once the old set (or the new one after the commit point), nothing left over
                        assertEquals(beforeCommitPoint ? expected("old", oldFiles) : expected("new", 4), read(dir), what);
                        if (beforeCommitPoint) assertEquals(clean(oldFiles), listing(dir), what + " leftovers");
                    }
                    // the next run of the set recovers an interrupted commit when it locks
                    FileSet.recover(dir, "bt");
                    Map<String, String> found = read(dir);
                    boolean isOld = found.equals(expected("old", oldFiles));
                    boolean isNew = found.equals(expected("new", 4));
                    assertTrue(isOld || isNew, what + ": a mix " + found + " after " + faulty.log);
                    assertEquals(beforeCommitPoint, isOld, what + ": old set expected before the commit point");
                    if (isOld) old++;
                    else fresh++;
                    assertFalse(Files.exists(dir.resolve(".bt.commit")), what);
                    // and its commit leaves nothing of the interrupted one behind
                    try (FileSet next = FileSet.lock(dir, "bt")) {
                        next.commit(set("next", 4));
                    }
                    assertEquals(expected("next", 4), read(dir), what);
                    assertEquals(clean(4), listing(dir), what + ": stale files removed");
                    cases++;
                }
            }
        }
        System.out.println("FileSetCommitTest: " + cases + " injected faults, " + old + " ended with the old set, "
                + fresh + " with the new set, 0 mixed");
        assertEquals(3 * (20 + 18 + 12), cases);
    }

    @Test
    void aFolderUnderATargetNameIsRefusedBeforeAnythingIsReplaced() throws IOException {
        Path dir = tmp.resolve("folder");
        try (FileSet s = FileSet.lock(dir, "bt")) {
            s.commit(set("old", 2));
        }
        Files.createDirectories(dir.resolve("bt-stats.json"));
        try (FileSet s = FileSet.lock(dir, "bt")) {
            IOException e = assertThrows(IOException.class, () -> s.commit(set("new", 4)));
            assertTrue(e.getMessage().contains(dir.resolve("bt-stats.json").toString()), e.getMessage());
            assertTrue(e.getMessage().contains("folder"), e.getMessage());
        }
        assertEquals("old bt-journal.csv\n", Files.readString(dir.resolve("bt-journal.csv")));
        assertEquals("old bt-journal.json\n", Files.readString(dir.resolve("bt-journal.json")));
        assertFalse(Files.exists(dir.resolve("bt-report.html")));
        Files.delete(dir.resolve("bt-stats.json"));

        // a full disk while writing: the message names the result file (the OS error does not)
        Map<String, AtomicFiles.Content> full = set("new", 4);
        full.put("bt-stats.json", out -> {
            throw new IOException("No space left on device");
        });
        try (FileSet s = FileSet.lock(dir, "bt")) {
            IOException e = assertThrows(IOException.class, () -> s.commit(full));
            assertEquals("cannot write " + dir.resolve("bt-stats.json") + ": No space left on device", e.getMessage());
        }
        assertEquals(expected("old", 2), read(dir));
        assertEquals(List.of("bt-journal.csv", "bt-journal.json"), listing(dir));
    }

    @Test
    void aSecondWriterOfTheSameSetWaitsForTheFirstAndIsRefusedOnlyWhenItHoldsOnTooLong() throws Exception {
        Path dir = tmp.resolve("busy");
        try (FileSet first = FileSet.lock(dir, "bt")) {
            FakeTimeSource time = new FakeTimeSource(0);
            FileSet.BusyException e = assertThrows(FileSet.BusyException.class,
                    () -> FileSet.lock(dir, "bt", 300, FileSet.FILE_SYSTEM, time));
            // a try at once, then one every 20 ms: 15 pauses of 20 ms, the 16th try at the deadline
            assertEquals(polls(300), time.sleeps(), "waited 300 ms in 20 ms steps");
            assertTrue(e.getMessage().contains("another run is still writing the results named 'bt' into " + dir),
                    e.getMessage());
            assertTrue(e.getMessage().contains("--name"), e.getMessage());
            // a timeout that is not a multiple of the poll: the last pause ends at the deadline
            FakeTimeSource odd = new FakeTimeSource(0);
            assertThrows(FileSet.BusyException.class, () -> FileSet.lock(dir, "bt", 310, FileSet.FILE_SYSTEM, odd));
            List<Long> expected = new ArrayList<>(polls(300));
            expected.add(10L);
            assertEquals(expected, odd.sleeps());
            // no wait asked for: one try, no pause
            FakeTimeSource none = new FakeTimeSource(0);
            assertThrows(FileSet.BusyException.class, () -> FileSet.lock(dir, "bt", 0, FileSet.FILE_SYSTEM, none));
            assertEquals(List.of(), none.sleeps());
            FileSet.lock(dir, "other", 0).close(); // another name in the same folder is fine
            first.commit(set("first", 4));
        }
        // a waiting writer gets the set as soon as the holder is done, and replaces it whole
        FileSet holder = FileSet.lock(dir, "bt");
        CountDownLatch refused = new CountDownLatch(1);
        CountDownLatch released = new CountDownLatch(1);
        // the writer's first pause is where the test learns it was refused; it waits there until the holder is done
        FakeTimeSource time = new FakeTimeSource(0, ms -> {
            refused.countDown();
            released.await();
        });
        java.util.concurrent.FutureTask<Void> second = new java.util.concurrent.FutureTask<>(() -> {
            try (FileSet s = FileSet.lock(dir, "bt", FileSet.DEFAULT_WAIT_MS, FileSet.FILE_SYSTEM, time)) {
                s.commit(set("second", 4));
            }
            return null;
        });
        Thread writer = new Thread(second, "second writer");
        writer.start();
        assertTrue(refused.await(30, TimeUnit.SECONDS), "the second writer should be refused while the set is held"
                + " (state " + writer.getState() + ", done " + second.isDone() + ")");
        assertFalse(second.isDone(), "waits while the set is held");
        holder.commit(set("holder", 4));
        holder.close();
        released.countDown();
        second.get(30, TimeUnit.SECONDS);
        assertEquals(List.of(20L), time.sleeps(), "refused once, took the set at the next try");
        assertEquals(expected("second", 4), read(dir));
        assertEquals(clean(4), listing(dir), "no lock or other file left among the results");
    }

    /** The pauses of a lock that waits {@code ms} (a multiple of 20) in vain: {@code ms / 20} times 20 ms. */
    private static List<Long> polls(long ms) {
        List<Long> p = new ArrayList<>();
        for (long t = 0; t < ms; t += 20) p.add(20L);
        return p;
    }

    /** Holds the lock of a set from another process: the OS lock is what protects across processes. */
    @Test
    void anotherProcessHoldingTheSetMakesAWriterWaitAndItsDeathReleasesIt() throws Exception {
        Path dir = tmp.resolve("process");
        Files.createDirectories(dir);
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldSet.class.getName(), dir.toString(), "bt")
                .redirectErrorStream(true).start();
        try {
            String line = new String(p.getInputStream().readNBytes(6), StandardCharsets.UTF_8);
            assertEquals("locked", line, "the child took the lock");
            FakeTimeSource time = new FakeTimeSource(0);
            FileSet.BusyException e = assertThrows(FileSet.BusyException.class,
                    () -> FileSet.lock(dir, "bt", 500, FileSet.FILE_SYSTEM, time));
            assertTrue(e.getMessage().contains(dir.toString()), e.getMessage());
            assertEquals(polls(500), time.sleeps(), "tried for 500 ms while the other process held the set");
        } finally {
            p.destroyForcibly();
            assertTrue(p.waitFor(20, TimeUnit.SECONDS));
        }
        try (FileSet s = FileSet.lock(dir, "bt", 5_000)) {
            s.commit(set("after", 1));
        }
        assertEquals("after bt-journal.csv\n", Files.readString(dir.resolve("bt-journal.csv")));
    }

    @Test
    void aPartialFileLeftByAnInterruptedWriteIsRemovedButALiveOneIsKept() throws IOException {
        Path dir = tmp.resolve("stale");
        Files.createDirectories(dir);
        Path stale = Files.writeString(dir.resolve(".out.csv.k3j2.partial"), "half a tab");
        Path other = Files.writeString(dir.resolve(".other.csv.k3j2.partial"), "someone else's");
        AtomicFiles.writeString(dir.resolve("out.csv"), "whole\n");
        assertFalse(Files.exists(stale), "stale partial of the target removed");
        assertTrue(Files.exists(other), "partials of other targets are not touched");
        // a partial this process is writing is not stale
        Path live = Files.writeString(dir.resolve(".out.csv.zz9.partial"), "being written");
        AtomicFiles.live(live);
        try {
            AtomicFiles.writeString(dir.resolve("out.csv"), "again\n");
            assertTrue(Files.exists(live));
        } finally {
            AtomicFiles.done(live);
        }
        AtomicFiles.writeString(dir.resolve("out.csv"), "third\n");
        assertFalse(Files.exists(live));
    }
}
