package io.orderflow.book;

import io.orderflow.market.BarEndListener;
import io.orderflow.market.Tick;
import io.orderflow.market.TickColumns;
import io.orderflow.market.TickSink;

/**
 * N-level depth imbalance {@code (Σ w_i·qb_i − Σ w_i·qa_i) / (Σ w_i·qb_i + Σ w_i·qa_i)} over the
 * best {@code N} levels of each side, with optional level weights (index 0 = best level).
 *
 * <p>In [−1, 1]; 0 when the book is empty. With one level it equals {@link QueueImbalance}. A tick
 * with fewer levels than {@code N} uses the levels it has. Any imbalance is what a spoofer targets:
 * see {@link SpoofScore#robustImbalance()} for a version that discounts levels whose size keeps
 * being pulled.
 *
 * <p>Needs depth beyond level 1: live JForex (up to 10 levels) or a recording; in the Historical
 * Tester it degrades to the level-1 queue imbalance. Units: sizes in the source's unit. O(N) per
 * tick, no allocation. Single-threaded.
 */
public final class DepthImbalance implements TickSink {
    private final double[] weights;
    private double value;
    private double bidDepth;
    private double askDepth;
    private int levelsUsed;

    /** Equal weights over the best {@code levels} levels. */
    public DepthImbalance(int levels) {
        this(equalWeights(levels));
    }

    /** Weights for levels 0..weights.length−1 (copied); each must be finite and ≥ 0. */
    public DepthImbalance(double[] weights) {
        if (weights.length < 1) throw new IllegalArgumentException("need at least one level weight");
        for (int i = 0; i < weights.length; i++) {
            if (!(weights[i] >= 0) || Double.isInfinite(weights[i])) {
                throw new IllegalArgumentException("weight " + i + " must be finite and >= 0, was " + weights[i]);
            }
        }
        this.weights = weights.clone();
    }

    /** {@code levels} weights of 1. */
    public static double[] equalWeights(int levels) {
        if (levels < 1) throw new IllegalArgumentException("levels must be >= 1, was " + levels);
        double[] w = new double[levels];
        java.util.Arrays.fill(w, 1.0);
        return w;
    }

    /** Weights halving every {@code halveEvery} levels: {@code w_i = 0.5^(i / halveEvery)} (Bookmap style). */
    public static double[] halvingWeights(int levels, double halveEvery) {
        if (levels < 1) throw new IllegalArgumentException("levels must be >= 1, was " + levels);
        if (!(halveEvery > 0)) throw new IllegalArgumentException("halveEvery must be > 0, was " + halveEvery);
        double[] w = new double[levels];
        for (int i = 0; i < levels; i++) w[i] = Math.pow(0.5, i / halveEvery);
        return w;
    }

    @Override
    public void onTick(Tick tick) {
        int n = Math.min(weights.length, tick.levels());
        double b = 0, a = 0;
        for (int i = 0; i < n; i++) {
            double w = weights[i];
            b += w * tick.bidVolume(i);
            a += w * tick.askVolume(i);
        }
        bidDepth = b;
        askDepth = a;
        levelsUsed = n;
        double s = b + a;
        value = s > 0 ? (b - a) / s : 0.0;
    }

    /** Imbalance of the latest tick in [−1, 1]. */
    public double value() { return value; }

    /** Weighted bid size over the levels used, size units. */
    public double weightedBidDepth() { return bidDepth; }

    /** Weighted ask size over the levels used, size units. */
    public double weightedAskDepth() { return askDepth; }

    /** Levels used for the latest tick (min of N and the tick's levels). */
    public int levelsUsed() { return levelsUsed; }

    /** Levels configured (N). */
    public int levels() { return weights.length; }

    /** Weight of level {@code i}. */
    public double weight(int i) { return weights[i]; }

    /** Forgets the latest value. */
    public void reset() {
        value = 0;
        bidDepth = 0;
        askDepth = 0;
        levelsUsed = 0;
    }

    /**
     * Batch entry point: the imbalance at each bar's close (last tick at or before its end), NaN
     * before the first tick. Bars as in {@link TickColumns#replayByBar}.
     */
    public static void perBar(TickColumns ticks, long[] barStartMs, int nBars, long endMs, double[] weights,
                              final double[] out) {
        final DepthImbalance di = new DepthImbalance(weights);
        ticks.replayByBar(barStartMs, nBars, endMs, di, new BarEndListener() {
            @Override
            public void onBarEnd(int bar, long barEndMs) {
                if (bar >= 0) out[bar] = di.levelsUsed > 0 ? di.value : Double.NaN;
            }
        });
    }
}
