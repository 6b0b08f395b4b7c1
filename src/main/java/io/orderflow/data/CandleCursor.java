package io.orderflow.data;

import java.io.Closeable;
import java.io.IOException;

/**
 * A pull-based stream of candles in time order, filling the caller's {@link Candle} flyweight.
 * Single-threaded. Bad input is reported as {@link DataFormatException} or counted, depending on
 * the reader's {@link ProblemLog}.
 */
public interface CandleCursor extends Closeable {
    /**
     * Fills {@code into} with the next candle.
     *
     * @return false at the end of the stream ({@code into} is then unchanged)
     */
    boolean next(Candle into) throws IOException;
}
