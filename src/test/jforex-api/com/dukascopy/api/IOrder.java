/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api;

import java.util.List;
import java.util.concurrent.TimeUnit;

import com.dukascopy.api.instrument.IFinancialInstrument;

/**
 * An order. Called by the project; implemented only by test doubles, so every member of the 2.13.63
 * interface is declared (jforex-api.md 3.4). Members added after 2.13.63 are not declared.
 */
public interface IOrder {

    /** Order life cycle; note the spelling CANCELED. */
    enum State {
        CREATED, OPENED, FILLED, CLOSED, CANCELED
    }

    Instrument getInstrument();

    String getLabel();

    String getId();

    long getCreationTime();

    long getCloseTime();

    IEngine.OrderCommand getOrderCommand();

    boolean isLong();

    long getFillTime();

    double getOriginalAmount();

    double getAmount();

    double getRequestedAmount();

    double getOpenPrice();

    double getClosePrice();

    double getStopLossPrice();

    double getTakeProfitPrice();

    void setStopLossPrice(double price) throws JFException;

    void setStopLossPrice(double price, OfferSide side) throws JFException;

    void setStopLossPrice(double price, OfferSide side, double trailingStep) throws JFException;

    void setLabel(String label) throws JFException;

    OfferSide getStopLossSide();

    double getTrailingStep();

    void setTakeProfitPrice(double price) throws JFException;

    String getComment();

    void setComment(String comment) throws JFException;

    void setRequestedAmount(double amount) throws JFException;

    void setOpenPrice(double price) throws JFException;

    void setOpenPrice(double price, double slippage) throws JFException;

    void close(double amount, double price, double slippage) throws JFException;

    void close(double amount, double price) throws JFException;

    void close(double amount) throws JFException;

    void close() throws JFException;

    State getState();

    void setGoodTillTime(long goodTillTime) throws JFException;

    long getGoodTillTime();

    void waitForUpdate(long timeoutMills);

    IMessage waitForUpdate(long timeout, TimeUnit unit);

    IMessage waitForUpdate(State... states) throws JFException;

    IMessage waitForUpdate(long timeoutMills, State... states) throws JFException;

    IMessage waitForUpdate(long timeout, TimeUnit unit, State... states) throws JFException;

    double getProfitLossInPips();

    double getProfitLossInUSD();

    double getProfitLossInAccountCurrency();

    double getCommission();

    double getCommissionInUSD();

    List<IFillOrder> getFillHistory();

    List<ICloseOrder> getCloseHistory();

    boolean isOCO();

    void groupToOco(IOrder second) throws JFException;

    void ungroupOco() throws JFException;

    @Deprecated
    boolean compare(IOrder order);

    @Deprecated
    IFinancialInstrument getFinancialInstrument();
}
