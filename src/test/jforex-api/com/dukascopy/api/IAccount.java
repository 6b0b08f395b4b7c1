/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api;

import java.util.Currency;
import java.util.Set;

/** Account information. Complete (jforex-api.md 3.6), so test doubles implement all of it. */
public interface IAccount {

    /** Account state. */
    enum AccountState {
        OK, MARGIN_CLOSING, MARGIN_CALL, OK_NO_MARGIN_CALL, DISABLED, BLOCKED
    }

    @Deprecated
    Currency getCurrency();

    ICurrency getAccountCurrency();

    double getEquity();

    double getBaseEquity();

    double getBalance();

    double getLeverage();

    double getUseOfLeverage();

    double getCreditLine();

    int getMarginCutLevel();

    int getOverWeekEndLeverage();

    boolean isGlobal();

    String getAccountId();

    @Deprecated
    Set<String> getClientIds();

    Set<IClientInfo> getClients();

    AccountState getAccountState();

    double getStopLossLevel();

    boolean isConnected();

    String getUserName();

    double getUsedMargin();
}
