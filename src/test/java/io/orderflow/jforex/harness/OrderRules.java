package io.orderflow.jforex.harness;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Set;

import com.dukascopy.api.IHistory;
import com.dukascopy.api.Instrument;
import com.dukascopy.api.JFException;

/**
 * The documented platform rules on orders, accounts and instruments that the {@link FakePlatform}
 * enforces (test only), each with its source. The list, with the same sources, is in
 * {@code docs/readme/jforex.md}, "Emulated platform rules: orders, accounts, instruments". The rules
 * are never kinder than the documentation: where the text leaves the consequence open, the harsher
 * reading is taken and said so. Stateless.
 */
final class OrderRules {
    /**
     * How long a finished order is missing from both {@code IEngine.getOrders()} and
     * {@code IHistory.getHistoricalOrderById} in DEMO/LIVE, ms. The API promises no moment at which
     * history knows a closed order; two seconds is an assumption, not a documented number.
     */
    static final long DEFAULT_HISTORY_DELAY_MS = 2_000;

    /** {@code IOrder.setStopLossPrice}: "may not be called on the same order more often than once per second". */
    static final long CHANGE_INTERVAL_MS = 1_000;

    private OrderRules() {
    }

    /**
     * {@code IOrder.setStopLossPrice}/{@code setTakeProfitPrice}: "Not applicable for Global accounts";
     * {@code IOrder.close}: "Full position close is not allowed for Global accounts".
     */
    static void checkNotGlobal(boolean global, String call, FakeOrder o) throws JFException {
        if (global) {
            throw new JFException(JFException.Error.CALL_INCORRECT, call + " of " + o.getLabel()
                    + " is not allowed on a Global account");
        }
    }

    /**
     * {@code IOrder.setStopLossPrice}/{@code setTakeProfitPrice}: "By default, may not be called on
     * the same order more often than once per second". The Javadoc does not say what happens to a
     * faster call; the emulation refuses it with ORDER_CHANGED_REJECTED (the change is lost).
     *
     * @return the refusal reason, or null when the call is allowed
     */
    static String tooSoon(FakeOrder o, long nowMs) {
        if (o.lastChangeMs == Long.MIN_VALUE || nowMs - o.lastChangeMs >= CHANGE_INTERVAL_MS) return null;
        return "order " + o.getLabel() + " changed " + (nowMs - o.lastChangeMs)
                + " ms after its previous change: at most one change per second";
    }

    /**
     * {@code IEngine.submitOrder}: "@throws JFException ... if amount is less than minimum allowed";
     * the minimum and the increment are the runtime {@code Instrument}'s ({@code getMinTradeAmount()},
     * "Minimal trade amount in contracts", {@code getTradeAmountIncrement()}; both "may be overridden
     * in runtime after instrument subscription", {@code Instrument.java}). Orders are in millions
     * (wiki "Order Amounts"). The wiki says an amount off the one-unit grid is rounded; the emulation
     * refuses an amount that is not a whole number of increments instead (stricter).
     */
    static void checkAmount(Instrument instrument, double amount, String what) throws JFException {
        double unitsPerContract = instrument.getAmountPerContract();
        double min = instrument.getMinTradeAmount() * unitsPerContract / 1e6;
        double step = instrument.getTradeAmountIncrement() * unitsPerContract / 1e6;
        if (amount < min * (1 - 1e-9)) {
            throw new JFException(JFException.Error.INVALID_AMOUNT, what + ": amount " + amount + " is less than the minimum "
                    + min + " of " + instrument);
        }
        double steps = amount / step;
        if (Math.abs(steps - Math.rint(steps)) > 1e-6) {
            throw new JFException(JFException.Error.INVALID_AMOUNT, what + ": amount " + amount
                    + " is not a multiple of the increment " + step + " of " + instrument);
        }
    }

    /**
     * {@code IEngine.submitOrder}: stop-loss and take-profit prices "should be divisible by 0.1 pips
     * or order will be rejected" (0 = none).
     *
     * @return the rejection reason, or null when both are on the grid
     */
    static String offTenthPip(Instrument instrument, double stopLoss, double takeProfit) {
        double tenths = Math.pow(10, instrument.getPipScale() + 1);
        for (double price : new double[] {stopLoss, takeProfit}) {
            if (price == 0) continue;
            double x = price * tenths;
            if (Math.abs(x - Math.rint(x)) > 1e-6) {
                return (price == stopLoss ? "stop-loss " : "take-profit ") + price + " is not divisible by 0.1 pips of "
                        + instrument;
            }
        }
        return null;
    }

    /**
     * The strategy's {@code IHistory}: each call that names an instrument goes to that instrument's
     * tape history; {@code getLastTick} throws for an instrument the strategy has not subscribed
     * ({@code IHistory.getLastTick}: "@throws JFException when instrument is not active (not opened
     * in platform)").
     */
    static IHistory historyView(Instrument traded, TapeHistory tradedHistory, Map<Instrument, ExtraInstrument> extras,
                                Set<Instrument> subscribed) {
        return (IHistory) Proxy.newProxyInstance(IHistory.class.getClassLoader(), new Class<?>[] {IHistory.class},
                (proxy, method, args) -> {
                    Object target = tradedHistory;
                    if (args != null && args.length > 0 && args[0] instanceof Instrument) {
                        Instrument i = (Instrument) args[0];
                        if (method.getName().equals("getLastTick") && !subscribed.contains(i)) {
                            throw new JFException("instrument " + i + " is not active (not subscribed): "
                                    + "getLastTick needs setSubscribedInstruments first");
                        }
                        ExtraInstrument x = extras.get(i);
                        if (x != null && i != traded) target = x.history;
                    }
                    try {
                        return method.invoke(target, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
