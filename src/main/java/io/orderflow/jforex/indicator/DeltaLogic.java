package io.orderflow.jforex.indicator;

import io.orderflow.flow.AggressorMethod;
import io.orderflow.flow.DeltaReset;
import io.orderflow.flow.VolumeProxy;

/**
 * Order-flow delta per bar (indicator {@code OF_DELTA}): buy minus sell volume as inferred from the
 * quote ticks. Outputs: 0 delta (histogram), 1 buy volume, 2 sell volume. The output name carries
 * the inference, e.g. "Delta (mid tick rule x tick count)".
 */
public final class DeltaLogic extends BarIndicatorLogic<FlowValues> {
    private final AggressorMethod method;
    private final VolumeProxy proxy;

    public DeltaLogic(AggressorMethod method, VolumeProxy proxy, TickHistory history, AsyncBarResults.Executor executor,
                      AsyncBarResults.Progress progress, AsyncBarResults.Clock clock, long maxHistoryMs) {
        super(new FlowComputation(method, proxy, DeltaReset.NEVER, false), history, executor, progress, clock,
                maxHistoryMs);
        this.method = method;
        this.proxy = proxy;
    }

    @Override
    public int outputs() { return 3; }

    @Override
    protected void write(FlowValues r, int j, double[][] out) {
        out[0][j] = r.delta();
        out[1][j] = r.buy;
        out[2][j] = r.sell;
    }

    /** The delta output's name, saying how it was inferred. */
    public String name() {
        return name(method, proxy);
    }

    /** The delta output's name for these choices, e.g. "Delta (mid tick rule x tick count)". */
    public static String name(AggressorMethod method, VolumeProxy proxy) {
        return "Delta (" + FlowChoices.provenance(method, proxy) + ")";
    }
}
