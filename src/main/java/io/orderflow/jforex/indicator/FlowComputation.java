package io.orderflow.jforex.indicator;

import io.orderflow.market.TickColumns;
import io.orderflow.flow.AggressorMethod;
import io.orderflow.flow.DeltaReset;
import io.orderflow.flow.FlowBar;
import io.orderflow.flow.TradeFlow;
import io.orderflow.flow.VolumeProxy;

/**
 * Delta and cumulative delta per bar with the core's {@link TradeFlow#computeBars} (the batch entry
 * point of the same arithmetic the strategy streams).
 *
 * <p>Warm-up: one hour before the first bar, which settles the side inference (the tick rule's
 * last sign, the previous quote). Cumulative delta restarts at its reset: a run that is not
 * continued from a known bar loads from one hour before the session start of its first bar, so
 * its values equal a calculation running since long before; a run continued from an anchor bar
 * adds the anchor's cumulative delta to its own until it crosses a reset. With no reset the
 * cumulative delta counts from the first bar computed.
 */
public final class FlowComputation implements BarComputation<FlowValues> {
    /** Ticks replayed before a run to settle the side inference, ms. */
    public static final long WARM_UP_MS = 3_600_000L;

    private final AggressorMethod method;
    private final VolumeProxy proxy;
    private final DeltaReset reset;
    private final boolean cumulative;

    /**
     * @param cumulative true when the cumulative delta is shown (then a bar whose cumulative value has
     *                   not crossed a reset {@link #dependsOnStart depends on where loading started})
     */
    public FlowComputation(AggressorMethod method, VolumeProxy proxy, DeltaReset reset, boolean cumulative) {
        this.method = method;
        this.proxy = proxy;
        this.reset = reset;
        this.cumulative = cumulative;
    }

    @Override
    public boolean dependsOnStart(FlowValues result) {
        return cumulative && !result.anchored;
    }

    public AggressorMethod method() { return method; }

    public VolumeProxy proxy() { return proxy; }

    public DeltaReset reset() { return reset; }

    @Override
    public long warmUpStart(long firstBarStartMs, boolean anchored) {
        if (!anchored && reset.resets()) {
            return reset.anchor().sessionStart(firstBarStartMs) - WARM_UP_MS;
        }
        return firstBarStartMs - WARM_UP_MS;
    }

    /** A fresh TradeFlow for one batch: delta with cumulative reset, no footprint, profile or zones. */
    TradeFlow newFlow() {
        return TradeFlow.forQuotes(method, proxy, 1).deltaReset(reset).footprint(null).sessionProfile(null)
                .zoneCapacity(0).divergenceLookback(0).build();
    }

    @Override
    public void compute(TickColumns ticks, long[] starts, long[] ends, int n, FlowValues anchor, Object[] results) {
        FlowBar[] bars;
        try {
            bars = newFlow().computeBars(starts, ends, n, new ColumnsCursor(ticks));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("in-memory ticks cannot fail", e);
        }
        double offset = 0;
        boolean continued = anchor != null && !bars[0].delta().isCumulativeDeltaAnchored();
        if (continued) offset = anchor.cumulativeDelta - bars[0].delta().cumulativeDelta();
        for (int i = 0; i < n; i++) {
            FlowValues v = FlowValues.of(bars[i].delta());
            if (continued && !v.anchored) v = v.shifted(offset, anchor.anchored);
            results[i] = v;
        }
    }
}
