package io.orderflow.jforex.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import io.orderflow.market.TickColumns;

/**
 * The per-bar results on synthetic ticks (one every 10 s, so a closed minute bar has 6): the live
 * tail on the chart's thread, the bounded background chunks, budgets, back-off, the origin of
 * cumulative values, no work before the first tick or after a stop.
 */
class AsyncBarResultsTest {
    private static final long MIN = 60_000;
    private static final long HOUR = 3_600_000;

    /** One tick every 10 s from 0 to {@code last}; the price is the tick's index. */
    static final class Ticks implements TickHistory {
        volatile long last;
        volatile boolean fail;
        int attempts;
        final List<long[]> requests = new ArrayList<>();

        Ticks(long last) {
            this.last = last;
        }

        @Override
        public synchronized void ticks(long from, long to, TickColumns into) {
            attempts++;
            if (fail) throw new IllegalStateException("history unavailable");
            requests.add(new long[] {from, to});
            for (long t = Math.max(0, (from + 9_999) / 10_000 * 10_000); t <= Math.min(to, last); t += 10_000) {
                into.add(t, 100_000 + t / 10_000, 99_990 + t / 10_000, 1, 1);
            }
        }

        @Override
        public long lastTickTime() {
            return last;
        }

        synchronized long spanRequested() {
            long s = 0;
            for (long[] r : requests) s += r[1] - r[0] + 1;
            return s;
        }
    }

    /**
     * Per bar {ticks in the bar, ticks since the run's origin (cumulative), 1 when anchored}. The
     * cumulative figure depends on where loading started, as cumulative delta without reset does.
     */
    static final class Counting implements BarComputation<long[]> {
        final long warmUpMs;
        final List<Long> firstTicks = new ArrayList<>();
        final List<Boolean> anchors = new ArrayList<>();
        final List<Long> runStarts = new ArrayList<>();

        Counting(long warmUpMs) {
            this.warmUpMs = warmUpMs;
        }

        @Override
        public long warmUpStart(long firstBarStartMs, boolean anchored) {
            return firstBarStartMs - warmUpMs;
        }

        @Override
        public synchronized void compute(TickColumns ticks, long[] starts, long[] ends, int n, long[] anchor, Object[] results) {
            firstTicks.add(ticks.size() > 0 ? ticks.timeMs(0) : -1);
            anchors.add(anchor != null);
            runStarts.add(starts[0]);
            long cumulative = 0;
            for (int i = 0; i < n; i++) {
                long count = 0;
                for (int j = 0; j < ticks.size(); j++) {
                    long t = ticks.timeMs(j);
                    if (t >= starts[i] && t < ends[i]) count++;
                }
                if (i == 0 && anchor != null) {
                    cumulative = anchor[1];
                } else {
                    cumulative += count;
                }
                results[i] = new long[] {count, cumulative, anchor != null ? 1 : 0};
            }
        }

        @Override
        public boolean dependsOnStart(long[] result) {
            return true;
        }
    }

    static AsyncBarResults.Executor queue(List<FutureTask<Void>> queue) {
        return job -> {
            FutureTask<Void> f = new FutureTask<>(job);
            queue.add(f);
            return f;
        };
    }

    static AsyncBarResults.Executor inline() {
        return job -> {
            FutureTask<Void> f = new FutureTask<>(job);
            f.run();
            return f;
        };
    }

    static long[] starts(int n) {
        long[] s = new long[n];
        for (int i = 0; i < n; i++) s[i] = i * MIN;
        return s;
    }

    static long[] ends(long[] s) {
        long[] e = new long[s.length];
        BarTimes.ends(s, s.length, -1, MIN, e);
        return e;
    }

    static long count(Object r) {
        return ((long[]) r)[0];
    }

    static long cumulative(Object r) {
        return ((long[]) r)[1];
    }

    static void runAll(List<FutureTask<Void>> q) {
        for (FutureTask<Void> f : new ArrayList<>(q)) if (!f.isDone()) f.run();
    }

    @Test
    void theFormingBarIsComputedOnTheChartThreadAndOlderBarsInOneBackgroundChunk() {
        Ticks h = new Ticks(9 * MIN + 50_000);
        Counting c = new Counting(30_000);
        List<FutureTask<Void>> q = new ArrayList<>();
        AsyncBarResults<long[]> r = new AsyncBarResults<>(c, h, queue(q), null, () -> 0, 86_400_000L, 1_000);
        long[] s = starts(10);
        Object[] out = new Object[10];
        assertEquals(9, r.lookup(s, ends(s), 10, out), "the nine closed bars wait for the background");
        assertEquals(6, count(out[9]), "the forming bar at once, from its ticks so far");
        assertEquals(1, q.size(), "one background chunk for the closed bars");
        for (long[] req : h.requests) assertTrue(req[1] - req[0] < HOUR, "at most one hour per request");
        assertTrue(h.requests.size() <= 3, "one look-back for the last tick before, then the ticks since the warm-up");
        for (long[] req : h.requests) {
            assertTrue(req[1] >= 7 * MIN + 30_000 - 1, "nothing older than the anchor bar's warm-up but the look-back");
        }
        assertEquals(9, r.lookup(s, ends(s), 10, out), "the chunk has not run: no second one");
        assertEquals(1, q.size());
        q.get(0).run();
        assertEquals(0, r.lookup(s, ends(s), 10, out));
        for (int i = 0; i < 10; i++) assertEquals(6, count(out[i]), "six ticks in bar " + i);
        assertEquals(1, q.size(), "cached: nothing more to do");
    }

    @Test
    void everyBarThatClosesGetsItsFinalValueAtTheNextCall() {
        Ticks h = new Ticks(0);
        Counting c = new Counting(30_000);
        List<FutureTask<Void>> q = new ArrayList<>();
        AtomicLong clock = new AtomicLong();
        AsyncBarResults<long[]> r = new AsyncBarResults<>(c, h, queue(q), null, clock::get, 86_400_000L, 1_000);
        // ticks arrive one by one, the chart calls once per tick; the wall clock does not move, so the
        // forming bar is never refreshed for time: only closes trigger the computation
        for (long t = 0; t <= 30 * MIN; t += 10_000) {
            h.last = t;
            int n = (int) (t / MIN) + 1;
            long[] s = starts(n);
            Object[] out = new Object[n];
            r.lookup(s, ends(s), n, out);
            runAll(q);
            if (t % MIN == 0 && n >= 2) {
                assertEquals(6, count(out[n - 2]), "the bar that just closed is final at " + t);
            }
        }
        assertTrue(r.maxTailTicks() <= 3 * 6, "the tail holds two bars, the warm-up, the tick before and one new tick: "
                + r.maxTailTicks());
    }

    @Test
    void theFormingBarIsRefreshedAtMostOncePerRefreshIntervalOfWallClock() {
        Ticks h = new Ticks(5 * MIN + 20_000);
        Counting c = new Counting(30_000);
        List<FutureTask<Void>> q = new ArrayList<>();
        AtomicLong clock = new AtomicLong(0);
        AsyncBarResults<long[]> r = new AsyncBarResults<>(c, h, queue(q), null, clock::get, 86_400_000L, 1_000);
        long[] s = starts(6);
        Object[] out = new Object[6];
        r.lookup(s, ends(s), 6, out);
        assertEquals(3, count(out[5]));
        h.last = 5 * MIN + 40_000;
        clock.set(999);
        r.lookup(s, ends(s), 6, out);
        assertEquals(3, count(out[5]), "within the interval: the ticks are loaded, the value waits");
        clock.set(1_000);
        r.lookup(s, ends(s), 6, out);
        assertEquals(5, count(out[5]), "refreshed from the ticks in memory");
    }

    @Test
    void aLongWarmUpIsLoadedOverSeveralCallsWithinTheBudget() {
        Ticks h = new Ticks(30 * HOUR + 20_000);
        Counting c = new Counting(20 * HOUR);
        List<FutureTask<Void>> q = new ArrayList<>();
        AsyncBarResults<long[]> r = new AsyncBarResults<>(c, h, queue(q), null, () -> 0, 86_400_000L, 1_000);
        long[] s = {30 * HOUR - MIN, 30 * HOUR};
        Object[] out = new Object[2];
        int calls = 0;
        long before = 0;
        while (out[1] == null) {
            r.lookup(s, ends(s), 2, out);
            calls++;
            long span = h.spanRequested() - before;
            before = h.spanRequested();
            // the look-back for the last tick before the warm-up happens once, at the start
            assertTrue(span <= AsyncBarResults.TAIL_LOAD_SPAN_MS + (calls == 1 ? 24 * HOUR : 0),
                    "call " + calls + " loaded " + span + " ms of ticks");
            assertTrue(calls < 10);
        }
        assertEquals(4, calls, "20 h of warm-up at 6 h per call");
        assertEquals(3, count(out[1]), "ticks at 30:00:00, :10 and :20");
    }

    @Test
    void backgroundChunksAreBoundedOldestFirstWhateverTheHistoryLimit() {
        int n = 3 * 1440;
        Ticks h = new Ticks(n * MIN - 10_000 + 5_000);
        h.last = (n - 1) * MIN + 20_000;
        Counting c = new Counting(30_000);
        List<FutureTask<Void>> q = new ArrayList<>();
        AsyncBarResults<long[]> r = new AsyncBarResults<>(c, h, queue(q), null, () -> 0, 60 * 86_400_000L, 1_000);
        long[] s = starts(n);
        Object[] out = new Object[n];
        int rounds = 0;
        while (r.lookup(s, ends(s), n, out) > 0) {
            runAll(q);
            assertTrue(++rounds < 100);
        }
        assertEquals(12, q.size(), "three days in six-hour chunks");
        assertEquals(0L, (long) c.runStarts.get(1), "oldest first (run 0 is the tail)");
        long bound = (AsyncBarResults.CHUNK_SPAN_MS + MIN + 30_000) / 10_000 + 2; // bars, anchor bar, warm-up
        assertTrue(r.maxChunkTicks() <= bound, r.maxChunkTicks() + " ticks in one chunk, bound " + bound);
        for (int i = 0; i < n - 1; i++) assertEquals(6, count(out[i]));
        for (int i = 0; i < n - 1; i++) assertEquals(6L * (i + 1), cumulative(out[i]), "chained from the origin, bar " + i);
    }

    @Test
    void aCumulativeValueStartedInTheMiddleIsRecomputedOnceItsOriginIsKnown() {
        Ticks h = new Ticks(9 * MIN + 50_000);
        Counting c = new Counting(30_000);
        List<FutureTask<Void>> q = new ArrayList<>();
        AsyncBarResults<long[]> r = new AsyncBarResults<>(c, h, queue(q), null, () -> 0, 86_400_000L, 1_000);
        long[] s = starts(10);
        Object[] out = new Object[10];
        r.lookup(s, ends(s), 10, out);
        assertTrue(r.isRelative(9 * MIN), "the tail started without its origin");
        runAll(q);
        r.lookup(s, ends(s), 10, out);
        assertFalse(r.isRelative(9 * MIN));
        assertEquals(60, cumulative(out[9]), "re-based on bar 8 once the chunk from the origin was in");
        // bars closing live continue from there
        h.last = 12 * MIN + 10_000;
        long[] s2 = starts(13);
        Object[] out2 = new Object[13];
        r.lookup(s2, ends(s2), 13, out2);
        runAll(q);
        r.lookup(s2, ends(s2), 13, out2);
        for (int i = 0; i < 12; i++) assertEquals(6L * (i + 1), cumulative(out2[i]), "bar " + i);
    }

    @Test
    void barsBeyondTheHistoryLimitAreNotComputed() {
        Ticks h = new Ticks(100 * MIN);
        List<FutureTask<Void>> q = new ArrayList<>();
        AsyncBarResults<long[]> r = new AsyncBarResults<>(new Counting(30_000), h, queue(q), null, () -> 0, 10 * MIN, 1_000);
        long[] s = starts(100);
        Object[] out = new Object[100];
        r.lookup(s, ends(s), 100, out);
        runAll(q);
        assertEquals(0, r.lookup(s, ends(s), 100, out), "bars 89..99 are within ten minutes of the newest");
        assertNull(out[88]);
        assertNotNull(out[89]);
    }

    @Test
    void theLastTickBeforeTheFirstBarIsFoundAcrossAGap() {
        // ticks stop at 00:10 and resume 30 hours later (a weekend-like gap)
        long gapEnd = 30 * HOUR;
        TickHistory h = new TickHistory() {
            @Override
            public void ticks(long from, long to, TickColumns into) {
                for (long t = Math.max(0, (from + 9_999) / 10_000 * 10_000); t <= to; t += 10_000) {
                    if (t <= 10 * MIN || t >= gapEnd) into.add(t, 100_000, 99_990, 1, 1);
                }
            }

            @Override
            public long lastTickTime() {
                return gapEnd + 10 * MIN;
            }
        };
        Counting c = new Counting(30_000);
        List<FutureTask<Void>> q = new ArrayList<>();
        AsyncBarResults<long[]> r = new AsyncBarResults<>(c, h, queue(q), null, () -> 0, 86_400_000L, 1_000);
        long[] s = {gapEnd, gapEnd + MIN};
        r.lookup(s, ends(s), 2, new Object[2]);
        runAll(q);
        assertEquals(10 * MIN, (long) c.firstTicks.get(0), "the tick before the gap is prepended");
    }

    @Test
    void beforeTheFirstTickNothingIsLoadedOrCached() {
        Ticks h = new Ticks(-1);
        List<FutureTask<Void>> q = new ArrayList<>();
        AsyncBarResults<long[]> r = new AsyncBarResults<>(new Counting(30_000), h, queue(q), null, () -> 0, 86_400_000L, 1_000);
        long[] s = starts(5);
        Object[] out = new Object[5];
        assertEquals(5, r.lookup(s, ends(s), 5, out));
        assertEquals(0, h.attempts, "no request");
        assertEquals(0, r.cachedBars(), "no empty bar cached");
        assertTrue(q.isEmpty());
        h.last = 4 * MIN + 30_000;
        r.lookup(s, ends(s), 5, out);
        runAll(q);
        assertEquals(0, r.lookup(s, ends(s), 5, out));
        for (int i = 0; i < 4; i++) assertEquals(6, count(out[i]), "bar " + i + " from its ticks once they exist");
    }

    @Test
    void aFailingHistoryIsRetriedAfterABackOffThatDoubles() {
        Ticks h = new Ticks(5 * MIN + 10_000);
        h.fail = true;
        List<FutureTask<Void>> q = new ArrayList<>();
        AtomicLong clock = new AtomicLong(0);
        AsyncBarResults<long[]> r = new AsyncBarResults<>(new Counting(30_000), h, queue(q), null, clock::get,
                86_400_000L, 1_000);
        long[] s = starts(6);
        Object[] out = new Object[6];
        r.lookup(s, ends(s), 6, out);
        assertTrue(r.lastError().contains("history unavailable"), r.lastError());
        int attempts = h.attempts;
        for (long t = 0; t < 1_000; t += 100) {
            clock.set(t);
            r.lookup(s, ends(s), 6, out);
            runAll(q);
        }
        assertEquals(attempts, h.attempts, "no retry within the first second");
        assertTrue(q.isEmpty(), "nor a background job");
        clock.set(1_000);
        r.lookup(s, ends(s), 6, out);
        assertEquals(attempts + 1, h.attempts, "retried after 1 s");
        clock.set(2_999);
        r.lookup(s, ends(s), 6, out);
        assertEquals(attempts + 1, h.attempts, "the second wait is 2 s");
        h.fail = false;
        clock.set(3_000);
        r.lookup(s, ends(s), 6, out);
        runAll(q);
        assertEquals(0, r.lookup(s, ends(s), 6, out));
        assertNull(r.lastError());
        assertEquals(0, r.failures());
    }

    @Test
    void cancelStopsAllWork() {
        Ticks h = new Ticks(9 * MIN + 50_000);
        List<FutureTask<Void>> q = new ArrayList<>();
        AsyncBarResults<long[]> r = new AsyncBarResults<>(new Counting(30_000), h, queue(q), null, () -> 0, 86_400_000L, 1_000);
        long[] s = starts(10);
        r.lookup(s, ends(s), 10, new Object[10]);
        assertEquals(1, q.size());
        r.cancel();
        assertTrue(q.get(0).isCancelled(), "the queued chunk is cancelled");
        int attempts = h.attempts;
        h.last = 20 * MIN;
        long[] s2 = starts(21);
        assertEquals(21, r.lookup(s2, ends(s2), 21, new Object[21]));
        assertEquals(attempts, h.attempts, "nothing loaded after the stop");
        assertEquals(1, q.size(), "nothing scheduled");
    }

    @Test
    void withoutAChartEverythingIsDoneInOneCall() {
        int n = 2 * 1440;
        Ticks h = new Ticks((n - 1) * MIN + 20_000);
        AsyncBarResults<long[]> r = new AsyncBarResults<>(new Counting(3 * HOUR), h, inline(), null, () -> 0,
                60 * 86_400_000L, 1_000);
        r.setSynchronous(true);
        long[] s = starts(n);
        Object[] out = new Object[n];
        assertEquals(0, r.lookup(s, ends(s), n, out));
        for (int i = 0; i < n - 1; i++) assertEquals(6L * (i + 1), cumulative(out[i]), "bar " + i);
        assertEquals(3, count(out[n - 1]), "the forming bar so far");
    }
}
