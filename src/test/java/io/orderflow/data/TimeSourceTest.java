package io.orderflow.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.orderflow.testing.FakeTimeSource;

/**
 * The one place where our own waiting meets the real clock ({@link TimeSource#SYSTEM}), and the fake
 * that every other test of a waiting class uses instead.
 */
class TimeSourceTest {
    @Test
    void theSystemSourceSleepsOnTheRealClockAndReadsTheWallClock() throws InterruptedException {
        long before = System.currentTimeMillis();
        long t0 = TimeSource.SYSTEM.nanoTime();
        long ms = TimeSource.SYSTEM.currentTimeMillis();
        TimeSource.SYSTEM.sleep(30);
        assertTrue(TimeSource.SYSTEM.nanoTime() - t0 >= 30_000_000L, "slept at least 30 ms");
        assertTrue(ms >= before && ms <= System.currentTimeMillis(), "the wall clock");
    }

    @Test
    void theSystemSourceStopsWhenInterrupted() {
        Thread.currentThread().interrupt();
        assertThrows(InterruptedException.class, () -> TimeSource.SYSTEM.sleep(60_000));
        assertTrue(!Thread.interrupted(), "flag cleared, as Thread.sleep");
    }

    @Test
    void theFakeRecordsTheWaitsAndMovesBothReadingsByThem() throws InterruptedException {
        FakeTimeSource fake = new FakeTimeSource(1_700_000_000_000L);
        long n0 = fake.nanoTime();
        fake.sleep(20);
        fake.sleep(0);
        fake.sleep(1_500);
        assertEquals(List.of(20L, 0L, 1_500L), fake.sleeps());
        assertEquals(1_520L, fake.elapsedMs());
        assertEquals(1_700_000_001_520L, fake.currentTimeMillis());
        assertEquals(1_520_000_000L, fake.nanoTime() - n0);
        Thread.currentThread().interrupt();
        assertThrows(InterruptedException.class, () -> fake.sleep(5));
        assertEquals(3, fake.sleeps().size(), "an interrupted sleep is not recorded");
    }
}
