package io.orderflow.strategy.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.orderflow.execution.TradeSide;
import io.orderflow.strategy.setup.Checks;
import io.orderflow.strategy.setup.SetupKind;

class ConfirmationStatsTest {
    private static SignalRecord closed(boolean confirmed, SkipReason skip, double r, double mae) {
        SignalRecord s = new SignalRecord(1, SetupKind.TREND, TradeSide.LONG, 0, 0, confirmed ? 0 : Checks.FLOW_Z, 100,
                90, 120, 10, "t");
        s.skipReason = skip;
        s.rMultiple = r;
        s.maeR = mae;
        s.tradeR = r - 0.1;
        s.tradeMaeR = mae;
        return s;
    }

    @Test
    void hitRateExpectancyAndStandardErrorByVerdict() {
        ConfirmationStats st = new ConfirmationStats();
        double[] confirmedR = {2, -1, 2, -1};
        for (double r : confirmedR) {
            SignalRecord s = closed(true, SkipReason.NONE, r, 0.5);
            st.onSignal(s);
            st.onSignalClosed(s);
            st.onTradeClosed(s);
        }
        double[] unconfirmedR = {-1, -1, 2};
        for (double r : unconfirmedR) {
            SignalRecord s = closed(false, SkipReason.UNCONFIRMED, r, 1.0);
            st.onSignal(s);
            st.onSignalClosed(s);
        }
        ConfirmationStats.Bucket c = st.signals(SetupKind.TREND, true);
        assertEquals(4, c.count());
        assertEquals(0.5, c.hitRate());
        assertEquals(0.5, c.expectancy(), 1e-12);
        // sample sd of {2,-1,2,-1} = sqrt(9/3) = sqrt(3); SE = sqrt(3)/2
        assertEquals(Math.sqrt(3) / 2, c.standardError(), 1e-12);
        assertEquals(0.5, c.meanMae(), 1e-12);
        ConfirmationStats.Bucket u = st.signals(SetupKind.TREND, false);
        assertEquals(1.0 / 3, u.hitRate(), 1e-12);
        assertEquals(0.0, u.expectancy(), 1e-12);
        assertEquals(3, st.signals(SetupKind.TREND, false, false).count());
        assertEquals(0, st.signals(SetupKind.TREND, false, true).count());
        assertEquals(0.4, st.trades(SetupKind.TREND, true).expectancy(), 1e-12);
        assertEquals(4, st.decisions(SetupKind.TREND, SkipReason.NONE));
        assertEquals(3, st.decisions(SetupKind.TREND, SkipReason.UNCONFIRMED));
        String report = st.report();
        assertTrue(report.contains("order flow adds +0.500 R per signal"), report);
        assertTrue(report.contains("TAKEN=4 UNCONFIRMED=3"), report);
    }

    @Test
    void aRejectedEntryMovesFromTakenToRejected() {
        ConfirmationStats st = new ConfirmationStats();
        SignalRecord s = closed(true, SkipReason.NONE, 1, 0);
        st.onSignal(s);
        s.skipReason = SkipReason.REJECTED;
        st.onRejected(s);
        assertEquals(0, st.decisions(SetupKind.TREND, SkipReason.NONE));
        assertEquals(1, st.decisions(SetupKind.TREND, SkipReason.REJECTED));
    }
}
