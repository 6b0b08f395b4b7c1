/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api;

import java.util.Currency;
import java.util.concurrent.ConcurrentHashMap;

/** The ICurrency implementation: one instance per code, obtained with {@link #getInstance(String)}. */
public class JFCurrency implements ICurrency {

    private static final ConcurrentHashMap<String, ICurrency> BY_CODE = new ConcurrentHashMap<String, ICurrency>();

    private final String currencyCode;
    private final Currency javaCurrency;

    private JFCurrency(String currencyCode, Currency javaCurrency) {
        this.currencyCode = currencyCode;
        this.javaCurrency = javaCurrency;
    }

    public static ICurrency getInstance(String currencyCode) {
        ICurrency known = BY_CODE.get(currencyCode);
        if (known != null) {
            return known;
        }
        Currency java;
        try {
            java = Currency.getInstance(currencyCode);
        } catch (IllegalArgumentException notIso) {
            java = null;
        }
        ICurrency created = new JFCurrency(java != null ? java.getCurrencyCode() : currencyCode, java);
        ICurrency previous = BY_CODE.putIfAbsent(currencyCode, created);
        return previous != null ? previous : created;
    }

    @Override
    public String getCurrencyCode() {
        return currencyCode;
    }

    @Override
    public String getSymbol() {
        return javaCurrency != null ? javaCurrency.getSymbol() : "";
    }

    @Override
    public Currency getJavaCurrency() {
        return javaCurrency;
    }

    @Override
    public String toString() {
        return currencyCode;
    }

    @Override
    public int hashCode() {
        return currencyCode.hashCode();
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof JFCurrency && ((JFCurrency) obj).currencyCode.equals(currencyCode);
    }
}
