package io.orderflow.market;

/** Broad kind of an instrument; decides defaults such as trading hours and volume units. */
public enum AssetClass {
    /** Spot FX pair; volumes in millions of the base currency, trades 24/5 (17:00 New York week). */
    FX,
    /** Spot metal quoted against a currency (XAUUSD, XAGUSD). */
    METAL,
    /** Index or equity CFD. */
    INDEX,
    /** Cryptocurrency (Dukascopy CFD or exchange spot); trades 24/7. */
    CRYPTO,
    /** Exchange-traded future. */
    FUTURE,
    /** Exchange-traded stock or fund. */
    EQUITY
}
