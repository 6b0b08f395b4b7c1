package io.orderflow.jforex;

import java.util.List;

import io.orderflow.execution.CloseReason;
import io.orderflow.execution.TradeSide;
import io.orderflow.jforex.OrderTracker.Order;
import io.orderflow.jforex.OrderTracker.State;
import io.orderflow.market.InstrumentSpec;
import io.orderflow.strategy.risk.QuoteToAccountRate;
import io.orderflow.trades.OpenTrade;

/**
 * Compares the host's orders ({@link OrderTracker}) with the platform's view ({@link PlatformOrders#order}
 * for the active orders, {@link PlatformOrders#historicalOrder} for the rest) and reports what the
 * messages missed: a fill, a close (reason from the close price against stop and target,
 * {@link OrderTracker#inferredReason}), an entry that vanished or was canceled, a changed stop or
 * target. The host runs it on a reconnection only (a disconnection's lists cannot be trusted).
 * After a restart it adopts the platform's active orders of this strategy ({@link #recover}).
 *
 * <p>An order found neither among the active orders nor in the history is not settled at once (a
 * message about it may still be queued): it is marked missing and looked up again until it appears
 * or {@link #MISSING_GRACE_MS} have passed since it was first missed; then a logged decision
 * settles it — a pending entry counts as refused, an open position as closed outside the strategy
 * at an unknown price and P/L ({@link #graceDecision}).
 *
 * <p>Times are the host's clock, ms UTC; prices integer points. Threading: the strategy thread only.
 * A reconciliation allocates (a snapshot of the orders, log lines); it never runs per tick.
 */
final class Reconciler {
    /**
     * How long an order may be missing from the platform's active orders and history before a
     * reconciliation settles it (a message about it may still be queued), ms.
     */
    static final long MISSING_GRACE_MS = 30_000;

    /** What the host does with a correction: the same steps as for the matching platform message. */
    interface Outcomes {
        /** A pending entry was filled ({@code time} when the order has no fill time). */
        void filled(Order t, OrderView o, long time);

        /** An open order's stop or target differs from the host's. */
        void changed(Order t, OrderView o, long time);

        /** An order was closed, with the platform's close price and P/L in {@code o}. */
        void closed(Order t, OrderView o, CloseReason reason, String note);

        /** A pending entry will never fill. */
        void entryRefused(Order t, long time, String why);

        /**
         * Hands an order found after a restart to the engine (prices in points, 0 = none; {@code barsHeld}
         * bars since its fill). False, after logging why, when the engine cannot take it: it is then not
         * followed.
         */
        boolean adopt(OrderView o, TradeSide side, long fill, long stop, long target, int barsHeld, boolean filled);
    }

    /** The grace decision for an order the platform does not know (yet). */
    enum Missing {
        /** First time missed: the grace period starts now. */
        STARTED,
        /** Still inside the grace period: look again later. */
        WAITING,
        /** The grace period has passed: settle the order now. */
        SETTLE
    }

    private final OrderTracker book;
    private final PlatformOrders orders;
    private final InstrumentSpec spec;
    private final HostLog log;
    private final Outcomes outcomes;
    private int corrections;
    private int adopted;

    Reconciler(OrderTracker book, PlatformOrders orders, InstrumentSpec spec, HostLog log, Outcomes outcomes) {
        this.book = book;
        this.orders = orders;
        this.spec = spec;
        this.log = log;
        this.outcomes = outcomes;
    }

    /**
     * The grace decision for {@code t}, missing from the platform's view at {@code nowMs}: the first
     * miss starts the grace period ({@link Order#missingSinceMs} := now), a later one settles once
     * {@code now - missingSince >= MISSING_GRACE_MS}.
     */
    static Missing graceDecision(Order t, long nowMs) {
        if (t.missingSinceMs == Long.MIN_VALUE) {
            t.missingSinceMs = nowMs;
            return Missing.STARTED;
        }
        return nowMs - t.missingSinceMs >= MISSING_GRACE_MS ? Missing.SETTLE : Missing.WAITING;
    }

    /**
     * One reconciliation.
     *
     * @param missingOnly only the orders marked missing by an earlier reconciliation
     * @param nowMs       the host's clock (latest of tick, bar timer and connection message), ms UTC
     * @param lastTickMs  the last tick's time, ms UTC: the time of a refusal or change found here
     * @return the corrections made
     */
    int reconcile(boolean missingOnly, long nowMs, long lastTickMs) {
        int made = 0;
        for (Order t : book.snapshot()) {
            if (missingOnly && t.missingSinceMs == Long.MIN_VALUE) continue;
            OrderView o;
            try {
                o = orders.order(t.label);
                if (o == null && t.orderId != null) o = orders.historicalOrder(t.orderId);
            } catch (Exception e) {
                log.warn("reconciliation: cannot read " + t.label + ": " + message(e));
                continue;
            }
            if (o == null || o.state() == null) {
                Missing m = graceDecision(t, nowMs);
                if (m == Missing.STARTED) {
                    log.info("reconciliation: " + t.label + " is in neither the active orders nor the history yet; "
                            + "waiting up to " + MISSING_GRACE_MS / 1000 + " s");
                } else if (m == Missing.SETTLE) {
                    log.warn("reconciliation: " + t.label + " still unknown to the platform after "
                            + (nowMs - t.missingSinceMs) / 1000 + " s: " + (t.state == State.PENDING
                            ? "counted as refused" : "counted as closed outside the strategy"));
                    if (t.state == State.PENDING) {
                        outcomes.entryRefused(t, lastTickMs, "the platform no longer knows the order");
                    } else {
                        OpenTrade b = t.trade;
                        OrderView gone = new OrderView(t.orderId, t.label, t.trade.sign() > 0, "CLOSED", b.amount(),
                                price(b.entryPrice()), 0, price(b.stop()), price(b.target()), 0, b.entryTimeMs(), 0, 0,
                                0, "");
                        outcomes.closed(t, gone, CloseReason.EXTERNAL, "closed while disconnected: price and P/L unknown");
                    }
                    made++;
                }
                continue;
            }
            t.missingSinceMs = Long.MIN_VALUE;
            switch (o.state()) {
                case FILLED:
                    if (t.state == State.PENDING) {
                        outcomes.filled(t, o, o.fillTimeMs());
                        made++;
                    }
                    if (t.state == State.OPEN && (spec.toPoints(o.stopLossPrice()) != t.trade.stop()
                            || spec.toPoints(o.takeProfitPrice()) != t.trade.target())) {
                        outcomes.changed(t, o, lastTickMs);
                        made++;
                    }
                    break;
                case CLOSED:
                    if (t.state == State.PENDING && !o.wasFilled()) {
                        outcomes.entryRefused(t, lastTickMs, "closed without a fill");
                    } else {
                        if (t.state == State.PENDING) outcomes.filled(t, o, o.fillTimeMs());
                        outcomes.closed(t, o, OrderTracker.inferredReason(t, spec.toPoints(o.closePrice())),
                                "seen at reconciliation");
                    }
                    made++;
                    break;
                case CANCELED:
                    if (t.state == State.PENDING) {
                        outcomes.entryRefused(t, lastTickMs, "canceled");
                        made++;
                    }
                    break;
                default:
                    break;
            }
        }
        if (made > 0) log.warn("reconciliation: " + made + " correction(s) from the platform's order list");
        corrections += made;
        return made;
    }

    /**
     * Adopts the platform's active orders of this strategy after a restart: those whose label starts
     * with {@code labelStem} and that are not done and not followed already; filled ones become open
     * positions (risk at entry from the stop in account currency, {@code quoteToAccount}), pending ones
     * entries waiting for their fill. Calling it twice adopts nothing twice.
     *
     * @param activeOrders the platform's active orders on the instrument
     * @param labelStem    this strategy's label prefix {@code <prefix>_<SYMBOL>_}
     * @param lastTickMs   the host's last tick, ms UTC (bars held are counted up to it)
     * @param barPeriodMs  the engine's bar period, ms
     * @return the number of orders adopted
     */
    int recover(List<OrderView> activeOrders, String labelStem, long lastTickMs, long barPeriodMs,
                QuoteToAccountRate quoteToAccount) {
        int n = 0;
        for (OrderView o : activeOrders) {
            String label = o.label();
            if (label == null || !label.startsWith(labelStem) || book.isTracked(label)) continue;
            OrderState s = o.state();
            if (s == null || s.isDone()) continue;
            TradeSide side = o.isLong() ? TradeSide.LONG : TradeSide.SHORT;
            boolean filled = s == OrderState.FILLED;
            long fill = filled ? spec.toPoints(o.openPrice()) : 0;
            long stop = spec.toPoints(o.stopLossPrice());
            long target = spec.toPoints(o.takeProfitPrice());
            int barsHeld = filled && o.fillTimeMs() > 0 && lastTickMs > o.fillTimeMs()
                    ? (int) Math.min(Integer.MAX_VALUE, (lastTickMs - o.fillTimeMs()) / barPeriodMs) : 0;
            if (!outcomes.adopt(o, side, fill, stop, target, barsHeld, filled)) continue;
            // the comment is the reason text; setup and verdict are read back from it (OrderComment)
            Order t = new Order(new OpenTrade(label, spec, side, o.amount(), stop, target, o.comment(),
                    OrderComment.decode(o.comment())), true);
            t.orderId = o.id();
            if (filled) {
                t.state = State.OPEN;
                t.trade.fill(o.fillTimeMs(), fill, o.amount(), quoteToAccount.rate(o.openPrice()));
            }
            book.track(t);
            n++;
            adopted++;
            log.info("ADOPTED " + label + " " + side + " " + RunJournal.amount(o.amount()) + " " + s
                    + (filled ? " @ " + RunJournal.price(fill, spec.pointScale()) : "")
                    + " SL " + RunJournal.price(stop, spec.pointScale())
                    + " TP " + RunJournal.price(target, spec.pointScale()));
        }
        return n;
    }

    /** Orders adopted by {@link #recover} so far. */
    int adopted() { return adopted; }

    /** Corrections made by all reconciliations so far. */
    int corrections() { return corrections; }

    private double price(long points) {
        return points == 0 ? 0 : spec.toPrice(points);
    }

    static String message(Exception e) {
        String m = e.getMessage();
        return m == null || m.isEmpty() ? e.getClass().getSimpleName() : m;
    }
}
