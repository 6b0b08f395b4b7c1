package io.orderflow.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Locates the shared real-market test data (third-party data, never copied into the project).
 *
 * <p>Root: the environment variable {@value #ENV} if set, else {@code ../shared/data} next to the
 * project directory. When a file is absent the test is skipped with a message saying where it
 * looked — except under {@code CI=true}, where absence fails the test.
 */
public final class TestData {
    /** Environment variable overriding the data root. */
    public static final String ENV = "ORDERFLOW_DATA";

    private TestData() {
    }

    /** The data root (may not exist). */
    public static Path root() {
        String env = System.getenv(ENV);
        if (env != null && !env.isEmpty()) return Paths.get(env).toAbsolutePath();
        String base = System.getProperty("orderflow.basedir", System.getenv().getOrDefault("ORDERFLOW_BASEDIR", "."));
        return Paths.get(base).toAbsolutePath().normalize().resolve("../shared/data").normalize();
    }

    /** True when running under CI ({@code CI=true}). */
    public static boolean underCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /**
     * The path {@code relative} under the data root; skips the test (fails under CI) when absent.
     */
    public static Path require(String relative) {
        Path p = root().resolve(relative);
        if (!Files.exists(p)) {
            String msg = "real market data not found at " + p + " (set " + ENV
                    + " to the folder holding shared/data's contents)";
            if (underCi()) Assertions.fail("CI=true and " + msg);
            Assumptions.abort(msg);
        }
        return p;
    }

    /** The Dukascopy bi5 tree. */
    public static Path dukascopyBi5() {
        return require("dukascopy/bi5");
    }
}
