package io.orderflow.data.feed;

/**
 * Receives progress of a {@link DatafeedDownloader} run: once at the start (cached files already
 * counted) and after every file. Calls are serialised (never concurrent) and their counts never go
 * down, but they come from the download threads: keep them quick.
 */
@FunctionalInterface
public interface DownloadListener {
    /** Ignores progress. */
    DownloadListener NONE = p -> { };

    void onProgress(DownloadProgress progress);
}
