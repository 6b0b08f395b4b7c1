package io.orderflow.jforex.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import io.orderflow.book.TickColumns;

/** The background per-bar cache on synthetic ticks: scheduling, anchors, the unfinished bar, limits, failures. */
class AsyncBarResultsTest {
    private static final long MIN = 60_000;

    /** One tick every 10 s from 0 to {@code last}; the price is the tick's index. */
    static final class Ticks implements TickHistory {
        long last;
        boolean fail;
        final List<long[]> requests = new ArrayList<>();

        Ticks(long last) {
            this.last = last;
        }

        @Override
        public void ticks(long from, long to, TickColumns into) {
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
    }

    /** Per bar: {tick count, first tick time, anchored?}; records the warm-up it was given. */
    static final class Counting implements BarComputation<long[]> {
        final List<Long> firstTicks = new ArrayList<>();
        final List<Boolean> anchors = new ArrayList<>();

        @Override
        public long warmUpStart(long firstBarStartMs, boolean anchored) {
            return firstBarStartMs - 30_000;
        }

        @Override
        public void compute(TickColumns ticks, long[] starts, long[] ends, int n, long[] anchor, Object[] results) {
            firstTicks.add(ticks.size() > 0 ? ticks.timeMs(0) : -1);
            anchors.add(anchor != null);
            int k = 0;
            for (int i = 0; i < n; i++) {
                long count = 0;
                long first = -1;
                for (int j = 0; j < ticks.size(); j++) {
                    long t = ticks.timeMs(j);
                    if (t >= starts[i] && t < ends[i]) {
                        if (count++ == 0) first = t;
                    }
                }
                results[i] = new long[] {count, first, anchor != null ? 1 : 0};
                k++;
            }
        }
    }

    static AsyncBarResults.Executor sync(List<FutureTask<Void>> queue) {
        return job -> {
            FutureTask<Void> f = new FutureTask<>(job);
            queue.add(f);
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

    @Test
    void missingBarsAreComputedInOneBackgroundJobAndThenServedFromTheCache() {
        Ticks h = new Ticks(10 * MIN - 1);
        Counting c = new Counting();
        List<FutureTask<Void>> q = new ArrayList<>();
        AsyncBarResults<long[]> r = new AsyncBarResults<>(c, h, sync(q), null, () -> 0, 86_400_000L, 1_000);
        long[] s = starts(10);
        Object[] out = new Object[10];
        assertEquals(10, r.lookup(s, ends(s), 10, out));
        assertEquals(1, q.size());
        assertTrue(h.requests.isEmpty(), "nothing loaded by lookup itself");
        assertEquals(10, r.lookup(s, ends(s), 10, out), "a job is running: no second one");
        assertEquals(1, q.size());
        q.get(0).run();
        assertEquals(0, r.lookup(s, ends(s), 10, out));
        for (int i = 0; i < 10; i++) assertEquals(6, ((long[]) out[i])[0], "six ticks per minute in bar " + i);
        assertEquals(1, q.size(), "cached: no new job");
        for (long[] req : h.requests) assertTrue(req[1] - req[0] < 3_600_000L);
    }

    @Test
    void newBarsContinueFromTheLastCachedBarAndTheUnfinishedBarRefreshesAtMostEverySecond() {
        Ticks h = new Ticks(5 * MIN + 25_000); // bar 5 has ticks at :00 :10 :20 so far
        Counting c = new Counting();
        List<FutureTask<Void>> q = new ArrayList<>();
        AtomicLong clock = new AtomicLong(0);
        AsyncBarResults<long[]> r = new AsyncBarResults<>(c, h, sync(q), null, clock::get, 86_400_000L, 1_000);
        long[] s = starts(6);
        Object[] out = new Object[6];
        r.lookup(s, ends(s), 6, out);
        q.get(0).run();
        r.lookup(s, ends(s), 6, out);
        assertEquals(3, ((long[]) out[5])[0], "the unfinished bar so far");
        assertEquals(1, q.size(), "no refresh within the second");

        h.last = 7 * MIN - 1; // time passes: bar 5 completes, bar 6 arrives
        clock.set(1_500);
        long[] s2 = starts(7);
        Object[] out2 = new Object[7];
        assertEquals(1, r.lookup(s2, ends(s2), 7, out2), "bar 6 missing");
        assertEquals(2, q.size());
        q.get(1).run();
        assertTrue(c.anchors.get(1), "the new run is anchored on the last finished bar");
        assertEquals(4 * MIN - 30_000, (long) c.firstTicks.get(1), "its warm-up starts before the anchor (bar 4)");
        r.lookup(s2, ends(s2), 7, out2);
        assertEquals(6, ((long[]) out2[5])[0], "bar 5 complete now");
        assertEquals(6, ((long[]) out2[6])[0]);
        assertEquals(1, ((long[]) out2[6])[2], "computed as part of an anchored run");
    }

    @Test
    void barsBeyondTheHistoryLimitAreNotComputed() {
        Ticks h = new Ticks(100 * MIN);
        List<FutureTask<Void>> q = new ArrayList<>();
        AsyncBarResults<long[]> r = new AsyncBarResults<>(new Counting(), h, sync(q), null, () -> 0, 10 * MIN, 1_000);
        long[] s = starts(100);
        Object[] out = new Object[100];
        assertEquals(11, r.lookup(s, ends(s), 100, out), "bars 89..99 are within ten minutes of the newest");
        q.get(0).run();
        r.lookup(s, ends(s), 100, out);
        assertNull(out[88]);
        assertNotNull(out[89]);
    }

    @Test
    void theLastTickBeforeTheFirstBarIsFoundAcrossAGap() {
        // ticks stop at 00:10 and resume 30 hours later (a weekend-like gap)
        long gapEnd = 30 * 3_600_000L;
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
        Counting c = new Counting();
        List<FutureTask<Void>> q = new ArrayList<>();
        AsyncBarResults<long[]> r = new AsyncBarResults<>(c, h, sync(q), null, () -> 0, 86_400_000L, 1_000);
        long[] s = {gapEnd, gapEnd + MIN};
        r.lookup(s, ends(s), 2, new Object[2]);
        q.get(0).run();
        assertEquals(10 * MIN, (long) c.firstTicks.get(0), "the tick before the gap is prepended");
    }

    @Test
    void aFailedLoadIsReportedAndRetriedByTheNextLookup() {
        Ticks h = new Ticks(5 * MIN);
        h.fail = true;
        List<FutureTask<Void>> q = new ArrayList<>();
        AsyncBarResults<long[]> r = new AsyncBarResults<>(new Counting(), h, sync(q), null, () -> 0, 86_400_000L, 1_000);
        long[] s = starts(3);
        Object[] out = new Object[3];
        r.lookup(s, ends(s), 3, out);
        q.get(0).run();
        assertTrue(r.lastError().contains("history unavailable"), r.lastError());
        h.fail = false;
        r.lookup(s, ends(s), 3, out);
        assertEquals(2, q.size(), "rescheduled");
        q.get(1).run();
        assertNull(r.lastError());
        assertEquals(0, r.lookup(s, ends(s), 3, out));
    }
}
