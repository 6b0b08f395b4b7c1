package io.orderflow.book;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Slow, obviously correct OFI and regression arithmetic recomputed from full lists, for
 * differential tests of the streaming calculators.
 */
final class ReferenceOfi {
    private ReferenceOfi() {
    }

    /** One quote. */
    record Quote(long timeMs, long bid, double bidSize, long ask, double askSize) {
        double mid() { return (bid + ask) / 2.0; }
    }

    /** One interval's aggregates. */
    record Interval(long startMs, double ofi, double midChange, double averageDepth, int ticks) {
    }

    /** Intervals of {@code periodMs} that contain at least one quote, in order. */
    static List<Interval> intervals(List<Quote> quotes, long periodMs) {
        Map<Long, List<Integer>> byStart = new LinkedHashMap<>();
        for (int i = 0; i < quotes.size(); i++) {
            long start = Math.floorDiv(quotes.get(i).timeMs(), periodMs) * periodMs;
            byStart.computeIfAbsent(start, k -> new ArrayList<>()).add(i);
        }
        List<Interval> out = new ArrayList<>();
        double prevMid = quotes.isEmpty() ? 0 : quotes.get(0).mid();
        for (Map.Entry<Long, List<Integer>> e : byStart.entrySet()) {
            double ofi = 0, depth = 0;
            for (int i : e.getValue()) {
                Quote q = quotes.get(i);
                if (i > 0) {
                    Quote p = quotes.get(i - 1);
                    ofi += OrderFlowImbalanceTest.referenceContribution(p.bid(), p.bidSize(), p.ask(), p.askSize(), q.bid(),
                            q.bidSize(), q.ask(), q.askSize());
                }
                depth += (q.bidSize() + q.askSize()) / 2;
            }
            int last = e.getValue().get(e.getValue().size() - 1);
            double mid = quotes.get(last).mid();
            out.add(new Interval(e.getKey(), ofi, mid - prevMid, depth / e.getValue().size(), e.getValue().size()));
            prevMid = mid;
        }
        return out;
    }

    /** OLS of y on x: {beta, alpha, tStat, rSquared}, each from the textbook centred formulas. */
    static double[] ols(double[] x, double[] y, int from, int to) {
        int n = to - from;
        double mx = 0, my = 0;
        for (int i = from; i < to; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= n;
        my /= n;
        double sxx = 0, sxy = 0, syy = 0;
        for (int i = from; i < to; i++) {
            sxx += (x[i] - mx) * (x[i] - mx);
            sxy += (x[i] - mx) * (y[i] - my);
            syy += (y[i] - my) * (y[i] - my);
        }
        double beta = sxy / sxx;
        double alpha = my - beta * mx;
        double ssr = 0;
        for (int i = from; i < to; i++) {
            double r = y[i] - alpha - beta * x[i];
            ssr += r * r;
        }
        double se = Math.sqrt(ssr / (n - 2) / sxx);
        return new double[] {beta, alpha, beta / se, 1 - ssr / syy};
    }
}
