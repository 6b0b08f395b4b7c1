package io.orderflow.strategy.config;

/** Which prices of a bar feed the ta4j series. */
public enum PriceSide {
    /** The BID bar, as JForex charts show by default. */
    BID,
    /** The ASK bar. */
    ASK,
    /** The mean of the BID and ASK bars' open, high, low and close. */
    MID
}
