package io.orderflow.jforex.indicator;

import io.orderflow.market.TickColumns;
import io.orderflow.flow.AggressorMethod;
import io.orderflow.flow.DeltaReset;
import io.orderflow.flow.FlowBar;
import io.orderflow.flow.FootprintBar;
import io.orderflow.flow.FootprintSettings;
import io.orderflow.flow.TradeFlow;
import io.orderflow.flow.VolumeProxy;

/**
 * The footprint of each chart bar: the core's own {@link FootprintBar} from {@link TradeFlow#computeBars}
 * (each quote tick's volume proxy at the aggressor side's price — the ask for an inferred buy, the
 * bid for an inferred sell — in rows of {@code settings.rowPoints()} points, with diagonal
 * imbalances, stacked-imbalance zones and the POC by the core's rules). The result is the core's
 * immutable bar itself, so the drawing and the core cannot disagree. Stateless between calls.
 */
public final class FootprintComputation implements BarComputation<FootprintBar> {
    private final AggressorMethod method;
    private final VolumeProxy proxy;
    private final FootprintSettings settings;

    public FootprintComputation(AggressorMethod method, VolumeProxy proxy, FootprintSettings settings) {
        this.method = method;
        this.proxy = proxy;
        this.settings = settings;
    }

    /** Row height, imbalance ratio and minimum, stacked rows. */
    public FootprintSettings settings() { return settings; }

    @Override
    public long warmUpStart(long firstBarStartMs, boolean anchored) {
        // the side inference needs the quotes before the bar (previous mid / quote change)
        return firstBarStartMs - FlowComputation.WARM_UP_MS;
    }

    @Override
    public void compute(TickColumns ticks, long[] starts, long[] ends, int n, FootprintBar anchor, Object[] results) {
        FlowBar[] bars;
        try {
            bars = TradeFlow.forQuotes(method, proxy, settings.rowPoints()).deltaReset(DeltaReset.NEVER)
                    .footprint(settings).sessionProfile(null).zoneCapacity(0).divergenceLookback(0).build()
                    .computeBars(starts, ends, n, new ColumnsCursor(ticks));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("in-memory ticks cannot fail", e);
        }
        for (int i = 0; i < n; i++) results[i] = bars[i].footprint();
    }
}
