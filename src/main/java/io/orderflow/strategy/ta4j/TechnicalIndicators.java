package io.orderflow.strategy.ta4j;

import org.ta4j.core.BarSeries;
import org.ta4j.core.Indicator;
import org.ta4j.core.Rule;
import org.ta4j.core.indicators.ATRIndicator;
import org.ta4j.core.indicators.EMAIndicator;
import org.ta4j.core.indicators.MACDIndicator;
import org.ta4j.core.indicators.RSIIndicator;
import org.ta4j.core.indicators.adx.ADXIndicator;
import org.ta4j.core.indicators.bollinger.PercentBIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.num.Num;
import org.ta4j.core.rules.CrossedDownIndicatorRule;
import org.ta4j.core.rules.CrossedUpIndicatorRule;

import io.orderflow.strategy.config.Oscillator;
import io.orderflow.strategy.config.StrategyConfig;
import io.orderflow.strategy.config.StrategyParams;
import io.orderflow.strategy.config.TrendTrigger;

/**
 * The ta4j indicators and rules the setups use, built once over the strategy's bar series from the
 * configuration: the trend trigger (EMA cross or Donchian breakout) as ta4j {@link Rule}s, ADX,
 * MACD, ATR, RSI and Bollinger %B. Prices are in points (see {@link BarSeriesFeed}), so ATR is in
 * points. Readers return primitives ({@code NaN} while an indicator is undefined). Not thread-safe.
 */
public final class TechnicalIndicators {
    private final Indicator<Num> close;
    private final Rule longTrigger;
    private final Rule shortTrigger;
    private final ADXIndicator adx;
    private final MACDIndicator macd;
    private final ATRIndicator atr;
    private final RSIIndicator rsi;
    private final PercentBIndicator percentB;
    private final EMAIndicator emaFast;
    private final EMAIndicator emaSlow;
    private final Indicator<Num> donchianUpper;
    private final Indicator<Num> donchianLower;
    private final boolean useAdx;
    private final boolean useMacd;
    private final boolean useEma;
    private final boolean useRsi;
    private final boolean usePercentB;

    private double lastAtr = Double.NaN;
    private double lastAdx = Double.NaN;
    private double lastMacd = Double.NaN;
    private double lastRsi = Double.NaN;
    private double lastPercentB = Double.NaN;

    public TechnicalIndicators(BarSeries series, StrategyConfig config) {
        close = new ClosePriceIndicator(series);
        atr = new ATRIndicator(series, config.intValue(StrategyParams.TA_ATR_PERIOD));
        adx = new ADXIndicator(series, config.intValue(StrategyParams.TREND_ADX_PERIOD));
        macd = new MACDIndicator(close, config.intValue(StrategyParams.TREND_MACD_FAST),
                config.intValue(StrategyParams.TREND_MACD_SLOW));
        rsi = new RSIIndicator(close, config.intValue(StrategyParams.REV_RSI_PERIOD));
        percentB = new PercentBIndicator(close, config.intValue(StrategyParams.REV_BB_PERIOD),
                config.doubleValue(StrategyParams.REV_BB_K));
        emaFast = new EMAIndicator(close, config.intValue(StrategyParams.TREND_EMA_FAST));
        emaSlow = new EMAIndicator(close, config.intValue(StrategyParams.TREND_EMA_SLOW));
        int n = config.intValue(StrategyParams.TREND_DONCHIAN_PERIOD);
        donchianUpper = Donchian.upper(series, n);
        donchianLower = Donchian.lower(series, n);
        boolean trend = config.booleanValue(StrategyParams.TREND_ENABLED);
        boolean reversion = config.booleanValue(StrategyParams.REV_ENABLED);
        boolean emaCross = config.enumValue(StrategyParams.TREND_TRIGGER, TrendTrigger.class) == TrendTrigger.EMA_CROSS;
        boolean rsiOsc = config.enumValue(StrategyParams.REV_OSCILLATOR, Oscillator.class) == Oscillator.RSI;
        useAdx = trend && config.doubleValue(StrategyParams.TREND_ADX_MIN) > 0;
        useMacd = trend && config.booleanValue(StrategyParams.TREND_MACD_FILTER);
        useEma = trend && emaCross;
        useRsi = reversion && rsiOsc;
        usePercentB = reversion && !rsiOsc;
        if (emaCross) {
            longTrigger = new CrossedUpIndicatorRule(emaFast, emaSlow);
            shortTrigger = new CrossedDownIndicatorRule(emaFast, emaSlow);
        } else {
            longTrigger = new CrossedUpIndicatorRule(close, donchianUpper);
            shortTrigger = new CrossedDownIndicatorRule(close, donchianLower);
        }
    }

    /**
     * Computes, at the newest bar {@code index}, every indicator the configuration uses and keeps
     * the values for the no-argument readers. Called once per closed bar, so that recursive
     * indicators (EMA, Wilder averages) advance one bar at a time and stay exact under the series'
     * bar limit.
     */
    public void update(int index) {
        lastAtr = value(atr, index);
        lastAdx = useAdx ? value(adx, index) : Double.NaN;
        lastMacd = useMacd ? value(macd, index) : Double.NaN;
        if (useEma) {
            emaFast.getValue(index);
            emaSlow.getValue(index);
        }
        lastRsi = useRsi ? value(rsi, index) : Double.NaN;
        lastPercentB = usePercentB ? value(percentB, index) : Double.NaN;
    }

    /** ATR at the last {@link #update}, points. */
    public double atr() { return lastAtr; }

    /** ADX at the last update (NaN when the configuration does not use it). */
    public double adx() { return lastAdx; }

    /** MACD line at the last update, points (NaN when unused). */
    public double macd() { return lastMacd; }

    /** RSI at the last update (NaN when unused). */
    public double rsi() { return lastRsi; }

    /** Bollinger %B at the last update (NaN when unused). */
    public double percentB() { return lastPercentB; }

    /** The configured trend trigger for longs (EMA fast crosses above slow, or close crosses above the channel). */
    public Rule longTrigger() { return longTrigger; }

    /** The configured trend trigger for shorts. */
    public Rule shortTrigger() { return shortTrigger; }

    public double adx(int index) { return value(adx, index); }

    /** MACD line (fast EMA − slow EMA), points. */
    public double macd(int index) { return value(macd, index); }

    /** ATR, points. */
    public double atr(int index) { return value(atr, index); }

    public double rsi(int index) { return value(rsi, index); }

    public double percentB(int index) { return value(percentB, index); }

    public double emaFast(int index) { return value(emaFast, index); }

    public double emaSlow(int index) { return value(emaSlow, index); }

    public double donchianUpper(int index) { return value(donchianUpper, index); }

    public double donchianLower(int index) { return value(donchianLower, index); }

    public Indicator<Num> closeIndicator() { return close; }

    public Indicator<Num> atrIndicator() { return atr; }

    public Indicator<Num> adxIndicator() { return adx; }

    public Indicator<Num> rsiIndicator() { return rsi; }

    public Indicator<Num> percentBIndicator() { return percentB; }

    public Indicator<Num> macdIndicator() { return macd; }

    private static double value(Indicator<Num> ind, int index) {
        Num v = ind.getValue(index);
        return v.isNaN() ? Double.NaN : v.doubleValue();
    }
}
