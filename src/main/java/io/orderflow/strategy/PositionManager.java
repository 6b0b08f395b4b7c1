package io.orderflow.strategy;

import io.orderflow.execution.CloseReason;
import io.orderflow.execution.ExecutionPort;
import io.orderflow.execution.EntryTags;
import io.orderflow.execution.OrderIntent;
import io.orderflow.execution.TradeSide;
import io.orderflow.market.InstrumentSpec;
import io.orderflow.strategy.risk.PositionSizer;
import io.orderflow.strategy.risk.QuoteToAccountRate;
import io.orderflow.strategy.stats.ConfirmationStats;
import io.orderflow.strategy.stats.SignalListener;
import io.orderflow.strategy.stats.SignalRecord;
import io.orderflow.strategy.stats.SkipReason;

/**
 * The engine's position state machine over a {@link PositionBook}: a taken signal becomes a
 * PENDING_ENTRY slot and an ENTER intent; a fill makes it OPEN; at each closed bar an open
 * position gets its time stop (EXIT after {@code exits.maxBars} bars) and its break-even move
 * (MODIFY of the stop to the fill once the bar closes {@code exits.breakEvenAtR} × the initial
 * risk in profit); flat rules send EXIT (PENDING_EXIT, retried {@link #EXIT_RETRY_MS} after a
 * rejection); the broker's close ends it, completing the signal record. Every intent of the
 * engine goes out here. Broker events for unknown labels, or in a state that does not fit, are
 * counted and otherwise ignored.
 *
 * <p>Which rule forces an exit (daily loss limit, session end) and the account balance are the
 * engine's; this class is told the time, the quote and the reason.
 *
 * <p>Units: prices in points, amounts in JForex units, risk and profit in the account currency,
 * times in ms UTC. Per tick {@link #mark} is O(book capacity) and allocation-free; intents
 * allocate. Threading: the strategy thread only, like the engine.
 */
final class PositionManager {
    /** Minimum delay between two EXIT intents for one position after a rejection, ms. */
    static final long EXIT_RETRY_MS = 5_000;

    private final InstrumentSpec instrument;
    private final ExecutionPort port;
    private final PositionBook book;
    private final PositionSizer sizer;
    private final ConfirmationStats stats;
    private final double breakEvenAtR;
    private final int maxBarsInTrade;
    private final String labelStem;
    private QuoteToAccountRate quoteToAccount;
    private SignalListener listener = SignalListener.NONE;

    private double unrealized;
    private long labelSeq;
    private long intentsSent;
    private long unknownEvents;
    private long lateFillsExited;

    /**
     * @param breakEvenAtR   profit (multiples of the initial risk) at a bar close that moves the stop
     *                       to the fill; 0 = off
     * @param maxBarsInTrade closed bars after which an open position is exited; 0 = off
     * @param labelStem      start of every ENTER label (prefix, instrument, "_")
     */
    PositionManager(InstrumentSpec instrument, ExecutionPort port, PositionBook book, PositionSizer sizer,
                    QuoteToAccountRate quoteToAccount, ConfirmationStats stats, double breakEvenAtR,
                    int maxBarsInTrade, String labelStem) {
        this.instrument = instrument;
        this.port = port;
        this.book = book;
        this.sizer = sizer;
        this.quoteToAccount = quoteToAccount;
        this.stats = stats;
        this.breakEvenAtR = breakEvenAtR;
        this.maxBarsInTrade = maxBarsInTrade;
        this.labelStem = labelStem;
    }

    void setListener(SignalListener listener) { this.listener = listener; }

    void setQuoteToAccountRate(QuoteToAccountRate rate) { this.quoteToAccount = rate; }

    // ------------------------------------------------------------------ entries

    /**
     * Takes a slot for a signal that passed every check (the caller made sure one is free) and
     * sets the record's label and amount. The ENTER goes out with {@link #sendEnter}.
     */
    Position openPending(SignalRecord r, TradeSide side, double amount, double riskAccount, long entry,
                         long stopPoints, long targetPoints, long riskPoints, long decisionMs) {
        Position p = book.acquire();
        p.state = Position.State.PENDING_ENTRY;
        p.label = labelStem + (decisionMs / 1000) + "_" + (++labelSeq);
        p.record = r;
        p.side = side;
        p.sign = side.sign();
        p.amount = amount;
        p.riskAccount = riskAccount;
        p.entryRef = entry;
        p.stop = stopPoints;
        p.initialStop = stopPoints;
        p.target = targetPoints;
        p.riskPoints = riskPoints;
        p.sentMs = decisionMs;
        r.label = p.label;
        r.amount = amount;
        return p;
    }

    /** Sends the ENTER intent of a position taken by {@link #openPending}. */
    void sendEnter(Position p, long decisionMs, String reason, EntryTags tags) {
        send(OrderIntent.enter(p.label, instrument.symbol(), p.side, p.amount, p.stop, p.target, decisionMs, reason,
                tags));
    }

    /** See {@link StrategyEngine#adoptPosition}; {@code nowMs} = the last tick's time. */
    boolean adopt(String label, TradeSide side, double amount, long fillPoints, long stopPoints, long targetPoints,
                  int barsHeld, boolean filled, long nowMs) {
        if (book.find(label) != null) return false;
        Position p = book.acquire();
        if (p == null) return false;
        p.state = filled ? Position.State.OPEN : Position.State.PENDING_ENTRY;
        p.label = label;
        p.record = null;
        p.side = side;
        p.sign = side.sign();
        p.amount = amount;
        p.fill = fillPoints;
        p.entryRef = fillPoints;
        p.worst = fillPoints;
        p.stop = stopPoints;
        p.initialStop = stopPoints;
        p.target = targetPoints;
        p.riskPoints = stopPoints != 0 && fillPoints != 0 ? Math.abs(fillPoints - stopPoints) : 0;
        p.riskAccount = p.riskPoints > 0
                ? sizer.riskOf(amount, p.riskPoints, quoteToAccount.rate(instrument.toPrice(fillPoints))) : 0;
        p.barsHeld = Math.max(0, barsHeld);
        p.sentMs = nowMs;
        return true;
    }

    // ------------------------------------------------------------------ market

    /**
     * Marks open (and leaving) positions at the exit side of the quote (long: bid, short: ask):
     * follows each one's worst price and sums the open profit, account currency.
     */
    void mark(long bid, long ask) {
        double u = 0;
        for (int i = 0; i < book.capacity(); i++) {
            Position p = book.slot(i);
            if (p.state != Position.State.OPEN && p.state != Position.State.PENDING_EXIT) continue;
            long exitPrice = p.sign > 0 ? bid : ask;
            if (p.sign > 0 ? exitPrice < p.worst : exitPrice > p.worst) p.worst = exitPrice;
            double move = p.sign * (double) (exitPrice - p.fill);
            u += sizer.valueOf(p.amount, move, quoteToAccount.rate(instrument.toPrice(exitPrice)));
        }
        unrealized = u;
    }

    /**
     * A bar closed (bid and ask closes in points): each open position counts it, then gets its
     * time stop or, failing that, its break-even move.
     */
    void onBarClosed(long bidClose, long askClose, long decisionMs) {
        for (int i = 0; i < book.capacity(); i++) {
            Position p = book.slot(i);
            if (p.state != Position.State.OPEN) continue;
            p.barsHeld++;
            if (maxBarsInTrade > 0 && p.barsHeld >= maxBarsInTrade) {
                if (decisionMs >= p.exitRetryMs) requestExit(p, decisionMs, "time stop");
                continue;
            }
            long closePrice = p.sign > 0 ? bidClose : askClose;
            if (breakEvenAtR > 0 && p.riskPoints > 0 && p.requestedStop == 0 && p.sign * (p.stop - p.fill) < 0
                    && p.sign * (closePrice - p.fill) >= breakEvenAtR * p.riskPoints) {
                p.requestedStop = p.fill;
                send(OrderIntent.modify(p.label, instrument.symbol(), p.fill, p.target, decisionMs, "break-even"));
            }
        }
    }

    /** Sends EXIT for every open position not already leaving (rejected exits are retried after a pause). */
    void flatten(long nowMs, String why) {
        for (int i = 0; i < book.capacity(); i++) {
            Position p = book.slot(i);
            if (p.state == Position.State.OPEN && nowMs >= p.exitRetryMs) requestExit(p, nowMs, why);
        }
    }

    private void requestExit(Position p, long nowMs, String why) {
        p.exitWanted = why;
        p.state = Position.State.PENDING_EXIT;
        send(OrderIntent.exit(p.label, instrument.symbol(), nowMs, why));
    }

    private void send(OrderIntent intent) {
        intentsSent++;
        port.submit(intent);
    }

    // ------------------------------------------------------------------ execution feedback

    /**
     * A fill of a pending entry. When {@code exitWhy} is not null (trading stopped at {@code nowMs})
     * the new position is exited at once and counted in {@link #lateFillsExited}.
     */
    void onFilled(String label, long pricePoints, double amount, long nowMs, String exitWhy) {
        Position p = book.find(label);
        if (p == null || p.state != Position.State.PENDING_ENTRY) {
            unknownEvents++;
            return;
        }
        p.state = Position.State.OPEN;
        p.fill = pricePoints;
        p.amount = amount;
        p.worst = pricePoints;
        p.barsHeld = 0;
        if (p.record != null) p.record.fillPoints = pricePoints;
        else if (p.riskPoints == 0 && p.stop != 0) p.riskPoints = Math.abs(pricePoints - p.stop);
        if (exitWhy != null) {
            lateFillsExited++;
            requestExit(p, nowMs, exitWhy);
        }
    }

    /** See {@link StrategyEngine#onAmountChanged}. */
    void onAmountChanged(String label, double amount) {
        Position p = book.find(label);
        if (p == null || p.state == Position.State.FREE || p.state == Position.State.PENDING_ENTRY || !(amount > 0)) {
            unknownEvents++;
            return;
        }
        p.amount = amount;
    }

    /**
     * A rejected intent: a rejected ENTER frees the slot (the signal counts as REJECTED); a rejected
     * EXIT reopens the position, next EXIT not before {@code nowMs} + {@link #EXIT_RETRY_MS}; a
     * rejected MODIFY may be asked again.
     */
    void onRejected(String label, long nowMs, OrderIntent.Kind kind) {
        Position p = book.find(label);
        if (p == null) {
            unknownEvents++;
            return;
        }
        switch (kind) {
            case ENTER:
                if (p.state == Position.State.PENDING_ENTRY) {
                    if (p.record != null) {
                        p.record.skipReason = SkipReason.REJECTED;
                        stats.onRejected(p.record);
                    }
                    p.clear();
                } else {
                    unknownEvents++;
                }
                break;
            case EXIT:
                if (p.state == Position.State.PENDING_EXIT) {
                    p.state = Position.State.OPEN;
                    p.exitRetryMs = nowMs + EXIT_RETRY_MS;
                }
                break;
            default:
                p.requestedStop = 0;
                break;
        }
    }

    /** The broker's stop and target for {@code label} now, points. */
    void onModified(String label, long stopPoints, long targetPoints) {
        Position p = book.find(label);
        if (p == null) {
            unknownEvents++;
            return;
        }
        p.stop = stopPoints;
        p.target = targetPoints;
        p.requestedStop = 0;
    }

    /** True when a position with {@code label} is held; otherwise the event is counted as unknown. */
    boolean knows(String label) {
        if (book.find(label) != null) return true;
        unknownEvents++;
        return false;
    }

    /**
     * The broker closed {@code label} (held: check {@link #knows} first) at {@code pricePoints}:
     * the slot is freed, open profit re-marked at {@code bid}/{@code ask}, and the signal record
     * (if any: adopted positions have none) gets its trade result in R of the initial risk and is
     * reported to the statistics and the listener.
     */
    void onClosed(String label, long pricePoints, CloseReason reason, double profitLoss, long bid, long ask) {
        Position p = book.find(label);
        SignalRecord r = p.record;
        if (p.state == Position.State.PENDING_ENTRY) {
            // closed before we saw a fill (e.g. fill and close reported together): treat the close as the fill too
            p.fill = pricePoints;
            p.worst = pricePoints;
        }
        if (r == null) { // adopted from an earlier run: no signal behind it, nothing to count
            p.clear();
            mark(bid, ask);
            return;
        }
        r.tradeClosed = true;
        r.closePoints = pricePoints;
        r.closeReason = reason;
        r.profitLoss = profitLoss;
        long risk = Math.max(1, Math.abs(p.fill - p.initialStop));
        r.fillPoints = p.fill;
        r.tradeR = (double) (p.sign * (pricePoints - p.fill)) / risk;
        long worst = p.sign > 0 ? Math.min(p.worst, pricePoints) : Math.max(p.worst, pricePoints);
        r.tradeMaeR = Math.max(0, (double) (p.sign * (p.fill - worst)) / risk);
        p.clear();
        mark(bid, ask);
        stats.onTradeClosed(r);
        listener.onTradeClosed(r);
    }

    // ------------------------------------------------------------------ views

    PositionBook book() { return book; }

    /** Open profit and loss at the last {@link #mark}, account currency. */
    double unrealized() { return unrealized; }

    long intentsSent() { return intentsSent; }

    long unknownEvents() { return unknownEvents; }

    long lateFillsExited() { return lateFillsExited; }
}
