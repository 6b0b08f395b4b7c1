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
 * Volume at price per bar: the core's footprint ({@link TradeFlow#computeBars} with footprint rows)
 * — each quote tick's volume placed at the aggressor side's price (ask for a buy, bid for a sell),
 * rows of {@code rowPoints}, diagonal imbalances at {@code imbalanceRatio} and stacked-imbalance
 * zones of {@code stackedRows} rows.
 */
public final class VapComputation implements BarComputation<VapBar> {
    private final AggressorMethod method;
    private final VolumeProxy proxy;
    private final long rowPoints;
    private final double imbalanceRatio;
    private final int stackedRows;

    public VapComputation(AggressorMethod method, VolumeProxy proxy, long rowPoints, double imbalanceRatio,
                          int stackedRows) {
        this.method = method;
        this.proxy = proxy;
        this.rowPoints = rowPoints;
        this.imbalanceRatio = imbalanceRatio;
        this.stackedRows = stackedRows;
    }

    public long rowPoints() { return rowPoints; }

    @Override
    public long warmUpStart(long firstBarStartMs, boolean anchored) {
        return firstBarStartMs - FlowComputation.WARM_UP_MS;
    }

    /** The footprint settings: row height, imbalance ratio, stacked rows (the core's defaults otherwise). */
    FootprintSettings settings() {
        return FootprintSettings.rows(rowPoints).withImbalanceRatio(imbalanceRatio).withStackedRows(stackedRows);
    }

    @Override
    public void compute(TickColumns ticks, long[] starts, long[] ends, int n, VapBar anchor, Object[] results) {
        FlowBar[] bars;
        try {
            bars = TradeFlow.forQuotes(method, proxy, rowPoints).deltaReset(DeltaReset.NEVER).footprint(settings())
                    .sessionProfile(null).zoneCapacity(0).divergenceLookback(0).build()
                    .computeBars(starts, ends, n, new ColumnsCursor(ticks));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("in-memory ticks cannot fail", e);
        }
        for (int i = 0; i < n; i++) {
            FootprintBar f = bars[i].footprint();
            int rows = f.rowCount();
            long[] keys = new long[rows];
            double[] vol = new double[rows];
            for (int r = 0; r < rows; r++) {
                keys[r] = Math.floorDiv(f.rowPrice(r), rowPoints);
                vol[r] = f.totalVolume(r);
            }
            long[][] zones = new long[f.zoneCount()][];
            for (int z = 0; z < zones.length; z++) {
                zones[z] = new long[] {f.zone(z).kind(), f.zone(z).lowPrice(), f.zone(z).highEdge()};
            }
            results[i] = new VapBar(starts[i], ends[i], rowPoints, keys, vol, zones, bars[i].delta().high(),
                    bars[i].delta().low(), bars[i].delta().events());
        }
    }
}
