package io.orderflow.jforex.indicator;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.orderflow.book.DepthImbalance;
import io.orderflow.market.InstrumentSpec;
import io.orderflow.market.Tick;

/**
 * Tick and book imbalance (indicator {@code OF_IMBALANCE}). Outputs, all in [−1, 1] (+1 = all on
 * the buy side):
 * <ol start="0">
 * <li>tick-count imbalance of the bar: {@code (up − down) / (up + down)} of the mid's moves (mid tick
 * rule);</li>
 * <li>level-1 size imbalance at the bar's close: {@code (bid size − ask size) / (bid size + ask size)};</li>
 * <li>book imbalance over the best {@code levels} levels, from live depth only: history and the
 * Historical Tester carry one level, so this output is filled only for bars the indicator saw
 * live, with the value of the last live tick of the bar ({@link #onLiveTick}).</li>
 * </ol>
 */
public final class ImbalanceLogic extends BarIndicatorLogic<double[]> {
    private final InstrumentSpec spec;
    private final int levels;
    private final DepthImbalance depth;
    private final Tick tick = new Tick(Tick.DEFAULT_DEPTH_CAPACITY);
    private final long[] askPts = new long[Tick.DEFAULT_DEPTH_CAPACITY];
    private final long[] bidPts = new long[Tick.DEFAULT_DEPTH_CAPACITY];
    private final double[] askVol = new double[Tick.DEFAULT_DEPTH_CAPACITY];
    private final double[] bidVol = new double[Tick.DEFAULT_DEPTH_CAPACITY];
    private final Map<Long, Double> live = new ConcurrentHashMap<>();

    public ImbalanceLogic(InstrumentSpec spec, int levels, TickHistory history, AsyncBarResults.Executor executor,
                          AsyncBarResults.Progress progress, AsyncBarResults.Clock clock, long maxHistoryMs) {
        super(new ImbalanceComputation(), history, executor, progress, clock, maxHistoryMs);
        this.spec = spec;
        this.levels = Math.max(1, Math.min(Tick.DEFAULT_DEPTH_CAPACITY, levels));
        this.depth = new DepthImbalance(this.levels);
    }

    @Override
    public int outputs() { return 3; }

    @Override
    protected void write(double[] r, int j, double[][] out) {
        out[0][j] = r[ImbalanceComputation.TICKS];
        out[1][j] = r[ImbalanceComputation.LEVEL1];
    }

    @Override
    protected void afterWrite(long[] starts, int n, double[][] out) {
        for (int j = 0; j < n; j++) {
            Double v = live.get(starts[j]);
            out[2][j] = v == null ? Double.NaN : v;
        }
    }

    /**
     * The latest live tick with its depth ({@code ITick.getAsks()} … best first), for the bar starting
     * at {@code barStartMs}. A tick with fewer than two levels is ignored (no depth).
     *
     * @return the book imbalance recorded, or NaN when the tick had no depth
     */
    public synchronized double onLiveTick(long barStartMs, long timeMs, double[] asks, double[] askVolumes,
                                          double[] bids, double[] bidVolumes) {
        int n = Math.min(Math.min(asks.length, bids.length), Math.min(askVolumes.length, bidVolumes.length));
        n = Math.min(n, levels);
        if (n < 2) return Double.NaN;
        for (int i = 0; i < n; i++) {
            askPts[i] = spec.toPoints(asks[i]);
            bidPts[i] = spec.toPoints(bids[i]);
            askVol[i] = askVolumes[i];
            bidVol[i] = bidVolumes[i];
        }
        depth.onTick(tick.setDepth(timeMs, n, askPts, askVol, bidPts, bidVol));
        double v = depth.value();
        live.put(barStartMs, v);
        return v;
    }

    /** Levels used by the book imbalance. */
    public int levels() { return levels; }
}
