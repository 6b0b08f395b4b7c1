package io.orderflow.strategy.ta4j;

import org.ta4j.core.BarSeries;
import org.ta4j.core.Indicator;
import org.ta4j.core.indicators.helpers.HighPriceIndicator;
import org.ta4j.core.indicators.helpers.HighestValueIndicator;
import org.ta4j.core.indicators.helpers.LowPriceIndicator;
import org.ta4j.core.indicators.helpers.LowestValueIndicator;
import org.ta4j.core.indicators.helpers.PreviousValueIndicator;
import org.ta4j.core.num.Num;

/**
 * Donchian channel edges for breakouts, composed from ta4j 0.15 parts (0.15 has no Donchian
 * indicator): the highest high and lowest low of the {@code n} bars <em>before</em> the current one,
 * so that a close above the upper edge is a breakout of the prior range. At index {@code i} the
 * window is bars {@code max(0, i−n) .. i−1}; at index 0 it is bar 0 itself.
 */
public final class Donchian {
    private Donchian() {
    }

    /** Highest high of the previous {@code n} bars. */
    public static Indicator<Num> upper(BarSeries series, int n) {
        return new PreviousValueIndicator(new HighestValueIndicator(new HighPriceIndicator(series), n));
    }

    /** Lowest low of the previous {@code n} bars. */
    public static Indicator<Num> lower(BarSeries series, int n) {
        return new PreviousValueIndicator(new LowestValueIndicator(new LowPriceIndicator(series), n));
    }
}
