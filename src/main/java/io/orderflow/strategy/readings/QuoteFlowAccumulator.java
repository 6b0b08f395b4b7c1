package io.orderflow.strategy.readings;

import io.orderflow.market.Tick;

/**
 * Per-bar sums of three level-1 quote-flow measures, updated tick by tick:
 * <ul>
 * <li><b>delta</b> by the tick rule on the mid: a tick whose mid is above the previous tick's mid
 * counts +1 (buy), below −1 (sell), unchanged 0 (unclassified, counted separately). Unit: ticks.
 * Dukascopy FX has no trade prints, so this is an estimate (provenance "mid tick rule").</li>
 * <li><b>OFI</b> of Cont, Kukanov and Stoikov (2014): per update
 * {@code e = [Pb>=Pb'] qb − [Pb<=Pb'] qb' − [Pa<=Pa'] qa + [Pa>=Pa'] qa'} (primes: previous tick),
 * summed over the bar. Unit: quoted size (millions for Dukascopy FX).</li>
 * <li><b>queue imbalance</b> {@code (qb − qa)/(qb + qa)} averaged over the bar's ticks.</li>
 * </ul>
 * The previous tick carries over across bars, so the first tick of a bar is compared with the last
 * tick of the previous one. O(1) and allocation-free per tick; not thread-safe.
 */
public final class QuoteFlowAccumulator {
    private boolean hasPrevious;
    private long prevBid, prevAsk, prevMid2;
    private double prevBidSize, prevAskSize;

    private double delta;
    private double ofi;
    private double imbalanceSum;
    private int imbalanceCount;
    private int upTicks, downTicks, unclassified;
    /** Sign of the last tick: +1 up, −1 down, 0 unchanged or first. */
    private int lastSign;

    /** Adds one tick to the current bar's sums. */
    public void onTick(Tick t) {
        long bid = t.bid();
        long ask = t.ask();
        double qb = t.bidVolume();
        double qa = t.askVolume();
        long mid2 = bid + ask;
        if (hasPrevious) {
            double e = 0;
            if (bid >= prevBid) e += qb;
            if (bid <= prevBid) e -= prevBidSize;
            if (ask <= prevAsk) e -= qa;
            if (ask >= prevAsk) e += prevAskSize;
            ofi += e;
            if (mid2 > prevMid2) {
                delta += 1;
                upTicks++;
                lastSign = 1;
            } else if (mid2 < prevMid2) {
                delta -= 1;
                downTicks++;
                lastSign = -1;
            } else {
                unclassified++;
                lastSign = 0;
            }
        } else {
            unclassified++;
            lastSign = 0;
        }
        double depth = qb + qa;
        if (depth > 0) {
            imbalanceSum += (qb - qa) / depth;
            imbalanceCount++;
        }
        hasPrevious = true;
        prevBid = bid;
        prevAsk = ask;
        prevMid2 = mid2;
        prevBidSize = qb;
        prevAskSize = qa;
    }

    /** Sign of the last tick's mid change: +1, −1, or 0 (unchanged, or the first tick). */
    public int lastSign() { return lastSign; }

    /** Delta of the current bar, ticks. */
    public double delta() { return delta; }

    /** OFI of the current bar, quoted-size units. */
    public double ofi() { return ofi; }

    /** Mean queue imbalance of the current bar, or 0 without ticks. */
    public double meanImbalance() { return imbalanceCount == 0 ? 0 : imbalanceSum / imbalanceCount; }

    public int upTicks() { return upTicks; }

    public int downTicks() { return downTicks; }

    /** Ticks whose mid did not change (or the very first tick). */
    public int unclassified() { return unclassified; }

    /** Starts a new bar (keeps the previous tick for the next comparison). */
    public void startBar() {
        delta = 0;
        ofi = 0;
        imbalanceSum = 0;
        imbalanceCount = 0;
        upTicks = downTicks = unclassified = 0;
    }

    /** Forgets everything, including the previous tick. */
    public void reset() {
        startBar();
        hasPrevious = false;
        lastSign = 0;
    }
}
