package io.orderflow.jforex;

import java.util.List;

/**
 * The platform's order functions as the strategy host uses them; the JForex strategy implements it
 * with {@code IEngine} and {@code IOrder} for its one instrument. Prices as decimal numbers, amounts
 * in millions.
 *
 * <p>Every order call must be made on the strategy thread (JForex throws {@code JFException
 * THREAD_INCORRECT} otherwise); the host checks {@link #isStrategyThread()} and moves a call made
 * elsewhere onto the strategy thread with {@link #runOnStrategyThread} ({@code IContext.executeTask}).
 * A call that the platform refuses at once throws; its message is passed on as the rejection reason.
 */
public interface PlatformOrders {
    /**
     * A market order ({@code IEngine.submitOrder} with price 0 and no expiry).
     *
     * @param buy          true for BUY, false for SELL
     * @param slippagePips accepted slippage in pips; negative = the platform's default
     * @param stopPrice    stop-loss price, 0 = none
     * @param targetPrice  take-profit price, 0 = none
     */
    void submit(String label, boolean buy, double amount, double slippagePips, double stopPrice, double targetPrice,
                String comment) throws Exception;

    /** Moves the stop-loss of the order {@code label} ({@code IOrder.setStopLossPrice}); 0 removes it. */
    void setStopLoss(String label, double price) throws Exception;

    /** Moves the take-profit of the order {@code label} ({@code IOrder.setTakeProfitPrice}); 0 removes it. */
    void setTakeProfit(String label, double price) throws Exception;

    /** Closes the order {@code label} at market ({@code IOrder.close()}). */
    void close(String label) throws Exception;

    /** The platform's active orders (pending and filled) on the strategy's instrument. */
    List<OrderView> activeOrders() throws Exception;

    /** The active order {@code label}, or null when the platform has none by that label. */
    OrderView order(String label) throws Exception;

    /**
     * A finished order from the platform's history by its id ({@code IHistory.getHistoricalOrderById}),
     * or null when the platform does not have it (yet).
     */
    OrderView historicalOrder(String id) throws Exception;

    /** True when called on the strategy thread. */
    boolean isStrategyThread();

    /** Runs {@code task} on the strategy thread, later ({@code IContext.executeTask}). */
    void runOnStrategyThread(Runnable task);
}
