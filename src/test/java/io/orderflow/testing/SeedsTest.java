package io.orderflow.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The seed property's mixing and the failure note every test gets. */
class SeedsTest {
    @Test
    void theDefaultRunKeepsEachTestsSeedAndAnotherRunShiftsIt() {
        String before = System.getProperty(Seeds.PROPERTY);
        try {
            System.clearProperty(Seeds.PROPERTY);
            assertEquals(42L, Seeds.of(42L));
            assertEquals(new java.util.Random(42L).nextLong(), Seeds.random(42L).nextLong());
            System.setProperty(Seeds.PROPERTY, "7");
            assertEquals(7L, Seeds.base());
            assertNotEquals(42L, Seeds.of(42L));
            assertEquals(Seeds.of(42L), Seeds.of(42L), "the same run seed repeats the same data");
            assertNotEquals(Seeds.of(41L), Seeds.of(42L), "tests' own seeds stay distinct");
        } finally {
            if (before == null) System.clearProperty(Seeds.PROPERTY); else System.setProperty(Seeds.PROPERTY, before);
        }
    }

    @Test
    void aFailureCarriesTheRunsSeed() {
        AssertionError failure = new AssertionError("boom");
        Throwable thrown = assertThrows(Throwable.class,
                () -> new SeedReporter().handleTestExecutionException(null, failure));
        assertSame(failure, thrown);
        assertTrue(thrown.getSuppressed().length == 1
                && thrown.getSuppressed()[0].getMessage().equals("repeat with -Dorderflow.seed=" + Seeds.base()),
                java.util.Arrays.toString(thrown.getSuppressed()));
    }
}
