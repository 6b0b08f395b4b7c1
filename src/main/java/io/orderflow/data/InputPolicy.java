package io.orderflow.data;

/** What a reader does with bad input. */
public enum InputPolicy {
    /** Throw a {@link DataFormatException} at the first problem. */
    FAIL,
    /** Skip the bad record (or the rest of a corrupt file), count it and go on. */
    SKIP
}
