package io.orderflow.backtest.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.LinkOption;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
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

/**
 * Writes a file so that it appears complete or not at all: the content goes to a hidden temporary
 * file in the target's directory ({@code .<name>.<random>.partial}), is flushed to disk, and is then
 * renamed over the target in one atomic step. If writing fails the temporary file is deleted and
 * the target is left as it was (absent, or its previous complete version). If the process dies
 * mid-write, only a {@code .partial} file can remain, never a half-written target; the next write
 * of the same target deletes it (a writer holds an OS lock on its partial file, so a partial file
 * whose lock is free is known to be left over, see {@link #removeStalePartials}). Thread-safe
 * (distinct targets; concurrent writers of one target each produce a complete version, last wins).
 */
public final class AtomicFiles {
    /** Suffix of temporary files. */
    public static final String PARTIAL_SUFFIX = ".partial";

    /** Temporary files this process is writing now (absolute paths). */
    private static final Set<Path> LIVE = Collections.synchronizedSet(new HashSet<Path>());

    /** Produces the bytes of a file. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Produces the text of a file (written as UTF-8). */
    public interface TextContent {
        void writeTo(Writer out) throws IOException;
    }

    private AtomicFiles() {
    }

    /** Writes {@code content} to {@code target} atomically. */
    public static void write(Path target, Content content) throws IOException {
        Map<Path, Content> one = new LinkedHashMap<>();
        one.put(target, content);
        writeAll(one);
    }

    /**
     * Writes several files, each atomically, in two phases: every content first goes to its own
     * temporary file next to its target (flushed to disk); only when all of them were written are
     * they renamed over their targets, in the map's order. If producing any content fails, every
     * temporary file is deleted and no target is touched. A crash during the renames (a few system
     * calls) can leave some targets new and the others as they were, never a half-written one.
     */
    public static void writeAll(Map<Path, Content> files) throws IOException {
        List<Path> targets = new ArrayList<>();
        List<Path> temps = new ArrayList<>();
        List<FileChannel> open = new ArrayList<>();
        boolean done = false;
        try {
            for (Map.Entry<Path, Content> e : files.entrySet()) {
                Path abs = e.getKey().toAbsolutePath();
                Path dir = abs.getParent();
                Files.createDirectories(dir);
                removeStalePartials(abs);
                Path tmp = newTemp(dir, abs.getFileName().toString());
                temps.add(tmp);
                targets.add(abs);
                FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                open.add(ch);
                holdLock(ch);
                try {
                    OutputStream out = new BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16);
                    e.getValue().writeTo(out);
                    out.flush();
                    ch.force(true);
                } catch (IOException x) {
                    throw NamedIOException.writing(abs, x);
                }
            }
            for (int i = 0; i < temps.size(); i++) {
                try {
                    Files.move(temps.get(i), targets.get(i), StandardCopyOption.ATOMIC_MOVE,
                            StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    throw new IOException("cannot replace " + targets.get(i) + " atomically on this file system: "
                            + e.getMessage(), e);
                }
            }
            done = true;
        } finally {
            for (FileChannel ch : open) {
                try {
                    ch.close();
                } catch (IOException ignored) {
                    // the content was forced to disk or the write failed anyway
                }
            }
            if (!done) {
                for (Path t : temps) Files.deleteIfExists(t);
            }
            LIVE.removeAll(temps);
        }
    }

    /**
     * Takes the OS lock of a partial file while it is written, so that another process can tell a
     * live partial file from one an interrupted run left ({@link #isStale}). A file system without
     * locks only loses that distinction.
     */
    private static void holdLock(FileChannel ch) {
        try {
            ch.tryLock();
        } catch (IOException | OverlappingFileLockException | UnsupportedOperationException ignored) {
            // no lock: the file is still listed in LIVE for this process
        }
    }

    /**
     * True when {@code partial} is a temporary file that nobody writes any more: not being written
     * by this process, and its OS lock free (the writing process ended). False when it cannot be
     * told.
     */
    static boolean isStale(Path partial) {
        if (LIVE.contains(partial.toAbsolutePath())) return false;
        try (FileChannel ch = FileChannel.open(partial, StandardOpenOption.WRITE)) {
            FileLock l = ch.tryLock();
            if (l == null) return false;
            l.release();
            return true;
        } catch (IOException | OverlappingFileLockException | UnsupportedOperationException e) {
            return false;
        }
    }

    /**
     * Deletes the stale temporary files ({@code .<name>.<random>.partial}, see {@link #isStale})
     * an interrupted write of {@code target} left next to it.
     *
     * @return how many were deleted
     */
    public static int removeStalePartials(Path target) throws IOException {
        Path abs = target.toAbsolutePath();
        return removeStalePartials(abs.getParent(), "." + abs.getFileName() + ".");
    }

    /** Deletes stale {@code <prefix><random>.partial} files in {@code dir}; returns how many. */
    static int removeStalePartials(Path dir, String prefix) throws IOException {
        if (dir == null || !Files.isDirectory(dir)) return 0;
        int removed = 0;
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            for (Path p : s) {
                String f = p.getFileName().toString();
                if (!f.startsWith(prefix) || !f.endsWith(PARTIAL_SUFFIX)) continue;
                if (f.indexOf('.', prefix.length()) != f.length() - PARTIAL_SUFFIX.length()) continue;
                if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && isStale(p) && Files.deleteIfExists(p)) removed++;
            }
        }
        return removed;
    }

    /** Registers a temporary file as being written by this process (see {@link #isStale}). */
    static void live(Path partial) {
        LIVE.add(partial.toAbsolutePath());
    }

    /** Unregisters a temporary file. */
    static void done(Path partial) {
        LIVE.remove(partial.toAbsolutePath());
    }

    /**
     * A new empty {@code .<name>.<random>.partial} in {@code dir}, created with the default
     * permissions (the process's umask), so the renamed target is as readable as any file the user
     * creates ({@code Files.createTempFile} would make it owner-only).
     */
    private static Path newTemp(Path dir, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path p = dir.resolve("." + name + "." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36)
                    + PARTIAL_SUFFIX);
            try {
                Path created = Files.createFile(p);
                LIVE.add(created.toAbsolutePath());
                return created;
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 100) throw e;
            }
        }
    }

    /** {@code content} as UTF-8 bytes. */
    public static Content utf8(final TextContent content) {
        return new Content() {
            @Override
            public void writeTo(OutputStream out) throws IOException {
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                content.writeTo(w);
                w.flush();
            }
        };
    }

    /** Writes UTF-8 text to {@code target} atomically. */
    public static void writeText(Path target, final TextContent content) throws IOException {
        write(target, utf8(content));
    }

    /** Writes a string as UTF-8 to {@code target} atomically. */
    public static void writeString(Path target, final String text) throws IOException {
        writeText(target, new TextContent() {
            @Override
            public void writeTo(Writer out) throws IOException {
                out.write(text);
            }
        });
    }
}
