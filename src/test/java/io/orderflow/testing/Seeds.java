package io.orderflow.testing;

import java.util.Random;

/**
 * The one seed of every random test. Each test keeps its own fixed seeds (so a plain run is the
 * same every time); the system property {@code orderflow.seed} (default 0) is mixed into all of
 * them, so {@code -Dorderflow.seed=N} explores other random data everywhere at once, and a failing
 * run is repeated exactly with the same N. {@link SeedReporter} prints the value with every failure.
 * Thread-safe.
 */
public final class Seeds {
    /** The property that shifts every random test's seeds. */
    public static final String PROPERTY = "orderflow.seed";

    private Seeds() {
    }

    /** The run's seed ({@value #PROPERTY}, default 0). */
    public static long base() {
        return Long.getLong(PROPERTY, 0L);
    }

    /** A test's own seed mixed with the run's: equal to {@code seed} when the run's seed is 0. */
    public static long of(long seed) {
        long base = base();
        return base == 0 ? seed : seed ^ (base * 0x9E3779B97F4A7C15L);
    }

    /** A {@link Random} from {@link #of(long)}. */
    public static Random random(long seed) {
        return new Random(of(seed));
    }
}
