package io.orderflow.bench;

import io.orderflow.market.Tick;

/**
 * The floor of the per-level work every depth update needs under the definition of the depth
 * events and the manipulation evidence, fused into one pass per side and nothing else: read the
 * prices and sizes, compare each price with the previous book, the added / pulled / consumed
 * totals for a ladder that kept its shape, the side sums and the imbalance, the two EWMAs of the
 * level baseline and the candidate size test at every level. No merge of a reshaped ladder, no
 * candidates followed, no evidence decay: what any implementation must at least do. Benchmark
 * code only (src/jmh); single-threaded.
 */
final class DepthFloor {
    private final long[][] prevKey = new long[2][10];
    private final double[][] prevSize = new double[2][10];
    private final double[][] base = new double[2][10];
    private final double[][] var = new double[2][10];
    private final double alpha = 1 - Math.pow(0.5, 1.0 / 100);
    private final double k = 4;
    double added, pulled, consumed, imbalance;
    int large, reshaped;

    void onTick(Tick t) {
        int n = Math.min(10, t.levels());
        double b = side(0, t, n), a = side(1, t, n);
        double s = b + a;
        imbalance = s > 0 ? (b - a) / s : 0;
    }

    private double side(int s, Tick t, int n) {
        long[] pk = prevKey[s];
        double[] ps = prevSize[s], bl = base[s], vr = var[s];
        double sum = 0, add = 0, pull = 0, cons = 0;
        boolean aligned = true;
        int big = 0;
        for (int i = 0; i < n; i++) {
            long key = s == 0 ? t.bidPrice(i) : -t.askPrice(i);
            double sz = s == 0 ? t.bidVolume(i) : t.askVolume(i);
            aligned &= key == pk[i];
            double d = sz - ps[i];
            double up = Math.max(d, 0), down = Math.max(-d, 0);
            add += up;
            if (i == 0) cons += down; else pull += down;
            sum += sz;
            double bi = bl[i];
            double x = Math.min(sz, k * bi);
            double dd = x - bi;
            bl[i] = bi > 0 ? bi + alpha * dd : sz;
            vr[i] = bi > 0 ? (1 - alpha) * (vr[i] + alpha * dd * dd) : 0;
            big += sz >= k * bi & bi > 0 ? 1 : 0;
            pk[i] = key;
            ps[i] = sz;
        }
        if (aligned) {
            added += add;
            pulled += pull;
            consumed += cons;
        } else {
            reshaped++;
        }
        large += big;
        return sum;
    }
}
