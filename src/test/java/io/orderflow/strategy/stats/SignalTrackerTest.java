package io.orderflow.strategy.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.orderflow.execution.TradeSide;
import io.orderflow.strategy.setup.SetupKind;

class SignalTrackerTest {
    private final List<SignalRecord> closed = new ArrayList<>();
    private final ConfirmationStats stats = new ConfirmationStats();

    private SignalTracker tracker(int capacity, int maxBars, double breakEven) {
        SignalTracker t = new SignalTracker(capacity, maxBars, breakEven);
        t.setSinks(stats, new SignalListener() {
            @Override
            public void onSignalClosed(SignalRecord r) {
                closed.add(r);
            }
        });
        return t;
    }

    private static SignalRecord longAt(long id, long entry, long stop, long target) {
        return new SignalRecord(id, SetupKind.TREND, TradeSide.LONG, 0, 0, 0, entry, stop, target, entry - stop, "t");
    }

    @Test
    void aLongHitsItsTargetAfterAnAdverseExcursion() {
        SignalTracker t = tracker(4, 0, 0);
        SignalRecord r = longAt(1, 1000, 980, 1040);
        t.open(r, 0, 1000, 998);
        t.onTick(1, 995, 990); // worst bid 990: MAE 10/20 = 0.5R
        t.onTick(2, 1030, 1028);
        assertFalse(r.closed);
        t.onTick(3, 1045, 1043); // bid beyond target: out at the target
        assertTrue(r.closed);
        assertEquals(ExitKind.TARGET, r.exitKind);
        assertEquals(1040, r.exitPoints);
        assertEquals(2.0, r.rMultiple, 1e-12);
        assertEquals(0.5, r.maeR, 1e-12);
        assertEquals(1, stats.signals(SetupKind.TREND, true).count());
    }

    @Test
    void aStopGappedThroughExitsAtTheTicksPrice() {
        SignalTracker t = tracker(4, 0, 0);
        SignalRecord s = new SignalRecord(2, SetupKind.REVERSION, TradeSide.SHORT, 0, 0, 3, 1000, 1020, 950, 20, "z");
        t.open(s, 0, 1000, 998);
        t.onTick(5, 1030, 1027); // ask 1030 >= stop 1020
        assertEquals(ExitKind.STOP, s.exitKind);
        assertEquals(1030, s.exitPoints);
        assertEquals(-1.5, s.rMultiple, 1e-12);
        assertEquals(1.5, s.maeR, 1e-12);
        assertEquals(1, stats.signals(SetupKind.REVERSION, false).count());
    }

    @Test
    void timeStopBreakEvenAndEviction() {
        SignalTracker t = tracker(2, 3, 1.0);
        SignalRecord a = longAt(1, 1000, 980, 0);
        t.open(a, 0, 1000, 999);
        t.onBarClose(1, 1021, 1020, 1021, 1020); // +1R at the close: stop to entry
        t.onTick(2, 1001, 999); // bid 999 <= new stop 1000
        assertEquals(ExitKind.STOP, a.exitKind);
        assertEquals(-0.05, a.rMultiple, 1e-12);

        SignalRecord b = longAt(2, 1000, 980, 0);
        t.open(b, 3, 1000, 999);
        t.onBarClose(4, 1005, 1004, 1005, 1004);
        t.onBarClose(5, 1005, 1004, 1005, 1004);
        t.onBarClose(6, 1008, 1006, 1009, 1007); // the time stop exits at the decision quote's bid
        assertEquals(ExitKind.TIME, b.exitKind);
        assertEquals(1007, b.exitPoints);

        SignalRecord c = longAt(3, 1000, 980, 0);
        SignalRecord d = longAt(4, 1000, 980, 0);
        SignalRecord e = longAt(5, 1000, 980, 0);
        t.open(c, 7, 1000, 999);
        t.open(d, 7, 1000, 999);
        t.open(e, 8, 1003, 1002); // full: the oldest (c) closes at the bid
        assertEquals(ExitKind.EVICTED, c.exitKind);
        assertEquals(1002, c.exitPoints);
        assertEquals(1, t.evicted());
        t.closeAll(ExitKind.END_OF_DATA, 9, 1011, 1010);
        assertEquals(ExitKind.END_OF_DATA, e.exitKind);
        assertEquals(0.5, e.rMultiple, 1e-12);
        assertEquals(0, t.open());
        assertEquals(5, closed.size());
    }
}
