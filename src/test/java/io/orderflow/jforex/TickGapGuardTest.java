package io.orderflow.jforex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The gap rules and the choice of backfill ticks, on hand-made history answers with shared milliseconds. */
class TickGapGuardTest {

    /** History rows: time and a distinguishing ask; bid = ask - 0.0001, volumes 1. */
    static TickGapGuard.TickRows rows(final long[] time, final double[] ask) {
        return new TickGapGuard.TickRows() {
            @Override
            public int size() { return time.length; }

            @Override
            public long time(int i) { return time[i]; }

            @Override
            public double ask(int i) { return ask[i]; }

            @Override
            public double bid(int i) { return ask[i] - 0.0001; }

            @Override
            public double askVolume(int i) { return 1; }

            @Override
            public double bidVolume(int i) { return 1; }
        };
    }

    @Test
    void aTickQueuedBehindAWaitNeedsACheckAndOneAfterItDoesNot() {
        TickGapGuard g = new TickGapGuard();
        assertFalse(g.tickNeedsBackfill(1000), "nothing processed and no wait: nothing to fill");
        g.processed(1000);
        assertFalse(g.tickNeedsBackfill(1001), "no wait reported");
        g.markBusy(2000);
        assertTrue(g.tickNeedsBackfill(2000), "arrived during the wait (at its last millisecond)");
        assertTrue(g.tickNeedsBackfill(1500));
        assertFalse(g.tickNeedsBackfill(2001), "arrived after the wait: it was not queued");
        g.markBusy(1900);
        assertEquals(2000, g.busyUntilMs(), "an earlier report does not shorten the wait");
    }

    @Test
    void afterALostConnectionTheNextTickIsCheckedUntilTheCheckEnds() {
        TickGapGuard g = new TickGapGuard();
        g.checkNext();
        assertFalse(g.tickNeedsBackfill(5000), "nothing processed yet: nothing to fill from");
        g.processed(1000);
        g.markBusy(1200);
        g.checkNext();
        assertTrue(g.tickNeedsBackfill(90_000), "whatever its time");
        assertTrue(g.barNeedsBackfill(60_000));
        g.markBusy(90_300); // the backfill's own wait ends the forced check
        assertFalse(g.tickNeedsBackfill(90_301));
        assertTrue(g.tickNeedsBackfill(90_300));
    }

    @Test
    void skipsTheTicksOfTheLastMillisecondAlreadyProcessedAndStopsAtTheLiveTick() {
        TickGapGuard g = new TickGapGuard();
        g.processed(100);
        g.processed(100); // two ticks at 100 ms processed (rows 0, 1)
        // history from 100: rows at 100 (3 of them), 150, 200 (two; the live tick is the second)
        long[] time = {100, 100, 100, 150, 200, 200, 200};
        double[] ask = {1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.7};
        g.planBeforeLive(rows(time, ask), 200, 1.6, 1.6 - 0.0001, 1, 1);
        assertEquals(2, g.planStart(), "rows 0 and 1 were processed");
        assertEquals(5, g.planEnd(), "rows 2, 3 and 4 were skipped by the platform; row 5 is the live tick");
        assertFalse(g.liveDuplicate());
        assertEquals(3, g.backfilledTicks());
        assertEquals(100, g.largestFillMs(), "from the last processed tick (100) to the last recovered one (200)");
    }

    @Test
    void aLiveTickAlreadyProcessedIsADuplicate() {
        TickGapGuard g = new TickGapGuard();
        g.processed(100);
        g.processed(100);
        long[] time = {100, 100, 100};
        double[] ask = {1.1, 1.2, 1.3};
        g.planBeforeLive(rows(time, ask), 100, 1.2, 1.2 - 0.0001, 1, 1);
        assertTrue(g.liveDuplicate(), "row 1 was processed before");
        assertEquals(2, g.planStart());
        assertEquals(2, g.planEnd(), "row 2 follows the live tick, it will arrive live (or be fetched later)");
        assertEquals(1, g.duplicates());
    }

    @Test
    void aLiveTickMissingFromHistoryGetsOnlyTheEarlierMilliseconds() {
        TickGapGuard g = new TickGapGuard();
        g.processed(100);
        long[] time = {100, 120, 200};
        double[] ask = {1.1, 1.2, 1.3};
        g.planBeforeLive(rows(time, ask), 200, 9.9, 9.8, 1, 1);
        assertFalse(g.liveDuplicate());
        assertEquals(1, g.planStart());
        assertEquals(2, g.planEnd(), "the row at 200 may come after the live tick: not taken");
        assertEquals(1, g.unmatched());
    }

    @Test
    void aBarThatEndedDuringAWaitIsCheckedOnceUpToItsEnd() {
        TickGapGuard g = new TickGapGuard();
        g.processed(59_000);
        g.markBusy(61_000);
        assertTrue(g.barNeedsBackfill(60_000));
        long[] time = {59_000, 59_500, 59_999, 60_000};
        double[] ask = {1.1, 1.2, 1.3, 1.4};
        g.planUpTo(rows(time, ask), 59_999);
        assertEquals(1, g.planStart());
        assertEquals(3, g.planEnd(), "ticks up to the bar's last millisecond only");
        g.processed(59_500);
        g.processed(59_999);
        assertFalse(g.barNeedsBackfill(60_000), "the same bar end (another period) is covered");
        assertFalse(g.barNeedsBackfill(70_000), "a bar that ended after the wait: its ticks came through");
        g.processed(75_000);
        g.markBusy(90_000);
        assertFalse(g.barNeedsBackfill(70_000), "a tick after the bar end was processed already");
        assertTrue(g.barNeedsBackfill(80_000));
    }
}
