package io.orderflow.data;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where {@code .bi5} files come from, addressed by their datafeed-relative path
 * ({@link DukascopyLayout}). Implementations: a local directory in the datafeed layout, or the
 * download cache that fetches missing files from the datafeed.
 */
public interface Bi5Source {
    /**
     * Opens the file at {@code relativePath}.
     *
     * @return the stream, or null when the source has no such file (an hour without data)
     */
    InputStream open(String relativePath) throws IOException;

    /** Human-readable location of {@code relativePath}, used in error messages. */
    String describe(String relativePath);

    /**
     * Why {@code relativePath} is missing, for the missing-hour message (e.g. "the datafeed
     * answered 404 earlier, kept as marker ..."), or null when there is nothing to add.
     */
    default String whyMissing(String relativePath) {
        return null;
    }
}
