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
import io.orderflow.strategy.config.ParameterTable;
import io.orderflow.strategy.config.StrategyConfig;
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
    private final Indicator<Num> emaFast;
    private final Indicator<Num> emaSlow;
    private final Indicator<Num> donchianUpper;
    private final Indicator<Num> donchianLower;
    private final boolean useAdx;
    private final boolean useMacd;
    private final boolean useEma;
    private final boolean useRsi;
    private final boolean usePercentB;

    private final int keepAliveBars;
    private int index = -1;
    private int lastFullUpdate = Integer.MIN_VALUE / 2;
    private double lastAtr = Double.NaN;
    private double lastAdx = Double.NaN;
    private double lastMacd = Double.NaN;
    private double lastRsi = Double.NaN;
    private double lastPercentB = Double.NaN;
    private int adxIndex = -1;
    private int macdIndex = -1;
    private int rsiIndex = -1;
    private int percentBIndex = -1;

    public TechnicalIndicators(BarSeries series, StrategyConfig config) {
        close = new MemoIndicator(new ClosePriceIndicator(series));
        atr = new ATRIndicator(series, config.intValue(ParameterTable.TA_ATR_PERIOD));
        adx = new ADXIndicator(series, config.intValue(ParameterTable.TREND_ADX_PERIOD));
        macd = new MACDIndicator(close, config.intValue(ParameterTable.TREND_MACD_FAST),
                config.intValue(ParameterTable.TREND_MACD_SLOW));
        rsi = new RSIIndicator(close, config.intValue(ParameterTable.REV_RSI_PERIOD));
        percentB = new PercentBIndicator(close, config.intValue(ParameterTable.REV_BB_PERIOD),
                config.doubleValue(ParameterTable.REV_BB_K));
        emaFast = new MemoIndicator(new EMAIndicator(close, config.intValue(ParameterTable.TREND_EMA_FAST)));
        emaSlow = new MemoIndicator(new EMAIndicator(close, config.intValue(ParameterTable.TREND_EMA_SLOW)));
        int n = config.intValue(ParameterTable.TREND_DONCHIAN_PERIOD);
        donchianUpper = new MemoIndicator(Donchian.upper(series, n));
        donchianLower = new MemoIndicator(Donchian.lower(series, n));
        boolean trend = config.booleanValue(ParameterTable.TREND_ENABLED);
        boolean reversion = config.booleanValue(ParameterTable.REV_ENABLED);
        boolean emaCross = config.enumValue(ParameterTable.TREND_TRIGGER, TrendTrigger.class) == TrendTrigger.EMA_CROSS;
        boolean rsiOsc = config.enumValue(ParameterTable.REV_OSCILLATOR, Oscillator.class) == Oscillator.RSI;
        useAdx = trend && config.doubleValue(ParameterTable.TREND_ADX_MIN) > 0;
        useMacd = trend && config.booleanValue(ParameterTable.TREND_MACD_FILTER);
        useEma = trend && emaCross;
        keepAliveBars = Math.max(1, series.getMaximumBarCount() == Integer.MAX_VALUE ? 100
                : series.getMaximumBarCount() / 4);
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
     * Moves to the newest bar {@code index}: computes ATR (every setup reads it) and keeps the
     * recursive indicators the configuration uses (EMA, Wilder averages inside ADX and RSI) within
     * the series' bar limit. Filters and oscillators are computed on first read at a bar
     * ({@link #adx()}, {@link #rsi()} ...) — usually only when a signal needs them — and at least every
     * quarter of the bar limit, so their recursion never reaches bars the series has dropped and the
     * values stay those of the full history. Called once per closed bar.
     */
    public void update(int index) {
        this.index = index;
        lastAtr = value(atr, index);
        if (index - lastFullUpdate >= keepAliveBars) {
            lastFullUpdate = index;
            if (useEma) {
                emaFast.getValue(index);
                emaSlow.getValue(index);
            }
            if (useAdx) adx();
            if (useMacd) macd();
            if (useRsi) rsi();
            if (usePercentB) percentB();
        }
    }

    /** ATR at the last {@link #update}, points. */
    public double atr() { return lastAtr; }

    /** ADX at the last update (NaN when the configuration does not use it). */
    public double adx() {
        if (!useAdx) return Double.NaN;
        if (adxIndex != index) {
            lastAdx = value(adx, index);
            adxIndex = index;
        }
        return lastAdx;
    }

    /** MACD line at the last update, points (NaN when unused). */
    public double macd() {
        if (!useMacd) return Double.NaN;
        if (macdIndex != index) {
            lastMacd = value(macd, index);
            macdIndex = index;
        }
        return lastMacd;
    }

    /** RSI at the last update (NaN when unused). */
    public double rsi() {
        if (!useRsi) return Double.NaN;
        if (rsiIndex != index) {
            lastRsi = value(rsi, index);
            rsiIndex = index;
        }
        return lastRsi;
    }

    /** Bollinger %B at the last update (NaN when unused). */
    public double percentB() {
        if (!usePercentB) return Double.NaN;
        if (percentBIndex != index) {
            lastPercentB = value(percentB, index);
            percentBIndex = index;
        }
        return lastPercentB;
    }

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
