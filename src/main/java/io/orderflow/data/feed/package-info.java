/**
 * The Dukascopy datafeed over HTTP(S) and the local cache that mirrors it.
 *
 * <p>Main types: {@link io.orderflow.data.feed.DatafeedClient} (one file, with a
 * {@link io.orderflow.data.feed.RetryPolicy}; hands back only bodies that
 * {@link io.orderflow.data.feed.Bi5Verifier} decodes completely),
 * {@link io.orderflow.data.feed.DatafeedCache} (the datafeed's layout on disk, with markers for empty and missing files),
 * {@link io.orderflow.data.feed.CachedDatafeed} (fetch only what the cache lacks),
 * {@link io.orderflow.data.feed.CachingBi5Source} (a {@code Bi5Source} that downloads on demand) and
 * {@link io.orderflow.data.feed.DatafeedDownloader} (fill the cache for a range, several files at a
 * time, with {@link io.orderflow.data.feed.DownloadListener} progress). Failures are
 * {@link io.orderflow.data.feed.DatafeedException} (naming the URL) or
 * {@link io.orderflow.data.feed.DatafeedUnreachableException}.
 *
 * <p>Units: times in ms UTC (file periods), sizes in bytes, retry delays in ms. Threading: the client,
 * cache and downloader are thread-safe (the downloader runs its own pool of daemon threads per call;
 * listeners are called one at a time); results are immutable.
 *
 * <p>Dependencies: {@code io.orderflow.data} and {@code io.orderflow.market} only. The only network
 * access of the project; tests use a local server on 127.0.0.1.
 */
package io.orderflow.data.feed;
