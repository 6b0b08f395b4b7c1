package io.orderflow.jforex;

import java.util.Collection;
import java.util.Locale;

import io.orderflow.execution.CloseReason;
import io.orderflow.execution.OrderIntent;
import io.orderflow.execution.TradeSide;
import io.orderflow.jforex.OrderTracker.Order;
import io.orderflow.market.InstrumentSpec;
import io.orderflow.strategy.StrategyEngine;
import io.orderflow.strategy.risk.QuoteToAccountRate;
import io.orderflow.trades.ClosedTrade;
import io.orderflow.trades.OpenTrade;

/**
 * Translates the platform's order messages into the engine's execution events and the host's
 * bookkeeping; also the steps a reconciliation takes for what the messages missed
 * ({@link Reconciler.Outcomes}).
 *
 * <p>Messages by JForex type name: ORDER_SUBMIT_OK (accepted), ORDER_SUBMIT_REJECTED and
 * ORDER_FILL_REJECTED (entry refused), ORDER_FILL_OK (filled at the order's open price), ORDER_CLOSE_OK
 * (closed — reason STOP_LOSS for ORDER_CLOSED_BY_SL, TAKE_PROFIT for ORDER_CLOSED_BY_TP, REQUESTED when
 * the strategy asked, else EXTERNAL; an entry closed without a fill was CANCELED and counts as refused;
 * with the order still FILLED it was a partial close, which lowers the amount), ORDER_CLOSE_REJECTED,
 * ORDER_CHANGED_OK and ORDER_CHANGED_REJECTED. An order's state only moves forward
 * ({@link OrderTracker}), so a message repeated by a reconciliation is ignored. A close ends the
 * order's {@link OpenTrade} with the platform's close price, time, profit and loss and commission,
 * and the closed trade goes to the {@link RunJournal}.
 *
 * <p>Prices in integer points, amounts in millions, times ms UTC. Threading: the strategy thread only.
 * {@link #onQuote} is O(1) and allocation-free (per tick); a message allocates at most a log line and,
 * on a close, the journal row.
 */
final class MessageTranslator implements Reconciler.Outcomes {
    private final InstrumentSpec spec;
    private final OrderTracker book;
    private final HostLog log;
    private final StrategyEngine engine;
    private final RunJournal journal;
    private QuoteToAccountRate quoteToAccount;
    private long lastTickMs = Long.MIN_VALUE;
    private long bid;
    private long ask;
    private int refusals;

    /** @param quoteToAccount converts the quote currency to the account currency for the risk at entry */
    MessageTranslator(InstrumentSpec spec, OrderTracker book, HostLog log, StrategyEngine engine, RunJournal journal,
                      QuoteToAccountRate quoteToAccount) {
        this.spec = spec;
        this.book = book;
        this.log = log;
        this.engine = engine;
        this.journal = journal;
        this.quoteToAccount = quoteToAccount;
    }

    /** Converts with {@code rate} from now on. */
    void setQuoteToAccountRate(QuoteToAccountRate rate) {
        this.quoteToAccount = rate;
    }

    /** The host processed a tick: its time is the default message time, its quote the default close price. O(1). */
    void onQuote(long timeMs, long bidPoints, long askPoints) {
        lastTickMs = timeMs;
        bid = bidPoints;
        ask = askPoints;
    }

    /**
     * One platform message about an order (see the class comment).
     *
     * @param type    {@code IMessage.getType().name()}
     * @param reasons {@code IMessage.getReasons()} by name (may be empty)
     * @param content {@code IMessage.getContent()} (may be null)
     * @param timeMs  {@code IMessage.getCreationTime()}; 0 or less: the last tick's time
     * @param order   the message's order, or null for messages without one
     */
    void onMessage(String type, Collection<String> reasons, String content, long timeMs, OrderView order) {
        if (order == null || order.label() == null) return;
        String label = order.label();
        Order t = book.get(label);
        if (t == null) return; // not ours, or finished and forgotten
        if (t.orderId == null && order.id() != null) t.orderId = order.id();
        long time = timeMs > 0 ? timeMs : lastTickMs;
        String why = content == null || content.isEmpty() ? type : content.trim();
        switch (type) {
            case "ORDER_SUBMIT_OK":
                break;
            case "ORDER_SUBMIT_REJECTED":
            case "ORDER_FILL_REJECTED":
                if (t.state == OrderTracker.State.PENDING) entryRefused(t, time, why);
                break;
            case "ORDER_FILL_OK":
                if (t.state == OrderTracker.State.PENDING) filled(t, order, time);
                break;
            case "ORDER_CLOSE_OK":
                if (order.state() == OrderState.FILLED) {
                    // a partial close: the position is still open with a smaller amount, and the engine follows it
                    if (order.amount() > 0 && order.amount() < t.trade.amount()) {
                        t.trade.reduceTo(order.amount());
                        if (t.state == OrderTracker.State.OPEN) engine.onAmountChanged(label, t.trade.amount());
                    }
                    log.warn(label + " partly closed outside the strategy: " + RunJournal.amount(order.amount())
                            + " left");
                } else if (t.state == OrderTracker.State.PENDING
                        && (order.state() == OrderState.CANCELED || !order.wasFilled())) {
                    entryRefused(t, time, "canceled: " + why);
                } else if (t.state != OrderTracker.State.DONE) {
                    if (t.state == OrderTracker.State.PENDING) filled(t, order, time);
                    closed(t, order, OrderTracker.closeReason(t, reasons), "");
                }
                break;
            case "ORDER_CLOSE_REJECTED":
                if (t.state == OrderTracker.State.OPEN && t.exitRequested) {
                    t.exitRequested = false;
                    log.warn("close of " + label + " rejected: " + why);
                    engine.onRejected(label, time, OrderIntent.Kind.EXIT, why);
                }
                break;
            case "ORDER_CHANGED_OK":
                if (t.state == OrderTracker.State.OPEN) changed(t, order, time);
                break;
            case "ORDER_CHANGED_REJECTED":
                if (t.state == OrderTracker.State.OPEN) {
                    t.changeQueued = false;
                    log.warn("change of " + label + " rejected: " + why);
                    engine.onRejected(label, time, OrderIntent.Kind.MODIFY, why);
                }
                break;
            default:
                break;
        }
    }

    @Override
    public void entryRefused(Order t, long time, String why) {
        book.finish(t);
        refusals++;
        log.warn("REJECTED " + t.label + ": " + why);
        engine.onRejected(t.label, time, OrderIntent.Kind.ENTER, why);
    }

    @Override
    public void filled(Order t, OrderView o, long time) {
        OpenTrade b = t.trade;
        b.fill(o.fillTimeMs() > 0 ? o.fillTimeMs() : time, spec.toPoints(o.openPrice()),
                o.amount() > 0 ? o.amount() : b.amount(), quoteToAccount.rate(o.openPrice()));
        book.opened(t);
        log.info(String.format(Locale.ROOT, "FILLED %s %s %s @ %s", t.label, b.side(), RunJournal.amount(b.amount()),
                journal.price(b.entryPrice())));
        engine.onFilled(t.label, b.entryTimeMs(), b.entryPrice(), b.amount());
    }

    @Override
    public void changed(Order t, OrderView o, long time) {
        t.trade.levels(spec.toPoints(o.stopLossPrice()), spec.toPoints(o.takeProfitPrice()));
        engine.onModified(t.label, time, t.trade.stop(), t.trade.target());
    }

    /** Closes the bookkeeping of {@code t} with the platform's close price, time, profit and loss and commission. */
    @Override
    public void closed(Order t, OrderView o, CloseReason reason, String note) {
        long exitPrice = o.closePrice() > 0 ? spec.toPoints(o.closePrice()) : (t.trade.sign() > 0 ? bid : ask);
        long exitTime = o.closeTimeMs() > 0 ? o.closeTimeMs() : lastTickMs;
        t.trade.charge(o.commission());
        book.finish(t);
        ClosedTrade trade = t.trade.close(exitTime, exitPrice, reason,
                t.adopted ? (note.isEmpty() ? "adopted after a restart" : note + "; adopted after a restart") : note,
                o.profitLoss());
        journal.record(trade);
        engine.onClosed(t.label, exitTime, exitPrice, reason, trade.profitLoss());
    }

    @Override
    public boolean adopt(OrderView o, TradeSide side, long fill, long stop, long target, int barsHeld, boolean filled) {
        if (engine.adoptPosition(o.label(), side, o.amount(), fill, stop, target, barsHeld, filled)) return true;
        log.warn("not managed: " + o + " (the engine already holds " + engine.positions().inUse() + " of "
                + engine.positions().capacity() + " positions); its own stop and target still apply");
        return false;
    }

    /** Entries refused by the platform (messages) or settled as refused by a reconciliation. */
    int refusals() { return refusals; }
}
