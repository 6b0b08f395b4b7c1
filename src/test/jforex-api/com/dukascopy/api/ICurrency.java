/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api;

import java.util.Currency;

/** A currency (ISO or not: crypto, commodities, indices). */
public interface ICurrency {

    String getCurrencyCode();

    String getSymbol();

    /** Null when the code is not ISO 4217. */
    Currency getJavaCurrency();
}
