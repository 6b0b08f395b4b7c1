package io.orderflow.jforex.indicator;

/**
 * Order-flow imbalance per bar (indicator {@code OF_OFI}). Outputs: 0 the OFI (size units, millions
 * for Dukascopy FX) or, normalised, the OFI divided by the bar's average depth (dimensionless);
 * 1 the bar's mid change in points.
 */
public final class OfiLogic extends BarIndicatorLogic<double[]> {
    private final boolean normalised;

    public OfiLogic(boolean normalised, TickHistory history, AsyncBarResults.Executor executor,
                    AsyncBarResults.Progress progress, AsyncBarResults.Clock clock, long maxHistoryMs) {
        super(new OfiComputation(), history, executor, progress, clock, maxHistoryMs);
        this.normalised = normalised;
    }

    @Override
    public int outputs() { return 2; }

    @Override
    protected void write(double[] r, int j, double[][] out) {
        out[0][j] = normalised ? r[OfiComputation.NORMALIZED] : r[OfiComputation.OFI];
        out[1][j] = r[OfiComputation.MID_CHANGE];
    }

    public String name() {
        return name(normalised);
    }

    /** The OFI output's name. */
    public static String name(boolean normalised) {
        return normalised ? "OFI / average depth" : "OFI (quoted size, millions)";
    }
}
