package io.orderflow.book;

import io.orderflow.market.OfferSide;

/**
 * One bar of {@link DepthBars}: depth imbalance, depth events, multi-level OFI and manipulation
 * evidence. A mutable holder reused from bar to bar; single-threaded.
 *
 * <p>Units: prices in points, sizes in the source's unit, times ms UTC, imbalances and scores in
 * [−1, 1] and [0, 1].
 */
public final class DepthBar {
    private final int levels;
    private long startMs;
    private long updates;
    private double imbalance;
    private double robustImbalance;
    private double ofi;
    private final double[] added = new double[2];
    private final double[] pulled = new double[2];
    private final double[] consumed = new double[2];
    private final long[] flashes = new long[2];
    private final double[] score = new double[2];
    private double maxScore;
    private OfferSide flashSide;
    private long flashTime;
    private long flashPrice;
    private int flashLevel;
    private double flashMultiple;
    private long flashLife;
    private double flashDrift;

    DepthBar(int levels) {
        this.levels = levels;
    }

    void begin(long start) {
        startMs = start;
        updates = 0;
        imbalance = robustImbalance = ofi = 0;
        for (int s = 0; s < 2; s++) {
            added[s] = pulled[s] = consumed[s] = 0;
            flashes[s] = 0;
            score[s] = 0;
        }
        maxScore = 0;
        flashSide = null;
        flashTime = flashPrice = flashLife = 0;
        flashLevel = -1;
        flashMultiple = flashDrift = Double.NaN;
    }

    void update(double imb, double robust, double ofiUpdate, double addedBid, double addedAsk, double pulledBid,
                double pulledAsk, double consumedBid, double consumedAsk, double scoreBid, double scoreAsk) {
        updates++;
        imbalance = imb;
        robustImbalance = robust;
        ofi += ofiUpdate;
        added[0] += addedBid;
        added[1] += addedAsk;
        pulled[0] += pulledBid;
        pulled[1] += pulledAsk;
        consumed[0] += consumedBid;
        consumed[1] += consumedAsk;
        score[0] = scoreBid;
        score[1] = scoreAsk;
        double m = Math.max(scoreBid, scoreAsk);
        if (m > maxScore) maxScore = m;
    }

    void flash(long timeMs, OfferSide side, long price, int level, double multiple, long life, double drift) {
        flashes[DepthEventTracker.index(side)]++;
        flashSide = side;
        flashTime = timeMs;
        flashPrice = price;
        flashLevel = level;
        flashMultiple = multiple;
        flashLife = life;
        flashDrift = drift;
    }

    /** Levels used by the imbalance and the OFI. */
    public int levels() { return levels; }

    /** Bar start, ms UTC. */
    public long startMs() { return startMs; }

    /** Depth updates in the bar. */
    public long updates() { return updates; }

    /** Equal-weight book imbalance over the best {@link #levels()} levels at the bar's last update, [−1, 1]. */
    public double imbalance() { return imbalance; }

    /** The detector's spoof-robust imbalance at the bar's last update, [−1, 1]. */
    public double robustImbalance() { return robustImbalance; }

    /** Multi-level OFI summed over the levels and the bar's updates, size units (+ = buying pressure). */
    public double ofi() { return ofi; }

    /** Size added on {@code side} during the bar. */
    public double added(OfferSide side) { return added[DepthEventTracker.index(side)]; }

    /** Size pulled behind the touch on {@code side} during the bar. */
    public double pulled(OfferSide side) { return pulled[DepthEventTracker.index(side)]; }

    /** Size consumed at or through the touch on {@code side} during the bar. */
    public double consumed(OfferSide side) { return consumed[DepthEventTracker.index(side)]; }

    /** Flashes (large size added away from the touch and pulled before it could trade) on {@code side}. */
    public long flashes(OfferSide side) { return flashes[DepthEventTracker.index(side)]; }

    /** Manipulation score of {@code side} at the bar's last update, [0, 1]. */
    public double score(OfferSide side) { return score[DepthEventTracker.index(side)]; }

    /** Highest score of either side at any update of the bar, [0, 1]. */
    public double maxScore() { return maxScore; }

    /** Side of the bar's last flash, or null if the bar had none. */
    public OfferSide flashSide() { return flashSide; }

    /** Time of the bar's last flash (the update that pulled it), ms UTC. */
    public long flashTimeMs() { return flashTime; }

    /** Price of the bar's last flash, points. */
    public long flashPricePoints() { return flashPrice; }

    /** Level (0 = touch) at which the bar's last flash appeared; −1 if none. */
    public int flashLevel() { return flashLevel; }

    /** Size of the bar's last flash over its level's baseline; NaN if none. */
    public double flashSizeMultiple() { return flashMultiple; }

    /** Life of the bar's last flash, ms. */
    public long flashLifeMs() { return flashLife; }

    /** Mid drift during the last flash's life, points, + = the way the size suggested; NaN if none. */
    public double flashDriftPoints() { return flashDrift; }
}
