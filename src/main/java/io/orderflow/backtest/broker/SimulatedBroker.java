package io.orderflow.backtest.broker;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.orderflow.execution.CloseReason;
import io.orderflow.execution.ExecutionListener;
import io.orderflow.execution.ExecutionPort;
import io.orderflow.execution.OrderIntent;
import io.orderflow.execution.TradeSide;
import io.orderflow.market.InstrumentSpec;
import io.orderflow.market.Instruments;
import io.orderflow.market.Tick;
import io.orderflow.market.TickSink;
import io.orderflow.trades.ClosedTrade;
import io.orderflow.trades.ClosedTradeSink;
import io.orderflow.trades.OpenTrade;

/**
 * An {@link ExecutionPort} that fills orders on replayed ticks with JForex semantics, for one
 * instrument and one account.
 *
 * <p><b>Timing.</b> An intent takes effect on the first tick the broker receives <em>after</em>
 * {@link #submit} whose time is at or after the decision time plus {@link BrokerConfig#latencyMs()}.
 * The decision time is the later of the intent's time and the last tick the broker has seen.
 * Intents take effect in submission order.
 *
 * <p><b>Prices.</b> A long buys at the ask and sells at the bid; a short sells at the bid and buys
 * at the ask. Market fills (entries, requested exits, stop-losses, margin cuts) move by
 * {@link BrokerConfig#slippagePoints()} against the trader. A long's stop triggers when the bid is
 * at or below it, its target when the bid is at or above it; a short's stop when the ask is at or
 * above it, its target when the ask is at or below it. Both fill at that tick's price: a stop
 * jumped by a gap (a weekend, news) fills at the first price after the gap, worse than the stop; a
 * target jumped fills better than the target (no slippage on targets). Stops and targets are
 * checked on every tick from the fill tick on.
 *
 * <p><b>Validation.</b> Rejected at once (inside {@code submit}): another instrument, a label
 * already active (pending or open; JForex LABEL_NOT_UNIQUE), an amount below the instrument's
 * minimum (JForex INVALID_AMOUNT), negative prices, a stop on the wrong side of the target,
 * MODIFY/EXIT of a label with no pending or open position, a second EXIT. Rejected when due: an
 * entry whose stop or target the fill tick has already passed, an entry that would take open
 * notional above {@code leverage × equity}, a MODIFY/EXIT whose position closed meanwhile, a MODIFY
 * whose new stop or target the current price has already passed.
 *
 * <p><b>Money.</b> Profit and loss accrue in the quote currency and are converted with
 * {@link AccountConversion} at the closing tick's mid; commission is charged per side on the USD
 * notional at the fill price and deducted from the balance at each fill. Margin used by a position
 * is {@code units × mid × quote→account / leverage}. When the use of leverage (open notional over
 * {@code equity × leverage}) reaches {@link BrokerConfig#marginCutPercent()}, or equity reaches
 * zero, every position is closed at market ({@link CloseReason#MARGIN_CUT}).
 *
 * <p>Each position's bookkeeping (entry, stop and target, risk at entry, excursions, commission,
 * tags) is an {@link OpenTrade}, the same as the JForex host's; its excursion rule is written there.
 * Outcomes go to the {@link ExecutionListener} (profit and loss passed there is net of both
 * commissions) and closed positions to the {@link ClosedTradeSink}. O(open positions) per tick;
 * no allocation per tick. Single-threaded: call everything on the replay thread.
 */
public final class SimulatedBroker implements ExecutionPort, TickSink, Account {
    private static final class Pending {
        final OrderIntent intent;
        final SimulatedOrder order;
        final long dueMs;

        Pending(OrderIntent intent, SimulatedOrder order, long dueMs) {
            this.intent = intent;
            this.order = order;
            this.dueMs = dueMs;
        }
    }

    private final InstrumentSpec spec;
    private final BrokerConfig config;
    private final AccountConversion conversion;
    private final ExecutionListener listener;
    private final ClosedTradeSink trades;
    private final double pointSize;
    private final double commissionRate;

    private final ArrayDeque<Pending> queue = new ArrayDeque<>();
    private final Map<String, SimulatedOrder> active = new HashMap<>();
    private final Map<String, String> closedLabels = new HashMap<>();
    private final List<SimulatedOrder> open = new ArrayList<>();

    private boolean hasTick;
    private long nowMs = Long.MIN_VALUE;
    private long ask;
    private long bid;
    private long lastDueMs = Long.MIN_VALUE;
    private double balance;
    private double equity;
    private double peakEquity;
    private double maxDrawdown;
    private long inMarketSinceMs;
    private long timeInMarketMs;
    private long firstTickMs;
    private double commissionPaid;
    private int fills;
    private int rejections;

    /**
     * @param listener receives fills, rejections, changes and closes
     * @param trades   receives every closed position (the journal)
     */
    public SimulatedBroker(InstrumentSpec spec, BrokerConfig config, ExecutionListener listener, ClosedTradeSink trades) {
        this.spec = spec;
        this.config = config;
        this.conversion = new AccountConversion(spec,
                config.accountCurrency() == null ? spec.quote() : config.accountCurrency(), config.usdPerQuote(),
                config.commissionUsdPerMillion() > 0);
        this.listener = listener;
        this.trades = trades;
        this.pointSize = spec.pointSize();
        this.commissionRate = config.commissionUsdPerMillion() / 1_000_000d;
        this.balance = config.initialDeposit();
        this.equity = balance;
        this.peakEquity = balance;
    }

    // ------------------------------------------------------------------ submit

    @Override
    public void submit(OrderIntent intent) {
        long decision = Math.max(intent.timeMs(), nowMs);
        String label = intent.label();
        if (!Instruments.normalise(intent.instrument()).equals(spec.symbol())) {
            reject(intent, decision, "instrument " + intent.instrument() + " is not traded here; this broker simulates "
                    + spec.symbol());
            return;
        }
        SimulatedOrder p = active.get(label);
        switch (intent.kind()) {
            case ENTER:
                if (p != null) {
                    reject(intent, decision, "label " + label + " is already in use by an active order (LABEL_NOT_UNIQUE)");
                    return;
                }
                if (intent.amount() < spec.minTradeAmount() * (1 - 1e-9)) {
                    reject(intent, decision, "amount " + intent.amount() + " is below the minimum "
                            + spec.minTradeAmount() + " for " + spec.symbol() + " (JForex units: millions; INVALID_AMOUNT)");
                    return;
                }
                String bad = checkLevels(intent.side(), intent.stopPoints(), intent.targetPoints());
                if (bad != null) {
                    reject(intent, decision, bad);
                    return;
                }
                p = new SimulatedOrder(intent, spec);
                active.put(label, p);
                break;
            case MODIFY:
                if (p == null) {
                    reject(intent, decision, noPosition(label));
                    return;
                }
                String badModify = checkLevels(p.trade.side(), intent.stopPoints(), intent.targetPoints());
                if (badModify != null) {
                    reject(intent, decision, badModify);
                    return;
                }
                break;
            default: // EXIT
                if (p == null) {
                    reject(intent, decision, noPosition(label));
                    return;
                }
                if (p.exitPending) {
                    reject(intent, decision, "an exit of " + label + " is already pending");
                    return;
                }
                p.exitPending = true;
                break;
        }
        long due = Math.max(decision + config.latencyMs(), lastDueMs);
        lastDueMs = due;
        queue.addLast(new Pending(intent, p, due));
    }

    private String noPosition(String label) {
        String closed = closedLabels.get(label);
        return closed != null ? "position " + label + " is already closed (" + closed + ")"
                : "no pending or open position labelled " + label;
    }

    private static String checkLevels(TradeSide side, long stop, long target) {
        if (stop < 0 || target < 0) return "stop-loss and take-profit must be >= 0 points (0 = none)";
        if (stop != 0 && target != 0) {
            if (side == TradeSide.LONG && stop >= target) {
                return "a long's stop-loss " + stop + " must be below its take-profit " + target;
            }
            if (side == TradeSide.SHORT && stop <= target) {
                return "a short's stop-loss " + stop + " must be above its take-profit " + target;
            }
        }
        return null;
    }

    /**
     * Closes part of the open position {@code label} at once at the current quote (bid for a long,
     * ask for a short), leaving the rest open, as JForex's {@code IOrder.close(amount)} does. The part's
     * profit and its exit commission go to the balance now; the trade reported at the final close
     * covers the remaining amount (with the whole entry commission).
     *
     * @param amount JForex units, more than 0 and less than the open amount
     * @return the net profit or loss realised (account currency), or NaN when {@code label} is not an
     *         open position or {@code amount} is not a part of it (nothing changes then)
     */
    public double reduce(String label, double amount) {
        SimulatedOrder p = active.get(label);
        if (p == null || p.state != SimulatedOrder.State.OPEN || p.exitPending || !(amount > 0)
                || amount >= p.trade.amount() - 1e-12) {
            return Double.NaN;
        }
        OpenTrade t = p.trade;
        long price = t.side() == TradeSide.LONG ? bid : ask;
        double units = amount * 1_000_000d;
        double mid = spec.toPrice((ask + bid) * 0.5);
        double gross = t.sign() * (price - t.entryPrice()) * pointSize * units * conversion.quoteToAccount(mid);
        double exitCommission = commission(units, spec.toPrice(price));
        balance += gross - exitCommission;
        commissionPaid += exitCommission;
        t.reduceTo(Math.round((t.amount() - amount) * 1e9) / 1e9);
        markToMarket();
        return gross - exitCommission;
    }

    /**
     * Adds a journal tag to the pending or open position {@code label}; false when there is none.
     *
     * @throws IllegalArgumentException for a key of the entry's typed tags ({@link io.orderflow.execution.EntryTags})
     */
    public boolean tag(String label, String key, String value) {
        SimulatedOrder p = active.get(label);
        if (p == null) return false;
        p.trade.tag(key, value);
        return true;
    }

    // ------------------------------------------------------------------ ticks

    @Override
    public void onTick(Tick tick) {
        long t = tick.timeMs();
        if (!hasTick) {
            hasTick = true;
            firstTickMs = t;
        }
        nowMs = t;
        ask = tick.ask();
        bid = tick.bid();
        while (!queue.isEmpty() && queue.peekFirst().dueMs <= t) {
            execute(queue.pollFirst());
        }
        if (!open.isEmpty()) {
            for (int i = open.size() - 1; i >= 0; i--) {
                if (i >= open.size()) continue; // a listener callback closed several
                SimulatedOrder p = open.get(i);
                OpenTrade tr = p.trade;
                if (tr.side() == TradeSide.LONG) {
                    if (tr.stop() != 0 && bid <= tr.stop()) {
                        close(p, bid - config.slippagePoints(), CloseReason.STOP_LOSS, "");
                    } else if (tr.target() != 0 && bid >= tr.target()) {
                        close(p, bid, CloseReason.TAKE_PROFIT, "");
                    }
                } else {
                    if (tr.stop() != 0 && ask >= tr.stop()) {
                        close(p, ask + config.slippagePoints(), CloseReason.STOP_LOSS, "");
                    } else if (tr.target() != 0 && ask <= tr.target()) {
                        close(p, ask, CloseReason.TAKE_PROFIT, "");
                    }
                }
            }
            markToMarket();
            checkMarginCut();
            // the excursion rule (OpenTrade): a position that stays open through this tick is marked at its quote
            for (int i = 0, n = open.size(); i < n; i++) open.get(i).trade.mark(bid, ask);
        }
    }

    private void execute(Pending pending) {
        OrderIntent intent = pending.intent;
        SimulatedOrder p = pending.order;
        switch (intent.kind()) {
            case ENTER:
                fill(p, intent);
                break;
            case MODIFY:
                if (p.state != SimulatedOrder.State.OPEN) {
                    reject(intent, nowMs, p.state == SimulatedOrder.State.CLOSED
                            ? "position " + p.label() + " closed (" + p.closedBy + ") before the change took effect"
                            : "the entry of " + p.label() + " was rejected");
                    return;
                }
                String passed = passedLevels(p.trade.side(), intent.stopPoints(), intent.targetPoints());
                if (passed != null) {
                    reject(intent, nowMs, passed);
                    return;
                }
                p.trade.levels(intent.stopPoints(), intent.targetPoints());
                listener.onModified(p.label(), nowMs, p.trade.stop(), p.trade.target());
                break;
            default: // EXIT
                if (p.state != SimulatedOrder.State.OPEN) {
                    reject(intent, nowMs, p.state == SimulatedOrder.State.CLOSED
                            ? "position " + p.label() + " closed (" + p.closedBy + ") before the exit took effect"
                            : "the entry of " + p.label() + " was rejected");
                    return;
                }
                long price = p.trade.side() == TradeSide.LONG ? bid - config.slippagePoints() : ask + config.slippagePoints();
                close(p, price, CloseReason.REQUESTED, intent.reason());
                markToMarket();
                break;
        }
    }

    /** Why a stop/target can no longer be set at the current quote, or null. */
    private String passedLevels(TradeSide side, long stop, long target) {
        if (side == TradeSide.LONG) {
            if (stop != 0 && stop >= bid) return "stop-loss " + stop + " is at or above the bid " + bid + ": it would trigger at once";
            if (target != 0 && target <= bid) return "take-profit " + target + " is at or below the bid " + bid + ": it would trigger at once";
        } else {
            if (stop != 0 && stop <= ask) return "stop-loss " + stop + " is at or below the ask " + ask + ": it would trigger at once";
            if (target != 0 && target >= ask) return "take-profit " + target + " is at or above the ask " + ask + ": it would trigger at once";
        }
        return null;
    }

    private void fill(SimulatedOrder p, OrderIntent intent) {
        OpenTrade t = p.trade;
        String passed = passedLevels(t.side(), t.stop(), t.target());
        if (passed != null) {
            rejectEntry(p, intent, passed);
            return;
        }
        long price = t.side() == TradeSide.LONG ? ask + config.slippagePoints() : bid - config.slippagePoints();
        double fillPrice = spec.toPrice(price);
        markToMarket();
        double notional = t.units() * fillPrice * conversion.quoteToAccount(fillPrice);
        double openNotional = openNotional();
        double limit = config.leverage() * equity;
        if (openNotional + notional > limit) {
            rejectEntry(p, intent, String.format(java.util.Locale.ROOT,
                    "not enough margin: open notional %.2f + %.2f would exceed leverage %.0f x equity %.2f = %.2f %s",
                    openNotional, notional, config.leverage(), equity, limit, conversion.accountCurrency()));
            return;
        }
        double commission = commission(t.units(), fillPrice);
        balance -= commission;
        commissionPaid += commission;
        p.state = SimulatedOrder.State.OPEN;
        t.fill(nowMs, price, t.amount(), conversion.quoteToAccount(fillPrice));
        t.charge(commission);
        if (open.isEmpty()) inMarketSinceMs = nowMs;
        open.add(p);
        fills++;
        listener.onFilled(t.label(), nowMs, price, t.amount());
    }

    private void rejectEntry(SimulatedOrder p, OrderIntent intent, String why) {
        p.state = SimulatedOrder.State.REJECTED;
        active.remove(p.label());
        reject(intent, nowMs, why);
    }

    private double commission(double units, double price) {
        if (commissionRate == 0) return 0;
        return units * conversion.baseToUsd(price) * commissionRate * conversion.usdToAccount(price);
    }

    private void close(SimulatedOrder p, long price, CloseReason reason, String note) {
        OpenTrade t = p.trade;
        double exitPrice = spec.toPrice(price);
        double mid = spec.toPrice((ask + bid) * 0.5);
        double gross = t.sign() * (price - t.entryPrice()) * pointSize * t.units() * conversion.quoteToAccount(mid);
        double exitCommission = commission(t.units(), exitPrice);
        balance += gross - exitCommission;
        commissionPaid += exitCommission;
        t.charge(exitCommission);
        p.state = SimulatedOrder.State.CLOSED;
        p.closedBy = reason.name();
        open.remove(p);
        active.remove(t.label());
        closedLabels.put(t.label(), reason.name());
        if (open.isEmpty()) timeInMarketMs += nowMs - inMarketSinceMs;
        ClosedTrade trade = t.close(nowMs, price, reason, note, gross);
        if (trades != null) trades.onTradeClosed(trade);
        listener.onClosed(t.label(), nowMs, price, reason, gross - trade.commission());
    }

    private void reject(OrderIntent intent, long timeMs, String why) {
        rejections++;
        listener.onRejected(intent.label(), timeMs, intent.kind(), why);
    }

    private void markToMarket() {
        double unrealised = 0;
        if (!open.isEmpty()) {
            double q2a = conversion.quoteToAccount(spec.toPrice((ask + bid) * 0.5));
            for (int i = 0, n = open.size(); i < n; i++) {
                OpenTrade t = open.get(i).trade;
                long closePx = t.side() == TradeSide.LONG ? bid : ask;
                unrealised += t.sign() * (closePx - t.entryPrice()) * pointSize * t.units() * q2a;
            }
        }
        equity = balance + unrealised;
        if (equity > peakEquity) peakEquity = equity;
        double dd = (peakEquity - equity) / peakEquity;
        if (dd > maxDrawdown) maxDrawdown = dd;
    }

    private double openNotional() {
        if (open.isEmpty()) return 0;
        double mid = spec.toPrice((ask + bid) * 0.5);
        double q2a = conversion.quoteToAccount(mid);
        double units = 0;
        for (int i = 0, n = open.size(); i < n; i++) units += open.get(i).trade.units();
        return units * mid * q2a;
    }

    private void checkMarginCut() {
        if (open.isEmpty() || config.marginCutPercent() == 0) return;
        double notional = openNotional();
        if (equity <= 0 || notional / (equity * config.leverage()) * 100 >= config.marginCutPercent()) {
            String note = String.format(java.util.Locale.ROOT, "use of leverage %.0f%% >= %.0f%% (equity %.2f)",
                    equity <= 0 ? Double.POSITIVE_INFINITY : notional / (equity * config.leverage()) * 100,
                    config.marginCutPercent(), equity);
            for (int i = open.size() - 1; i >= 0; i--) {
                if (i >= open.size()) continue;
                SimulatedOrder p = open.get(i);
                long price = p.trade.side() == TradeSide.LONG ? bid - config.slippagePoints()
                        : ask + config.slippagePoints();
                close(p, price, CloseReason.MARGIN_CUT, note);
            }
            markToMarket();
        }
    }

    /**
     * Ends the run: entries still waiting are rejected ("end of data") and open positions are
     * closed at the last tick's bid (longs) or ask (shorts), without slippage, with reason
     * {@link CloseReason#EXTERNAL} and the note "end of data".
     */
    public void finish() {
        while (!queue.isEmpty()) {
            Pending pending = queue.pollFirst();
            if (pending.intent.kind() == OrderIntent.Kind.ENTER && pending.order.state == SimulatedOrder.State.PENDING) {
                rejectEntry(pending.order, pending.intent, "end of data before the order could be filled");
            }
        }
        for (int i = open.size() - 1; i >= 0; i--) {
            if (i >= open.size()) continue;
            SimulatedOrder p = open.get(i);
            close(p, p.trade.side() == TradeSide.LONG ? bid : ask, CloseReason.EXTERNAL, "end of data");
        }
        if (hasTick) markToMarket();
    }

    // ------------------------------------------------------------------ account

    @Override
    public String accountCurrency() { return conversion.accountCurrency(); }

    @Override
    public double balance() { return balance; }

    @Override
    public double equity() { return equity; }

    @Override
    public double usedMargin() { return openNotional() / config.leverage(); }

    @Override
    public double leverage() { return config.leverage(); }

    @Override
    public int openPositionCount() { return open.size(); }

    /** The instrument traded. */
    public InstrumentSpec instrument() { return spec; }

    public BrokerConfig config() { return config; }

    /** Largest fall of marked-to-market equity from its running peak, as a fraction of the peak. */
    public double maxDrawdown() { return maxDrawdown; }

    /** Total commission paid, account currency. */
    public double commissionPaid() { return commissionPaid; }

    /** Milliseconds with at least one open position (up to the last close). */
    public long timeInMarketMs() {
        return open.isEmpty() ? timeInMarketMs : timeInMarketMs + (nowMs - inMarketSinceMs);
    }

    /** Time of the first tick seen, ms UTC (Long.MIN_VALUE before any). */
    public long firstTickMs() { return hasTick ? firstTickMs : Long.MIN_VALUE; }

    /** Time of the last tick seen, ms UTC. */
    public long lastTickMs() { return nowMs; }

    /** Entries filled so far. */
    public int fillCount() { return fills; }

    /** Intents rejected so far. */
    public int rejectionCount() { return rejections; }
}
