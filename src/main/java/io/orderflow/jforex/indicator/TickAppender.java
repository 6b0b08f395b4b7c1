package io.orderflow.jforex.indicator;

import io.orderflow.market.TickColumns;
import io.orderflow.market.InstrumentSpec;

/** Converts platform ticks (prices as decimals) into points and appends them to {@link TickColumns}. Stateless apart from the instrument. */
public final class TickAppender {
    private final InstrumentSpec spec;

    public TickAppender(InstrumentSpec spec) {
        this.spec = spec;
    }

    /** Appends one top-of-book tick ({@code ITick.getTime/getAsk/getBid/getAskVolume/getBidVolume}). */
    public void add(TickColumns into, long timeMs, double ask, double bid, double askVolume, double bidVolume) {
        into.add(timeMs, spec.toPoints(ask), spec.toPoints(bid), askVolume, bidVolume);
    }

    public InstrumentSpec instrument() { return spec; }
}
