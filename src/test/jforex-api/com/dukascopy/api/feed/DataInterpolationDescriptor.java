/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api.feed;

import com.dukascopy.api.Period;
import com.dukascopy.api.PriceRange;
import com.dukascopy.api.ReversalAmount;
import com.dukascopy.api.system.ITesterClient.InterpolationMethod;

/** Tick interpolation used to build price-aggregation bars from history. */
public enum DataInterpolationDescriptor {
    ALL_TICKS(null, Period.TICK),
    ONE_MIN_OPEN_TICK(InterpolationMethod.OPEN_TICK, Period.ONE_MIN),
    ONE_MIN_CLOSE_TICK(InterpolationMethod.CLOSE_TICK, Period.ONE_MIN),
    ONE_MIN_FOUR_TICKS(InterpolationMethod.FOUR_TICKS, Period.ONE_MIN),
    ONE_MIN_CUBIC_SPLINE(InterpolationMethod.CUBIC_SPLINE, Period.ONE_MIN),
    ONE_HOUR_OPEN_TICK(InterpolationMethod.OPEN_TICK, Period.ONE_HOUR),
    ONE_HOUR_CLOSE_TICK(InterpolationMethod.CLOSE_TICK, Period.ONE_HOUR),
    ONE_HOUR_FOUR_TICKS(InterpolationMethod.FOUR_TICKS, Period.ONE_HOUR),
    ONE_HOUR_CUBIC_SPLINE(InterpolationMethod.CUBIC_SPLINE, Period.ONE_HOUR),
    DEFAULT(InterpolationMethod.CUBIC_SPLINE, null);

    private final InterpolationMethod interpolationMethod;
    private final Period interpolateFromPeriod;

    DataInterpolationDescriptor(InterpolationMethod interpolationMethod, Period interpolateFromPeriod) {
        this.interpolationMethod = interpolationMethod;
        this.interpolateFromPeriod = interpolateFromPeriod;
    }

    /** Null for ALL_TICKS. */
    public InterpolationMethod getInterpolationMethod() {
        return interpolationMethod;
    }

    /** Candle period the ticks come from; for DEFAULT it depends on the (pips + reversal) size. */
    public Period getInterpolateFromPeriod(PriceRange priceRange, ReversalAmount reversalAmount) {
        if (interpolateFromPeriod != null) {
            return interpolateFromPeriod;
        }
        return getSuitableDataInterpolationDescriptor(priceRange, reversalAmount).interpolateFromPeriod;
    }

    public static DataInterpolationDescriptor getSuitableDataInterpolationDescriptor(PriceRange priceRange) {
        return suitable(priceRange.getPipCount());
    }

    public static DataInterpolationDescriptor getSuitableDataInterpolationDescriptor(PriceRange priceRange, ReversalAmount reversalAmount) {
        int pips = priceRange == null ? 0 : priceRange.getPipCount();
        int reversal = reversalAmount == null ? 0 : reversalAmount.getAmount();
        return suitable(pips + reversal);
    }

    private static DataInterpolationDescriptor suitable(int pips) {
        if (pips <= 2) {
            return ALL_TICKS;
        }
        return pips <= 10 ? ONE_MIN_CUBIC_SPLINE : ONE_HOUR_CUBIC_SPLINE;
    }
}
