package io.orderflow.jforex;

import java.util.Locale;

import io.orderflow.execution.EntryTags;
import io.orderflow.execution.ExecutionListener;
import io.orderflow.execution.OrderIntent;
import io.orderflow.execution.TradeSide;
import io.orderflow.jforex.OrderTracker.Order;
import io.orderflow.market.InstrumentSpec;
import io.orderflow.trades.OpenTrade;

/**
 * Turns the engine's {@link OrderIntent}s into platform order calls ({@link PlatformOrders}) and keeps
 * the per-order change queue of the once-per-second rule.
 *
 * <p>ENTER: the amount is rounded down to the instrument's step ({@link InstrumentSpec#orderAmount});
 * below the minimum the entry is refused to the engine and not sent; stop and target go out on whole
 * tenths of a pip ({@link #orderPrice}; {@code IEngine.submitOrder}: "should be divisible by 0.1 pips or
 * order will be rejected"); the comment is {@link OrderComment#encode}. MODIFY sends only what changed,
 * one change (stop first, then target) per order at most every {@link #ORDER_CHANGE_INTERVAL_MS}
 * ({@code IOrder.setStopLossPrice}/{@code setTakeProfitPrice}: "may not be called on the same order
 * more often than once per second"); the rest waits in the order's queue for {@link #flushChanges}.
 * EXIT closes at market. A call the platform refuses at once becomes a rejection for the engine.
 *
 * <p>Prices in integer points, amounts in millions, times ms UTC (the host's clock). Threading: the
 * strategy thread only (the host moves misplaced calls there first). {@link #flushChanges} is
 * O(open orders) and allocation-free unless a change is sent.
 */
final class OrderSender {
    /** Least time between two changes of one order, ms ({@code IOrder.java}: at most once per second). */
    static final long ORDER_CHANGE_INTERVAL_MS = 1_000;

    private final InstrumentSpec spec;
    private final PlatformOrders orders;
    private final OrderTracker book;
    private final HostLog log;
    private final double slippagePips;
    private final ExecutionListener engine;
    private final RunJournal words;
    private int entriesSent;
    private int rejections;

    /**
     * @param slippagePips accepted slippage of market orders in pips (negative: the platform's default)
     * @param engine       hears the refusals and the no-change MODIFYs
     * @param words        formats prices and amounts for the log lines
     */
    OrderSender(InstrumentSpec spec, PlatformOrders orders, OrderTracker book, HostLog log, double slippagePips,
                ExecutionListener engine, RunJournal words) {
        this.spec = spec;
        this.orders = orders;
        this.book = book;
        this.log = log;
        this.slippagePips = slippagePips;
        this.engine = engine;
        this.words = words;
    }

    /** Sends {@code intent} (on the strategy thread); {@code now} is the host's clock, ms UTC. */
    void send(OrderIntent intent, long now) {
        switch (intent.kind()) {
            case ENTER:
                enter(intent, now);
                break;
            case MODIFY:
                modify(intent, now);
                break;
            default:
                exit(intent, now);
                break;
        }
    }

    private void enter(OrderIntent intent, long now) {
        String label = intent.label();
        Order t = new Order(OpenTrade.entering(intent, spec), false);
        double amount = spec.orderAmount(intent.amount());
        if (amount == 0) {
            rejections++;
            String why = String.format(Locale.ROOT, "amount %s is below the minimum %s of %s (step %s): not sent",
                    RunJournal.amount(intent.amount()), RunJournal.amount(spec.minTradeAmount()), spec.symbol(),
                    RunJournal.amount(spec.amountIncrement()));
            log.warn("entry " + label + ": " + why);
            engine.onRejected(label, now, OrderIntent.Kind.ENTER, why);
            return;
        }
        if (Math.abs(amount - intent.amount()) > 1e-12) {
            log.info("entry " + label + ": amount " + RunJournal.amount(intent.amount()) + " rounded down to "
                    + RunJournal.amount(amount) + " (step " + RunJournal.amount(spec.amountIncrement()) + " of "
                    + spec.symbol() + ")");
        }
        book.track(t);
        try {
            orders.submit(label, intent.side() == TradeSide.LONG, amount, slippagePips,
                    orderPrice(intent.stopPoints()), orderPrice(intent.targetPoints()),
                    OrderComment.encode(intent.side(), intent.tags()));
            entriesSent++;
            log.info(String.format(Locale.ROOT, "ENTER %s %s %s SL %s TP %s [%s] %s", intent.side(),
                    RunJournal.amount(amount), spec.symbol(), words.price(intent.stopPoints()),
                    words.price(intent.targetPoints()), label, shortReason(t)));
        } catch (Exception e) {
            book.finish(t);
            rejections++;
            log.warn("entry " + label + " refused by the platform: " + Reconciler.message(e));
            engine.onRejected(label, now, OrderIntent.Kind.ENTER, Reconciler.message(e));
        }
    }

    private void modify(OrderIntent intent, long now) {
        String label = intent.label();
        Order t = book.get(label);
        if (t == null || t.state != OrderTracker.State.OPEN) {
            engine.onRejected(label, now, OrderIntent.Kind.MODIFY, "no open order " + label);
            return;
        }
        boolean stopChanges = intent.stopPoints() != t.trade.stop();
        boolean targetChanges = intent.targetPoints() != t.trade.target();
        if (!stopChanges && !targetChanges) {
            t.changeQueued = false;
            engine.onModified(label, now, t.trade.stop(), t.trade.target());
            return;
        }
        t.wantStop = intent.stopPoints();
        t.wantTarget = intent.targetPoints();
        t.sentStop = t.trade.stop();
        t.sentTarget = t.trade.target();
        t.changeQueued = true;
        t.changeReason = intent.reason();
        sendChange(t, now);
    }

    private void exit(OrderIntent intent, long now) {
        String label = intent.label();
        Order t = book.get(label);
        if (t == null || t.state != OrderTracker.State.OPEN) {
            engine.onRejected(label, now, OrderIntent.Kind.EXIT, "no open order " + label);
            return;
        }
        t.exitRequested = true;
        try {
            orders.close(label);
            log.info("EXIT " + label + " (" + intent.reason() + ")");
        } catch (Exception e) {
            t.exitRequested = false;
            log.warn("close of " + label + " refused by the platform: " + Reconciler.message(e));
            engine.onRejected(label, now, OrderIntent.Kind.EXIT, Reconciler.message(e));
        }
    }

    /** Sends the queued changes whose order has had no change for {@link #ORDER_CHANGE_INTERVAL_MS}. O(open). */
    void flushChanges(long nowMs) {
        for (int i = 0; i < book.openCount(); i++) {
            Order t = book.open(i);
            if (t.changeQueued) sendChange(t, nowMs);
        }
    }

    /**
     * Sends at most one change (stop first, then target) of {@code t}'s queued change, once a second
     * has passed since its last change; what remains stays queued for a later tick or timer.
     */
    private void sendChange(Order t, long nowMs) {
        if (!t.changeQueued || t.state != OrderTracker.State.OPEN) return;
        if (t.lastChangeMs != Long.MIN_VALUE && nowMs - t.lastChangeMs < ORDER_CHANGE_INTERVAL_MS) return;
        boolean stop = t.wantStop != t.sentStop;
        boolean target = t.wantTarget != t.sentTarget;
        if (!stop && !target) {
            t.changeQueued = false;
            return;
        }
        try {
            if (stop) {
                orders.setStopLoss(t.label, orderPrice(t.wantStop));
                t.sentStop = t.wantStop;
            } else {
                orders.setTakeProfit(t.label, orderPrice(t.wantTarget));
                t.sentTarget = t.wantTarget;
            }
            t.lastChangeMs = nowMs;
            log.info("MODIFY " + t.label + (stop ? " SL " + words.price(t.wantStop) : " TP "
                    + words.price(t.wantTarget)) + " (" + t.changeReason + ")");
        } catch (Exception e) {
            t.changeQueued = false;
            log.warn("change of " + t.label + " refused by the platform: " + Reconciler.message(e));
            engine.onRejected(t.label, nowMs, OrderIntent.Kind.MODIFY, Reconciler.message(e));
            return;
        }
        if (t.wantStop == t.sentStop && t.wantTarget == t.sentTarget) t.changeQueued = false;
    }

    /** True while {@code label} has a stop or target change waiting for the once-per-second rule. */
    boolean changeQueued(String label) {
        Order t = book.get(label);
        return t != null && t.changeQueued;
    }

    /** Entry orders sent to the platform. */
    int entriesSent() { return entriesSent; }

    /** Entries refused before or while sending (below the minimum, refused by the platform at once). */
    int rejections() { return rejections; }

    /** A stop or target price for the platform: on a whole tenth of a pip ({@code IEngine.submitOrder}), 0 = none. */
    double orderPrice(long points) {
        return points == 0 ? 0 : spec.toPrice(spec.roundToTenthPip(points));
    }

    /** The setup and verdict for the ENTER log line ({@code "TREND confirmed"}), or "" without a setup. */
    private static String shortReason(Order t) {
        EntryTags tags = t.trade.entryTags();
        if (tags.setup() == null) return "";
        return tags.setup() + (tags.confirmation() == EntryTags.Confirmation.CONFIRMED ? " confirmed" : " unconfirmed");
    }
}
