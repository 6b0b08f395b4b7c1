package io.orderflow.jforex.indicator;

import io.orderflow.flow.DeltaBar;

/**
 * One bar's delta figures as the core's {@link DeltaBar} gives them (cumulative values possibly
 * continued from an anchor bar). Volumes in the proxy's unit; prices in points. Immutable.
 */
public final class FlowValues {
    public final double buy;
    public final double sell;
    public final double unclassified;
    public final int events;
    public final double cumulativeDelta;
    public final double cumulativeDeltaHigh;
    public final double cumulativeDeltaLow;
    /** True when the cumulative figures do not depend on where loading started (a reset was crossed). */
    public final boolean anchored;

    FlowValues(double buy, double sell, double unclassified, int events, double cumulativeDelta,
               double cumulativeDeltaHigh, double cumulativeDeltaLow, boolean anchored) {
        this.buy = buy;
        this.sell = sell;
        this.unclassified = unclassified;
        this.events = events;
        this.cumulativeDelta = cumulativeDelta;
        this.cumulativeDeltaHigh = cumulativeDeltaHigh;
        this.cumulativeDeltaLow = cumulativeDeltaLow;
        this.anchored = anchored;
    }

    static FlowValues of(DeltaBar d) {
        return new FlowValues(d.buyVolume(), d.sellVolume(), d.unclassifiedVolume(), d.events(), d.cumulativeDelta(),
                d.cumulativeDeltaHigh(), d.cumulativeDeltaLow(), d.isCumulativeDeltaAnchored());
    }

    /** Buy minus sell volume. */
    public double delta() { return buy - sell; }

    /** (buy − sell) / (buy + sell) in [−1, 1]; NaN when nothing was classified. */
    public double imbalance() {
        double c = buy + sell;
        return c > 0 ? (buy - sell) / c : Double.NaN;
    }

    FlowValues shifted(double offset, boolean anchored) {
        return new FlowValues(buy, sell, unclassified, events, cumulativeDelta + offset, cumulativeDeltaHigh + offset,
                cumulativeDeltaLow + offset, anchored);
    }

    @Override
    public String toString() {
        return "delta " + delta() + " (buy " + buy + ", sell " + sell + ", unclassified " + unclassified + "), CD "
                + cumulativeDelta + (anchored ? "" : " (relative)");
    }
}
