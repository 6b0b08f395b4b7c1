package io.orderflow.book;

import org.junit.jupiter.api.Tag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.orderflow.market.OfferSide;
import io.orderflow.market.Tick;
import io.orderflow.testing.Seeds;

/**
 * {@link DepthEventTracker} against the classification rules written out plainly with maps, on
 * random books that shift, thin out, fill up and flicker.
 */
@Tag("slow")
class ReferenceDepthEventsTest {
    /** {added[level], pulled[level], consumed[level]} of one side for one update, by the rules. */
    static double[][] reference(long[] prevP, double[] prevS, long[] curP, double[] curS, boolean bids, int view) {
        int levels = Math.max(view, Math.max(prevP.length, curP.length));
        double[][] out = new double[3][levels];
        Map<Long, Integer> prevIdx = new HashMap<>(), curIdx = new HashMap<>();
        for (int i = 0; i < prevP.length; i++) prevIdx.put(prevP[i], i);
        for (int j = 0; j < curP.length; j++) curIdx.put(curP[j], j);
        boolean prevTrunc = prevP.length >= view, curTrunc = curP.length >= view;
        for (int i = 0; i < prevP.length; i++) {
            long p = prevP[i];
            Integer j = curIdx.get(p);
            if (j == null) {
                boolean throughTouch = curP.length == 0 || (bids ? p > curP[0] : p < curP[0]);
                boolean insideView = !curTrunc || (bids ? p > curP[curP.length - 1] : p < curP[curP.length - 1]);
                if (i == 0 || throughTouch) out[2][i] += prevS[i];
                else if (insideView) out[1][i] += prevS[i];
            } else {
                double d = curS[j] - prevS[i];
                if (d > 0) out[0][j] += d;
                if (d < 0) {
                    if (i == 0 || j == 0) out[2][i] -= d;
                    else out[1][i] -= d;
                }
            }
        }
        for (int j = 0; j < curP.length; j++) {
            long p = curP[j];
            if (prevIdx.containsKey(p)) continue;
            boolean insidePrevView = !prevTrunc || (bids ? p > prevP[prevP.length - 1] : p < prevP[prevP.length - 1]);
            if (insidePrevView) out[0][j] += curS[j];
        }
        return out;
    }

    @Test
    void trackerFollowsTheRulesOnRandomBooks() {
        long seed = 31337;
        Random r = Seeds.random(seed);
        int view = 10;
        DepthEventTracker tr = new DepthEventTracker(view);
        long[][] prevP = null;
        double[][] prevS = null;
        long best = 10_000;
        int aligned = 0, shifted = 0;
        List<Long> ladderB = new ArrayList<>(), ladderA = new ArrayList<>();
        double[] sizesB = new double[view], sizesA = new double[view];
        int n = view;
        for (int u = 0; u < 50_000; u++) {
            int move = r.nextInt(10);
            if (move == 0) best += r.nextInt(5) - 2;
            if (move == 1) n = 1 + r.nextInt(view);
            if (move == 2) n = view;
            ladderB.clear();
            ladderA.clear();
            long pb = best, pa = best + 1 + r.nextInt(2);
            for (int i = 0; i < n; i++) {
                ladderB.add(pb);
                ladderA.add(pa);
                pb -= 1 + (r.nextInt(8) == 0 ? r.nextInt(3) : 0);
                pa += 1 + (r.nextInt(8) == 0 ? r.nextInt(3) : 0);
            }
            for (int i = 0; i < view; i++) {
                if (r.nextInt(3) == 0) sizesB[i] = r.nextInt(10) * 0.5;
                if (r.nextInt(3) == 0) sizesA[i] = r.nextInt(10) * 0.5;
            }
            long[] bp = new long[n], ap = new long[n];
            double[] bs = new double[n], as = new double[n];
            for (int i = 0; i < n; i++) {
                bp[i] = ladderB.get(i);
                ap[i] = ladderA.get(i);
                bs[i] = sizesB[i] + 0.25;
                as[i] = sizesA[i] + 0.25;
            }
            Tick t = new Tick(view).setDepth(u, n, ap, as, bp, bs);
            tr.onTick(t);
            if (prevP != null) {
                if (java.util.Arrays.equals(prevP[0], bp)) aligned++;
                else shifted++;
                for (int s = 0; s < 2; s++) {
                    boolean bids = s == 0;
                    OfferSide side = bids ? OfferSide.BID : OfferSide.ASK;
                    double[][] ref = reference(prevP[s], prevS[s], bids ? bp : ap, bids ? bs : as, bids, view);
                    double sa = 0, sp = 0, sc = 0;
                    for (int l = 0; l < view; l++) {
                        String m = "seed " + seed + " update " + u + " " + side + " level " + l;
                        assertEquals(ref[0][l], tr.lastAddedAt(side, l), 0.0, m + " added");
                        if (l < n) {
                            // the one-price lookups used by SpoofScore agree with the breakdown
                            assertEquals(tr.lastAddedAt(side, l), tr.addedAt(s, l), 0.0, m + " added lookup");
                            assertEquals(tr.sizeBefore(side, l), tr.sizeBefore(s, l), 0.0, m + " before lookup");
                        }
                        assertEquals(ref[1][l], tr.lastPulledAt(side, l), 0.0, m + " pulled");
                        assertEquals(ref[2][l], tr.lastConsumedAt(side, l), 0.0, m + " consumed");
                        sa += ref[0][l];
                        sp += ref[1][l];
                        sc += ref[2][l];
                    }
                    assertEquals(sa, tr.lastAdded(side), 1e-9);
                    assertEquals(sp, tr.lastPulled(side), 1e-9);
                    assertEquals(sc, tr.lastConsumed(side), 1e-9);
                }
            }
            prevP = new long[][] {bp, ap};
            prevS = new double[][] {bs, as};
        }
        System.out.println("depth events reference: " + aligned + " aligned updates, " + shifted + " shifted");
    }
}
