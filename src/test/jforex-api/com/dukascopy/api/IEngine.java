/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api;

import java.util.Collection;
import java.util.List;

/** Order submission and engine state. Called only: the non-deprecated subset (jforex-api.md 3.3). */
public interface IEngine {

    /** Kind of engine: TEST in the Historical Tester. */
    enum Type {
        LIVE, DEMO, TEST
    }

    /** Where the strategy runs. */
    enum RunMode {
        REMOTE, LOCAL
    }

    /** Whether the strategy trades itself or only signals. */
    enum StrategyMode {
        INDEPENDENT("independent"),
        SIGNALS("signals");

        private final String modeString;

        StrategyMode(String modeString) {
            this.modeString = modeString;
        }

        public static StrategyMode fromString(String modeString) {
            for (StrategyMode mode : values()) {
                if (mode.modeString.equalsIgnoreCase(modeString)) {
                    return mode;
                }
            }
            return null;
        }

        public String getModeString() {
            return modeString;
        }
    }

    /** Order types. */
    enum OrderCommand {
        BUY, SELL, BUYLIMIT, SELLLIMIT, BUYSTOP, SELLSTOP, BUYLIMIT_BYBID, SELLLIMIT_BYASK, BUYSTOP_BYBID, SELLSTOP_BYASK,
        PLACE_BID, PLACE_OFFER;

        /** True for the buying commands. */
        public boolean isLong() {
            switch (this) {
                case BUY:
                case BUYLIMIT:
                case BUYSTOP:
                case BUYLIMIT_BYBID:
                case BUYSTOP_BYBID:
                case PLACE_BID:
                    return true;
                default:
                    return false;
            }
        }

        public boolean isShort() {
            return !isLong();
        }

        /** True for STOP and LIMIT orders (not market orders, not bids/offers). */
        public boolean isConditional() {
            return this != BUY && this != SELL && this != PLACE_BID && this != PLACE_OFFER;
        }

        /** The command with the given ordinal. */
        public static OrderCommand getValue(long mtValue) {
            return values()[(int) mtValue];
        }
    }

    IOrder submitOrder(String label, Instrument instrument, OrderCommand orderCommand, double amount, double price,
            double slippage, double stopLossPrice, double takeProfitPrice, long goodTillTime, String comment) throws JFException;

    IOrder submitOrder(String label, Instrument instrument, OrderCommand orderCommand, double amount, double price,
            double slippage, double stopLossPrice, double takeProfitPrice, long goodTillTime) throws JFException;

    IOrder submitOrder(String label, Instrument instrument, OrderCommand orderCommand, double amount, double price,
            double slippage, double stopLossPrice, double takeProfitPrice) throws JFException;

    IOrder submitOrder(String label, Instrument instrument, OrderCommand orderCommand, double amount, double price,
            double slippage) throws JFException;

    IOrder submitOrder(String label, Instrument instrument, OrderCommand orderCommand, double amount, double price) throws JFException;

    IOrder submitOrder(String label, Instrument instrument, OrderCommand orderCommand, double amount) throws JFException;

    IOrder getOrder(String label) throws JFException;

    IOrder getOrderById(String orderId);

    List<IOrder> getOrders(Instrument instrument) throws JFException;

    List<IOrder> getOrders() throws JFException;

    IOrder mergeOrders(String label, IOrder... orders) throws JFException;

    IOrder mergeOrders(String label, String comment, IOrder... orders) throws JFException;

    IOrder mergeOrders(String label, Collection<IOrder> orders) throws JFException;

    IOrder mergeOrders(String label, String comment, Collection<IOrder> orders) throws JFException;

    void closeOrders(IOrder... orders) throws JFException;

    void closeOrders(Collection<IOrder> orders) throws JFException;

    Type getType();

    void broadcast(String topic, String message) throws JFException;

    StrategyMode getStrategyMode();

    RunMode getRunMode();

    boolean isTradable(Instrument instrument);
}
