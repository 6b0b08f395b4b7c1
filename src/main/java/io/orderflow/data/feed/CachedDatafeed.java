package io.orderflow.data.feed;

import java.io.IOException;
import java.util.function.LongSupplier;

/**
 * The datafeed seen through the local cache: {@link #ensure} makes a file available locally,
 * fetching it only when the cache does not already hold its answer.
 *
 * <p>What gets cached:
 * <ul>
 * <li>a verified body, or an empty one, once the file's period has ended — a file of the current
 *     hour (day, month, year) is still growing on the datafeed, so it is handed out but not kept;</li>
 * <li>a 404 as a marker ({@link DatafeedCache#ABSENT_SUFFIX}) once the period ended at least the
 *     settle time ago (default 24 h): Dukascopy answers 404 for periods without data, but also for
 *     files not yet published. Resumed downloads then do not ask again, unless
 *     {@link #withRefetchAbsent(boolean) refetchAbsent} is set;</li>
 * <li>nothing for a failure: it is thrown ({@link DatafeedException}) and asked for again next time.</li>
 * </ul>
 *
 * <p>Without a client ({@link #offline}) only the cache is consulted. Thread-safe (immutable).
 */
public final class CachedDatafeed {
    /** How long after its period a 404 is trusted to mean "no data", ms. */
    public static final long DEFAULT_ABSENT_SETTLE_MS = 24 * 60 * 60_000L;

    /** Where a file's contents came from. */
    public enum Status {
        /** The cache already held the file. */
        CACHED,
        /** The cache already held a 404 marker. */
        CACHED_ABSENT,
        /** Downloaded (non-empty) and stored. */
        DOWNLOADED,
        /** The datafeed served an empty body (no data) and it was stored as a 0-byte file. */
        EMPTY,
        /** The datafeed answered 404; a marker was stored unless the period is too recent. */
        NOT_FOUND,
        /** Downloaded (possibly empty) but not stored: the period has not ended. */
        UNFINISHED,
        /** Offline and not in the cache. */
        OFFLINE_MISSING
    }

    /** The result of {@link #ensure}. Immutable. */
    public static final class Result {
        private final Status status;
        private final FetchResult fetch;
        private final boolean inCache;

        Result(Status status, FetchResult fetch, boolean inCache) {
            this.status = status;
            this.fetch = fetch;
            this.inCache = inCache;
        }

        public Status status() { return status; }

        /** True when the file's contents are in the cache now (possibly 0 bytes). */
        public boolean inCache() { return inCache; }

        /** True when the datafeed has (or the cache recorded, or offline: holds) no such file. */
        public boolean absent() {
            return status == Status.CACHED_ABSENT || status == Status.NOT_FOUND || status == Status.OFFLINE_MISSING;
        }

        /** Compressed bytes downloaded for this call (0 when served from the cache). */
        public long bytesDownloaded() { return fetch == null ? 0 : fetch.body().length; }

        /** Retries the download needed (0 when served from the cache). */
        public int retries() { return fetch == null ? 0 : fetch.attempts() - 1; }

        /** The downloaded body (empty when served from the cache or absent); do not modify. */
        public byte[] body() { return fetch == null ? new byte[0] : fetch.body(); }

        @Override
        public String toString() {
            return status + (fetch == null ? "" : " " + fetch);
        }
    }

    private final DatafeedCache cache;
    private final DatafeedClient client;
    private final boolean refetchAbsent;
    private final long absentSettleMs;
    private final LongSupplier clock;

    private CachedDatafeed(DatafeedCache cache, DatafeedClient client, boolean refetchAbsent, long absentSettleMs,
                           LongSupplier clock) {
        this.cache = cache;
        this.client = client;
        this.refetchAbsent = refetchAbsent;
        this.absentSettleMs = absentSettleMs;
        this.clock = clock;
    }

    /** Fetches what the cache lacks through {@code client}. */
    public static CachedDatafeed online(DatafeedCache cache, DatafeedClient client) {
        return new CachedDatafeed(cache, client, false, DEFAULT_ABSENT_SETTLE_MS, System::currentTimeMillis);
    }

    /** Reads the cache only. */
    public static CachedDatafeed offline(DatafeedCache cache) {
        return new CachedDatafeed(cache, null, false, DEFAULT_ABSENT_SETTLE_MS, System::currentTimeMillis);
    }

    /** Asks the datafeed again for files cached as 404. */
    public CachedDatafeed withRefetchAbsent(boolean refetch) {
        return new CachedDatafeed(cache, client, refetch, absentSettleMs, clock);
    }

    /** How long after its period ended a 404 is stored as final, ms. */
    public CachedDatafeed withAbsentSettleMs(long ms) {
        if (ms < 0) throw new IllegalArgumentException("settle time must be >= 0");
        return new CachedDatafeed(cache, client, refetchAbsent, ms, clock);
    }

    /** The clock deciding whether a period has ended, ms UTC (for tests). */
    public CachedDatafeed withClock(LongSupplier nowMs) {
        return new CachedDatafeed(cache, client, refetchAbsent, absentSettleMs, nowMs);
    }

    public DatafeedCache cache() { return cache; }

    /** The client, or null when offline. */
    public DatafeedClient client() { return client; }

    public boolean isOffline() { return client == null; }

    /** True when files cached as 404 are asked for again. */
    public boolean refetchesAbsent() { return refetchAbsent; }

    /** Where {@code file} comes from, for messages: its URL, or the cache path when offline. */
    public String describe(DatafeedFile file) {
        return client == null ? cache.pathOf(file).toString() : client.urlOf(file.path());
    }

    /**
     * Makes {@code file} available: from the cache if it holds the answer, else from the datafeed
     * (then stored as the class comment says).
     *
     * @throws DatafeedException when the download fails after its retries
     */
    public Result ensure(DatafeedFile file) throws IOException {
        DatafeedCache.State state = cache.state(file);
        if (state == DatafeedCache.State.COMPLETE) return new Result(Status.CACHED, null, true);
        if (state == DatafeedCache.State.ABSENT && (!refetchAbsent || client == null)) {
            return new Result(Status.CACHED_ABSENT, null, false);
        }
        if (client == null) return new Result(Status.OFFLINE_MISSING, null, false);

        FetchResult fetched = client.fetch(file);
        long now = clock.getAsLong();
        boolean periodEnded = now >= file.endMs();
        switch (fetched.status()) {
            case DATA:
            case EMPTY:
                if (periodEnded) cache.store(file, fetched.body());
                Status st = !periodEnded ? Status.UNFINISHED
                        : fetched.status() == FetchResult.Status.EMPTY ? Status.EMPTY : Status.DOWNLOADED;
                return new Result(st, fetched, periodEnded);
            default:
                if (now - absentSettleMs >= file.endMs()) cache.storeAbsent(file);
                return new Result(Status.NOT_FOUND, fetched, false);
        }
    }
}
