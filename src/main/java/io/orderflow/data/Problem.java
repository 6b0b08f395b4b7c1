package io.orderflow.data;

/** Kinds of bad input the readers recognise, each counted separately. */
public enum Problem {
    /** The LZMA stream is truncated, corrupt or claims an absurd dictionary. */
    CORRUPT_COMPRESSION,
    /** The decompressed length is not a whole number of records. */
    TRUNCATED_RECORD,
    /** A price is zero, negative or not a number. */
    BAD_PRICE,
    /** Ask below bid (crossed quote). */
    ASK_BELOW_BID,
    /** A volume is negative, infinite or NaN. */
    BAD_VOLUME,
    /** A time is earlier than the one before it. */
    TIME_BACKWARDS,
    /** A time lies outside the period the file covers. */
    TIME_OUT_OF_RANGE,
    /** A bar's high/low do not contain its open and close. */
    BAD_BAR,
    /** A CSV line or JSON record that cannot be parsed. */
    MALFORMED_ROW,
    /** A file header that is not one of the known layouts. */
    UNKNOWN_HEADER,
    /** An hour inside trading hours has no file, or a file without a single tick. */
    MISSING_HOUR,
    /** A sequence number jumps (order-book diffs). */
    SEQUENCE_GAP,
    /** A binary record whose checksum or structure is wrong (e.g. a depth recording). */
    CORRUPT_RECORD,
    /**
     * A price that cannot be a market price: beyond the 32-bit points of the datafeed's format, an
     * ask more than twice the bid, or a jump to more than twice or less than half the previous
     * tick's mid ({@link PricePlausibility}).
     */
    IMPLAUSIBLE_PRICE
}
