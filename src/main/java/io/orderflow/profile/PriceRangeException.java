package io.orderflow.profile;

/**
 * A price-indexed structure would span more rows than it may hold (see
 * {@link VolumeProfile#MAX_ROWS}): the prices met cover an implausible range, so the structure
 * refuses instead of taking minutes and gigabytes. The message names the range and the limit.
 */
public final class PriceRangeException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public PriceRangeException(String message) {
        super(message);
    }
}
