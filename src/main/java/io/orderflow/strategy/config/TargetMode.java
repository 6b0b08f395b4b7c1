package io.orderflow.strategy.config;

/** Where the profit target goes. */
public enum TargetMode {
    /** A multiple of the initial risk (entry-to-stop distance). */
    R_MULTIPLE,
    /**
     * The nearest volume-profile level ahead (high-volume node or the session POC); falls back to
     * {@link #R_MULTIPLE} when none is at least the configured minimum R away.
     */
    PROFILE,
    /** No target: the position ends by stop, time stop, session rules or the daily loss limit. */
    NONE
}
