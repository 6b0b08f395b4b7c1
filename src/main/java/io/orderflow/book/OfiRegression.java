package io.orderflow.book;

import java.util.function.IntConsumer;

import io.orderflow.market.TickColumns;

/**
 * Rolling least-squares fit of the mid change on OFI over the last {@code window} intervals:
 * {@code ΔM_k = α + β·OFI_k + ε_k} (Cont, Kukanov and Stoikov fit this per half hour on 10-second
 * intervals). Gives β (points of mid per size unit of OFI), its t-statistic, R², and the
 * depth-implied impact {@code 1 / (2·AD)} of the stylised model, AD being the average depth at the
 * best quotes over the window; in that model β ≈ 1/(2·AD), so β should fall as depth rises.
 *
 * <p>Feed it from {@link OfiIntervals} (it is an {@link OfiIntervalSink}). Intervals without ticks,
 * or whose regressor is not finite, are ignored. With {@code normalizeByDepth} the regressor is
 * OFI divided by the interval's average depth, and β is in points per unit of normalised OFI.
 *
 * <p>The window sums are updated in O(1) per interval and recomputed from the stored window every
 * {@code window} intervals, so rounding cannot accumulate. No allocation after construction.
 * Single-threaded.
 */
public final class OfiRegression implements OfiIntervalSink {
    private final int window;
    private final boolean normalizeByDepth;
    private final double[] xs;
    private final double[] ys;
    private final double[] depths;
    private int head;
    private int count;
    private int sinceRecompute;
    private double sx, sy, sxx, sxy, syy, sd;

    /** Regression of mid change on raw OFI over the last {@code window} (≥ 3) intervals. */
    public OfiRegression(int window) {
        this(window, false);
    }

    /**
     * @param window           intervals in the fit, at least 3 (half an hour of 10-second intervals: 180)
     * @param normalizeByDepth regress on OFI / average depth instead of raw OFI
     */
    public OfiRegression(int window, boolean normalizeByDepth) {
        if (window < 3) throw new IllegalArgumentException("window must be >= 3 intervals, was " + window);
        this.window = window;
        this.normalizeByDepth = normalizeByDepth;
        xs = new double[window];
        ys = new double[window];
        depths = new double[window];
    }

    @Override
    public void onInterval(long startMs, long endMs, double ofi, double midChangePoints, double averageDepth, int ticks) {
        if (ticks <= 0) return;
        double x = normalizeByDepth ? (averageDepth > 0 ? ofi / averageDepth : Double.NaN) : ofi;
        add(x, midChangePoints, averageDepth);
    }

    /**
     * Adds one observation directly: regressor {@code x} (OFI or normalised OFI), mid change
     * {@code y} in points, average depth (NaN if unknown). Non-finite {@code x} or {@code y} is ignored.
     */
    public void add(double x, double y, double averageDepth) {
        if (Double.isNaN(x) || Double.isInfinite(x) || Double.isNaN(y) || Double.isInfinite(y)) return;
        double d = averageDepth > 0 && !Double.isInfinite(averageDepth) ? averageDepth : 0.0;
        if (count == window) {
            double ox = xs[head], oy = ys[head];
            sx -= ox;
            sy -= oy;
            sxx -= ox * ox;
            sxy -= ox * oy;
            syy -= oy * oy;
            sd -= depths[head];
        } else {
            count++;
        }
        xs[head] = x;
        ys[head] = y;
        depths[head] = d;
        sx += x;
        sy += y;
        sxx += x * x;
        sxy += x * y;
        syy += y * y;
        sd += d;
        head = head + 1 == window ? 0 : head + 1;
        if (++sinceRecompute >= window) recompute();
    }

    private void recompute() {
        sinceRecompute = 0;
        sx = sy = sxx = sxy = syy = sd = 0;
        int start = count == window ? head : 0;
        for (int k = 0; k < count; k++) {
            int i = start + k;
            if (i >= window) i -= window;
            double x = xs[i], y = ys[i];
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
            syy += y * y;
            sd += depths[i];
        }
    }

    private double cxx() {
        return sxx - sx * sx / count;
    }

    private double cxy() {
        return sxy - sx * sy / count;
    }

    private double cyy() {
        return syy - sy * sy / count;
    }

    /** Slope β: points of mid change per size unit of OFI (or per unit of normalised OFI); NaN if undefined. */
    public double beta() {
        if (count < 2) return Double.NaN;
        double c = cxx();
        return c > 0 ? cxy() / c : Double.NaN;
    }

    /** Intercept α in points; NaN if undefined. */
    public double alpha() {
        double b = beta();
        return Double.isNaN(b) ? Double.NaN : (sy - b * sx) / count;
    }

    /** t-statistic of β (β over its OLS standard error, n − 2 degrees of freedom); NaN if undefined. */
    public double betaTStat() {
        if (count < 3) return Double.NaN;
        double c = cxx();
        if (!(c > 0)) return Double.NaN;
        double b = cxy() / c;
        double ssr = cyy() - b * cxy();
        if (ssr < 0) ssr = 0;
        double se = Math.sqrt(ssr / (count - 2) / c);
        if (se == 0) return b == 0 ? Double.NaN : Math.copySign(Double.POSITIVE_INFINITY, b);
        return b / se;
    }

    /** Coefficient of determination R² in [0, 1]; NaN if undefined. */
    public double rSquared() {
        if (count < 2) return Double.NaN;
        double c = cxx(), v = cyy();
        if (!(c > 0) || !(v > 0)) return Double.NaN;
        double r2 = cxy() * cxy() / (c * v);
        return r2 > 1 ? 1 : r2;
    }

    /** Mean of the intervals' average depth over the window, size units; NaN before data. */
    public double averageDepth() {
        return count > 0 && sd > 0 ? sd / count : Double.NaN;
    }

    /** Depth-implied impact {@code 1 / (2·AD)} over the window, points per size unit; NaN if undefined. */
    public double depthImpliedImpact() {
        double ad = averageDepth();
        return ad > 0 ? 1.0 / (2.0 * ad) : Double.NaN;
    }

    /** Observations in the window. */
    public int count() { return count; }

    /** Window length in intervals. */
    public int window() { return window; }

    /** True when the window is full. */
    public boolean isFull() { return count == window; }

    /** Forgets all observations. */
    public void reset() {
        head = 0;
        count = 0;
        sinceRecompute = 0;
        sx = sy = sxx = sxy = syy = sd = 0;
    }

    /**
     * Batch entry point: per bar, the rolling fit over the last {@code window} bars ending with it
     * (bars as intervals, as in {@link TickColumns#replayByBar}). Output arrays may be null;
     * undefined values are NaN.
     */
    public static void perBar(TickColumns ticks, long[] barStartMs, int nBars, long endMs, int window,
                              final double[] betaOut, final double[] tStatOut, final double[] rSquaredOut) {
        final OfiRegression reg = new OfiRegression(window);
        final OfiIntervals iv = new OfiIntervals(reg);
        OfiIntervals.replayByBar(ticks, barStartMs, nBars, endMs, iv, new IntConsumer() {
            @Override
            public void accept(int bar) {
                if (betaOut != null) betaOut[bar] = reg.beta();
                if (tStatOut != null) tStatOut[bar] = reg.betaTStat();
                if (rSquaredOut != null) rSquaredOut[bar] = reg.rSquared();
            }
        });
    }
}
