package io.orderflow.book;

import io.orderflow.market.OfferSide;

/**
 * Receives the evidence of each pulled candidate ("flash") found by {@link SpoofScore}, on the
 * thread that feeds it. Evidence, never a verdict: legitimate liquidity providers also post and
 * pull size.
 */
public interface SpoofListener {
    /**
     * @param timeMs          time of the update in which the size was pulled, ms UTC
     * @param side            side of the pulled size
     * @param pricePoints     its price, points
     * @param level           its level when it appeared (0 = touch)
     * @param distancePoints  its distance from the touch when it appeared, points
     * @param sizeMultiple    its size when it appeared divided by the level's baseline
     * @param lifeMs          time from appearance to pull, ms
     * @param driftPoints     mid change during its life, points, signed so that positive is the
     *                        direction the size suggested (up for a bid, down for an ask)
     * @param sideScore       the side's score after this flash, in [0, 1]
     */
    void onFlash(long timeMs, OfferSide side, long pricePoints, int level, long distancePoints, double sizeMultiple,
                 long lifeMs, double driftPoints, double sideScore);
}
