package io.orderflow.strategy;

import io.orderflow.execution.CloseReason;
import io.orderflow.execution.EntryTags;
import io.orderflow.execution.ExecutionListener;
import io.orderflow.execution.ExecutionPort;
import io.orderflow.execution.OrderIntent;
import io.orderflow.execution.TradeSide;
import io.orderflow.market.AssetClass;
import io.orderflow.market.Bar;
import io.orderflow.market.BarClock;
import io.orderflow.market.BarSink;
import io.orderflow.market.InstrumentSpec;
import io.orderflow.market.Tick;
import io.orderflow.market.TickSink;
import io.orderflow.market.TimeBarAggregator;
import io.orderflow.strategy.config.ParameterTable;
import io.orderflow.strategy.config.PriceSide;
import io.orderflow.strategy.config.StrategyConfig;
import io.orderflow.strategy.config.TargetMode;
import io.orderflow.strategy.readings.OrderFlowSnapshot;
import io.orderflow.strategy.readings.OrderFlowSource;
import io.orderflow.strategy.readings.ProjectOrderFlowSource;
import io.orderflow.strategy.readings.ZoneKind;
import io.orderflow.strategy.risk.DailyLossGuard;
import io.orderflow.strategy.risk.PositionSizer;
import io.orderflow.strategy.risk.QuoteToAccountRate;
import io.orderflow.strategy.risk.StopTargetPlanner;
import io.orderflow.strategy.risk.TradePlan;
import io.orderflow.strategy.risk.TradingCalendar;
import io.orderflow.strategy.setup.BarContext;
import io.orderflow.strategy.setup.Checks;
import io.orderflow.strategy.setup.ReversionSetup;
import io.orderflow.strategy.setup.SetupKind;
import io.orderflow.strategy.setup.TrendSetup;
import io.orderflow.strategy.stats.ConfirmationStats;
import io.orderflow.strategy.stats.ExitKind;
import io.orderflow.strategy.stats.SignalListener;
import io.orderflow.strategy.stats.SignalRecord;
import io.orderflow.strategy.stats.SignalTracker;
import io.orderflow.strategy.stats.SkipReason;
import io.orderflow.strategy.ta4j.BarSeriesFeed;
import io.orderflow.strategy.ta4j.OrderFlowHistory;
import io.orderflow.strategy.ta4j.TechnicalIndicators;

/**
 * The order-flow strategy, defined once and run unchanged by the offline backtester and by the
 * JForex strategy: it receives ticks, builds its own time bars from them, evaluates the setups at
 * each closed bar and sends {@link OrderIntent}s through an {@link ExecutionPort}; fills,
 * rejections and closes come back through {@link ExecutionListener} — late, early (even inside
 * {@code submit}) or not at all, and positions may be closed outside the strategy.
 *
 * <h2>Event order</h2>
 * For each tick, in this order: the trading calendar advances (a new day restarts the daily loss
 * limit); the tick goes into the {@link TimeBarAggregator}, which closes the bar in progress if the
 * tick belongs to a later period — the closed bar is then evaluated with this tick as the
 * <em>decision quote</em> (entries are sized and priced at its ask/bid, the spread filter reads its
 * spread, the stale-data guard measures the gap between it and the bar's last tick); then the tick
 * reaches the order-flow calculators (so it counts in the next bar), the hypothetical outcomes of
 * open signals, the open positions' marks, the daily loss limit and the flat rules. {@link #onTime}
 * closes a due bar when no tick arrives (live quiet markets), with the last quote as decision quote.
 *
 * <h2>At each closed bar</h2>
 * Order-flow readings are taken, the bar goes into the ta4j series, open positions get time stops
 * and break-even moves, then each enabled setup may give a technical signal. Every signal gets an
 * order-flow verdict, a stop and a target, a {@link SignalRecord}, and (unless time rules forbid
 * any entry) a hypothetical outcome followed by the {@link SignalTracker}. It becomes an ENTER
 * intent only if it passes, in order: confirmation (when required), the daily loss limit, weekly
 * close and session rules, the stale-data guard, the spread filter, the position limit, a size of
 * at least the minimum amount, and the total risk budget.
 *
 * <h2>Parts</h2>
 * The engine itself builds bars, evaluates the setups, plans and sizes entries and keeps the account
 * (balance, daily loss limit, which rule forces an exit). {@link EntryGate} holds the entry checks
 * up to the position limit; {@link PositionManager} holds the position state machine (pending
 * entry, fill, time stop, break-even, exits, closes) and sends every intent.
 *
 * <p>Threading: single-threaded, the strategy thread (JForex calls every callback on it). Per tick
 * O(open positions + followed signals), no allocation (bars and signals allocate).
 */
public final class StrategyEngine implements TickSink, ExecutionListener {
    /** Minimum delay between two EXIT intents for one position after a rejection, ms. */
    public static final long EXIT_RETRY_MS = PositionManager.EXIT_RETRY_MS;

    private final StrategyConfig config;
    private final InstrumentSpec instrument;
    private final OrderFlowSource source;
    private final TimeBarAggregator aggregator;
    private final BarClock clock;
    private final BarSeriesFeed feed;
    private final OrderFlowHistory history;
    private final TechnicalIndicators ta;
    private final OrderFlowSnapshot snapshot = new OrderFlowSnapshot();
    private final BarContext ctx = new BarContext();
    private final TrendSetup trend;
    private final ReversionSetup reversion;
    private final StopTargetPlanner trendPlanner;
    private final StopTargetPlanner reversionPlanner;
    private final TradePlan plan = new TradePlan();
    private final PositionSizer sizer;
    private final PositionBook book;
    private final PositionManager positions;
    private final DailyLossGuard dailyLoss;
    private final TradingCalendar calendar;
    private final EntryGate gate;
    private final SignalTracker tracker;
    private final ConfirmationStats stats = new ConfirmationStats();
    private SignalListener listener = SignalListener.NONE;
    private QuoteToAccountRate quoteToAccount;

    // configuration copied into fields for the hot path
    private final boolean trendEnabled;
    private final boolean reversionEnabled;
    private final boolean trendNeedsConfirmation;
    private final boolean reversionNeedsConfirmation;
    private final int warmupBars;
    private final double riskFraction;
    private final double maxTotalRiskFraction;

    // market state
    private long lastTickMs = Long.MIN_VALUE;
    private long barLastTickMs = Long.MIN_VALUE;
    private long decisionMs;
    private long ask;
    private long bid;
    private boolean hasQuote;
    // [currentBarStart, currentBarEnd): the clock's bar holding the last tick, recomputed only when
    // a tick leaves it (the clock's arithmetic is a division, or a time-zone lookup for day bars)
    private long currentBarStart = Long.MAX_VALUE;
    private long currentBarEnd = Long.MIN_VALUE;
    /** End of the last closed bar: ticks before it can no longer be placed in a bar. */
    private long closedUpToMs = Long.MIN_VALUE;
    private long barsClosed;

    // account state
    private double balance;
    private boolean hostBalance;
    private boolean halted;
    private boolean entriesSuspended;

    // counters
    private long signalSeq;
    private long ticksOutOfOrder;

    /**
     * An engine reading order flow from the project's calculators ({@link ProjectOrderFlowSource}:
     * {@code io.orderflow.flow}, {@code io.orderflow.profile}, {@code io.orderflow.book}) as the
     * configuration's {@code orderflow.*} keys set them up.
     */
    public StrategyEngine(StrategyConfig config, ExecutionPort port) {
        this(config, port, new ProjectOrderFlowSource(config));
    }

    /** An engine reading order flow from {@code source}. */
    public StrategyEngine(StrategyConfig config, ExecutionPort port, OrderFlowSource source) {
        this.config = config;
        this.instrument = config.instrument();
        this.source = source;
        this.clock = BarClock.fixed(config.barPeriodMs());
        this.aggregator = new TimeBarAggregator(clock, false, new BarSink() {
            @Override
            public void onBar(Bar bar) {
                onBarClosed(bar);
            }
        });
        int maxBars = config.intValue(ParameterTable.TA_MAX_BARS);
        this.feed = new BarSeriesFeed(instrument.symbol(),
                config.enumValue(ParameterTable.TA_PRICE_SIDE, PriceSide.class), maxBars);
        this.history = new OrderFlowHistory(feed.series(), maxBars);
        this.ta = new TechnicalIndicators(feed.series(), config);
        this.trend = new TrendSetup(config);
        this.reversion = new ReversionSetup(config);
        this.trendPlanner = new StopTargetPlanner(config, "trend");
        this.reversionPlanner = new StopTargetPlanner(config, "reversion");
        this.sizer = new PositionSizer(instrument, config.doubleValue(ParameterTable.RISK_MAX_AMOUNT));
        this.book = new PositionBook(config.intValue(ParameterTable.RISK_MAX_OPEN_POSITIONS));
        this.dailyLoss = new DailyLossGuard(config.doubleValue(ParameterTable.RISK_DAILY_LOSS_PERCENT));
        this.calendar = new TradingCalendar(config.sessionAnchor(), instrument.assetClass() != AssetClass.CRYPTO,
                config.intValue(ParameterTable.RISK_NO_ENTRY_BEFORE_WEEKLY_CLOSE),
                config.booleanValue(ParameterTable.SESSION_FLAT_AT_END),
                config.booleanValue(ParameterTable.SESSION_FLAT_AT_WEEKLY_CLOSE),
                config.intValue(ParameterTable.SESSION_FLAT_MINUTES));
        double breakEvenAtR = config.doubleValue(ParameterTable.EXITS_BREAK_EVEN_AT_R);
        int maxBarsInTrade = config.intValue(ParameterTable.EXITS_MAX_BARS);
        this.tracker = new SignalTracker(config.intValue(ParameterTable.STATS_MAX_OPEN_SIGNALS), maxBarsInTrade,
                breakEvenAtR);
        this.tracker.setSinks(stats, listener);
        double rate = config.doubleValue(ParameterTable.ACCOUNT_QUOTE_TO_ACCOUNT_RATE);
        this.quoteToAccount = rate > 0 ? QuoteToAccountRate.fixed(rate)
                : QuoteToAccountRate.derived(instrument.base(), instrument.quote(),
                config.string(ParameterTable.ACCOUNT_CURRENCY));
        this.balance = config.doubleValue(ParameterTable.ACCOUNT_INITIAL_EQUITY);
        this.trendEnabled = config.booleanValue(ParameterTable.TREND_ENABLED);
        this.reversionEnabled = config.booleanValue(ParameterTable.REV_ENABLED);
        this.trendNeedsConfirmation = config.booleanValue(ParameterTable.TREND_OF_CONFIRMATION);
        this.reversionNeedsConfirmation = config.booleanValue(ParameterTable.REV_OF_CONFIRMATION);
        this.warmupBars = config.intValue(ParameterTable.TA_WARMUP_BARS);
        this.riskFraction = config.doubleValue(ParameterTable.RISK_PERCENT) / 100.0;
        this.maxTotalRiskFraction = config.doubleValue(ParameterTable.RISK_MAX_TOTAL_PERCENT) / 100.0;
        this.gate = EntryGate.of(config, instrument, calendar, book);
        this.positions = new PositionManager(instrument, port, book, sizer, quoteToAccount, stats, breakEvenAtR,
                maxBarsInTrade, config.string(ParameterTable.EXEC_LABEL_PREFIX) + "_" + instrument.symbol() + "_");
        ctx.flow = snapshot;
        ctx.history = history;
        ctx.ta = ta;
    }

    // ------------------------------------------------------------------ configuration hooks

    /** Receives every signal record and its outcomes (journal, report). */
    public void setSignalListener(SignalListener l) {
        this.listener = l == null ? SignalListener.NONE : l;
        tracker.setSinks(stats, this.listener);
        positions.setListener(this.listener);
    }

    /** Overrides the quote-to-account conversion (JForex: the live cross rate). */
    public void setQuoteToAccountRate(QuoteToAccountRate rate) {
        this.quoteToAccount = rate;
        positions.setQuoteToAccountRate(rate);
    }

    /**
     * The account balance as the host knows it (JForex {@code IAccount}), account currency. Once
     * called, realised profit from {@link #onClosed} is no longer added by the engine.
     */
    public void setBalance(double balance) {
        this.balance = balance;
        this.hostBalance = true;
    }

    /**
     * Suspends (true) or resumes entries. While suspended every bar is evaluated as usual — the
     * readings, the ta4j series and the setups' own state (cooldowns, previous values) advance — but
     * a technical signal is dropped before it is planned: no intent is sent, no hypothetical trade
     * is followed and nothing is counted in the statistics. A host uses it to warm the engine up on
     * history before it trades (the JForex strategy replays the ticks before its start) or to pause
     * entries; open positions are managed either way.
     */
    public void setEntriesSuspended(boolean suspended) {
        this.entriesSuspended = suspended;
    }

    /** True while {@link #setEntriesSuspended} holds entries back. */
    public boolean entriesSuspended() { return entriesSuspended; }

    /**
     * Takes over a position opened by an earlier run of this strategy (the JForex strategy finds its
     * own orders by label prefix after a restart). The position counts against the position limit
     * and the risk budget, its stop and target are managed (break-even, time stop — its bars are
     * counted from {@code barsHeld} — and the flat rules), and its fill, change or close is expected
     * like any other. It has no signal record, so it does not enter the confirmation statistics.
     *
     * @param filled     true for a filled position; false for an entry still waiting for its fill
     * @param fillPoints fill price in points (the requested price, or 0, when not filled)
     * @param stopPoints stop in points, 0 = none (no stop: no break-even move, no risk counted)
     * @return false when a position with this label is already held or every slot is taken (the
     *         position is then left alone)
     */
    public boolean adoptPosition(String label, TradeSide side, double amount, long fillPoints, long stopPoints,
                                 long targetPoints, int barsHeld, boolean filled) {
        if (!positions.adopt(label, side, amount, fillPoints, stopPoints, targetPoints, barsHeld, filled,
                lastTickMs)) {
            return false;
        }
        if (hasQuote) markPositions();
        return true;
    }

    // ------------------------------------------------------------------ market input

    /** Handles one tick (must come in time order; older ticks are counted and ignored). */
    @Override
    public void onTick(Tick tick) {
        long t = tick.timeMs();
        if (t < lastTickMs || t < closedUpToMs) {
            ticksOutOfOrder++;
            return;
        }
        barLastTickMs = lastTickMs;
        lastTickMs = t;
        ask = tick.ask();
        bid = tick.bid();
        hasQuote = true;
        decisionMs = t;
        if (calendar.advance(t)) onNewDay();
        aggregator.onTick(tick);
        if (t >= currentBarEnd || t < currentBarStart) {
            currentBarStart = clock.barStart(t);
            currentBarEnd = clock.barEnd(currentBarStart);
        }
        source.onTick(tick);
        tracker.onTick(t, ask, bid);
        markPositions();
        applyRiskRules(t);
    }

    /**
     * Lets time pass without a tick (live: call it from a timer or the platform's bar callback).
     * Closes the bar in progress when {@code nowMs} is at or past its end, and applies the time rules.
     */
    public void onTime(long nowMs) {
        if (!hasQuote || nowMs < lastTickMs) return;
        if (calendar.advance(nowMs)) onNewDay();
        if (aggregator.hasPartialBar() && nowMs >= currentBarEnd) {
            decisionMs = nowMs;
            barLastTickMs = lastTickMs;
            aggregator.flush();
        }
        applyRiskRules(nowMs);
    }

    /**
     * End of the data (backtests): the hypothetical trades still open are marked at the last quote
     * ({@link ExitKind#END_OF_DATA}). The bar in progress is not evaluated. Positions are left to the host.
     */
    public void finish() {
        if (hasQuote) tracker.closeAll(ExitKind.END_OF_DATA, lastTickMs, ask, bid);
    }

    private void onNewDay() {
        halted = false;
        dailyLoss.startDay(equity());
    }

    private void markPositions() {
        positions.mark(bid, ask);
    }

    private void applyRiskRules(long now) {
        if (!halted && dailyLoss.check(equity())) {
            halted = true;
            positions.flatten(now, "daily loss limit");
        }
        if (calendar.mustBeFlat(now)) {
            positions.flatten(now, "session end");
            tracker.closeAll(ExitKind.SESSION, now, ask, bid);
        } else if (halted) {
            positions.flatten(now, "daily loss limit");
        }
    }

    // ------------------------------------------------------------------ bar evaluation

    private void onBarClosed(Bar bar) {
        closedUpToMs = bar.endMs();
        source.onBar(bar, snapshot);
        if (feed.series().isEmpty() && feed.high(bar) == feed.low(bar)) {
            // ta4j 0.15's ADX stays NaN for ever when the series' first bar has no range (0/0 in +DI):
            // the ta4j series starts at the first bar with a range
            barsClosed++;
            return;
        }
        int index = feed.add(bar);
        double close = feed.close(bar);
        history.append(index, snapshot, close);
        barsClosed++;
        ctx.index = index;
        ctx.bar = bar;
        ctx.close = close;
        ctx.high = feed.high(bar);
        ctx.low = feed.low(bar);
        ta.update(index);
        ctx.atr = ta.atr();

        positions.onBarClosed(bar.bidClose(), bar.askClose(), decisionMs);
        tracker.onBarClose(decisionMs, bar.askClose(), bar.bidClose(), ask, bid);
        if (barsClosed <= warmupBars || !hasQuote) return;

        if (trendEnabled) {
            TradeSide side = trend.signal(ctx);
            if (side != null) {
                onSignal(SetupKind.TREND, side, trend.failedChecks(side, ctx), trendNeedsConfirmation, trendPlanner,
                        0, "trigger");
            }
        }
        if (reversionEnabled) {
            TradeSide side = reversion.signal(ctx);
            if (side != null) {
                onSignal(SetupKind.REVERSION, side, reversion.failedChecks(side, ctx), reversionNeedsConfirmation,
                        reversionPlanner, reversion.levelFarEdge(), reversion.levelName());
            }
        }
    }

    private void onSignal(SetupKind setup, TradeSide side, int failed, boolean needsConfirmation,
                          StopTargetPlanner planner, long levelFarEdge, String where) {
        if (entriesSuspended) return;
        long entry = side == TradeSide.LONG ? ask : bid;
        long zoneEdge = levelFarEdge;
        if (setup == SetupKind.TREND) {
            zoneEdge = side == TradeSide.LONG
                    ? (snapshot.zoneBelowKind != ZoneKind.NONE ? snapshot.zoneBelowLow : 0)
                    : (snapshot.zoneAboveKind != ZoneKind.NONE ? snapshot.zoneAboveHigh : 0);
        }
        if (planner.targetMode() == TargetMode.PROFILE && !snapshot.hvnFilled) source.fillHighVolumeNodes(snapshot);
        if (!planner.plan(side, entry, ctx.atr, zoneEdge, snapshot, plan)) return;
        SignalRecord r = new SignalRecord(++signalSeq, setup, side, decisionMs, ctx.bar.startMs(), failed, entry,
                plan.stopPoints, plan.targetPoints, plan.riskPoints, where);
        SkipReason skip = gate.check(failed, needsConfirmation, halted, decisionMs, barLastTickMs, ask, bid);
        double amount = 0;
        double riskAccount = 0;
        if (skip == SkipReason.NONE) {
            double rate = quoteToAccount.rate(instrument.toPrice(entry));
            double eq = equity();
            amount = sizer.amount(riskFraction * eq, plan.riskPoints, rate);
            riskAccount = sizer.riskOf(amount, plan.riskPoints, rate);
            if (amount == 0) skip = SkipReason.SIZE_BELOW_MINIMUM;
            else if (book.riskInUse() + riskAccount > maxTotalRiskFraction * eq) skip = SkipReason.RISK_BUDGET;
        }
        r.skipReason = skip;
        // followed whenever the time rules would allow any entry, whatever the verdict: a fair comparison
        boolean followed = !calendar.nearWeeklyClose(decisionMs) && calendar.entriesAllowed(decisionMs);
        if (followed) tracker.open(r, decisionMs, ask, bid);
        if (skip == SkipReason.NONE) {
            Position p = positions.openPending(r, side, amount, riskAccount, entry, plan.stopPoints,
                    plan.targetPoints, plan.riskPoints, decisionMs);
            stats.onSignal(r);
            listener.onSignal(r);
            positions.sendEnter(p, decisionMs, reason(setup, side, where, failed), tags(setup, failed));
        } else {
            stats.onSignal(r);
            listener.onSignal(r);
        }
    }

    /** The ENTER intent's reason, for people (logs, the journal's reason column): setup, side, place, checks. */
    static String reason(SetupKind setup, TradeSide side, String where, int failed) {
        return setup + " " + side + " at " + where + ": " + Checks.describe(failed);
    }

    /** The ENTER intent's typed tags: the setup, the order-flow verdict and the failed checks ("confirmed" when none). */
    static EntryTags tags(SetupKind setup, int failed) {
        return EntryTags.of(String.valueOf(setup), EntryTags.Confirmation.of(failed == 0), Checks.describe(failed));
    }

    // ------------------------------------------------------------------ execution feedback

    @Override
    public void onFilled(String label, long timeMs, long pricePoints, double amount) {
        long now = Math.max(timeMs, lastTickMs);
        String exitWhy = halted ? "daily loss limit" : calendar.mustBeFlat(now) ? "session end" : null;
        positions.onFilled(label, pricePoints, amount, now, exitWhy);
    }

    /**
     * The platform reduced the open position {@code label} to {@code amount} (JForex units): a partial
     * close made outside the engine. Its risk and open profit count the new amount from now on.
     */
    public void onAmountChanged(String label, double amount) {
        positions.onAmountChanged(label, amount);
    }

    @Override
    public void onRejected(String label, long timeMs, OrderIntent.Kind kind, String reason) {
        positions.onRejected(label, Math.max(timeMs, lastTickMs), kind);
    }

    @Override
    public void onModified(String label, long timeMs, long stopPoints, long targetPoints) {
        positions.onModified(label, stopPoints, targetPoints);
    }

    @Override
    public void onClosed(String label, long timeMs, long pricePoints, CloseReason reason, double profitLoss) {
        if (!positions.knows(label)) return;
        if (!hostBalance) balance += profitLoss;
        positions.onClosed(label, pricePoints, reason, profitLoss, bid, ask);
    }

    // ------------------------------------------------------------------ read-only views

    /** Balance plus open profit and loss, account currency. */
    public double equity() { return balance + positions.unrealized(); }

    public double balance() { return balance; }

    /** True while the daily loss limit has stopped trading for the day. */
    public boolean isHalted() { return halted; }

    public ConfirmationStats stats() { return stats; }

    public PositionBook positions() { return book; }

    public StrategyConfig config() { return config; }

    /** The ta4j series of closed bars (bounded). */
    public org.ta4j.core.BarSeries series() { return feed.series(); }

    /** Order-flow readings as ta4j indicators, indexed like {@link #series()}. */
    public OrderFlowHistory orderFlowHistory() { return history; }

    public TechnicalIndicators technical() { return ta; }

    /** Readings of the last closed bar. */
    public OrderFlowSnapshot lastReadings() { return snapshot; }

    public OrderFlowSource orderFlowSource() { return source; }

    public long barsClosed() { return barsClosed; }

    public long intentsSent() { return positions.intentsSent(); }

    /** Ticks older than the previous one, ignored. */
    public long ticksOutOfOrder() { return ticksOutOfOrder; }

    /** Execution events for labels the engine does not hold, or in a state that does not fit. */
    public long unknownExecutionEvents() { return positions.unknownEvents(); }

    /** Fills that arrived while trading was stopped and were closed at once. */
    public long lateFillsExited() { return positions.lateFillsExited(); }

    /** Hypothetical trades being followed. */
    public int signalsFollowed() { return tracker.open(); }

    /** Daily loss guard (for reports and tests). */
    public DailyLossGuard dailyLossGuard() { return dailyLoss; }
}
