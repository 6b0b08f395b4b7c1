package io.orderflow.strategy.config;

/** The ta4j oscillator that confirms a reversion signal. */
public enum Oscillator {
    /** RSI at or below the oversold level (long) or at or above the overbought level (short). */
    RSI,
    /** Bollinger %B at or below its low level (long) or at or above its high level (short). */
    PERCENT_B
}
