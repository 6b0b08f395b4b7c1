package io.orderflow.strategy.stats;

import io.orderflow.strategy.setup.Checks;
import io.orderflow.strategy.setup.SetupKind;

/**
 * The hypothetical outcomes (R) of the technical signals that failed each order-flow check, per
 * setup: a signal failing several checks is counted under each. It shows what each check (e.g. the
 * manipulation filter's spoofed-book) kept out, measured the same way as the confirmed and
 * unconfirmed signals of {@link ConfirmationStats}. Fed by {@link #onSignalClosed}, allocation-free;
 * not thread-safe (the engine's thread).
 */
public final class CheckOutcomes implements SignalListener {
    private final ConfirmationStats.Bucket[][] failed;

    public CheckOutcomes() {
        failed = new ConfirmationStats.Bucket[SetupKind.values().length][Checks.COUNT];
        for (ConfirmationStats.Bucket[] row : failed) {
            for (int i = 0; i < row.length; i++) row[i] = new ConfirmationStats.Bucket();
        }
    }

    @Override
    public void onSignalClosed(SignalRecord r) {
        for (int i = 0; i < Checks.COUNT; i++) {
            if ((r.failedChecks & (1 << i)) != 0) failed[r.setup.ordinal()][i].add(r.rMultiple, r.maeR);
        }
    }

    /** The closed signals of {@code setup} that failed check bit {@code check} ({@code 1 << check}). */
    public ConfirmationStats.Bucket failed(SetupKind setup, int check) {
        return failed[setup.ordinal()][check];
    }
}
