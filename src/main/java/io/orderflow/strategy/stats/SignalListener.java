package io.orderflow.strategy.stats;

/**
 * Receives signal records as their outcomes become known (a journal, a report). Called on the
 * strategy thread; the record must not be modified.
 */
public interface SignalListener {
    /** A signal was evaluated (taken or skipped); its outcomes are not known yet. */
    default void onSignal(SignalRecord record) {
    }

    /** The hypothetical trade of {@code record} has ended. */
    default void onSignalClosed(SignalRecord record) {
    }

    /** The actual trade of a taken signal has closed. */
    default void onTradeClosed(SignalRecord record) {
    }

    /** A listener that ignores everything. */
    SignalListener NONE = new SignalListener() {
    };
}
