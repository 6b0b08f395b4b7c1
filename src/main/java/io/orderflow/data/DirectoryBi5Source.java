package io.orderflow.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads {@code .bi5} files from a local directory laid out like the datafeed. Thread-safe. */
public final class DirectoryBi5Source implements Bi5Source {
    private final Path root;

    public DirectoryBi5Source(Path root) {
        this.root = root;
    }

    public Path root() { return root; }

    @Override
    public InputStream open(String relativePath) throws IOException {
        try {
            return Files.newInputStream(root.resolve(relativePath));
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    @Override
    public String describe(String relativePath) {
        return root.resolve(relativePath).toString();
    }

    @Override
    public String toString() {
        return root.toString();
    }
}
