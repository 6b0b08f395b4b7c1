/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api;

import java.math.BigDecimal;

/** Currency conversion. Complete; no method declares a checked exception. */
public interface ICurrencyConverter {

    double convert(double amount, ICurrency sourceCurrency, ICurrency targetCurrency, OfferSide side, int scale);

    double convert(double amount, ICurrency sourceCurrency, ICurrency targetCurrency, OfferSide side, int scale, boolean blocking);

    double convert(double amount, ICurrency sourceCurrency, ICurrency targetCurrency, OfferSide side, int scale, long time);

    BigDecimal convert(BigDecimal amount, ICurrency sourceCurrency, ICurrency targetCurrency, OfferSide side, int scale);

    BigDecimal convert(BigDecimal amount, ICurrency sourceCurrency, ICurrency targetCurrency, OfferSide side, int scale,
            boolean blocking);

    BigDecimal convert(BigDecimal amount, ICurrency sourceCurrency, ICurrency targetCurrency, OfferSide side, int scale, long time);

    double convertCommission(double commission, ICurrency sourceCurrency, ICurrency targetCurrency, int scale);

    double convertCommission(double commission, ICurrency sourceCurrency, ICurrency targetCurrency, int scale, boolean blocking);

    double convertCommission(double commission, ICurrency sourceCurrency, ICurrency targetCurrency, int scale, long time);

    BigDecimal convertCommission(BigDecimal commission, ICurrency sourceCurrency, ICurrency targetCurrency, int scale);

    BigDecimal convertCommission(BigDecimal commission, ICurrency sourceCurrency, ICurrency targetCurrency, int scale,
            boolean blocking);

    BigDecimal convertCommission(BigDecimal commission, ICurrency sourceCurrency, ICurrency targetCurrency, int scale, long time);

    double convertProfitLoss(double profitLoss, ICurrency sourceCurrency, ICurrency targetCurrency, int scale);

    double convertProfitLoss(double profitLoss, ICurrency sourceCurrency, ICurrency targetCurrency, int scale, boolean blocking);

    double convertProfitLoss(double profitLoss, ICurrency sourceCurrency, ICurrency targetCurrency, int scale, long time);

    BigDecimal convertProfitLoss(BigDecimal profitLoss, ICurrency sourceCurrency, ICurrency targetCurrency, int scale);

    BigDecimal convertProfitLoss(BigDecimal profitLoss, ICurrency sourceCurrency, ICurrency targetCurrency, int scale,
            boolean blocking);

    BigDecimal convertProfitLoss(BigDecimal profitLoss, ICurrency sourceCurrency, ICurrency targetCurrency, int scale, long time);
}
