package io.orderflow.strategy.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DailyLossGuardTest {
    @Test
    void tripsAtTheLimitAndStaysTrippedUntilTheNextDay() {
        DailyLossGuard g = new DailyLossGuard(2.0);
        g.startDay(50_000);
        assertEquals(1_000, g.limitAmount(), 1e-9);
        assertFalse(g.check(49_000.01));
        assertTrue(g.check(49_000));
        assertTrue(g.check(60_000));
        g.startDay(49_500);
        assertFalse(g.isTripped());
        assertEquals(1, g.trips());
    }

    @Test
    void zeroDisablesIt() {
        DailyLossGuard g = new DailyLossGuard(0);
        g.startDay(1000);
        assertFalse(g.check(1));
    }
}
