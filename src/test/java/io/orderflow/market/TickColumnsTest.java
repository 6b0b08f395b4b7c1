package io.orderflow.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * {@link TickColumns}: storage and the bar-by-bar replay. The calculators' batch entry points over
 * it are tested in {@code io.orderflow.book.PerBarOverTickColumnsTest}.
 */
class TickColumnsTest {
    private static Tick depthTick(long time, long best, double size) {
        long[] bp = {best, best - 1, best - 2}, ap = {best + 1, best + 2, best + 3};
        double[] bs = {size, 2, 3}, as = {1, 1, 1};
        return new Tick(3).setDepth(time, 3, ap, as, bp, bs);
    }

    @Test
    void replayPushesWarmUpThenEachBarsTicksAndCallsEveryBarEnd() {
        TickColumns cols = new TickColumns(3);
        for (int i = 0; i < 1000; i++) cols.add(depthTick(i * 7L, 100 + i % 5, 1 + i % 3));
        assertEquals(1000, cols.size());
        List<String> calls = new ArrayList<>();
        long[] starts = {100, 200, 300, 305};
        cols.replayByBar(starts, 4, 400, t -> calls.add("t" + t.timeMs() + "/" + t.levels()), (bar, end) -> calls.add("end" + bar + "@" + end));
        assertEquals("t0/3", calls.get(0));
        assertTrue(calls.contains("end-1@100"));
        int warm = calls.indexOf("end-1@100");
        assertEquals("t98/3", calls.get(warm - 1)); // last tick before 100 (98 = 14 * 7)
        assertEquals("t105/3", calls.get(warm + 1));
        // bar 2 is [300, 305): only the tick at 301 (43 * 7)
        int end1 = calls.indexOf("end1@300"), end2 = calls.indexOf("end2@305");
        assertEquals(List.of("t301/3"), calls.subList(end1 + 1, end2));
        assertEquals("end3@400", calls.get(calls.size() - 1));
        assertTrue(calls.stream().noneMatch(c -> c.equals("t406/3")), "ticks at or after the end are not pushed");
    }

    @Test
    void aBarWithoutTicksStillEnds() {
        TickColumns cols = new TickColumns();
        cols.add(10, 101, 100, 1, 1);
        cols.add(30, 101, 100, 1, 2);
        List<Integer> ends = new ArrayList<>();
        cols.replayByBar(new long[] {10, 20, 30}, 3, 40, t -> { }, (bar, end) -> ends.add(bar));
        assertEquals(List.of(-1, 0, 1, 2), ends);
    }

    @Test
    void barsMustIncreaseAndEndAfterTheLastStart() {
        TickColumns cols = new TickColumns();
        assertThrows(IllegalArgumentException.class, () -> cols.replayByBar(new long[] {10, 10}, 2, 30, t -> { }, (b, e) -> { }));
        assertThrows(IllegalArgumentException.class, () -> cols.replayByBar(new long[] {10, 20}, 2, 20, t -> { }, (b, e) -> { }));
    }

    @Test
    void loadKeepsDepthAndClearReusesTheStorage() {
        TickColumns cols = new TickColumns(3);
        cols.add(depthTick(5, 100, 4.5));
        Tick t = cols.load(0, new Tick(10));
        assertEquals(3, t.levels());
        assertEquals(98, t.bidPrice(2));
        assertEquals(4.5, t.bidVolume(0), 0.0);
        cols.clear();
        assertEquals(0, cols.size());
    }
}
