package io.orderflow.data.feed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;

import io.orderflow.data.Bi5Source;

/**
 * A {@link Bi5Source} backed by the download cache: a file the cache holds is read from disk; a
 * missing one is fetched from the datafeed on demand (stored as {@link CachedDatafeed} describes)
 * and then read. A 404 — now or recorded earlier — reads as "no file" ({@code null}), exactly like an
 * hour missing from a directory, so {@link io.orderflow.data.DukascopyTickStream} can tell gaps
 * inside trading hours from closed hours. Offline ({@link CachedDatafeed#offline}) nothing is
 * fetched.
 *
 * <p>On-demand fetching is one request at a time; to fill a long range quickly, run
 * {@link DatafeedDownloader} over it first. Thread-safe.
 */
public final class CachingBi5Source implements Bi5Source {
    private final CachedDatafeed feed;

    public CachingBi5Source(CachedDatafeed feed) {
        this.feed = feed;
    }

    public CachedDatafeed feed() { return feed; }

    /**
     * @throws DatafeedException when the file is missing, online, and cannot be downloaded
     * @throws IOException       when {@code relativePath} is not a datafeed tick or candle file
     */
    @Override
    public InputStream open(String relativePath) throws IOException {
        DatafeedFile file;
        try {
            file = DatafeedFile.parse(relativePath);
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
        CachedDatafeed.Result r = feed.ensure(file);
        if (r.absent()) return null;
        if (!r.inCache()) return new ByteArrayInputStream(r.body());
        return Files.newInputStream(feed.cache().pathOf(file));
    }

    /**
     * A file the cache holds a 404 marker for names the marker and {@code --refetch-absent}; a file
     * missing offline says that it was not downloaded.
     */
    @Override
    public String whyMissing(String relativePath) {
        DatafeedFile file;
        try {
            file = DatafeedFile.parse(relativePath);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (feed.cache().state(file) == DatafeedCache.State.ABSENT) {
            return "the datafeed answered 'not found' (404) for it on an earlier run, remembered by the marker "
                    + feed.cache().absentMarkerOf(file) + "; if the datafeed address was wrong then, run again with "
                    + "--refetch-absent to ask again";
        }
        if (feed.isOffline()) return "it is not in the cache (--offline); run without --offline to download it";
        return null;
    }

    @Override
    public String describe(String relativePath) {
        return feed.cache().root().resolve(relativePath).toString();
    }

    @Override
    public String toString() {
        return feed.isOffline() ? "cache " + feed.cache() : feed.client().baseUrl() + " via cache " + feed.cache();
    }
}
