package io.orderflow.data.binance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;


/**
 * The obviously correct reconstruction for differential tests: two TreeMaps, Binance's procedure
 * written out plainly, and the top levels recorded after every applied diff.
 */
final class NaiveBook implements BinanceCaptureListener {
    final TreeMap<Long, Double> bids = new TreeMap<>(Comparator.reverseOrder());
    final TreeMap<Long, Double> asks = new TreeMap<>();
    final List<long[]> bufferedIds = new ArrayList<>();
    final List<Object[]> buffered = new ArrayList<>();
    final int levels;
    long lastId = -1;
    boolean haveSnapshot;
    /** Per applied diff: {u, bid prices..., ask prices...} and sizes. */
    final List<long[]> topPrices = new ArrayList<>();
    final List<double[]> topSizes = new ArrayList<>();

    NaiveBook(int levels) {
        this.levels = levels;
    }

    @Override
    public void onSnapshot(long lastUpdateId, int nBids, long[] bp, double[] bs, int nAsks, long[] ap, double[] as, long ns) {
        bids.clear();
        asks.clear();
        for (int i = 0; i < nBids; i++) bids.put(bp[i], bs[i]);
        for (int i = 0; i < nAsks; i++) asks.put(ap[i], as[i]);
        lastId = lastUpdateId;
        haveSnapshot = true;
        for (Object[] d : buffered) apply((long) d[0], (long) d[1], (long[]) d[2], (double[]) d[3], (long[]) d[4], (double[]) d[5]);
        buffered.clear();
    }

    @Override
    public void onDepthUpdate(long e, long first, long last, int nBids, long[] bp, double[] bs, int nAsks, long[] ap,
                              double[] as, long ns) {
        long[] bpc = java.util.Arrays.copyOf(bp, nBids), apc = java.util.Arrays.copyOf(ap, nAsks);
        double[] bsc = java.util.Arrays.copyOf(bs, nBids), asc = java.util.Arrays.copyOf(as, nAsks);
        if (!haveSnapshot) {
            buffered.add(new Object[] {first, last, bpc, bsc, apc, asc});
            return;
        }
        apply(first, last, bpc, bsc, apc, asc);
    }

    private void apply(long first, long last, long[] bp, double[] bs, long[] ap, double[] as) {
        if (last <= lastId) return;
        if (first > lastId + 1) throw new IllegalStateException("gap: U " + first + " after " + lastId);
        for (int i = 0; i < bp.length; i++) set(bids, bp[i], bs[i]);
        for (int i = 0; i < ap.length; i++) set(asks, ap[i], as[i]);
        lastId = last;
        int n = Math.min(levels, Math.min(bids.size(), asks.size()));
        long[] p = new long[1 + 2 * n];
        double[] s = new double[2 * n];
        p[0] = last;
        int k = 0;
        for (Map.Entry<Long, Double> en : bids.entrySet()) {
            if (k == n) break;
            p[1 + k] = en.getKey();
            s[k] = en.getValue();
            k++;
        }
        k = 0;
        for (Map.Entry<Long, Double> en : asks.entrySet()) {
            if (k == n) break;
            p[1 + n + k] = en.getKey();
            s[n + k] = en.getValue();
            k++;
        }
        topPrices.add(p);
        topSizes.add(s);
    }

    private static void set(TreeMap<Long, Double> side, long price, double size) {
        if (size == 0) side.remove(price);
        else side.put(price, size);
    }
}
