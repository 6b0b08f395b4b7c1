package io.orderflow.strategy.config;

import io.orderflow.flow.VolumeProxy;

/**
 * What counts as the volume of a quote tick — the {@link VolumeProxy}s that work on quote-only data
 * (spot FX has no traded volume). It is the unit of delta, cumulative delta, the footprint and the
 * volume profile. A separate enum so that a JForex {@code @Configurable} drop-down offers exactly
 * the choices that apply to ticks. Definitions: {@link VolumeProxy}.
 */
public enum QuoteVolume {
    /** Every tick counts 1 (tick volume). */
    TICK_COUNT(VolumeProxy.TICK_COUNT),
    /** The change in quoted size at the touch (Cont–Kukanov–Stoikov terms), both sides, in millions. */
    QUOTED_SIZE_CHANGE(VolumeProxy.QUOTED_SIZE_CHANGE),
    /** Ask size + bid size of the tick, in millions (Dukascopy's own bar volume). */
    TOP_OF_BOOK_SIZE(VolumeProxy.TOP_OF_BOOK_SIZE);

    private final VolumeProxy proxy;

    QuoteVolume(VolumeProxy proxy) {
        this.proxy = proxy;
    }

    /** The calculator's proxy. */
    public VolumeProxy proxy() { return proxy; }
}
