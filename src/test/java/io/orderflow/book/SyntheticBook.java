package io.orderflow.book;

import java.util.Random;

import io.orderflow.market.Tick;
import io.orderflow.testing.Seeds;

/**
 * A synthetic 10-level book for detector scenarios: contiguous price levels one point apart,
 * sizes around 1 with noise, a clock advancing {@code stepMs} per update. Sizes can be overridden
 * at a given price for one update ({@link #override}). Seeded, so scenarios are reproducible.
 */
final class SyntheticBook {
    static final int LEVELS = 10;
    final Random random;
    final long stepMs;
    long timeMs = 1_000_000;
    long bestBid = 100_000;
    int spread = 2;
    private final long[] bp = new long[LEVELS], ap = new long[LEVELS];
    private final double[] bs = new double[LEVELS], as = new double[LEVELS];
    private long overridePrice = -1;
    private double overrideSize;
    private final Tick tick = new Tick(LEVELS);

    SyntheticBook(long seed, long stepMs) {
        this.random = Seeds.random(seed);
        this.stepMs = stepMs;
    }

    long bestAsk() { return bestBid + spread; }

    /** Sets the size shown at {@code price} (either side) in the next tick only. */
    void override(long price, double size) {
        overridePrice = price;
        overrideSize = size;
    }

    /** The next update: normal noise everywhere, plus the override if any. */
    Tick next() {
        timeMs += stepMs;
        for (int i = 0; i < LEVELS; i++) {
            bp[i] = bestBid - i;
            ap[i] = bestAsk() + i;
            bs[i] = 0.5 + random.nextDouble();
            as[i] = 0.5 + random.nextDouble();
            if (bp[i] == overridePrice) bs[i] = overrideSize;
            if (ap[i] == overridePrice) as[i] = overrideSize;
        }
        overridePrice = -1;
        return tick.setDepth(timeMs, LEVELS, ap, as, bp, bs);
    }
}
