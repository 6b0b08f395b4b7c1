package io.orderflow.data.feed;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

import io.orderflow.data.NamedIOException;

/**
 * A local copy of datafeed files, laid out exactly like the datafeed
 * ({@code root/EURUSD/2019/01/04/00h_ticks.bi5}, months zero-based), so the folder can also be read
 * with {@link io.orderflow.data.DirectoryBi5Source}.
 *
 * <p>What a file in the cache means:
 * <ul>
 * <li>{@code 00h_ticks.bi5} present: the complete file as the datafeed served it, verified to decode;
 *     0 bytes when the datafeed answered with an empty body (no ticks that hour);</li>
 * <li>{@code 00h_ticks.bi5.absent} present (0 bytes): the datafeed answered 404 Not Found; kept so a
 *     resumed download does not ask again. Readers see no file for that hour, as on the datafeed;</li>
 * <li>{@code .00h_ticks.bi5.<random>.part}: a download in progress — or left by a crash. Never read;
 *     removed once older than the stale age.</li>
 * </ul>
 *
 * <p>Writes are atomic: the body goes to a temp file in the target's directory, is flushed to disk,
 * and only then renamed over the target with {@code ATOMIC_MOVE}. A crash leaves at most a
 * {@code .part} file, never a truncated file under the final name.
 *
 * <p>Thread-safe; several processes may share a cache (identical files replace each other atomically).
 */
public final class DatafeedCache {
    /** Suffix of the marker recording a 404 answer. */
    public static final String ABSENT_SUFFIX = ".absent";
    /** Suffix of temp files. */
    public static final String TEMP_SUFFIX = ".part";
    /** Temp files older than this are leftovers of a crash, ms (no single file takes that long). */
    public static final long DEFAULT_STALE_TEMP_AGE_MS = 60 * 60_000L;

    /** What the cache holds for one file. */
    public enum State {
        /** The complete file (possibly 0 bytes = no data). */
        COMPLETE,
        /** The datafeed answered 404 for it. */
        ABSENT,
        /** Nothing yet. */
        MISSING
    }

    private final Path root;
    private final long staleTempAgeMs;
    private final Set<Path> cleanedDirs = ConcurrentHashMap.newKeySet();

    /** A cache at {@code root} (created on first write) with the default stale-temp age. */
    public DatafeedCache(Path root) {
        this(root, DEFAULT_STALE_TEMP_AGE_MS);
    }

    /**
     * @param staleTempAgeMs temp files at least this old are deleted when their directory is first
     *                       written to or cleaned; 0 deletes every temp file found
     */
    public DatafeedCache(Path root, long staleTempAgeMs) {
        if (staleTempAgeMs < 0) throw new IllegalArgumentException("staleTempAgeMs must be >= 0");
        this.root = root.toAbsolutePath().normalize();
        this.staleTempAgeMs = staleTempAgeMs;
    }

    public Path root() { return root; }

    /** Where {@code file} lives in the cache. */
    public Path pathOf(DatafeedFile file) {
        return root.resolve(file.path());
    }

    /** Where the 404 marker of {@code file} lives. */
    public Path absentMarkerOf(DatafeedFile file) {
        Path p = pathOf(file);
        return p.resolveSibling(p.getFileName() + ABSENT_SUFFIX);
    }

    /** What the cache holds for {@code file}. */
    public State state(DatafeedFile file) {
        if (Files.isRegularFile(pathOf(file))) return State.COMPLETE;
        if (Files.isRegularFile(absentMarkerOf(file))) return State.ABSENT;
        return State.MISSING;
    }

    /**
     * Stores the complete, verified body of {@code file} atomically (an empty body is valid) and
     * removes a 404 marker left from earlier.
     */
    public void store(DatafeedFile file, byte[] body) throws IOException {
        Path target = pathOf(file);
        writeAtomically(target, body);
        Files.deleteIfExists(absentMarkerOf(file));
    }

    /** Records that the datafeed answered 404 for {@code file}. */
    public void storeAbsent(DatafeedFile file) throws IOException {
        writeAtomically(absentMarkerOf(file), new byte[0]);
    }

    private void writeAtomically(Path target, byte[] body) throws IOException {
        Path dir = target.getParent();
        Files.createDirectories(dir);
        if (cleanedDirs.add(dir)) cleanStaleTempFiles(dir);
        Path tmp = dir.resolve("." + target.getFileName() + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + TEMP_SUFFIX);
        boolean moved = false;
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer b = ByteBuffer.wrap(body);
                while (b.hasRemaining()) ch.write(b);
                ch.force(true);
            } catch (IOException e) {
                throw NamedIOException.writing(target, e);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("the file system of " + dir + " cannot rename atomically; choose another cache"
                        + " directory", e);
            }
            moved = true;
        } finally {
            if (!moved) Files.deleteIfExists(tmp);
        }
    }

    /**
     * Deletes temp files in {@code dir} at least the stale age old (leftovers of a crashed or killed
     * run). Missing directories are fine.
     *
     * @return the number of files deleted
     */
    public int cleanStaleTempFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return 0;
        long cutoff = System.currentTimeMillis() - staleTempAgeMs;
        int deleted = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, DatafeedCache::isTempFile)) {
            for (Path p : entries) {
                try {
                    if (staleTempAgeMs == 0 || Files.getLastModifiedTime(p).toMillis() <= cutoff) {
                        if (Files.deleteIfExists(p)) deleted++;
                    }
                } catch (NoSuchFileException gone) {
                    // Another process finished or removed it.
                }
            }
        }
        return deleted;
    }

    /**
     * Deletes stale temp files in the directory of {@code file}, once per directory for this cache
     * object (later calls for the same directory do nothing).
     *
     * @return the number of files deleted
     */
    public int cleanStaleTempFilesNear(DatafeedFile file) throws IOException {
        Path dir = pathOf(file).getParent();
        return cleanedDirs.add(dir) ? cleanStaleTempFiles(dir) : 0;
    }

    /** True for a temp file name written by this class. */
    public static boolean isTempFile(Path p) {
        String n = p.getFileName().toString();
        return n.startsWith(".") && n.endsWith(TEMP_SUFFIX);
    }

    @Override
    public String toString() {
        return root.toString();
    }
}
