package io.orderflow.testing;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Registered for every test (JUnit's extension auto-detection, {@code junit-platform.properties}):
 * a failing test gets the run's seed attached to its failure, so that it can be repeated with
 * {@code -Dorderflow.seed=N}. Stateless.
 */
public final class SeedReporter implements TestExecutionExceptionHandler {
    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        failure.addSuppressed(new SeedNote("repeat with -D" + Seeds.PROPERTY + "=" + Seeds.base()));
        throw failure;
    }

    /** Carries the note; no stack trace of its own. */
    static final class SeedNote extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SeedNote(String message) {
            super(message, null, false, false);
        }
    }
}
