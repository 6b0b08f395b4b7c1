package io.orderflow.backtest.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file so that it appears complete or not at all: the content goes to a hidden temporary
 * file in the target's directory ({@code .<name>.<random>.partial}), is flushed to disk, and is then
 * renamed over the target in one atomic step. If writing fails the temporary file is deleted and
 * the target is left as it was (absent, or its previous complete version). If the process dies
 * mid-write, only a {@code .partial} file can remain, never a half-written target. Thread-safe
 * (distinct targets; concurrent writers of one target each produce a complete version, last wins).
 */
public final class AtomicFiles {
    /** Suffix of temporary files. */
    public static final String PARTIAL_SUFFIX = ".partial";

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
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", PARTIAL_SUFFIX);
        boolean moved = false;
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16);
                content.writeTo(out);
                out.flush();
                ch.force(true);
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("cannot replace " + abs + " atomically on this file system: " + e.getMessage(), e);
            }
            moved = true;
        } finally {
            if (!moved) Files.deleteIfExists(tmp);
        }
    }

    /** Writes UTF-8 text to {@code target} atomically. */
    public static void writeText(Path target, final TextContent content) throws IOException {
        write(target, new Content() {
            @Override
            public void writeTo(OutputStream out) throws IOException {
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                content.writeTo(w);
                w.flush();
            }
        });
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
