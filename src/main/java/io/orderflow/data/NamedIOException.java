package io.orderflow.data;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Makes an I/O error name the file it is about. Many errors of the operating system reach Java
 * without the path ("Is a directory", "No space left on device"); this puts "cannot write PATH: "
 * (or read) in front of them. Stateless; thread-safe.
 */
public final class NamedIOException {
    private NamedIOException() {
    }

    /**
     * A wrapper naming {@code path} for a plain {@link IOException} (the kind the OS errors without
     * a path arrive as) whose message does not name it; {@code e} itself otherwise (subclasses such
     * as {@code FileSystemException}, {@link DataFormatException} or download errors name their
     * subject already).
     */
    public static IOException writing(Path path, IOException e) {
        return named("cannot write ", path.toString(), e);
    }

    /** As {@link #writing} for reading. */
    public static IOException reading(String path, IOException e) {
        return named("cannot read ", path, e);
    }

    private static IOException named(String verb, String path, IOException e) {
        String m = e.getMessage();
        if (e.getClass() != IOException.class || (m != null && m.contains(path))) {
            return e;
        }
        return new IOException(verb + path + ": " + (m == null ? e.getClass().getSimpleName() : m), e);
    }
}
