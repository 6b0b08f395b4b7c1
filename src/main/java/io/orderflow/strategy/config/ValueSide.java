package io.orderflow.strategy.config;

/** Where the close must be, relative to the session volume profile, for a trend signal to be confirmed. */
public enum ValueSide {
    /** No requirement. */
    NONE,
    /** Above the POC for a long, below it for a short. */
    POC,
    /** Above the value-area high for a long, below the value-area low for a short. */
    VALUE_AREA
}
