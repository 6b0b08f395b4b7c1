package io.orderflow.jforex.indicator;

import io.orderflow.flow.AggressorMethod;
import io.orderflow.flow.DeltaReset;
import io.orderflow.flow.VolumeProxy;

/**
 * Cumulative delta (indicator {@code OF_CUMDELTA}): the running sum of delta, restarted at the
 * chosen reset (FX day at 17:00 New York, UTC day, or none). Outputs: 0 the value at the bar's close,
 * 1 the highest and 2 the lowest value inside the bar.
 */
public final class CumulativeDeltaLogic extends BarIndicatorLogic<FlowValues> {
    private final AggressorMethod method;
    private final VolumeProxy proxy;
    private final DeltaReset reset;

    public CumulativeDeltaLogic(AggressorMethod method, VolumeProxy proxy, DeltaReset reset, TickHistory history,
                                AsyncBarResults.Executor executor, AsyncBarResults.Progress progress,
                                AsyncBarResults.Clock clock, long maxHistoryMs) {
        super(new FlowComputation(method, proxy, reset, true), history, executor, progress, clock, maxHistoryMs);
        this.method = method;
        this.proxy = proxy;
        this.reset = reset;
    }

    @Override
    public int outputs() { return 3; }

    @Override
    protected void write(FlowValues r, int j, double[][] out) {
        out[0][j] = r.cumulativeDelta;
        out[1][j] = r.cumulativeDeltaHigh;
        out[2][j] = r.cumulativeDeltaLow;
    }

    /** The main output's name: inference and reset. */
    public String name() {
        return name(method, proxy, reset);
    }

    /** The main output's name for these choices, e.g. "Cumulative delta (mid tick rule x tick count, reset 17:00@America/New_York)". */
    public static String name(AggressorMethod method, VolumeProxy proxy, DeltaReset reset) {
        return "Cumulative delta (" + FlowChoices.provenance(method, proxy) + ", reset " + (reset.resets()
                ? reset.toString() : "none") + ")";
    }
}
