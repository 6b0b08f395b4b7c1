package io.orderflow.backtest.io;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import io.orderflow.data.NamedIOException;
import io.orderflow.data.TimeSource;

/**
 * A named set of result files in one folder (e.g. {@code backtest-journal.csv},
 * {@code backtest-stats.json}, ... for the name {@code backtest}) that is replaced as a whole: a
 * reader finds the previous set or the new one, never a mix.
 *
 * <p><b>Concurrent runs.</b> {@link #lock} takes an exclusive OS lock on the set's lock file
 * ({@link #lockFile}: in the temporary folder, not among the results), which the operating system
 * releases if the process dies. Commands lock a set only to commit it, which takes milliseconds, and
 * another run waits for it (up to {@value #DEFAULT_WAIT_MS} ms, then {@link BusyException}): two
 * runs into one folder with one name never interleave; each replaces the whole set and the one
 * that finishes last wins.
 *
 * <p><b>Protocol.</b> Under the lock, {@link #commit} (1) writes every new file to a hidden
 * {@code .<file>.<random>.partial} next to its target and forces it to disk; (2) writes the
 * commit record {@code .<name>.commit} (atomically) listing each target, its partial file and the
 * backup name of its old version; (3) renames every old target to its hidden backup; (4) renames
 * every partial file onto its target; (5) deletes the commit record — the commit point; (6)
 * deletes the backups. A failure in
 * steps 1-5 rolls the folder back to the old set and removes the new files. If the process dies
 * (or the roll-back itself fails) the commit record stays, and the next {@link #lock} of the set
 * rolls back first; so does {@link #recover}. Stale partial and backup files of the targets left
 * by an interrupted run are deleted by the next {@link #commit} of the set.
 *
 * <p>Every target must be absent or a regular file; a folder or other object under a target name
 * is refused before anything is written. The instance is for one thread; distinct sets may be
 * written concurrently.
 */
public final class FileSet implements Closeable {
    /** Suffix of the commit record's name: {@code .<name>.commit}. */
    public static final String COMMIT_SUFFIX = ".commit";
    /** Suffix of the lock file's name. */
    public static final String LOCK_SUFFIX = ".lock";
    /** Suffix of backups of replaced files: {@code .<file>.<random>.old}. */
    public static final String BACKUP_SUFFIX = ".old";

    /** Sets locked by this JVM (the OS lock cannot tell two threads of one process apart). */
    private static final Set<Path> LOCKED_HERE = Collections.synchronizedSet(new HashSet<Path>());

    /** Another run holds the lock of the same set. */
    public static final class BusyException extends IOException {
        private static final long serialVersionUID = 1L;

        BusyException(String message) {
            super(message);
        }
    }

    /**
     * The file operations of a commit, one call per step, so that tests can make any step fail.
     * The default implementation is the file system.
     */
    interface Ops {
        /** Creates {@code p} (must not exist) and writes {@code content} to it, forced to disk. */
        void write(Path p, AtomicFiles.Content content) throws IOException;

        /** Renames {@code from} to {@code to} atomically, replacing {@code to}. */
        void move(Path from, Path to) throws IOException;

        /** Deletes {@code p} if it exists. */
        void delete(Path p) throws IOException;
    }

    static final Ops FILE_SYSTEM = new Ops() {
        @Override
        public void write(Path p, AtomicFiles.Content content) throws IOException {
            AtomicFiles.live(p);
            try (FileChannel ch = FileChannel.open(p, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                try {
                    ch.tryLock();
                } catch (IOException | OverlappingFileLockException | UnsupportedOperationException ignored) {
                    // still known as live to this process
                }
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16);
                content.writeTo(out);
                out.flush();
                ch.force(true);
            }
        }

        @Override
        public void move(Path from, Path to) throws IOException {
            try {
                Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("cannot replace " + to + " atomically on this file system: " + e.getMessage(), e);
            }
        }

        @Override
        public void delete(Path p) throws IOException {
            Files.deleteIfExists(p);
        }
    };

    private final Path dir;
    private final String name;
    private final Path lockPath;
    private final FileChannel channel;
    private final FileLock lock;
    private final Ops ops;
    private boolean closed;

    private FileSet(Path dir, String name, Path lockPath, FileChannel channel, FileLock lock, Ops ops) {
        this.dir = dir;
        this.name = name;
        this.lockPath = lockPath;
        this.channel = channel;
        this.lock = lock;
        this.ops = ops;
    }

    /**
     * Locks the set {@code name} in {@code dir} (created if needed), waiting up to
     * {@value #DEFAULT_WAIT_MS} ms for another holder, and rolls back a commit an earlier run left
     * unfinished.
     *
     * @param name a plain file-name prefix (letters, digits, '.', '_', '-')
     * @throws BusyException when another run (this process or another) still holds the set
     */
    public static FileSet lock(Path dir, String name) throws IOException {
        return lock(dir, name, DEFAULT_WAIT_MS, FILE_SYSTEM);
    }

    /**
     * As {@link #lock(Path, String)}, waiting at most {@code waitMs} ms for another holder (0: one
     * try); the wait is on the system clock ({@link TimeSource#SYSTEM}), in the calling thread.
     *
     * @throws IllegalArgumentException when {@code waitMs} is negative
     */
    public static FileSet lock(Path dir, String name, long waitMs) throws IOException {
        return lock(dir, name, waitMs, FILE_SYSTEM);
    }

    static FileSet lock(Path dir, String name, Ops ops) throws IOException {
        return lock(dir, name, DEFAULT_WAIT_MS, ops);
    }

    static FileSet lock(Path dir, String name, long waitMs, Ops ops) throws IOException {
        return lock(dir, name, waitMs, ops, TimeSource.SYSTEM);
    }

    /**
     * As {@link #lock(Path, String, long)}, with the file operations {@code ops} and the clock and
     * sleep {@code time}: tries at once, then every {@value #POLL_MS} ms (the last pause shortened to
     * end at the deadline) until the set is free or {@code waitMs} have passed on {@code time}'s
     * monotonic clock; the last try is at or after the deadline.
     */
    static FileSet lock(Path dir, String name, long waitMs, Ops ops, TimeSource time) throws IOException {
        if (waitMs < 0) throw new IllegalArgumentException("waitMs must be >= 0, was " + waitMs);
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) throw new IllegalArgumentException("bad set name '" + name + "'");
        Path d = dir.toAbsolutePath().normalize();
        Files.createDirectories(d);
        Path lockPath = lockFile(d, name);
        long deadline = time.nanoTime() + waitMs * 1_000_000L;
        while (true) {
            FileSet set = tryLock(d, name, lockPath, ops);
            if (set != null) {
                try {
                    set.recoverLocked();
                } catch (IOException | RuntimeException | Error e) {
                    try {
                        set.close();
                    } catch (IOException suppressed) {
                        e.addSuppressed(suppressed);
                    }
                    throw e;
                }
                return set;
            }
            long leftNs = deadline - time.nanoTime();
            if (leftNs <= 0) throw busy(d, name, lockPath, waitMs);
            try {
                time.sleep(Math.min(POLL_MS, (leftNs + 999_999) / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("interrupted while waiting for " + lockPath);
            }
        }
    }

    /**
     * One attempt: the in-process claim, then the OS lock on the lock file. Null when someone else
     * holds the set.
     */
    private static FileSet tryLock(Path d, String name, Path lockPath, Ops ops) throws IOException {
        if (!LOCKED_HERE.add(lockPath)) return null;
        FileChannel ch = null;
        boolean ok = false;
        try {
            Files.createDirectories(lockPath.getParent());
            ch = FileChannel.open(lockPath, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock l;
            try {
                l = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                l = null;
            }
            if (l == null) return null;
            ok = true;
            return new FileSet(d, name, lockPath, ch, l, ops);
        } finally {
            if (!ok) {
                if (ch != null) ch.close();
                LOCKED_HERE.remove(lockPath);
            }
        }
    }

    /**
     * The lock file of the set {@code name} in {@code dir} (absolute, normalised): outside the
     * results folder, so that it leaves nothing there — {@code <java.io.tmpdir>/jforex-orderflow-
     * locks-<user>/<SHA-256 of folder and name>.lock}, an empty file that stays (deleting a lock
     * file that another process may be waiting on would let two holders in).
     */
    static Path lockFile(Path dir, String name) {
        Path d = dir.toAbsolutePath().normalize();
        String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_");
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            byte[] h = sha.digest((d + "\u0000" + name).getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (int i = 0; i < 16; i++) hex.append(String.format("%02x", h[i] & 0xff));
            return Paths.get(System.getProperty("java.io.tmpdir"), "jforex-orderflow-locks-" + user,
                    hex + LOCK_SUFFIX);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    private static BusyException busy(Path dir, String name, Path lockPath, long waitMs) {
        return new BusyException("another run is still writing the results named '" + name + "' into " + dir
                + " (it has held " + lockPath + " for more than " + waitMs / 1000.0 + " s); wait for it to finish, "
                + "or choose another --out folder or --name");
    }

    /**
     * Rolls back a commit of {@code name} in {@code dir} that an interrupted run left unfinished
     * (takes and releases the lock). Does nothing if there is none.
     */
    public static void recover(Path dir, String name) throws IOException {
        lock(dir, name).close();
    }

    /** How long {@link #lock(Path, String)} waits for another holder: commits take milliseconds. */
    public static final long DEFAULT_WAIT_MS = 60_000;
    private static final long POLL_MS = 20;

    /** The folder, absolute. */
    public Path dir() { return dir; }

    /** The commit record's path (present only while a commit is in progress or was interrupted). */
    public Path commitRecord() {
        return dir.resolve("." + name + COMMIT_SUFFIX);
    }

    /**
     * Replaces the set's files by {@code files} (file name inside the folder to content, written in
     * this order) as a whole; files of an earlier set not named here are left alone.
     *
     * @return the targets' paths, in the map's order
     * @throws IOException when a file cannot be written or renamed; the folder then holds the old
     *                     set (or, if even the roll-back failed, the commit record, and the next
     *                     {@link #lock} restores the old set)
     */
    public List<Path> commit(Map<String, AtomicFiles.Content> files) throws IOException {
        if (closed) throw new IllegalStateException("file set closed");
        List<Path> targets = new ArrayList<>();
        for (String f : files.keySet()) {
            if (f.indexOf('/') >= 0 || f.indexOf('\\') >= 0 || f.startsWith(".")) {
                throw new IllegalArgumentException("not a plain file name: " + f);
            }
            Path t = dir.resolve(f);
            if (Files.exists(t, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(t, LinkOption.NOFOLLOW_LINKS)) {
                throw new IOException("cannot write " + t + ": a " + (Files.isDirectory(t) ? "folder" : "non-file")
                        + " has that name; move it away or choose another --out folder or --name");
            }
            targets.add(t);
        }
        String id = Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
        List<Entry> entries = new ArrayList<>();
        for (Path t : targets) {
            String f = t.getFileName().toString();
            Path backup = Files.exists(t, LinkOption.NOFOLLOW_LINKS) ? dir.resolve("." + f + "." + id + BACKUP_SUFFIX)
                    : null;
            entries.add(new Entry(t, dir.resolve("." + f + "." + id + AtomicFiles.PARTIAL_SUFFIX), backup));
        }
        Path record = commitRecord();
        AtomicFiles.removeStalePartials(dir, record.getFileName() + ".");
        for (Path t : targets) removeStale(t);
        boolean recordWritten = false;
        try {
            int i = 0;
            for (AtomicFiles.Content c : files.values()) {
                Entry e = entries.get(i++);
                try {
                    ops.write(e.partial, c);
                } catch (IOException x) {
                    throw NamedIOException.writing(e.target, x);
                }
            }
            final StringBuilder text = new StringBuilder("jforex-orderflow result set commit 1\n");
            for (Entry e : entries) {
                text.append(e.target.getFileName()).append('\t').append(e.partial.getFileName()).append('\t')
                        .append(e.backup == null ? "-" : e.backup.getFileName().toString()).append('\n');
            }
            Path recordTemp = dir.resolve(record.getFileName() + "." + id + AtomicFiles.PARTIAL_SUFFIX);
            try {
                ops.write(recordTemp, AtomicFiles.utf8(w -> w.write(text.toString())));
                recordWritten = true;
                ops.move(recordTemp, record);
            } finally {
                AtomicFiles.done(recordTemp);
                ops.delete(recordTemp);
            }
            for (Entry e : entries) {
                if (e.backup != null) ops.move(e.target, e.backup);
            }
            for (Entry e : entries) ops.move(e.partial, e.target);
            ops.delete(record);
        } catch (IOException | RuntimeException | Error failure) {
            try {
                if (recordWritten) rollBack(entries);
                for (Entry e : entries) ops.delete(e.partial);
                ops.delete(record);
            } catch (IOException | RuntimeException | Error rollback) {
                failure.addSuppressed(rollback);
                throw new IOException(failure.getMessage() + "; restoring the previous results failed too ("
                        + rollback.getMessage() + "): the next run writing '" + name + "' into " + dir
                        + " restores them", failure);
            }
            throw failure;
        } finally {
            for (Entry e : entries) AtomicFiles.done(e.partial);
        }
        for (Entry e : entries) {
            if (e.backup != null) {
                try {
                    ops.delete(e.backup);
                } catch (IOException ignored) {
                    // a leftover backup is deleted as stale by the next lock of the set
                }
            }
        }
        return targets;
    }

    /** Undoes steps 3 and 4; idempotent, so it can be repeated after a failure or crash. */
    private void rollBack(List<Entry> entries) throws IOException {
        for (int i = entries.size() - 1; i >= 0; i--) {
            Entry e = entries.get(i);
            boolean newMovedIn = !Files.exists(e.partial, LinkOption.NOFOLLOW_LINKS);
            if (e.backup != null) {
                if (Files.exists(e.backup, LinkOption.NOFOLLOW_LINKS)) ops.move(e.backup, e.target);
            } else if (newMovedIn) {
                ops.delete(e.target);
            }
            ops.delete(e.partial);
        }
    }

    private void recoverLocked() throws IOException {
        Path record = commitRecord();
        if (!Files.exists(record, LinkOption.NOFOLLOW_LINKS)) return;
        List<Entry> entries = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(record, StandardCharsets.UTF_8)) {
            String header = r.readLine();
            if (header == null || !header.startsWith("jforex-orderflow result set commit ")) {
                throw new IOException(record + ": not a commit record of jforex-orderflow; remove it by hand");
            }
            int line = 1;
            for (String s; (s = r.readLine()) != null; ) {
                line++;
                String[] f = s.split("\t", -1);
                if (f.length != 3 || !plain(f[0]) || !plain(f[1]) || !(f[2].equals("-") || plain(f[2]))) {
                    throw new IOException(record + ": line " + line + " is damaged; remove the file by hand "
                            + "after checking the results named '" + name + "'");
                }
                entries.add(new Entry(dir.resolve(f[0]), dir.resolve(f[1]), f[2].equals("-") ? null : dir.resolve(f[2])));
            }
        } catch (NoSuchFileException e) {
            return;
        }
        rollBack(entries);
        ops.delete(record);
    }

    private static boolean plain(String f) {
        return !f.isEmpty() && f.indexOf('/') < 0 && f.indexOf('\\') < 0 && !f.equals(".") && !f.equals("..");
    }

    /**
     * Deletes what interrupted runs left of {@code target}: hidden {@code .<file>.<id>.partial}
     * files their writer no longer holds ({@link AtomicFiles#isStale}) and {@code .<file>.<id>.old}
     * backups (no commit record refers to them any more: any record was rolled back on lock).
     */
    private static void removeStale(Path target) throws IOException {
        AtomicFiles.removeStalePartials(target);
        String prefix = "." + target.getFileName() + ".";
        try (DirectoryStream<Path> s = Files.newDirectoryStream(target.getParent())) {
            for (Path p : s) {
                String f = p.getFileName().toString();
                if (f.startsWith(prefix) && f.endsWith(BACKUP_SUFFIX) && f.indexOf('.', prefix.length()) == f.length() - 4
                        && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** Releases the lock. */
    @Override
    public void close() throws IOException {
        if (closed) return;
        closed = true;
        try {
            lock.release();
        } finally {
            channel.close();
            LOCKED_HERE.remove(lockPath);
        }
    }

    private static final class Entry {
        final Path target;
        final Path partial;
        /** Null when the target did not exist. */
        final Path backup;

        Entry(Path target, Path partial, Path backup) {
            this.target = target;
            this.partial = partial;
            this.backup = backup;
        }
    }

}
