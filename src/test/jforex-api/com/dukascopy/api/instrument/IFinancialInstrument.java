/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api.instrument;

import java.util.Currency;

import com.dukascopy.api.ICurrency;

/** Lives in package com.dukascopy.api.instrument; {@code Instrument} implements it. Complete. */
public interface IFinancialInstrument {

    /** Instrument type; binary name com.dukascopy.api.instrument.IFinancialInstrument$Type. */
    enum Type {
        FOREX, CFD, METAL
    }

    Type getType();

    IInstrumentGroup getGroup();

    String getDescription();

    String getName();

    ICurrency getPrimaryJFCurrency();

    ICurrency getSecondaryJFCurrency();

    double getPipValue();

    int getPipScale();

    int getTickScale();

    double getMinTradeAmount();

    double getTradeAmountIncrement();

    double getAmountPerContract();

    double getLeverageUse();

    String getCountry();

    boolean isExotic();

    @Deprecated
    Currency getPrimaryCurrency();

    @Deprecated
    Currency getSecondaryCurrency();
}
