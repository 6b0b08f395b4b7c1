package io.orderflow.jforex;

/**
 * What the strategy needs to know about one platform order, copied out of JForex's {@code IOrder}
 * at one moment by the platform-compiled strategy. Immutable; thread-safe.
 *
 * <p>Units as in JForex: prices as decimal numbers of the instrument (0 = none for stop and
 * target), amounts in millions of the base currency, times in ms UTC (0 or negative = not yet),
 * money in the account currency.
 */
public final class OrderView {
    private final String id;
    private final String label;
    private final boolean isLong;
    private final OrderState state;
    private final String stateName;
    private final double amount;
    private final double openPrice;
    private final double closePrice;
    private final double stopLossPrice;
    private final double takeProfitPrice;
    private final long creationTimeMs;
    private final long fillTimeMs;
    private final long closeTimeMs;
    private final double profitLoss;
    private final double commission;
    private final String comment;

    /**
     * @param id         {@code IOrder.getId()} (may be null)
     * @param stateName  {@code IOrder.getState().name()}
     * @param profitLoss {@code IOrder.getProfitLossInAccountCurrency()}
     * @param commission {@code IOrder.getCommission()} (account currency)
     */
    public OrderView(String id, String label, boolean isLong, String stateName, double amount, double openPrice, double closePrice,
                     double stopLossPrice, double takeProfitPrice, long creationTimeMs, long fillTimeMs, long closeTimeMs,
                     double profitLoss, double commission, String comment) {
        this.id = id;
        this.label = label;
        this.isLong = isLong;
        this.stateName = stateName;
        this.state = OrderState.of(stateName);
        this.amount = amount;
        this.openPrice = openPrice;
        this.closePrice = closePrice;
        this.stopLossPrice = stopLossPrice;
        this.takeProfitPrice = takeProfitPrice;
        this.creationTimeMs = creationTimeMs;
        this.fillTimeMs = fillTimeMs;
        this.closeTimeMs = closeTimeMs;
        this.profitLoss = profitLoss;
        this.commission = commission;
        this.comment = comment == null ? "" : comment;
    }

    /** The platform's order id, or null. */
    public String id() { return id; }

    public String label() { return label; }

    public boolean isLong() { return isLong; }

    /** The state, or null when the platform reported a state this version does not know ({@link #stateName()}). */
    public OrderState state() { return state; }

    public String stateName() { return stateName; }

    /** Current amount, millions. */
    public double amount() { return amount; }

    public double openPrice() { return openPrice; }

    public double closePrice() { return closePrice; }

    /** Stop-loss price, 0 = none. */
    public double stopLossPrice() { return stopLossPrice; }

    /** Take-profit price, 0 = none. */
    public double takeProfitPrice() { return takeProfitPrice; }

    public long creationTimeMs() { return creationTimeMs; }

    /** Fill time, ms UTC; 0 or negative when not filled. */
    public long fillTimeMs() { return fillTimeMs; }

    /** Close time, ms UTC; 0 or negative when not closed. */
    public long closeTimeMs() { return closeTimeMs; }

    /** Profit or loss in the account currency as the platform reports it. */
    public double profitLoss() { return profitLoss; }

    /** Commission in the account currency. */
    public double commission() { return commission; }

    public String comment() { return comment; }

    /** True once the order has a fill (a fill time, or a state that implies one). */
    public boolean wasFilled() {
        return fillTimeMs > 0 || state == OrderState.FILLED;
    }

    @Override
    public String toString() {
        return label + " " + (isLong ? "LONG" : "SHORT") + " " + stateName + " " + amount + " open " + openPrice
                + " SL " + stopLossPrice + " TP " + takeProfitPrice;
    }
}
