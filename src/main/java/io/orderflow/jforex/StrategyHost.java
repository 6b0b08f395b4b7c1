package io.orderflow.jforex;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

import io.orderflow.execution.ExecutionPort;
import io.orderflow.execution.OrderIntent;
import io.orderflow.market.InstrumentSpec;
import io.orderflow.market.Tick;
import io.orderflow.market.TickSink;
import io.orderflow.strategy.Position;
import io.orderflow.strategy.StrategyEngine;
import io.orderflow.strategy.config.ParameterTable;
import io.orderflow.strategy.config.StrategyConfig;
import io.orderflow.strategy.risk.QuoteToAccountRate;
import io.orderflow.jforex.OrderTracker.Order;
import io.orderflow.trades.ClosedTrade;

/**
 * The strategy engine inside JForex: everything the platform-compiled {@code OrderFlowStrategy}
 * does, behind plain types. It feeds the engine ticks (and, live, the platform's bar callbacks as a
 * timer), turns the engine's {@link OrderIntent}s into platform orders through
 * {@link PlatformOrders}, follows the orders through the platform's messages back into the engine,
 * keeps the trade journal and writes concise log lines.
 *
 * <p>Parts: the host keeps the wiring, the tick path, warm-up, backfill and the order port; its book
 * of orders (state per label, open list, finished labels, close reasons) is {@link OrderTracker},
 * each order's position bookkeeping a {@code trades.OpenTrade} (the simulated broker's too); order
 * sending with the once-per-second change queue is {@link OrderSender}; the translation of platform
 * messages into engine events is {@link MessageTranslator}; restart adoption and reconnection
 * reconciliation with the missing-order grace period are {@link Reconciler}; the closed-trade record,
 * journal file and the wording of CLOSED and stop lines are {@link RunJournal}. The public methods
 * below stay the strategy's single entry point.
 *
 * <h2>Orders ({@link OrderSender})</h2>
 * ENTER becomes a market order labelled with the engine's label ({@code <prefix>_<SYMBOL>_<decision
 * second>_<n>}: letters, digits and '_', at most 64 characters, starting with a letter), the amount in
 * millions as the engine sized it, stop and target as prices, and a short comment naming the setup.
 * MODIFY moves the stop and/or target (only what changed: JForex changes each with its own request,
 * and one order at most once per second, {@link #ORDER_CHANGE_INTERVAL_MS}: a second change waits in
 * the order's queue for a later tick or bar timer); EXIT closes at market. Amounts are rounded down to
 * the instrument's step ({@link InstrumentSpec#orderAmount}) and an entry below the minimum is not
 * sent; stop and target prices are sent on whole tenths of a pip. A call the platform refuses at once
 * becomes a rejection for the engine.
 * Calls made off the strategy thread are moved onto it ({@link PlatformOrders#runOnStrategyThread}).
 *
 * <h2>Messages ({@link MessageTranslator})</h2>
 * {@link #onMessage} takes JForex's message type and reasons by name: ORDER_SUBMIT_OK (accepted),
 * ORDER_SUBMIT_REJECTED and ORDER_FILL_REJECTED (entry refused), ORDER_FILL_OK (filled at the
 * order's open price), ORDER_CLOSE_OK (closed — reason STOP_LOSS for ORDER_CLOSED_BY_SL, TAKE_PROFIT
 * for ORDER_CLOSED_BY_TP, REQUESTED when the strategy asked, else EXTERNAL; an entry closed without a
 * fill was CANCELED and counts as refused), ORDER_CLOSE_REJECTED, ORDER_CHANGED_OK and
 * ORDER_CHANGED_REJECTED; a partial close (ORDER_CLOSE_OK with the order still FILLED) lowers the
 * engine's amount ({@link StrategyEngine#onAmountChanged}). The connection state comes through
 * {@link #onConnectionStatus}; only a reconnection reconciles. Each order's state moves only forward,
 * so a message repeated by a reconciliation is ignored.
 *
 * <h2>Restart and reconnection</h2>
 * {@link #recover} adopts the platform's active orders whose labels carry this strategy's prefix
 * and instrument (it never opens a second position for them); {@link #reconcile} compares every
 * tracked order with the platform's view and reports what the messages missed (a fill, a close, a
 * changed stop) — on reconnection; an order missing from both the active orders and the history is
 * looked up again by the bar timer ({@link #reconcileMissing}) until it appears or
 * {@link #MISSING_GRACE_MS} after the reconnection have passed, when a logged decision settles it.
 *
 * <h2>Warm-up</h2>
 * Between {@link #beginWarmUp} and {@link #endWarmUp} ticks from history go through the engine with
 * entries suspended ({@link StrategyEngine#setEntriesSuspended}): bars, order-flow readings, ta4j
 * indicators and setup state are built, but no signal becomes an order, is followed or is counted.
 * Live ticks before the last warm-up tick are then skipped (in the tester also one at its millisecond).
 *
 * <h2>Skipped live ticks</h2>
 * Live, JForex may skip {@code onTick} while a strategy callback waits (wiki "OnTick execution
 * policy"). The strategy reports each of its waits for the platform ({@link #markBusy}); a live
 * tick or bar end that falls inside such a wait ({@link #needsBackfill}, {@link #barNeedsBackfill})
 * makes the strategy ask history for the ticks since the last processed one, which
 * {@link #backfillBeforeLive} / {@link #backfillUpTo} feed through the engine in time order, each
 * once ({@link TickGapGuard}). The Historical Tester delivers every tick: no checks there.
 *
 * <h2>Balance</h2>
 * The engine sizes on its own running balance: the account's equity at start plus the net profit
 * and loss (platform profit and loss minus commission) of the trades it closes. JForex refreshes its
 * account snapshot only every few seconds and counts other strategies' trades in it.
 *
 * <p>Threading: call everything on the strategy thread (the order port moves misplaced calls there).
 * Per tick O(open positions), no allocation.
 */
public final class StrategyHost implements ExecutionPort {
    /**
     * How long an order may be missing from the platform's active orders and history before a
     * reconciliation settles it (a message about it may still be queued), ms.
     */
    public static final long MISSING_GRACE_MS = Reconciler.MISSING_GRACE_MS;
    /**
     * Least time between two changes of one order, ms: {@code IOrder.setStopLossPrice} and
     * {@code setTakeProfitPrice} "may not be called on the same order more often than once per
     * second" ({@code IOrder.java}). A change wanted sooner waits in the order's queue.
     */
    public static final long ORDER_CHANGE_INTERVAL_MS = OrderSender.ORDER_CHANGE_INTERVAL_MS;

    /** Options that are not strategy parameters. Immutable. */
    public static final class Options {
        final double slippagePips;
        final boolean allowLiveAccount;

        private Options(double slippagePips, boolean allowLiveAccount) {
            this.slippagePips = slippagePips;
            this.allowLiveAccount = allowLiveAccount;
        }

        /**
         * @param slippagePips     accepted slippage of market orders in pips (negative: the platform's default)
         * @param allowLiveAccount whether the strategy may trade a LIVE (real money) account
         */
        public static Options of(double slippagePips, boolean allowLiveAccount) {
            return new Options(slippagePips, allowLiveAccount);
        }
    }

    private final StrategyConfig config;
    private final InstrumentSpec spec;
    private final RunMode mode;
    private final PlatformOrders orders;
    private final HostLog log;
    private final Options options;
    private final StrategyEngine engine;
    private final String labelStem;
    private final Tick tick = new Tick(Tick.DEFAULT_DEPTH_CAPACITY);
    private final TickGapGuard gaps = new TickGapGuard();
    private final OrderTracker book = new OrderTracker();
    private final Reconciler reconciler;
    private QuoteToAccountRate quoteToAccount;
    private final RunJournal journal;
    private final OrderSender sender;
    private final MessageTranslator messages;
    private TickSink tap;

    private boolean warmingUp;
    private boolean paused;
    private long warmUpTicks;
    private long warmUpFirstMs = Long.MIN_VALUE;
    private long warmUpLastMs = Long.MIN_VALUE;
    private long lastTickMs = Long.MIN_VALUE;
    private long lastTimerMs = Long.MIN_VALUE;
    private long statusTimeMs = Long.MIN_VALUE;
    private long ticks;
    private long skippedTicks;
    private long backfilledTicks;

    /**
     * @param config  the resolved configuration ({@link JForexConfigResolver})
     * @param mode    tester, demo or live ({@code IEngine.getType()})
     * @param orders  the platform's order functions for the configured instrument
     * @throws IllegalStateException on a LIVE account unless {@link Options#of} allowed it
     */
    public StrategyHost(StrategyConfig config, RunMode mode, PlatformOrders orders, HostLog log, Options options) {
        if (mode == RunMode.LIVE && !options.allowLiveAccount) {
            throw new IllegalStateException("this is a LIVE account: the strategy trades real money only when its "
                    + "parameter allowLiveAccount is set; run it on a demo account first");
        }
        this.config = config;
        this.spec = config.instrument();
        this.mode = mode;
        this.orders = orders;
        this.log = log == null ? HostLog.NONE : log;
        this.options = options;
        this.engine = new StrategyEngine(config, this);
        this.journal = new RunJournal(spec.pointScale(), config.string(ParameterTable.ACCOUNT_CURRENCY), this.log);
        double rate = config.doubleValue(ParameterTable.ACCOUNT_QUOTE_TO_ACCOUNT_RATE);
        this.quoteToAccount = rate > 0 ? QuoteToAccountRate.fixed(rate)
                : QuoteToAccountRate.derived(spec.base(), spec.quote(), config.string(ParameterTable.ACCOUNT_CURRENCY));
        this.sender = new OrderSender(spec, orders, book, this.log, options.slippagePips, engine, journal);
        this.messages = new MessageTranslator(spec, book, this.log, engine, journal, quoteToAccount);
        this.reconciler = new Reconciler(book, orders, spec, this.log, messages);
        this.labelStem = config.string(ParameterTable.EXEC_LABEL_PREFIX) + "_" + spec.symbol() + "_";
    }

    // ------------------------------------------------------------------ set-up

    /** Converts quote currency to account currency with {@code rate} (a live cross rate, {@link QuoteConversion}). */
    public void setQuoteToAccountRate(QuoteToAccountRate rate) {
        this.quoteToAccount = rate;
        messages.setQuoteToAccountRate(rate);
        engine.setQuoteToAccountRate(rate);
    }

    /** Appends every closed trade to {@code journal} (null: no journal). The host closes it in {@link #onStop}. */
    public void setJournal(TradeJournalFile journal) {
        this.journal.setFile(journal);
    }

    /** Also passes every live tick (after the engine) to {@code tap}, e.g. a depth recorder; null removes it. */
    public void setTickTap(TickSink tap) {
        this.tap = tap;
    }

    /** Holds entries back (true) or lets them through again; open positions are managed either way. */
    public void setEntriesPaused(boolean paused) {
        if (this.paused == paused) return;
        this.paused = paused;
        if (!warmingUp) engine.setEntriesSuspended(paused);
        log.info(paused ? "entries paused: open positions are still managed" : "entries resumed");
    }

    /** The label prefix of this strategy's orders: {@code <prefix>_<SYMBOL>_}. */
    public String labelStem() { return labelStem; }

    // ------------------------------------------------------------------ warm-up

    /** Starts replaying history: entries are suspended until {@link #endWarmUp}. */
    public void beginWarmUp() {
        warmingUp = true;
        engine.setEntriesSuspended(true);
    }

    /** One history tick (prices as decimals, volumes in millions), in time order. */
    public void warmUpTick(long timeMs, double askPrice, double bidPrice, double askVolume, double bidVolume) {
        if (!warmingUp) throw new IllegalStateException("warmUpTick outside beginWarmUp/endWarmUp");
        tick.set(timeMs, spec.toPoints(askPrice), spec.toPoints(bidPrice), askVolume, bidVolume);
        engine.onTick(tick);
        gaps.processed(timeMs);
        if (warmUpTicks == 0) warmUpFirstMs = timeMs;
        warmUpLastMs = Math.max(warmUpLastMs, timeMs);
        warmUpTicks++;
    }

    /** Ends the replay of history; entries follow the pause switch from now on. */
    public void endWarmUp() {
        warmingUp = false;
        engine.setEntriesSuspended(paused);
        if (warmUpTicks > 0) {
            log.info(String.format(Locale.ROOT, "warm-up: %,d ticks %s .. %s, %d bars closed, no orders",
                    warmUpTicks, Times.utc(warmUpFirstMs), Times.utc(warmUpLastMs), engine.barsClosed()));
        } else {
            log.info("warm-up: no history ticks");
        }
    }

    /** Ticks replayed during the warm-up. */
    public long warmUpTicks() { return warmUpTicks; }

    // ------------------------------------------------------------------ market input

    /**
     * One live tick of the instrument (prices as decimals, volumes in millions). Ticks before the
     * last processed one (replayed by the warm-up or a backfill) are skipped; so is, in the tester,
     * one at the millisecond of the last warm-up tick.
     */
    public void onTick(long timeMs, double askPrice, double bidPrice, double askVolume, double bidVolume) {
        if (alreadyProcessed(timeMs)) {
            skippedTicks++;
            return;
        }
        tick.set(timeMs, spec.toPoints(askPrice), spec.toPoints(bidPrice), askVolume, bidVolume);
        process();
    }

    /**
     * One live tick with depth: {@code asks[i]}/{@code bids[i]} are level i's prices (best first) and
     * the volume arrays their sizes, as {@code ITick.getAsks()}, {@code getAskVolumes()} … give them.
     * Levels beyond {@link Tick#DEFAULT_DEPTH_CAPACITY} or beyond the shorter side are dropped.
     */
    public void onDepthTick(long timeMs, double[] asks, double[] askVolumes, double[] bids, double[] bidVolumes) {
        if (alreadyProcessed(timeMs)) {
            skippedTicks++;
            return;
        }
        int n = Math.min(Math.min(asks.length, bids.length), Math.min(askVolumes.length, bidVolumes.length));
        n = Math.min(n, tick.depthCapacity());
        if (n == 0) return;
        for (int i = 0; i < n; i++) {
            askPts[i] = spec.toPoints(asks[i]);
            bidPts[i] = spec.toPoints(bids[i]);
            askVol[i] = askVolumes[i];
            bidVol[i] = bidVolumes[i];
        }
        tick.setDepth(timeMs, n, askPts, askVol, bidPts, bidVol);
        process();
    }

    private final long[] askPts = new long[Tick.DEFAULT_DEPTH_CAPACITY];
    private final long[] bidPts = new long[Tick.DEFAULT_DEPTH_CAPACITY];
    private final double[] askVol = new double[Tick.DEFAULT_DEPTH_CAPACITY];
    private final double[] bidVol = new double[Tick.DEFAULT_DEPTH_CAPACITY];

    private boolean alreadyProcessed(long timeMs) {
        return timeMs < gaps.lastMs() || (timeMs == warmUpLastMs && timeMs == gaps.lastMs() && !mode.isRealTime());
    }

    // ------------------------------------------------------------------ skipped live ticks

    /**
     * The strategy thread has just waited for the platform (a history request, an order-history
     * lookup); {@code serverNowMs} is {@code IContext.getTime()} now. Ignored in the tester.
     */
    public void markBusy(long serverNowMs) {
        if (mode.isRealTime()) gaps.markBusy(serverNowMs);
    }

    /** The connection was lost or restored: check the next live tick against history whatever its time. Live only. */
    public void checkNextTick() {
        if (mode.isRealTime()) gaps.checkNext();
    }

    /** True when ticks before a live tick of {@code timeMs} may have been skipped: fetch them first. One comparison. */
    public boolean needsBackfill(long timeMs) {
        return gaps.tickNeedsBackfill(timeMs);
    }

    /** True when ticks before the end {@code barEndMs} of a platform bar may have been skipped: fetch them first. */
    public boolean barNeedsBackfill(long barEndMs) {
        return gaps.barNeedsBackfill(barEndMs);
    }

    /** Where a backfill request starts: the time of the last processed tick (inclusive), ms. */
    public long backfillFrom() {
        return gaps.lastMs();
    }

    /**
     * Feeds the ticks of {@code history} (from {@link #backfillFrom} up to the live tick's time,
     * inclusive) that the engine has not seen and that precede the live tick, in order.
     *
     * @return true when the live tick is new and must be processed next; false when it was
     *         processed already
     */
    public boolean backfillBeforeLive(TickGapGuard.TickRows history, long timeMs, double askPrice, double bidPrice,
                                      double askVolume, double bidVolume) {
        gaps.planBeforeLive(history, timeMs, askPrice, bidPrice, askVolume, bidVolume);
        feed(history);
        if (gaps.liveDuplicate()) skippedTicks++;
        return !gaps.liveDuplicate();
    }

    /** Feeds the ticks of {@code history} (from {@link #backfillFrom} up to {@code toMs}) that the engine has not seen. */
    public void backfillUpTo(TickGapGuard.TickRows history, long toMs) {
        gaps.planUpTo(history, toMs);
        feed(history);
    }

    private void feed(TickGapGuard.TickRows history) {
        int from = gaps.planStart(), to = gaps.planEnd();
        if (to > from) {
            log.info(String.format(Locale.ROOT, "the platform skipped %d tick(s) %s .. %s: recovered from history",
                    to - from, Times.utc(history.time(from)), Times.utc(history.time(to - 1))));
        }
        for (int i = from; i < to; i++) {
            tick.set(history.time(i), spec.toPoints(history.ask(i)), spec.toPoints(history.bid(i)),
                    history.askVolume(i), history.bidVolume(i));
            process();
            backfilledTicks++;
        }
    }

    /** The gap checks and their counters. */
    public TickGapGuard gaps() { return gaps; }

    /** Ticks the engine received from a backfill (skipped by the platform). */
    public long backfilledTicks() { return backfilledTicks; }

    private void process() {
        gaps.processed(tick.timeMs());
        lastTickMs = tick.timeMs();
        long ask = tick.ask();
        long bid = tick.bid();
        messages.onQuote(lastTickMs, bid, ask);
        ticks++;
        // the excursion rule of OpenTrade: a tick the position lives through
        for (int i = 0, n = book.openCount(); i < n; i++) book.open(i).trade.mark(bid, ask);
        sender.flushChanges(lastTickMs);
        engine.onTick(tick);
        if (tap != null) tap.onTick(tick);
    }

    /**
     * The platform's bar callback as a timer: live (DEMO, LIVE) a bar that is due closes now even
     * without a tick. In the Historical Tester bars close on ticks only, exactly as in the offline
     * backtester, so that both give the same trades.
     *
     * @param nowMs the end of the platform bar just completed, ms UTC
     */
    public void onBarTimer(long nowMs) {
        if (nowMs > lastTimerMs) lastTimerMs = nowMs;
        if (mode.isRealTime() && !warmingUp) {
            engine.onTime(nowMs);
            sender.flushChanges(Math.max(lastTickMs, lastTimerMs));
            if (reconciliationPending()) reconcileMissing();
        }
    }

    // ------------------------------------------------------------------ engine -> platform

    @Override
    public void submit(final OrderIntent intent) {
        if (!orders.isStrategyThread()) {
            orders.runOnStrategyThread(new Runnable() {
                @Override
                public void run() {
                    submit(intent);
                }
            });
            return;
        }
        sender.send(intent, Math.max(intent.timeMs(), lastTickMs));
    }

    /** True while {@code label} has a stop or target change waiting for the once-per-second rule. */
    public boolean changeQueued(String label) {
        return sender.changeQueued(label);
    }

    // ------------------------------------------------------------------ platform -> engine

    /**
     * The connection to the server changed ({@code IConnectionStatusMessage.isConnected()}). On a
     * reconnection every tracked order is compared with the platform's view ({@link #reconcile});
     * a disconnection only logs: the lists cannot be trusted then.
     *
     * @param timeMs the message's time ({@code IMessage.getCreationTime()}), ms UTC: the host's clock
     *               from then on is at least this (its last tick can be from before the disconnection)
     */
    public void onConnectionStatus(boolean connected, String content, long timeMs) {
        // the last tick may be long ago after a disconnection: the grace period of a missing order starts now
        if (timeMs > statusTimeMs) statusTimeMs = timeMs;
        log.info("connection: " + (connected ? "connected" : "disconnected")
                + (content == null || content.trim().isEmpty() ? "" : " (" + content.trim() + ")"));
        if (connected) reconcile();
    }

    /**
     * One platform message.
     *
     * @param type    {@code IMessage.getType().name()}
     * @param reasons {@code IMessage.getReasons()} by name (may be empty)
     * @param content {@code IMessage.getContent()} (may be null)
     * @param timeMs  {@code IMessage.getCreationTime()}
     * @param order   the message's order, or null for messages without one
     */
    public void onMessage(String type, Collection<String> reasons, String content, long timeMs, OrderView order) {
        if ("CONNECTION_STATUS".equals(type)) {
            // the strategy passes the connection state to onConnectionStatus; the message alone says too little
            return;
        }
        messages.onMessage(type, reasons, content, timeMs, order);
    }

    // ------------------------------------------------------------------ restart, reconnection

    /**
     * Adopts the platform's active orders of this strategy (label prefix and instrument) after a
     * restart: filled ones as open positions, pending ones as entries waiting for their fill. Orders
     * already tracked are left alone, so calling it twice adopts nothing twice.
     *
     * @param activeOrders the platform's active orders on the instrument
     * @return the number of orders adopted
     */
    public int recover(List<OrderView> activeOrders) {
        return reconciler.recover(activeOrders, labelStem, lastTickMs, config.barPeriodMs(), quoteToAccount);
    }

    /**
     * Compares every tracked order with the platform's view and reports to the engine what the
     * messages did not: a fill, a close (at the platform's close price; reason from the stop/target
     * when the close price equals one, else EXTERNAL), an entry that vanished or was canceled, a
     * changed stop or target. Safe to call at any time on the strategy thread.
     *
     * @return the number of corrections made
     */
    public int reconcile() {
        return reconcile(false);
    }

    /**
     * As {@link #reconcile()} for the orders that are missing from the platform's view only (the
     * grace period of {@link #MISSING_GRACE_MS}); the bar timer calls it while one is pending, so
     * that no lookup runs for orders whose messages arrive normally.
     */
    public int reconcileMissing() {
        return reconcile(true);
    }

    private int reconcile(boolean missingOnly) {
        return reconciler.reconcile(missingOnly, Math.max(Math.max(lastTickMs, lastTimerMs), statusTimeMs), lastTickMs);
    }

    /** True while an order is missing from the platform's view and a later {@link #reconcile} must settle it. */
    public boolean reconciliationPending() {
        return book.anyMissing();
    }

    // ------------------------------------------------------------------ stop

    /**
     * Ends the run: the hypothetical outcomes of signals still followed are marked at the last quote
     * ({@link StrategyEngine#finish}), the summary and the confirmation statistics go to the log, the
     * journal is closed. Open positions stay with the platform (a restart adopts them).
     */
    public void onStop() {
        engine.finish();
        log.info(journal.stopSummary(ticks, engine.barsClosed(), sender.entriesSent(),
                sender.rejections() + messages.refusals(), book.openCount()));
        if (mode.isRealTime()) log.info("tick gaps: " + gaps.summary());
        if (engine.unknownExecutionEvents() > 0) {
            log.warn(engine.unknownExecutionEvents() + " execution event(s) did not match a position of the engine");
        }
        for (String line : engine.stats().report().split("\n")) {
            if (!line.trim().isEmpty()) log.info(line);
        }
        journal.close();
    }

    // ------------------------------------------------------------------ views

    public StrategyEngine engine() { return engine; }

    public StrategyConfig config() { return config; }

    public RunMode mode() { return mode; }

    /** Trades closed during this run, in closing order. */
    public List<ClosedTrade> closedTrades() { return journal.closedTrades(); }

    /** Labels of orders the host follows now (pending or open). */
    public List<String> trackedLabels() { return book.labels(); }

    /** Positions open now as the host sees them. */
    public int openPositions() { return book.openCount(); }

    /** Orders adopted after a restart. */
    public int adopted() { return reconciler.adopted(); }

    /** Corrections made by reconciliations. */
    public int reconciliations() { return reconciler.corrections(); }

    /** Live ticks skipped because the warm-up or a backfill had fed them already. */
    public long skippedTicks() { return skippedTicks; }

    /** True once {@code label} was closed or refused (remembered for the last few hundred orders). */
    public boolean isFinished(String label) { return book.isFinished(label); }

    /** Open positions of the engine (for tests and the log). */
    public int enginePositionsInUse() {
        int n = 0;
        for (int i = 0; i < engine.positions().capacity(); i++) {
            if (engine.positions().slot(i).state() != Position.State.FREE) n++;
        }
        return n;
    }
}
