package io.orderflow.strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.orderflow.market.Bar;
import io.orderflow.market.Tick;

/**
 * Slow, obviously-correct recomputations used as test oracles: bars grouped from a tick list,
 * indicators over whole arrays with the formulas ta4j 0.15 documents, z-scores and slopes by two
 * passes, value areas from a TreeMap. Nothing here shares code with {@code src/main} beyond the
 * market types.
 */
public final class SlowReference {
    private SlowReference() {
    }

    /** A time bar as a list of its ticks' indices into the tick list. */
    public static final class SlowBar {
        public final long start;
        public final List<Integer> ticks = new ArrayList<>();

        SlowBar(long start) {
            this.start = start;
        }

        public long bidHigh(List<Tick> all) {
            long h = Long.MIN_VALUE;
            for (int i : ticks) h = Math.max(h, all.get(i).bid());
            return h;
        }

        public long bidLow(List<Tick> all) {
            long l = Long.MAX_VALUE;
            for (int i : ticks) l = Math.min(l, all.get(i).bid());
            return l;
        }

        public long bidClose(List<Tick> all) {
            return all.get(ticks.get(ticks.size() - 1)).bid();
        }

        public int last() {
            return ticks.get(ticks.size() - 1);
        }
    }

    /** Non-empty bars of {@code periodMs} aligned to the epoch. */
    public static List<SlowBar> bars(List<Tick> ticks, long periodMs) {
        List<SlowBar> out = new ArrayList<>();
        SlowBar cur = null;
        for (int i = 0; i < ticks.size(); i++) {
            long start = Math.floorDiv(ticks.get(i).timeMs(), periodMs) * periodMs;
            if (cur == null || cur.start != start) {
                cur = new SlowBar(start);
                out.add(cur);
            }
            cur.ticks.add(i);
        }
        return out;
    }

    public static double[] ema(double[] x, int n) {
        double k = 2.0 / (n + 1);
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) out[i] = i == 0 ? x[0] : (x[i] - out[i - 1]) * k + out[i - 1];
        return out;
    }

    /** Wilder's average as ta4j's MMAIndicator: seeded with the first value, then 1/n smoothing. */
    public static double[] wilder(double[] x, int n) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) out[i] = i == 0 ? x[0] : out[i - 1] + (x[i] - out[i - 1]) / n;
        return out;
    }

    /** True range as ta4j: bar 0 is its high − low. */
    public static double[] trueRange(double[] h, double[] l, double[] c) {
        double[] tr = new double[h.length];
        for (int i = 0; i < h.length; i++) {
            tr[i] = i == 0 ? h[i] - l[i]
                    : Math.max(h[i] - l[i], Math.max(Math.abs(h[i] - c[i - 1]), Math.abs(c[i - 1] - l[i])));
        }
        return tr;
    }

    /** ADX as ta4j 0.15: Wilder(DX), DX from Wilder(+DM)/ATR and Wilder(−DM)/ATR. */
    public static double[] adx(double[] h, double[] l, double[] c, int n) {
        int len = h.length;
        double[] pdm = new double[len];
        double[] mdm = new double[len];
        for (int i = 1; i < len; i++) {
            double up = h[i] - h[i - 1];
            double down = l[i - 1] - l[i];
            pdm[i] = up > down && up > 0 ? up : 0;
            mdm[i] = down > up && down > 0 ? down : 0;
        }
        double[] atr = wilder(trueRange(h, l, c), n);
        double[] ap = wilder(pdm, n);
        double[] am = wilder(mdm, n);
        double[] dx = new double[len];
        for (int i = 0; i < len; i++) {
            double p = ap[i] / atr[i] * 100;
            double m = am[i] / atr[i] * 100;
            dx[i] = p + m == 0 ? 0 : Math.abs(p - m) / (p + m) * 100;
        }
        return wilder(dx, n);
    }

    /** ta4j's CrossIndicator(up = b, low = a): a crosses above b at i (equal values walk back). */
    public static boolean crossedUp(double[] a, double[] b, int i) {
        if (i == 0 || b[i] >= a[i]) return false;
        int k = i - 1;
        if (b[k] > a[k]) return true;
        while (k > 0 && b[k] == a[k]) k--;
        return k != 0 && b[k] > a[k];
    }

    /** Highest of x over [i−n, i−1] (x[0] at i = 0): the Donchian upper edge before bar i. */
    public static double[] priorHighest(double[] x, int n) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            int to = Math.max(0, i - 1);
            double m = Double.NEGATIVE_INFINITY;
            for (int k = Math.max(0, to - n + 1); k <= to; k++) m = Math.max(m, x[k]);
            out[i] = m;
        }
        return out;
    }

    public static double[] priorLowest(double[] x, int n) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            int to = Math.max(0, i - 1);
            double m = Double.POSITIVE_INFINITY;
            for (int k = Math.max(0, to - n + 1); k <= to; k++) m = Math.min(m, x[k]);
            out[i] = m;
        }
        return out;
    }

    /** z of x[i] against x[i−w..i−1] (fewer at the start), population deviation; 0 without spread. */
    public static double z(double[] x, int i, int w) {
        int from = Math.max(0, i - w);
        int k = i - from;
        if (k < 2) return 0;
        double mean = 0;
        for (int j = from; j < i; j++) mean += x[j];
        mean /= k;
        double var = 0;
        for (int j = from; j < i; j++) var += (x[j] - mean) * (x[j] - mean);
        var /= k;
        return var <= 1e-12 * (1 + mean * mean) ? 0 : (x[i] - mean) / Math.sqrt(var);
    }

    /** OLS slope of cum over the trailing bars of the same session (at most s); the bar's delta for one bar. */
    public static double slope(double[] cum, long[] session, int b, int s, double barDelta) {
        List<Double> ys = new ArrayList<>();
        for (int j = b; j >= 0 && j > b - s && session[j] == session[b]; j--) ys.add(0, cum[j]);
        int n = ys.size();
        if (n < 2) return barDelta;
        double mx = (n - 1) / 2.0;
        double my = 0;
        for (double y : ys) my += y;
        my /= n;
        double num = 0;
        double den = 0;
        for (int k = 0; k < n; k++) {
            num += (k - mx) * (ys.get(k) - my);
            den += (k - mx) * (k - mx);
        }
        return num / den;
    }

    /** {POC row, VAL row, VAH row}: POC lowest among ties; grow one row toward the larger side, ties up. */
    public static long[] valueArea(TreeMap<Long, Double> rows, double share) {
        double total = 0;
        long poc = rows.firstKey();
        for (Map.Entry<Long, Double> en : rows.entrySet()) {
            total += en.getValue();
            if (en.getValue() > rows.get(poc)) poc = en.getKey();
        }
        long lo = poc;
        long hi = poc;
        double in = rows.get(poc);
        while (in < share * total && (lo > rows.firstKey() || hi < rows.lastKey())) {
            double up = hi < rows.lastKey() ? rows.getOrDefault(hi + 1, 0.0) : -1;
            double down = lo > rows.firstKey() ? rows.getOrDefault(lo - 1, 0.0) : -1;
            if (up >= down) {
                hi++;
                in += up;
            } else {
                lo--;
                in += down;
            }
        }
        return new long[] {poc, lo, hi};
    }

    /** The bar that closed an engine bar, as the engine's TimeBarAggregator would have emitted it. */
    public static Bar toBar(SlowBar b, List<Tick> all, long periodMs) {
        long bo = Long.MIN_VALUE, bh = Long.MIN_VALUE, bl = Long.MAX_VALUE, bc = 0;
        long ao = 0, ah = Long.MIN_VALUE, al = Long.MAX_VALUE, ac = 0;
        double bv = 0, av = 0;
        for (int i : b.ticks) {
            Tick t = all.get(i);
            if (bo == Long.MIN_VALUE) {
                bo = t.bid();
                ao = t.ask();
            }
            bh = Math.max(bh, t.bid());
            bl = Math.min(bl, t.bid());
            ah = Math.max(ah, t.ask());
            al = Math.min(al, t.ask());
            bc = t.bid();
            ac = t.ask();
            bv += t.bidVolume();
            av += t.askVolume();
        }
        return new Bar(b.start, b.start + periodMs, bo, bh, bl, bc, ao, ah, al, ac, bv, av, b.ticks.size());
    }
}
