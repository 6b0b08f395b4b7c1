package io.orderflow.jforex.harness;

import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.dukascopy.api.ICloseOrder;
import com.dukascopy.api.IEngine;
import com.dukascopy.api.IFillOrder;
import com.dukascopy.api.IMessage;
import com.dukascopy.api.IOrder;
import com.dukascopy.api.Instrument;
import com.dukascopy.api.JFException;
import com.dukascopy.api.OfferSide;
import com.dukascopy.api.instrument.IFinancialInstrument;

/**
 * An {@link IOrder} of the {@link FakePlatform} (test double). Getters return the server-confirmed
 * state (a requested stop keeps the old value until confirmed, as JForex documents); setters and
 * {@code close} go to the platform, which refuses them off the strategy thread.
 */
public final class FakeOrder implements IOrder {
    private final FakePlatform platform;
    private final String id;
    private final String label;
    private final Instrument instrument;
    private final IEngine.OrderCommand command;
    private final double requestedAmount;
    private final long creationTime;
    private final String comment;
    State state = State.CREATED;
    double amount;
    double openPrice;
    double closePrice;
    double stopLoss;
    double takeProfit;
    /** Stop and target as last requested (pending confirmation). */
    double requestedStop;
    double requestedTarget;
    long fillTime;
    long closeTime;
    double profitLoss;
    double commission;
    /** Platform time of the last stop/target change call, ms ({@code Long.MIN_VALUE}: none yet). */
    long lastChangeMs = Long.MIN_VALUE;
    /** Net profit of the parts closed by {@code close(amount)}, account currency. */
    double partialProfitLoss;

    FakeOrder(FakePlatform platform, String id, String label, Instrument instrument, IEngine.OrderCommand command,
              double amount, double stopLoss, double takeProfit, long creationTime, String comment) {
        this.platform = platform;
        this.id = id;
        this.label = label;
        this.instrument = instrument;
        this.command = command;
        this.requestedAmount = amount;
        this.amount = amount;
        this.stopLoss = stopLoss;
        this.takeProfit = takeProfit;
        this.requestedStop = stopLoss;
        this.requestedTarget = takeProfit;
        this.creationTime = creationTime;
        this.comment = comment;
    }

    boolean isActive() {
        return state == State.CREATED || state == State.OPENED || state == State.FILLED;
    }

    @Override
    public Instrument getInstrument() { return instrument; }

    @Override
    public String getLabel() { return label; }

    @Override
    public String getId() { return id; }

    @Override
    public long getCreationTime() { return creationTime; }

    @Override
    public long getCloseTime() { return closeTime; }

    @Override
    public IEngine.OrderCommand getOrderCommand() { return command; }

    @Override
    public boolean isLong() { return command.isLong(); }

    @Override
    public long getFillTime() { return fillTime; }

    @Override
    public double getOriginalAmount() { return requestedAmount; }

    @Override
    public double getAmount() { return amount; }

    @Override
    public double getRequestedAmount() { return requestedAmount; }

    @Override
    public double getOpenPrice() { return openPrice; }

    @Override
    public double getClosePrice() { return closePrice; }

    @Override
    public double getStopLossPrice() { return stopLoss; }

    @Override
    public double getTakeProfitPrice() { return takeProfit; }

    @Override
    public void setStopLossPrice(double price) throws JFException {
        platform.changeOrder(this, price, requestedTarget);
    }

    @Override
    public void setStopLossPrice(double price, OfferSide side) throws JFException {
        setStopLossPrice(price);
    }

    @Override
    public void setStopLossPrice(double price, OfferSide side, double trailingStep) throws JFException {
        setStopLossPrice(price);
    }

    @Override
    public void setLabel(String label) throws JFException {
        throw new JFException(JFException.Error.CALL_INCORRECT, "not supported by the fake platform");
    }

    @Override
    public OfferSide getStopLossSide() { return isLong() ? OfferSide.BID : OfferSide.ASK; }

    @Override
    public double getTrailingStep() { return 0; }

    @Override
    public void setTakeProfitPrice(double price) throws JFException {
        platform.changeOrder(this, requestedStop, price);
    }

    @Override
    public String getComment() { return comment; }

    @Override
    public void setComment(String comment) throws JFException {
        throw new JFException(JFException.Error.CALL_INCORRECT, "not supported by the fake platform");
    }

    @Override
    public void setRequestedAmount(double amount) throws JFException {
        throw new JFException(JFException.Error.CALL_INCORRECT, "not supported by the fake platform");
    }

    @Override
    public void setOpenPrice(double price) throws JFException {
        throw new JFException(JFException.Error.CALL_INCORRECT, "market orders have no open price to set");
    }

    @Override
    public void setOpenPrice(double price, double slippage) throws JFException {
        setOpenPrice(price);
    }

    @Override
    public void close(double amount, double price, double slippage) throws JFException {
        close(amount);
    }

    @Override
    public void close(double amount, double price) throws JFException {
        close(amount);
    }

    /** A partial close when {@code amount} is below the open amount (the rest stays open); 0 closes all. */
    @Override
    public void close(double amount) throws JFException {
        platform.closeOrder(this, amount);
    }

    @Override
    public void close() throws JFException {
        platform.closeOrder(this);
    }

    @Override
    public State getState() { return state; }

    @Override
    public void setGoodTillTime(long goodTillTime) throws JFException {
        throw new JFException(JFException.Error.INVALID_GTT, "market orders have no expiry");
    }

    @Override
    public long getGoodTillTime() { return 0; }

    @Override
    public void waitForUpdate(long timeoutMills) {
        throw new UnsupportedOperationException("waitForUpdate blocks the strategy thread; the strategy must not call it");
    }

    @Override
    public IMessage waitForUpdate(long timeout, TimeUnit unit) {
        throw new UnsupportedOperationException("waitForUpdate blocks the strategy thread; the strategy must not call it");
    }

    @Override
    public IMessage waitForUpdate(State... states) {
        throw new UnsupportedOperationException("waitForUpdate blocks the strategy thread; the strategy must not call it");
    }

    @Override
    public IMessage waitForUpdate(long timeoutMills, State... states) {
        throw new UnsupportedOperationException("waitForUpdate blocks the strategy thread; the strategy must not call it");
    }

    @Override
    public IMessage waitForUpdate(long timeout, TimeUnit unit, State... states) {
        throw new UnsupportedOperationException("waitForUpdate blocks the strategy thread; the strategy must not call it");
    }

    @Override
    public double getProfitLossInPips() {
        return Math.round((closePrice - openPrice) * (isLong() ? 1 : -1) / instrument.getPipValue() * 10) / 10.0;
    }

    @Override
    public double getProfitLossInUSD() { return profitLoss; }

    @Override
    public double getProfitLossInAccountCurrency() { return profitLoss; }

    @Override
    public double getCommission() { return commission; }

    @Override
    public double getCommissionInUSD() { return commission; }

    @Override
    public List<IFillOrder> getFillHistory() { return Collections.emptyList(); }

    @Override
    public List<ICloseOrder> getCloseHistory() { return Collections.emptyList(); }

    @Override
    public boolean isOCO() { return false; }

    @Override
    public void groupToOco(IOrder second) throws JFException {
        throw new JFException(JFException.Error.CALL_INCORRECT, "not supported by the fake platform");
    }

    @Override
    public void ungroupOco() throws JFException {
        throw new JFException(JFException.Error.CALL_INCORRECT, "not supported by the fake platform");
    }

    @Override
    @Deprecated
    public boolean compare(IOrder order) { return order == this; }

    @Override
    @Deprecated
    public IFinancialInstrument getFinancialInstrument() { return instrument; }

    @Override
    public String toString() {
        return label + " " + command + " " + amount + " " + state + " open " + openPrice + " SL " + stopLoss + " TP "
                + takeProfit;
    }
}
