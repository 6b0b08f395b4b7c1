package io.orderflow.data.feed;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fills the cache with a set of datafeed files, several at a time.
 *
 * <p>Files the cache already holds (data, empty, or a 404 marker) are not requested again, so an
 * interrupted or failed run is resumed by running it again: only what is missing is fetched. Stale
 * temp files left by a crash are removed from the directories involved first.
 *
 * <p>At most {@code threads} requests are in flight at any time. The first file that fails for good
 * (after its retries) stops the run: files not started are not requested, files in flight finish or
 * are abandoned, and only then is the {@link DatafeedException} thrown — so when {@link #download}
 * returns or throws, no thread of this run is still writing. Files finished before the failure stay
 * in the cache. An interrupt of the calling thread stops the run the same way.
 *
 * <p>Each call uses its own pool of {@code threads} daemon threads, shut down before the call returns.
 * Thread-safe.
 */
public final class DatafeedDownloader {
    /** Parallel requests unless configured. */
    public static final int DEFAULT_THREADS = 4;
    /** The most parallel requests accepted (be kind to a free service). */
    public static final int MAX_THREADS = 32;

    private static final AtomicInteger POOL_NUMBER = new AtomicInteger();

    private final CachedDatafeed feed;
    private final int threads;

    /**
     * @param feed    an online feed (with a client)
     * @param threads parallel requests, 1..{@value #MAX_THREADS}
     */
    public DatafeedDownloader(CachedDatafeed feed, int threads) {
        if (feed.isOffline()) throw new IllegalArgumentException("the downloader needs an online datafeed");
        if (threads < 1 || threads > MAX_THREADS) {
            throw new IllegalArgumentException("threads must be 1.." + MAX_THREADS + ", was " + threads);
        }
        this.feed = feed;
        this.threads = threads;
    }

    public int threads() { return threads; }

    /**
     * Makes every file of {@code files} available in the cache (duplicates are fetched once).
     *
     * @return the final counts
     * @throws DatafeedException       the first file that failed for good
     * @throws InterruptedIOException  when the calling thread was interrupted (the flag is set again)
     */
    public DownloadProgress download(Collection<DatafeedFile> files, DownloadListener listener) throws IOException {
        List<DatafeedFile> unique = new ArrayList<>(new LinkedHashSet<>(files));
        Counter counter = new Counter(unique.size(), listener == null ? DownloadListener.NONE : listener);

        List<DatafeedFile> toFetch = new ArrayList<>();
        for (DatafeedFile f : unique) {
            feed.cache().cleanStaleTempFilesNear(f);
            DatafeedCache.State state = feed.cache().state(f);
            if (state == DatafeedCache.State.COMPLETE
                    || (state == DatafeedCache.State.ABSENT && !feed.refetchesAbsent())) {
                counter.countCachedAtStart();
            } else {
                toFetch.add(f);
            }
        }
        counter.publishStart();
        if (toFetch.isEmpty()) return counter.snapshot();

        int poolSize = Math.min(threads, toFetch.size());
        ExecutorService pool = Executors.newFixedThreadPool(poolSize, daemonThreads());
        CompletionService<CachedDatafeed.Result> done = new ExecutorCompletionService<>(pool);
        List<Future<CachedDatafeed.Result>> futures = new ArrayList<>(toFetch.size());
        try {
            for (DatafeedFile f : toFetch) {
                futures.add(done.submit(() -> feed.ensure(f)));
            }
            for (int i = 0; i < toFetch.size(); i++) {
                Future<CachedDatafeed.Result> next;
                try {
                    next = done.take();
                } catch (InterruptedException e) {
                    stop(pool, futures);
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("download interrupted after " + counter.snapshot());
                }
                try {
                    counter.add(next.get());
                } catch (ExecutionException e) {
                    stop(pool, futures);
                    throw asIOException(e.getCause());
                } catch (InterruptedException e) {
                    // get() on a completed future does not block; keep the flag for the caller.
                    Thread.currentThread().interrupt();
                }
            }
            return counter.snapshot();
        } finally {
            pool.shutdownNow();
            awaitQuietly(pool);
        }
    }

    /** Cancels what has not started, interrupts what runs, and waits until no task runs any more. */
    private static void stop(ExecutorService pool, List<? extends Future<?>> futures) {
        for (Future<?> f : futures) f.cancel(true);
        pool.shutdownNow();
        awaitQuietly(pool);
    }

    /** Waits for the pool to end even if this thread is interrupted meanwhile (then restores the flag). */
    private static void awaitQuietly(ExecutorService pool) {
        boolean interrupted = Thread.interrupted();
        while (true) {
            try {
                if (pool.awaitTermination(1, TimeUnit.SECONDS)) break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }

    private static IOException asIOException(Throwable t) {
        if (t instanceof IOException) return (IOException) t;
        if (t instanceof RuntimeException) throw (RuntimeException) t;
        if (t instanceof Error) throw (Error) t;
        return new IOException(t);
    }

    private static ThreadFactory daemonThreads() {
        int pool = POOL_NUMBER.incrementAndGet();
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "datafeed-" + pool + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Counts of one run; updates and listener calls are serialised by its monitor. */
    private static final class Counter {
        final int total;
        final DownloadListener listener;
        int cachedAtStart;
        int downloaded;
        int empty;
        int notFound;
        int unfinished;
        long bytes;
        int retries;

        Counter(int total, DownloadListener listener) {
            this.total = total;
            this.listener = listener;
        }

        synchronized void countCachedAtStart() {
            cachedAtStart++;
        }

        synchronized void publishStart() {
            listener.onProgress(snapshot());
        }

        synchronized void add(CachedDatafeed.Result r) {
            switch (r.status()) {
                case CACHED:
                case CACHED_ABSENT:
                    cachedAtStart++;
                    break;
                case DOWNLOADED: downloaded++; break;
                case EMPTY: empty++; break;
                case NOT_FOUND: notFound++; break;
                case UNFINISHED: unfinished++; break;
                default: throw new IllegalStateException("unexpected " + r.status() + " while online");
            }
            bytes += r.bytesDownloaded();
            retries += r.retries();
            listener.onProgress(snapshot());
        }

        synchronized DownloadProgress snapshot() {
            return new DownloadProgress(total, cachedAtStart, downloaded, empty, notFound, unfinished, bytes, retries);
        }
    }
}
