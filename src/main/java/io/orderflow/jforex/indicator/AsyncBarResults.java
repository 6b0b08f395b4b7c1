package io.orderflow.jforex.indicator;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;

import io.orderflow.market.TickColumns;
import io.orderflow.market.Tick;

/**
 * Per-bar results of one indicator on one chart (one instrument and period), computed from the
 * bars' ticks and cached by bar start time.
 *
 * <p>{@link #lookup} is what the indicator's {@code calculate} calls on the chart's thread. The
 * platform calls {@code calculate} when a tick or a new candle arrives or the chart's window moves,
 * never because background work finished (jforex-api.md §9), so every call does two things:
 * <ul>
 * <li><b>The live tail, synchronously.</b> From the newest (forming) bar on, the ticks are kept in
 * memory: on the first call they are loaded from the bar's warm-up start (newest bars first, at most
 * {@link #TAIL_LOAD_SPAN_MS} of tick time and {@link #TAIL_LOAD_WALL_MS} of wall time per call, the
 * budget pattern of Dukascopy's {@code TicksVWAP}); after that each call loads only the ticks that
 * are new since the previous call. Every bar that closes gets its final value from all its ticks
 * at the first call after its close; the forming bar is recomputed from the ticks in memory at most
 * every {@code refreshMs} (wall clock) and whenever a bar closes. The ticks kept are the forming
 * bar's plus the warm-up before the last closed bar (the anchor).</li>
 * <li><b>Older bars, in the background.</b> Closed bars of the chart's arrays within the history
 * limit that have no final value are computed by one job at a time on the platform's executor
 * ({@code IIndicatorContext.calculateAsynchronously}), oldest first so that each chunk continues
 * the cumulative state of the one before, in chunks of at most {@link #CHUNK_SPAN_MS} of bars and
 * {@link #CHUNK_BARS} bars, with progress reported after each chunk. Their values show at the next
 * {@code calculate}. A failing history (an exception) is retried after a back-off that doubles
 * from {@link #FIRST_BACKOFF_MS} to {@link #MAX_BACKOFF_MS}, not at every call.</li>
 * </ul>
 * Before the platform has any tick ({@code lastTickTime() < 0}) nothing is loaded and nothing is
 * cached. A bar is final once a tick at or after its end exists. {@link #setSynchronous} (no chart
 * panel: {@code IIndicators.calculateIndicator}) lifts the per-call budget and runs the chunks
 * inline until all are done. {@link #cancel} (the indicator was removed) stops all work for good.
 *
 * <p>Memory: the cache holds at most {@link #MAX_CACHED_BARS} bars (the oldest go first); a
 * background chunk holds the ticks of at most {@link #CHUNK_SPAN_MS} of bars plus its warm-up
 * (which for a cumulative value restarting at a session may reach back to the session start); the
 * tail holds one bar and its warm-up — whatever "days to load" says.
 *
 * <p>Thread-safety: {@link #lookup} on one thread (the chart's), one job at a time on the
 * platform's background thread; they share only the concurrent cache and volatile fields.
 */
public final class AsyncBarResults<R> {
    /** Runs a job in the background ({@code IIndicatorContext.calculateAsynchronously}). */
    public interface Executor {
        Future<?> submit(Callable<Void> job);
    }

    /** Receives the progress of the background loading, percent ({@code IIndicatorContext.updateCalculationProgress}). */
    public interface Progress {
        void percent(int percent);
    }

    /** Wall clock for the refresh throttle, the load budget and the back-off (tests replace it), ms. */
    public interface Clock {
        long millis();
    }

    /** The system's wall clock ({@code System.currentTimeMillis()}, ms UTC); stateless, any thread. */
    public static final Clock SYSTEM_CLOCK = new Clock() {
        @Override
        public long millis() {
            return System.currentTimeMillis();
        }
    };

    /** Longest history request, ms (the {@link TickHistory} contract). */
    static final long HOUR = 3_600_000L;
    /** Most tick time the tail loads in one call while it catches up, ms. */
    public static final long TAIL_LOAD_SPAN_MS = 6 * HOUR;
    /** Most wall time the tail spends loading in one call while it catches up, ms. */
    public static final long TAIL_LOAD_WALL_MS = 50;
    /** A tail that has fallen this far behind the newest bar (chart left alone) is restarted, ms. */
    public static final long TAIL_RESTART_MS = 6 * HOUR;
    /** Most bar time one background chunk covers, ms. */
    public static final long CHUNK_SPAN_MS = 6 * HOUR;
    /** Most bars one background chunk covers. */
    public static final int CHUNK_BARS = 2_000;
    /** Most bars cached. */
    public static final int MAX_CACHED_BARS = 20_000;
    /** First wait after a failure, ms; doubles per failure. */
    public static final long FIRST_BACKOFF_MS = 1_000;
    /** Longest wait after failures, ms. */
    public static final long MAX_BACKOFF_MS = 60_000;
    private static final int LOOK_BACK_STEPS = 16;
    private static final long LOOK_BACK_STEP = 6 * HOUR;

    private static final class Entry {
        final Object value;
        final long endMs;
        /** The value depends on where loading started (a cumulative value not tied to an origin yet). */
        final boolean relative;

        Entry(Object value, long endMs, boolean relative) {
            this.value = value;
            this.endMs = endMs;
            this.relative = relative;
        }
    }

    private final BarComputation<R> computation;
    private final TickHistory history;
    private final Executor executor;
    private final Progress progress;
    private final Clock clock;
    private final long maxHistoryMs;
    private final long refreshMs;
    private final Map<Long, Entry> cache = new ConcurrentHashMap<>();
    private volatile boolean synchronous;
    private volatile boolean stopped;

    // background chunks
    private volatile Future<?> job;
    private volatile long retryAt = Long.MIN_VALUE;
    private volatile int failures;
    private volatile String lastError;
    private volatile long jobsRun;
    private volatile long ticksLoaded;
    private volatile int maxChunkTicks;

    // the live tail (chart thread only)
    private long newestSeen = Long.MIN_VALUE;
    private long tailFirst = Long.MIN_VALUE;
    private long tailAnchor = Long.MIN_VALUE;
    private long loadedTo;
    private TickColumns tail = new TickColumns();
    private TickColumns spare = new TickColumns();
    private final TickColumns scratch = new TickColumns();
    private final Tick tick = new Tick(Tick.DEFAULT_DEPTH_CAPACITY);
    private long provisionalStart = Long.MIN_VALUE;
    private long provisionalEnd;
    private Object provisionalValue;
    private boolean provisionalRelative;
    private long provisionalAt = Long.MIN_VALUE;
    private int provisionalTicks = -1;
    private long tailRequests;
    private long tailComputes;
    private int maxTailTicks;

    /**
     * @param clock        the wall clock ({@link #SYSTEM_CLOCK} on the platform)
     * @param maxHistoryMs bars starting this long before the newest bar seen are not computed
     * @param refreshMs    the forming bar is recomputed at most this often (wall clock), ms
     */
    public AsyncBarResults(BarComputation<R> computation, TickHistory history, Executor executor, Progress progress,
                           Clock clock, long maxHistoryMs, long refreshMs) {
        this.computation = computation;
        this.history = history;
        this.executor = executor;
        this.progress = progress;
        this.clock = clock;
        this.maxHistoryMs = maxHistoryMs;
        this.refreshMs = refreshMs;
    }


    /**
     * True when there is no chart ({@code IIndicatorContext.getIndicatorChartPanel() == null}): then
     * {@link #lookup} does all the work before it returns (the executor is expected to run jobs inline).
     */
    public void setSynchronous(boolean synchronous) {
        this.synchronous = synchronous;
    }

    /**
     * The results of bars {@code [starts[i], ends[i])}, {@code i < n} (ascending), into
     * {@code into[i]}: final values, the forming bar's latest value, or null (not loaded yet, beyond
     * the history limit, or no tick yet). Loads the live tail and schedules one background chunk.
     *
     * @return the number of bars within the history limit that have no value
     */
    public int lookup(long[] starts, long[] ends, int n, Object[] into) {
        for (int i = 0; i < n; i++) into[i] = null;
        if (n <= 0 || stopped) return n;
        long last;
        try {
            last = history.lastTickTime();
        } catch (Exception e) {
            lastError = e.toString();
            return n;
        }
        if (last < 0) return n; // no tick yet: nothing to load, nothing to cache
        newestSeen = Math.max(newestSeen, starts[n - 1]);
        long horizon = newestSeen - maxHistoryMs;
        if (clock.millis() >= retryAt) {
            try {
                tail(starts, ends, n, last);
            } catch (Exception e) {
                failed(e);
            }
        }
        background(starts, ends, n, last, horizon);
        int absent = 0;
        for (int i = 0; i < n; i++) {
            if (starts[i] < horizon) continue;
            Entry e = cache.get(starts[i]);
            if (e != null && e.endMs == ends[i]) into[i] = e.value;
            else if (starts[i] == provisionalStart && ends[i] == provisionalEnd) into[i] = provisionalValue;
            if (into[i] == null) absent++;
        }
        if (cache.size() > MAX_CACHED_BARS) evict(horizon, starts[0]);
        return absent;
    }

    // ------------------------------------------------------------------ the live tail

    private void tail(long[] starts, long[] ends, int n, long last) throws Exception {
        if (ends[n - 1] <= last) return; // the newest bar in the arrays is closed: scrolled back or no live bar
        long newest = starts[n - 1];
        if (tailFirst == Long.MIN_VALUE || newest < tailFirst || newest - tailFirst > TAIL_RESTART_MS
                || last - loadedTo > TAIL_RESTART_MS + 2 * TAIL_LOAD_SPAN_MS) {
            startTail(starts, ends, n);
        }
        boolean budget = !synchronous;
        long wallStart = clock.millis();
        long budgetTo = budget ? loadedTo + TAIL_LOAD_SPAN_MS : Long.MAX_VALUE;
        while (loadedTo < last && !stopped) {
            loadNew(Math.min(last, Math.min(budgetTo, loadedTo + HOUR)));
            if (budget && (loadedTo >= budgetTo || clock.millis() - wallStart >= TAIL_LOAD_WALL_MS)) break;
        }
        if (loadedTo < last) return; // still catching up: the next call goes on
        if (tail.size() > maxTailTicks) maxTailTicks = tail.size();
        int first = indexOf(starts, n, tailFirst);
        if (first < 0) return;
        int closed = first;
        while (closed < n && ends[closed] <= last) closed++;
        boolean newClosed = false;
        for (int i = first; i < closed; i++) {
            Entry e = cache.get(starts[i]);
            if (e == null || e.endMs != ends[i]) {
                newClosed = true;
                break;
            }
        }
        boolean refresh = closed < n && tail.size() != provisionalTicks
                && (provisionalStart != starts[closed] || clock.millis() - provisionalAt >= refreshMs);
        // the forming bar's value depended on where loading started and its anchor is known now
        boolean rebase = closed < n && provisionalRelative && provisionalStart == starts[closed]
                && closed > 0 && starts[closed - 1] == tailAnchor && resolved(starts, ends, closed - 1);
        refresh |= rebase;
        if (!newClosed && !refresh) return;
        computeTail(starts, ends, n, first, closed);
    }

    private void startTail(long[] starts, long[] ends, int n) throws Exception {
        tailFirst = Long.MIN_VALUE; // not started until the look-back below succeeded
        long first = starts[n - 1];
        // the bar before is the anchor once it has a value (now, or later from the background), so
        // the ticks kept reach back to its warm-up as well as to the forming bar's own
        long anchor = n >= 2 ? starts[n - 2] : Long.MIN_VALUE;
        long from = computation.warmUpStart(first, false);
        if (anchor != Long.MIN_VALUE) from = Math.min(from, computation.warmUpStart(anchor, true));
        tail.clear();
        provisionalStart = Long.MIN_VALUE;
        provisionalValue = null;
        provisionalTicks = -1;
        // the last tick before the warm-up, so that state such as the previous quote is right after a gap
        addLastTickBefore(from, tail);
        loadedTo = from - 1;
        tailAnchor = anchor;
        tailFirst = first;
    }

    /** Loads the ticks in {@code (loadedTo, to]} into the tail, one hour per request. */
    private void loadNew(long to) throws Exception {
        // ticks at exactly loadedTo may have arrived after the previous load: reload that millisecond
        int atEdge = 0;
        for (int i = tail.size() - 1; i >= 0 && tail.timeMs(i) == loadedTo; i--) atEdge++;
        long from = atEdge > 0 ? loadedTo : loadedTo + 1;
        for (long a = from; a <= to; a += HOUR) {
            long b = Math.min(to, a + HOUR - 1);
            scratch.clear();
            history.ticks(a, b, scratch);
            tailRequests++;
            int k = 0;
            if (a == from && atEdge > 0) {
                while (k < scratch.size() && k < atEdge && scratch.timeMs(k) == loadedTo) k++;
            }
            for (; k < scratch.size(); k++) tail.add(scratch.load(k, tick));
            ticksLoaded += scratch.size();
        }
        loadedTo = to;
    }

    private void computeTail(long[] starts, long[] ends, int n, int first, int closed) {
        Entry anchorEntry = tailAnchor == Long.MIN_VALUE ? null : cache.get(tailAnchor);
        boolean anchored = anchorEntry != null && first > 0 && starts[first - 1] == tailAnchor
                && anchorEntry.endMs == ends[first - 1];
        int from = anchored ? first - 1 : first;
        int m = n - from;
        long[] s = new long[m];
        long[] e = new long[m];
        System.arraycopy(starts, from, s, 0, m);
        System.arraycopy(ends, from, e, 0, m);
        Object[] results = new Object[m];
        @SuppressWarnings("unchecked")
        R anchor = anchored ? (R) anchorEntry.value : null;
        computation.compute(tail, s, e, m, anchor, results);
        tailComputes++;
        boolean relativeBefore = anchored ? anchorEntry.relative : true;
        for (int i = first; i < n; i++) {
            @SuppressWarnings("unchecked")
            R v = (R) results[i - from];
            boolean relative = relativeBefore && computation.dependsOnStart(v);
            if (i < closed) {
                cache.put(starts[i], new Entry(v, ends[i], relative));
            } else if (i == closed) {
                provisionalStart = starts[i];
                provisionalEnd = ends[i];
                provisionalValue = v;
                provisionalRelative = relative;
                provisionalAt = clock.millis();
                provisionalTicks = tail.size();
            }
            relativeBefore = relative;
        }
        if (closed > first && closed < n) {
            // move the tail on: the last closed bar is the new anchor, the forming bar the first
            tailAnchor = starts[closed - 1];
            tailFirst = starts[closed];
            trim(computation.warmUpStart(tailAnchor, true));
            provisionalTicks = tail.size();
        }
    }

    /** Drops the tail's ticks before {@code cut}, keeping the last one before it. */
    private void trim(long cut) {
        int k = 0;
        while (k < tail.size() && tail.timeMs(k) < cut) k++;
        k = Math.max(0, k - 1);
        if (k == 0) return;
        spare.clear();
        for (int i = k; i < tail.size(); i++) spare.add(tail.load(i, tick));
        TickColumns t = tail;
        tail = spare;
        spare = t;
        spare.clear();
    }

    private static int indexOf(long[] starts, int n, long time) {
        for (int i = n - 1; i >= 0; i--) {
            if (starts[i] == time) return i;
            if (starts[i] < time) return -1;
        }
        return -1;
    }

    // ------------------------------------------------------------------ background chunks

    private void background(long[] starts, long[] ends, int n, long last, long horizon) {
        while (!stopped) {
            Future<?> running = job;
            if (running != null && !running.isDone()) return;
            if (clock.millis() < retryAt) return;
            long limit = tailFirst == Long.MIN_VALUE ? Long.MAX_VALUE : tailFirst;
            int total = 0;
            int first = -1;
            for (int i = 0; i < n; i++) {
                if (starts[i] < horizon || ends[i] > last) continue;
                total++;
                if (first < 0 && wanted(starts[i], ends[i], limit)
                        && (starts[i] < limit || resolved(starts, ends, i - 1))) first = i;
            }
            if (first < 0) {
                if (progress != null && total > 0 && running != null) progress.percent(100);
                return;
            }
            int end = first + 1; // exclusive
            while (end < n && ends[end] <= last && end - first < CHUNK_BARS && ends[end] - starts[first] <= CHUNK_SPAN_MS
                    && wanted(starts[end], ends[end], limit)) {
                end++;
            }
            int remaining = 0;
            for (int i = end; i < n; i++) {
                if (starts[i] >= horizon && ends[i] <= last && wanted(starts[i], ends[i], limit)) remaining++;
            }
            final int percent = total == 0 ? 100 : (int) (100L * (total - remaining) / total);
            Entry a = first > 0 ? cache.get(starts[first - 1]) : null;
            boolean anchored = a != null && a.endMs == ends[first - 1] && starts[first - 1] >= horizon;
            boolean origin = first == 0 || starts[first - 1] < horizon;
            int from = anchored ? first - 1 : first;
            final long[] s = new long[end - from];
            final long[] e = new long[end - from];
            System.arraycopy(starts, from, s, 0, s.length);
            System.arraycopy(ends, from, e, 0, e.length);
            final Object anchor = anchored ? a.value : null;
            final boolean relativeStart = anchored ? a.relative : !origin;
            final long lastTick = last;
            job = executor.submit(new Callable<Void>() {
                @Override
                public Void call() throws Exception {
                    chunk(s, e, anchor, relativeStart, lastTick, percent);
                    return null;
                }
            });
            if (!synchronous || !job.isDone()) return;
            if (lastError != null && failures > 0) return;
        }
    }

    /**
     * A closed bar the background should compute: one with no final value before the tail's first
     * bar, or one anywhere whose value is still relative (the chain from the origin reaches it).
     */
    private boolean wanted(long start, long end, long tailLimit) {
        Entry e = cache.get(start);
        if (start < tailLimit) return e == null || e.endMs != end || e.relative;
        return e != null && e.endMs == end && e.relative;
    }

    /** True when bar {@code i} has a final value that no longer depends on where loading started. */
    private boolean resolved(long[] starts, long[] ends, int i) {
        if (i < 0) return false;
        Entry e = cache.get(starts[i]);
        return e != null && e.endMs == ends[i] && !e.relative;
    }

    private void chunk(long[] s, long[] e, Object anchorValue, boolean relativeStart, long lastTick, int percent)
            throws Exception {
        try {
            int n = s.length;
            boolean anchored = anchorValue != null;
            long from = computation.warmUpStart(s[0], anchored);
            TickColumns ticks = new TickColumns();
            boolean prior = load(from, s[0] - 1, ticks);
            if (stopped) return;
            if (!prior) addLastTickBefore(from, ticks);
            load(Math.max(from, s[0]), Math.min(e[n - 1] - 1, lastTick), ticks);
            if (stopped) return;
            ticksLoaded += ticks.size();
            if (ticks.size() > maxChunkTicks) maxChunkTicks = ticks.size();
            Object[] results = new Object[n];
            @SuppressWarnings("unchecked")
            R anchor = (R) anchorValue;
            computation.compute(ticks, s, e, n, anchor, results);
            boolean relative = relativeStart;
            for (int i = anchored ? 1 : 0; i < n; i++) {
                @SuppressWarnings("unchecked")
                R v = (R) results[i];
                relative = relative && computation.dependsOnStart(v);
                cache.put(s[i], new Entry(v, e[i], relative));
            }
            failures = 0;
            lastError = null;
            if (progress != null) progress.percent(percent);
        } catch (Exception ex) {
            failed(ex);
            throw ex;
        } finally {
            jobsRun++;
        }
    }

    private void failed(Exception e) {
        lastError = e.toString();
        int f = failures + 1;
        failures = f;
        long wait = Math.min(MAX_BACKOFF_MS, FIRST_BACKOFF_MS << Math.min(20, f - 1));
        retryAt = clock.millis() + wait;
    }

    /** Loads {@code [from, to]} hour by hour; returns whether any tick was loaded. */
    private boolean load(long from, long to, TickColumns into) throws Exception {
        int before = into.size();
        for (long a = from; a <= to && !stopped; a += HOUR) {
            long b = Math.min(to, a + HOUR - 1);
            history.ticks(a, b, into);
        }
        return into.size() > before;
    }

    /** Finds the last tick before {@code time} within four days and appends it. */
    private void addLastTickBefore(long time, TickColumns into) throws Exception {
        TickColumns probe = new TickColumns();
        for (int step = 1; step <= LOOK_BACK_STEPS && !stopped; step++) {
            long to = time - 1 - (step - 1) * LOOK_BACK_STEP;
            long from = to - LOOK_BACK_STEP + 1;
            probe.clear();
            // newest hour first: usually the tick is close
            for (long b = to; b >= from && probe.size() == 0; b -= HOUR) {
                history.ticks(Math.max(from, b - HOUR + 1), b, probe);
            }
            if (probe.size() > 0) {
                into.add(probe.load(probe.size() - 1, new Tick(probe.depthCapacity())));
                return;
            }
        }
    }

    private void evict(long horizon, long windowStart) {
        for (Iterator<Long> it = cache.keySet().iterator(); it.hasNext(); ) {
            long k = it.next();
            if (k < horizon) it.remove();
        }
        if (cache.size() <= MAX_CACHED_BARS) return;
        // still too many: drop those before the current window, oldest first
        long[] keys = new long[cache.size()];
        int m = 0;
        for (Long k : cache.keySet()) if (m < keys.length) keys[m++] = k;
        java.util.Arrays.sort(keys, 0, m);
        for (int i = 0; i < m && cache.size() > MAX_CACHED_BARS; i++) {
            if (keys[i] < windowStart) cache.remove(keys[i]);
        }
    }

    // ------------------------------------------------------------------ reading

    /** The cached final result of the bar starting at {@code startMs}, else the forming bar's, or null. */
    @SuppressWarnings("unchecked")
    public R get(long startMs) {
        Entry e = cache.get(startMs);
        if (e != null) return (R) e.value;
        return startMs == provisionalStart ? (R) provisionalValue : null;
    }

    /** True when the bar {@code [startMs, endMs)} has its final value (closed and computed). */
    public boolean isFinal(long startMs, long endMs) {
        Entry e = cache.get(startMs);
        return e != null && e.endMs == endMs;
    }

    /** True when the bar's cached value still depends on where loading started. */
    public boolean isRelative(long startMs) {
        Entry e = cache.get(startMs);
        return e != null ? e.relative : startMs == provisionalStart && provisionalRelative;
    }

    /** True while a background job runs. */
    public boolean busy() {
        Future<?> f = job;
        return f != null && !f.isDone();
    }

    /** The last failure (e.g. history unavailable), or null after a success. */
    public String lastError() { return lastError; }

    /** Consecutive failures so far. */
    public int failures() { return failures; }

    /** Background jobs finished so far. */
    public long jobsRun() { return jobsRun; }

    /** Ticks loaded so far (tail and background). */
    public long ticksLoaded() { return ticksLoaded; }

    /** History requests the tail made on the chart's thread. */
    public long tailRequests() { return tailRequests; }

    /** Times the tail recomputed its bars. */
    public long tailComputes() { return tailComputes; }

    /** Most ticks the tail held at once. */
    public int maxTailTicks() { return maxTailTicks; }

    /** Most ticks one background chunk held. */
    public int maxChunkTicks() { return maxChunkTicks; }

    /** Bars cached. */
    public int cachedBars() { return cache.size(); }

    /** True after {@link #cancel}. */
    public boolean stopped() { return stopped; }

    /** Stops all work for good: the running job is interrupted, nothing new is scheduled or loaded. */
    public void cancel() {
        stopped = true;
        Future<?> f = job;
        if (f != null) f.cancel(true);
    }
}
