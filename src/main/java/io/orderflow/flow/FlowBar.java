package io.orderflow.flow;

import io.orderflow.profile.ValueArea;

/**
 * Everything {@link TradeFlow} knows about one closed bar: its {@link DeltaBar} (delta, cumulative
 * delta, provenance), its {@link FootprintBar} (volume at price, imbalances, zones formed,
 * absorption, exhaustion), the developing session POC and value area at the bar's close, and the
 * delta-divergence signal. Parts that were switched off are null ({@link #footprint()},
 * {@link #valueArea()}) or {@link #NO_PRICE}. Prices in points. Immutable, thread-safe.
 */
public final class FlowBar {
    /** {@link #pocPrice()} when no session profile is kept. */
    public static final long NO_PRICE = Long.MIN_VALUE;

    private final DeltaBar delta;
    private final FootprintBar footprint;
    private final long pocPrice;
    private final ValueArea valueArea;
    private final int divergence;

    /** The parts of one closed bar (null or {@link #NO_PRICE} for parts switched off). */
    public FlowBar(DeltaBar delta, FootprintBar footprint, long pocPrice, ValueArea valueArea, int divergence) {
        this.delta = delta;
        this.footprint = footprint;
        this.pocPrice = pocPrice;
        this.valueArea = valueArea;
        this.divergence = divergence;
    }

    /** Delta, cumulative delta and provenance of the bar. */
    public DeltaBar delta() { return delta; }

    /** The bar's footprint, or null when footprints are off. */
    public FootprintBar footprint() { return footprint; }

    /** Developing session POC at the bar's close (row low edge, points), or {@link #NO_PRICE}. */
    public long pocPrice() { return pocPrice; }

    /** Developing session value area at the bar's close, or null. */
    public ValueArea valueArea() { return valueArea; }

    /** {@link DeltaDivergence} signal at this bar: +1 bullish, -1 bearish, 0 none (0 when off). */
    public int divergence() { return divergence; }

    /** Bar start, ms UTC. */
    public long startMs() { return delta.startMs(); }

    /** Bar end (exclusive), ms UTC. */
    public long endMs() { return delta.endMs(); }

    @Override
    public String toString() {
        return "FlowBar{" + delta + (footprint != null ? ", " + footprint : "") + (valueArea != null ? ", " + valueArea : "")
                + (divergence != 0 ? ", divergence " + divergence : "") + "}";
    }
}
