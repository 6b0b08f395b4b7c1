package io.orderflow.jforex.indicator;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;

import io.orderflow.book.TickColumns;

/**
 * Per-bar results of one indicator, computed in the background and cached by bar start time.
 *
 * <p>{@link #lookup} is what the indicator's {@code calculate} calls on the chart's thread: it
 * returns at once with the results it has and schedules the missing ones on the platform's
 * background executor ({@code IIndicatorContext.calculateAsynchronously}) — the chart never waits
 * for ticks. A background job loads the ticks of each run of missing bars (plus the warm-up the
 * computation asks for) from {@link TickHistory}, one hour per request, computes the run with the
 * {@link BarComputation} and stores the results; the next {@code calculate} shows them. Only one job
 * runs at a time. The newest bar, still being formed, is stored as provisional and recomputed at
 * most every {@code refreshMs} (wall clock) while the chart asks for it; a run that continues
 * cached bars starts from the last one (the anchor) so that cumulative values are not rebuilt
 * from the session start every time.
 *
 * <p>Bars that start more than {@code maxHistoryMs} before the newest bar on the chart are not
 * computed (their result stays null). When a run has no tick before its first bar within the
 * warm-up, the history is searched back up to four days for the last one, so that state such as the
 * previous quote is right after weekends too.
 *
 * <p>Thread-safe: lookups on the chart's thread, one job on the platform's background thread.
 */
public final class AsyncBarResults<R> {
    /** Runs a job in the background ({@code IIndicatorContext.calculateAsynchronously}). */
    public interface Executor {
        Future<?> submit(Callable<Void> job);
    }

    /** Receives the progress of a job, percent ({@code IIndicatorContext.updateCalculationProgress}). */
    public interface Progress {
        void percent(int percent);
    }

    /** Wall clock for the refresh throttle (tests replace it). */
    public interface Clock {
        long millis();
    }

    private static final long HOUR = 3_600_000L;
    private static final int LOOK_BACK_STEPS = 16;
    private static final long LOOK_BACK_STEP = 6 * HOUR;

    private static final class Entry {
        final Object value;
        final long endMs;
        final boolean provisional;

        Entry(Object value, long endMs, boolean provisional) {
            this.value = value;
            this.endMs = endMs;
            this.provisional = provisional;
        }
    }

    /** One run of consecutive bars to compute, with an optional anchor bar before it. */
    private static final class Run {
        final long[] starts;
        final long[] ends;
        final Object anchor;

        Run(long[] starts, long[] ends, Object anchor) {
            this.starts = starts;
            this.ends = ends;
            this.anchor = anchor;
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
    private volatile Future<?> job;
    private volatile long lastRefresh = Long.MIN_VALUE;
    private volatile String lastError;
    private volatile long jobsRun;
    private volatile long ticksLoaded;

    /**
     * @param maxHistoryMs bars starting this long before the newest bar are not computed
     * @param refreshMs    the newest (unfinished) bar is recomputed at most this often, ms
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

    /** With the system clock. */
    public AsyncBarResults(BarComputation<R> computation, TickHistory history, Executor executor, Progress progress,
                           long maxHistoryMs, long refreshMs) {
        this(computation, history, executor, progress, new Clock() {
            @Override
            public long millis() {
                return System.currentTimeMillis();
            }
        }, maxHistoryMs, refreshMs);
    }

    /**
     * The cached results of bars {@code [starts[i], ends[i])}, {@code i < n} (ascending), into
     * {@code into[i]} (null when not computed yet or beyond the history limit). Missing bars, and a
     * provisional newest bar due for a refresh, are scheduled. Never blocks.
     *
     * @return the number of bars within the history limit that have no result yet
     */
    @SuppressWarnings("unchecked")
    public int lookup(long[] starts, long[] ends, int n, Object[] into) {
        if (n <= 0) return 0;
        long horizon = starts[n - 1] - maxHistoryMs;
        List<Integer> missing = new ArrayList<>();
        int provisional = -1;
        for (int i = 0; i < n; i++) {
            into[i] = null;
            if (starts[i] < horizon) continue;
            Entry e = cache.get(starts[i]);
            if (e != null && e.endMs == ends[i]) {
                into[i] = e.value;
                if (e.provisional) provisional = i;
            } else {
                missing.add(i);
            }
        }
        int absent = missing.size();
        Future<?> running = job;
        boolean idle = running == null || running.isDone();
        long now = clock.millis();
        boolean refresh = provisional >= 0 && now - lastRefresh >= refreshMs;
        if (idle && (!missing.isEmpty() || refresh)) {
            if (refresh && !missing.contains(provisional)) missing.add(provisional);
            java.util.Collections.sort(missing);
            final List<Run> runs = runs(starts, ends, missing);
            lastRefresh = now;
            if (cache.size() > 4 * n + 1024) evictBefore(horizon);
            job = executor.submit(new Callable<Void>() {
                @Override
                public Void call() throws Exception {
                    compute(runs);
                    return null;
                }
            });
        }
        return absent;
    }

    /** Groups consecutive missing indices into runs (newest first), each anchored on a cached finished bar before it. */
    private List<Run> runs(long[] starts, long[] ends, List<Integer> missing) {
        List<Run> runs = new ArrayList<>();
        int k = 0;
        while (k < missing.size()) {
            int first = missing.get(k);
            int last = first;
            while (k + 1 < missing.size() && missing.get(k + 1) == last + 1) {
                k++;
                last++;
            }
            k++;
            Object anchor = null;
            int from = first;
            if (first > 0) {
                Entry e = cache.get(starts[first - 1]);
                if (e != null && !e.provisional && e.endMs == ends[first - 1]) {
                    anchor = e.value;
                    from = first - 1;
                }
            }
            long[] s = new long[last - from + 1];
            long[] en = new long[last - from + 1];
            System.arraycopy(starts, from, s, 0, s.length);
            System.arraycopy(ends, from, en, 0, en.length);
            runs.add(0, new Run(s, en, anchor));
        }
        return runs;
    }

    private void compute(List<Run> runs) throws Exception {
        try {
            long lastTick = history.lastTickTime();
            TickColumns ticks = new TickColumns();
            int total = 0;
            for (Run r : runs) total += r.starts.length;
            int done = 0;
            for (Run r : runs) {
                if (Thread.currentThread().isInterrupted()) return;
                int n = r.starts.length;
                boolean anchored = r.anchor != null;
                long firstStart = r.starts[0];
                long from = computation.warmUpStart(firstStart, anchored);
                long to = Math.min(r.ends[n - 1] - 1, lastTick);
                ticks.clear();
                boolean hasPrior = load(from, firstStart - 1, ticks);
                if (!hasPrior) addLastTickBefore(from, ticks);
                load(Math.max(from, firstStart), to, ticks);
                ticksLoaded += ticks.size();
                Object[] results = new Object[n];
                @SuppressWarnings("unchecked")
                R anchor = (R) r.anchor;
                computation.compute(ticks, r.starts, r.ends, n, anchor, results);
                for (int i = anchored ? 1 : 0; i < n; i++) {
                    cache.put(r.starts[i], new Entry(results[i], r.ends[i], r.ends[i] - 1 > lastTick));
                }
                done += n;
                if (progress != null) progress.percent(total == 0 ? 100 : (int) (100L * done / total));
            }
            lastError = null;
        } catch (Exception e) {
            lastError = e.toString();
            throw e;
        } finally {
            jobsRun++;
        }
    }

    /** Loads {@code [from, to]} hour by hour; returns whether any tick was loaded. */
    private boolean load(long from, long to, TickColumns into) throws Exception {
        int before = into.size();
        for (long a = from; a <= to; a += HOUR) {
            long b = Math.min(to, a + HOUR - 1);
            history.ticks(a, b, into);
        }
        return into.size() > before;
    }

    /** Finds the last tick before {@code time} within four days and appends it. */
    private void addLastTickBefore(long time, TickColumns into) throws Exception {
        TickColumns probe = new TickColumns();
        for (int step = 1; step <= LOOK_BACK_STEPS; step++) {
            long to = time - 1 - (step - 1) * LOOK_BACK_STEP;
            long from = to - LOOK_BACK_STEP + 1;
            probe.clear();
            // newest hour first: usually the tick is close
            for (long b = to; b >= from && probe.size() == 0; b -= HOUR) {
                history.ticks(Math.max(from, b - HOUR + 1), b, probe);
            }
            if (probe.size() > 0) {
                into.add(probe.load(probe.size() - 1, new io.orderflow.market.Tick(probe.depthCapacity())));
                return;
            }
        }
    }

    private void evictBefore(long horizon) {
        for (Iterator<Long> it = cache.keySet().iterator(); it.hasNext(); ) {
            if (it.next() < horizon) it.remove();
        }
    }

    /** The cached result of the bar starting at {@code startMs}, or null. */
    @SuppressWarnings("unchecked")
    public R get(long startMs) {
        Entry e = cache.get(startMs);
        return e == null ? null : (R) e.value;
    }

    /** True while a background job runs. */
    public boolean busy() {
        Future<?> f = job;
        return f != null && !f.isDone();
    }

    /** The last job's failure (e.g. history unavailable), or null. */
    public String lastError() { return lastError; }

    /** Background jobs finished so far. */
    public long jobsRun() { return jobsRun; }

    /** Ticks loaded by all jobs so far. */
    public long ticksLoaded() { return ticksLoaded; }

    /** Bars cached. */
    public int cachedBars() { return cache.size(); }

    /** Stops a running job (options changed or the indicator is removed). */
    public void cancel() {
        Future<?> f = job;
        if (f != null) f.cancel(true);
    }
}
