package io.orderflow.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.orderflow.market.Tick;

/**
 * A seeded synthetic 10-level FX-like book for manipulation tests: a touch that trends up and down
 * in phases (so that technical signals fire), noisy sizes around 1, and — in "spoofing" phases —
 * large size planted 3–5 levels from the touch on one side and pulled after a few updates, while the
 * price drifts the way the fake size suggests. Ticks are independent objects (a list), times in ms.
 */
public final class SpoofedBook {
    private SpoofedBook() {
    }

    /**
     * @param startMs  time of the first update
     * @param updates  number of updates
     * @param stepMs   time between updates
     * @param levels   levels per side (1 gives a top-of-book tape)
     */
    public static List<Tick> generate(long seed, long startMs, int updates, long stepMs, int levels) {
        Random r = Seeds.random(seed);
        List<Tick> out = new ArrayList<>(updates);
        long best = 110_000;
        int phaseLeft = 0;
        int trend = 0;
        boolean spoofing = false;
        boolean spoofBid = true;
        int spoofLeft = 0;
        long spoofPrice = 0;
        for (int u = 0; u < updates; u++) {
            if (phaseLeft-- <= 0) {
                phaseLeft = 300 + r.nextInt(1200);
                trend = r.nextInt(3) - 1;
                spoofing = r.nextInt(3) == 0;
                spoofBid = r.nextBoolean();
            }
            int m = r.nextInt(10);
            if (m < 2) best += trend != 0 && r.nextInt(3) > 0 ? trend : (r.nextBoolean() ? 1 : -1);
            if (spoofLeft > 0 && r.nextInt(3) == 0) best += spoofBid ? 1 : -1;
            long[] bp = new long[levels], ap = new long[levels];
            double[] bs = new double[levels], as = new double[levels];
            for (int i = 0; i < levels; i++) {
                bp[i] = best - i;
                ap[i] = best + 2 + i;
                bs[i] = 0.5 + r.nextDouble();
                as[i] = 0.5 + r.nextDouble();
            }
            if (spoofing && levels > 5 && spoofLeft == 0 && r.nextInt(12) == 0) {
                int level = 3 + r.nextInt(3);
                spoofPrice = spoofBid ? bp[level] : ap[level];
                spoofLeft = 3 + r.nextInt(8);
            }
            if (spoofLeft > 0) {
                spoofLeft--;
                for (int i = 0; i < levels; i++) {
                    if (spoofBid && bp[i] == spoofPrice) bs[i] = 12;
                    if (!spoofBid && ap[i] == spoofPrice) as[i] = 12;
                }
            }
            out.add(new Tick(levels).setDepth(startMs + u * stepMs, levels, ap, as, bp, bs));
        }
        return out;
    }
}
