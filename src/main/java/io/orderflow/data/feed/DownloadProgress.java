package io.orderflow.data.feed;

/**
 * A snapshot of a {@link DatafeedDownloader} run: files done out of the total, where they came
 * from, and the compressed bytes downloaded. Thread-safe (immutable).
 */
public final class DownloadProgress {
    private final int filesTotal;
    private final int filesCached;
    private final int filesDownloaded;
    private final int filesEmpty;
    private final int filesNotFound;
    private final int filesUnfinished;
    private final long bytesDownloaded;
    private final int retries;

    public DownloadProgress(int filesTotal, int filesCached, int filesDownloaded, int filesEmpty, int filesNotFound,
                            int filesUnfinished, long bytesDownloaded, int retries) {
        this.filesTotal = filesTotal;
        this.filesCached = filesCached;
        this.filesDownloaded = filesDownloaded;
        this.filesEmpty = filesEmpty;
        this.filesNotFound = filesNotFound;
        this.filesUnfinished = filesUnfinished;
        this.bytesDownloaded = bytesDownloaded;
        this.retries = retries;
    }

    /** Files in the run. */
    public int filesTotal() { return filesTotal; }

    /** Files finished so far, whatever their outcome. */
    public int filesDone() {
        return filesCached + filesDownloaded + filesEmpty + filesNotFound + filesUnfinished;
    }

    /** Files the cache already held (data, empty, or a 404 marker) — not requested again. */
    public int filesCached() { return filesCached; }

    /** Files downloaded with data and stored. */
    public int filesDownloaded() { return filesDownloaded; }

    /** Files the datafeed served empty (no data), stored as 0-byte files. */
    public int filesEmpty() { return filesEmpty; }

    /** Files the datafeed answered 404 for. */
    public int filesNotFound() { return filesNotFound; }

    /** Files of a period not yet ended: downloaded, not stored. */
    public int filesUnfinished() { return filesUnfinished; }

    /** Compressed bytes downloaded. */
    public long bytesDownloaded() { return bytesDownloaded; }

    /** Retries needed by the files finished so far. */
    public int retries() { return retries; }

    /** True when every file is done. */
    public boolean isComplete() { return filesDone() == filesTotal; }

    @Override
    public String toString() {
        return filesDone() + "/" + filesTotal + " files (" + filesCached + " cached, " + filesDownloaded
                + " downloaded, " + filesEmpty + " empty, " + filesNotFound + " not found"
                + (filesUnfinished > 0 ? ", " + filesUnfinished + " unfinished" : "") + "), " + bytesDownloaded
                + " bytes, " + retries + " retries";
    }
}
