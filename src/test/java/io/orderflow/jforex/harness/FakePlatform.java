package io.orderflow.jforex.harness;

import java.beans.PropertyChangeEvent;
import java.beans.PropertyChangeListener;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.stream.Stream;


import com.dukascopy.api.ConfigurableChangeListener;
import com.dukascopy.api.Filter;
import com.dukascopy.api.IAccount;
import com.dukascopy.api.IBar;
import com.dukascopy.api.IChart;
import com.dukascopy.api.IClientInfo;
import com.dukascopy.api.IConsole;
import com.dukascopy.api.IContext;
import com.dukascopy.api.ICurrency;
import com.dukascopy.api.IDataService;
import com.dukascopy.api.IDownloadableStrategies;
import com.dukascopy.api.IEngine;
import com.dukascopy.api.IHistory;
import com.dukascopy.api.IIndicators;
import com.dukascopy.api.IMessage;
import com.dukascopy.api.IOrder;
import com.dukascopy.api.IReportService;
import com.dukascopy.api.IStrategy;
import com.dukascopy.api.ITick;
import com.dukascopy.api.ITimedData;
import com.dukascopy.api.IUserInterface;
import com.dukascopy.api.Instrument;
import com.dukascopy.api.JFCurrency;
import com.dukascopy.api.JFException;
import com.dukascopy.api.JFUtils;
import com.dukascopy.api.LoadingDataListener;
import com.dukascopy.api.LoadingProgressListener;
import com.dukascopy.api.OfferSide;
import com.dukascopy.api.Period;
import com.dukascopy.api.feed.IBarFeedListener;
import com.dukascopy.api.feed.IFeedDescriptor;
import com.dukascopy.api.feed.IFeedListener;
import com.dukascopy.api.feed.ITailoredFeedDescriptor;
import com.dukascopy.api.feed.ITailoredFeedListener;
import com.dukascopy.api.feed.ITickFeedListener;

import io.orderflow.backtest.broker.BrokerConfig;
import io.orderflow.backtest.broker.SimulatedBroker;
import io.orderflow.execution.CloseReason;
import io.orderflow.execution.ExecutionListener;
import io.orderflow.execution.OrderIntent;
import io.orderflow.execution.TradeSide;
import io.orderflow.market.InstrumentSpec;
import io.orderflow.market.Tick;
import io.orderflow.trades.ClosedTrade;
import io.orderflow.trades.ClosedTradeSink;

/**
 * A JForex platform without the platform, for tests: {@code IContext}, {@code IEngine},
 * {@code IHistory}, {@code IAccount}, {@code IConsole} and {@code IOrder}s over real ticks, with the
 * offline backtester's {@link SimulatedBroker} as the server (fills on the next tick at ask/bid,
 * stops and targets on every tick).
 *
 * <p>Semantics, as the fact sheet describes JForex:
 * <ul>
 * <li>every strategy callback runs on one strategy thread; order calls from any other thread throw
 * {@code JFException THREAD_INCORRECT}; {@code executeTask} runs a task on the strategy thread;</li>
 * <li>orders go CREATED → OPENED (ORDER_SUBMIT_OK) → FILLED (ORDER_FILL_OK) → CLOSED (ORDER_CLOSE_OK
 * with ORDER_CLOSED_BY_SL/TP), or CANCELED (ORDER_SUBMIT_REJECTED / ORDER_FILL_REJECTED); a stop or
 * target change is confirmed by ORDER_CHANGED_OK and shows in the getters only then;</li>
 * <li>tester mode ({@link IEngine.Type#TEST}): messages are delivered in order right after the call
 * that caused them, before the next tick; live modes can delay them by a number of ticks, reject
 * entries, lose the connection (messages produced meanwhile are lost, the server keeps filling) and
 * reconnect (CONNECTION_STATUS);</li>
 * <li>history ticks ({@code getTicks}) are the tape's ticks the server has seen, the one being
 * delivered included ({@link TapeHistory} states its rules); closed orders can be found by id
 * ({@code getHistoricalOrderById});</li>
 * <li>live ticks reach {@code onTick} one by one, every one, unless {@link #strictLiveDelivery} is
 * switched on: then a virtual clock runs, history requests take time and the platform's "OnTick
 * execution policy" skips ticks ({@link StrictLiveDelivery}).</li>
 * </ul>
 * The platform's minute bars reach {@code onBar} (ONE_MIN) before the first tick of the next minute.
 */
public final class FakePlatform implements AutoCloseable {
    /** One recorded {@code submitOrder} call. */
    public final class Submission {
        public final String label;
        public final Instrument instrument;
        public final IEngine.OrderCommand command;
        public final double amount;
        public final double price;
        public final double slippage;
        public final double stopLoss;
        public final double takeProfit;
        public final long goodTillTime;
        public final String comment;
        public final String thread;
        /** Active orders on the server when this one was submitted. */
        public final int activeBefore;
        /** Tape index of the tick being processed. */
        public final int tickIndex;

        Submission(String label, Instrument instrument, IEngine.OrderCommand command, double amount, double price,
                   double slippage, double stopLoss, double takeProfit, long goodTillTime, String comment) {
            this.label = label;
            this.instrument = instrument;
            this.command = command;
            this.amount = amount;
            this.price = price;
            this.slippage = slippage;
            this.stopLoss = stopLoss;
            this.takeProfit = takeProfit;
            this.goodTillTime = goodTillTime;
            this.comment = comment;
            this.thread = Thread.currentThread().getName();
            this.activeBefore = activeByLabel.size();
            this.tickIndex = cursor;
        }
    }

    private static final class Pending {
        final IMessage message;
        final int dueIndex;

        Pending(IMessage message, int dueIndex) {
            this.message = message;
            this.dueIndex = dueIndex;
        }
    }

    private final Instrument instrument;
    private final InstrumentSpec spec;
    private final TickTape tape;
    private final BrokerConfig brokerConfig;
    private final File filesDir;
    private final ExecutorService strategyExecutor;
    private volatile Thread strategyThread;
    private IEngine.Type type;

    private final SimulatedBroker broker;
    private ClosedTrade lastTrade;
    private final Map<String, FakeOrder> activeByLabel = new LinkedHashMap<>();
    private final Map<String, FakeOrder> byId = new LinkedHashMap<>();
    private final List<FakeOrder> allOrders = new ArrayList<>();
    private int nextId = 1;

    private final ArrayDeque<Pending> messages = new ArrayDeque<>();
    private final List<IMessage> delivered = new ArrayList<>();
    private final List<IMessage> lost = new ArrayList<>();
    private int messageDelayTicks;
    private int depthLevels = 1;
    private boolean connected = true;
    private int rejectEntries;
    private String rejectReason = "";
    private int cursor;
    private long nowMs = Long.MIN_VALUE;
    private final Tick serverTick = new Tick(1);

    private final ConcurrentLinkedQueue<FutureTask<?>> tasks = new ConcurrentLinkedQueue<>();
    private final List<Submission> submissions = new CopyOnWriteArrayList<>();
    private final List<String> threadViolations = new CopyOnWriteArrayList<>();
    private final Map<String, List<PropertyChangeListener>> configListeners = new LinkedHashMap<>();
    private final Set<Instrument> subscribed = new HashSet<>();
    private final Console console = new Console();
    private final Context context = new Context();
    private final Engine engine = new Engine();
    private final TapeHistory history;
    private final Account account = new Account();
    // no custom indicator is known until registered from its .jfx (CustomIndicatorRegistry)
    private IIndicators indicators = new CustomIndicatorRegistry().indicators();
    private IChart chart;
    private boolean stopped;
    private StrictLiveDelivery live;
    /** Tape ticks the server has seen (history holds them). */
    private int serverSeen;

    // strict rules for orders, accounts and instruments: docs/readme/jforex.md
    // "Emulated platform rules: orders, accounts, instruments" names the source of each
    private boolean globalAccount;
    private long historyDelayMs;
    private final Map<Instrument, ExtraInstrument> extras = new LinkedHashMap<>();
    private final List<String> refusedChanges = new CopyOnWriteArrayList<>();
    private IHistory historyView;
    private final java.util.concurrent.atomic.AtomicInteger orderLookups = new java.util.concurrent.atomic.AtomicInteger();

    // minute bars for onBar
    private long barStart = Long.MIN_VALUE;
    private double bo, bh, bl, bc, ao, ah, al, ac, bv;

    /**
     * @param startIndex the tape index of "now" when the strategy starts: earlier ticks are history
     */
    public FakePlatform(Instrument instrument, TickTape tape, BrokerConfig brokerConfig, IEngine.Type type,
                        File filesDir, int startIndex) {
        this.instrument = instrument;
        this.spec = tape.spec();
        this.tape = tape;
        this.brokerConfig = brokerConfig;
        this.type = type;
        this.filesDir = filesDir;
        this.cursor = startIndex;
        if (startIndex > 0) nowMs = tape.time(startIndex - 1);
        this.strategyExecutor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "jforex-strategy-thread");
            t.setDaemon(true);
            strategyThread = t;
            return t;
        });
        this.serverSeen = startIndex;
        // history holds every tick the server has seen, the one being delivered included
        this.history = new TapeHistory(instrument, tape, () -> serverSeen, id -> {
            orderLookups.incrementAndGet();
            FakeOrder o = byId.get(id);
            // a finished order reaches the history only historyDelayMs after it finished (OrderRules)
            return o != null && !o.isActive() && nowMs - Math.max(o.closeTime, o.getCreationTime()) >= historyDelayMs
                    ? o : null;
        });
        this.historyDelayMs = type == IEngine.Type.TEST ? 0 : OrderRules.DEFAULT_HISTORY_DELAY_MS;
        this.historyView = OrderRules.historyView(instrument, history, extras, subscribed);
        history.setRefuseToAfterLastTick(true);
        this.broker = new SimulatedBroker(spec, brokerConfig, new ServerListener(), new ClosedTradeSink() {
            @Override
            public void onTradeClosed(ClosedTrade trade) {
                lastTrade = trade;
            }
        });
        // prime the server with history so that it knows the last quote
        if (startIndex > 0) broker.onTick(tape.tick(startIndex - 1, serverTick));
    }

    // ------------------------------------------------------------------ driving the strategy

    /** Runs {@code work} on the strategy thread and waits for it; exceptions are rethrown. */
    public <T> T onStrategyThread(Callable<T> work) {
        Future<T> f = strategyExecutor.submit(() -> {
            T r = work.call();
            runTasks();
            return r;
        });
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException) throw (RuntimeException) c;
            if (c instanceof Error) throw (Error) c;
            throw new IllegalStateException(c);
        }
    }

    /** {@code strategy.onStart(context)} on the strategy thread, then the messages it caused. */
    public void start(IStrategy strategy) {
        stopped = false;
        onStrategyThread(() -> {
            strategy.onStart(context);
            deliverDue(strategy, Integer.MAX_VALUE);
            return null;
        });
    }

    /** Replays tape ticks up to (excluding) {@code endIndex} into {@code strategy}. */
    public void replay(IStrategy strategy, int endIndex) {
        if (live != null) {
            onStrategyThread(() -> {
                live.replay(strategy, Math.min(endIndex, tape.size()));
                return null;
            });
            return;
        }
        onStrategyThread(() -> {
            int end = Math.min(endIndex, tape.size());
            for (int i = cursor; i < end; i++) step(strategy, i);
            return null;
        });
    }

    /** Replays every remaining tick. */
    public void replayAll(IStrategy strategy) {
        replay(strategy, tape.size());
    }

    private void step(IStrategy strategy, int i) throws JFException {
        cursor = i;
        long t = tape.time(i);
        deliverExtras(strategy, t);
        broker.onTick(tape.tick(i, serverTick));
        serverSeen = i + 1;
        if (connected) {
            emitBars(strategy, i);
            deliverDue(strategy, i);
            runTasks();
        } else {
            dropUndelivered();
        }
        nowMs = t;
        if (connected) {
            strategy.onTick(instrument, tick(i));
            deliverDue(strategy, i);
        } else {
            dropUndelivered();
        }
        cursor = i + 1;
    }

    private FakeTick tick(int i) {
        if (depthLevels <= 1) {
            return new FakeTick(tape.time(i), spec.toPrice(tape.ask(i)), spec.toPrice(tape.bid(i)), tape.askVolume(i),
                    tape.bidVolume(i));
        }
        // a synthetic book behind the real top of book: one point per level, sizes growing by 0.5
        double[] asks = new double[depthLevels], bids = new double[depthLevels];
        double[] askVols = new double[depthLevels], bidVols = new double[depthLevels];
        for (int k = 0; k < depthLevels; k++) {
            asks[k] = spec.toPrice(tape.ask(i) + k);
            bids[k] = spec.toPrice(tape.bid(i) - k);
            askVols[k] = tape.askVolume(i) + 0.5 * k;
            bidVols[k] = tape.bidVolume(i) + 0.5 * k;
        }
        return new FakeTick(tape.time(i), asks, askVols, bids, bidVols);
    }

    /**
     * The ticks of the other instruments up to {@code timeMs}, in time order (ties: the other
     * instrument first), each to {@code onTick} while subscribed and connected.
     */
    private void deliverExtras(IStrategy strategy, long timeMs) throws JFException {
        while (true) {
            ExtraInstrument next = null;
            for (ExtraInstrument x : extras.values()) {
                if (x.next < x.tape.size() && x.tape.time(x.next) <= timeMs
                        && (next == null || x.tape.time(x.next) < next.tape.time(next.next))) {
                    next = x;
                }
            }
            if (next == null) return;
            int k = next.next++;
            nowMs = Math.max(nowMs, next.tape.time(k));
            if (connected && subscribed.contains(next.instrument)) {
                strategy.onTick(next.instrument, next.history.tick(k));
                deliverDue(strategy, cursor);
            }
        }
    }

    /**
     * A second instrument whose ticks ({@code tape}) are delivered with the traded one's, in time
     * order, once the strategy subscribes to it; its history is what was delivered so far.
     */
    public void addInstrument(Instrument other, TickTape otherTape) {
        extras.put(other, new ExtraInstrument(other, otherTape, nowMs));
    }

    /** Global account ({@code IAccount.isGlobal()}): close, stop-loss and take-profit changes are refused. */
    public void setGlobalAccount(boolean global) { this.globalAccount = global; }

    /** A finished order appears in {@code getHistoricalOrderById} only this long after it finished, ms. */
    public void setHistoryDelayMs(long ms) { this.historyDelayMs = ms; }

    /** Stop/target changes and closes the platform refused, with the reason (for tests). */
    public List<String> refusedChanges() { return refusedChanges; }

    /** Live ticks carry this many depth levels (the real top of book plus a synthetic book behind it). */
    public void setDepthLevels(int levels) { this.depthLevels = levels; }

    /** The platform's one-minute bars: delivered when a tick of a later minute arrives. */
    private void emitBars(IStrategy strategy, int i) throws JFException {
        FakeBar[] done = accumulateBar(i);
        if (done != null) strategy.onBar(instrument, Period.ONE_MIN, done[0], done[1]);
    }

    /** Adds tape tick {@code i} to the platform's minute bar; returns {ask, bid} of the bar it completed, or null. */
    FakeBar[] accumulateBar(int i) {
        long minute = tape.time(i) - Math.floorMod(tape.time(i), 60_000L);
        double bid = spec.toPrice(tape.bid(i));
        double ask = spec.toPrice(tape.ask(i));
        FakeBar[] done = null;
        if (barStart != Long.MIN_VALUE && minute > barStart) {
            FakeBar bidBar = new FakeBar(barStart, bo, bc, bl, bh, bv);
            FakeBar askBar = new FakeBar(barStart, ao, ac, al, ah, bv);
            done = new FakeBar[] {askBar, bidBar};
            barStart = Long.MIN_VALUE;
        }
        if (barStart == Long.MIN_VALUE) {
            barStart = minute;
            bo = bh = bl = bc = bid;
            ao = ah = al = ac = ask;
            bv = 0;
        }
        bh = Math.max(bh, bid);
        bl = Math.min(bl, bid);
        bc = bid;
        ah = Math.max(ah, ask);
        al = Math.min(al, ask);
        ac = ask;
        bv += tape.bidVolume(i);
        return done;
    }

    // ------------------------------------------------------------------ hooks for the strict live delivery

    /**
     * Live ({@link IEngine.Type#DEMO}/{@link IEngine.Type#LIVE}) from now on: a virtual clock, history
     * requests that take {@code historyLatencyMs} each, and {@code onTick} skipped as the platform's
     * "OnTick execution policy" says ({@link StrictLiveDelivery}). Call before {@link #start}.
     */
    public StrictLiveDelivery strictLiveDelivery(long historyLatencyMs) {
        if (type == IEngine.Type.TEST) throw new IllegalStateException("the tester delivers every tick");
        live = new StrictLiveDelivery(this, tape, cursor, nowMs == Long.MIN_VALUE ? tape.time(cursor) - 1 : nowMs,
                historyLatencyMs);
        history.setRequestCost(live::requestTookPlace);
        return live;
    }

    /**
     * The platform has just started and received no tick yet ({@code getTimeOfLastTick} = -1 until
     * the next tape tick arrives); history still holds the ticks before it. Call before {@link #start}.
     */
    public void noTickReceivedYet() { history.setFirstReceived(serverSeen); }

    /** The server sees tape tick {@code i} (fills, stops, targets); history holds it from now on. */
    void serverTick(int i) {
        broker.onTick(tape.tick(i, serverTick));
        cursor = i + 1;
        serverSeen = i + 1;
    }

    void setNow(long timeMs) { nowMs = timeMs; }

    boolean connected() { return connected; }

    Instrument instrument() { return instrument; }

    FakeTick liveTick(int i) { return tick(i); }

    void deliverMessages(IStrategy strategy) throws JFException {
        if (!connected) {
            dropUndelivered();
            return;
        }
        deliverDue(strategy, cursor - 1);
        runTasks();
    }

    /** Server end of data: pending entries rejected, open positions closed (EXTERNAL), messages delivered. */
    public void endOfData(IStrategy strategy) {
        onStrategyThread(() -> {
            broker.finish();
            deliverDue(strategy, Integer.MAX_VALUE);
            return null;
        });
    }

    /** {@code strategy.onStop()} on the strategy thread. */
    public void stop(IStrategy strategy) {
        onStrategyThread(() -> {
            strategy.onStop();
            stopped = true;
            return null;
        });
    }

    private void deliverDue(IStrategy strategy, int index) throws JFException {
        while (!messages.isEmpty() && messages.peekFirst().dueIndex <= index) {
            IMessage m = messages.pollFirst().message;
            delivered.add(m);
            strategy.onMessage(m);
        }
    }

    private void dropUndelivered() {
        while (!messages.isEmpty()) lost.add(messages.pollFirst().message);
    }

    private void runTasks() {
        FutureTask<?> t;
        while ((t = tasks.poll()) != null) t.run();
    }

    private void post(IMessage m) {
        int due = type == IEngine.Type.TEST ? Integer.MIN_VALUE : cursor + messageDelayTicks;
        messages.addLast(new Pending(m, due));
    }

    // ------------------------------------------------------------------ live controls

    /** Live: messages arrive this many ticks after the event that caused them. */
    public void setMessageDelayTicks(int ticks) { this.messageDelayTicks = ticks; }

    /** The next {@code n} entries are refused by the server (ORDER_SUBMIT_REJECTED with {@code reason}). */
    public void rejectNextEntries(int n, String reason) {
        this.rejectEntries = n;
        this.rejectReason = reason;
    }

    /** The connection drops: no ticks or messages reach the strategy; the server goes on filling. */
    public void disconnect() { connected = false; }

    /**
     * As {@link #disconnect()}, after the client's own CONNECTION_STATUS message that says so
     * ({@code IConnectionStatusMessage.isConnected()} false) reached the strategy.
     */
    public void disconnect(IStrategy strategy) {
        onStrategyThread(() -> {
            IMessage m = new FakeConnectionMessage(false, nowMs);
            delivered.add(m);
            strategy.onMessage(m);
            return null;
        });
        connected = false;
    }

    /** Calls of {@code IEngine.getOrder(label)} and {@code IHistory.getHistoricalOrderById} so far. */
    public int orderLookups() { return orderLookups.get(); }

    /** The connection returns: a CONNECTION_STATUS message is delivered at once. */
    public void reconnect(IStrategy strategy) {
        connected = true;
        onStrategyThread(() -> {
            IMessage m = new FakeConnectionMessage(true, nowMs);
            delivered.add(m);
            strategy.onMessage(m);
            return null;
        });
    }

    public void setType(IEngine.Type type) { this.type = type; }

    public void setChart(IChart chart) { this.chart = chart; }

    public void setIndicators(IIndicators indicators) { this.indicators = indicators; }

    /** Fires a configuration change from a platform (UI) thread, as the real platform does. */
    public void changeParameter(String name, Object oldValue, Object newValue) throws InterruptedException {
        List<PropertyChangeListener> ls = configListeners.getOrDefault(name, Collections.emptyList());
        Thread ui = new Thread(() -> {
            for (PropertyChangeListener l : ls) l.propertyChange(new PropertyChangeEvent(this, name, oldValue, newValue));
        }, "platform-ui-thread");
        ui.start();
        ui.join();
        onStrategyThread(() -> null); // let the posted task run
    }

    // ------------------------------------------------------------------ views for tests

    public IContext context() { return context; }

    public SimulatedBroker broker() { return broker; }

    public List<Submission> submissions() { return submissions; }

    public List<String> threadViolations() { return threadViolations; }

    public List<IMessage> delivered() { return Collections.unmodifiableList(delivered); }

    public List<IMessage> lost() { return Collections.unmodifiableList(lost); }

    public List<FakeOrder> orders() { return Collections.unmodifiableList(allOrders); }

    public List<FakeOrder> activeOrders() { return new ArrayList<>(activeByLabel.values()); }

    public Set<Instrument> subscribed() { return subscribed; }

    public List<long[]> historyRequests() { return history.requests(); }

    public List<String> consoleLines() { return console.lines(); }

    public int cursor() { return cursor; }

    public long nowMs() { return nowMs; }

    public Thread strategyThread() { return strategyThread; }

    public boolean isStopped() { return stopped; }

    @Override
    public void close() {
        strategyExecutor.shutdownNow();
    }

    // ------------------------------------------------------------------ the server's view of outcomes

    private FakeOrder order(String label) {
        FakeOrder o = activeByLabel.get(label);
        if (o == null) throw new IllegalStateException("server event for unknown order " + label);
        return o;
    }

    private void finished(FakeOrder o) {
        activeByLabel.remove(o.getLabel());
    }

    private final class ServerListener implements ExecutionListener {
        @Override
        public void onFilled(String label, long timeMs, long pricePoints, double amount) {
            FakeOrder o = order(label);
            o.state = IOrder.State.FILLED;
            o.openPrice = spec.toPrice(pricePoints);
            o.fillTime = timeMs;
            o.amount = amount;
            post(new FakeMessage(IMessage.Type.ORDER_FILL_OK, o, "filled", timeMs, IMessage.Reason.ORDER_FULLY_FILLED));
        }

        @Override
        public void onRejected(String label, long timeMs, OrderIntent.Kind kind, String reason) {
            FakeOrder o = order(label);
            switch (kind) {
                case ENTER: {
                    boolean atSubmit = o.state == IOrder.State.CREATED;
                    o.state = IOrder.State.CANCELED;
                    o.closeTime = timeMs;
                    finished(o);
                    post(new FakeMessage(atSubmit ? IMessage.Type.ORDER_SUBMIT_REJECTED : IMessage.Type.ORDER_FILL_REJECTED,
                            o, reason, timeMs));
                    break;
                }
                case MODIFY:
                    o.requestedStop = o.stopLoss;
                    o.requestedTarget = o.takeProfit;
                    post(new FakeMessage(IMessage.Type.ORDER_CHANGED_REJECTED, o, reason, timeMs));
                    break;
                default:
                    post(new FakeMessage(IMessage.Type.ORDER_CLOSE_REJECTED, o, reason, timeMs));
                    break;
            }
        }

        @Override
        public void onModified(String label, long timeMs, long stopPoints, long targetPoints) {
            FakeOrder o = order(label);
            double sl = stopPoints == 0 ? 0 : spec.toPrice(stopPoints);
            double tp = targetPoints == 0 ? 0 : spec.toPrice(targetPoints);
            List<IMessage.Reason> reasons = new ArrayList<>();
            if (sl != o.stopLoss) reasons.add(IMessage.Reason.ORDER_CHANGED_SL);
            if (tp != o.takeProfit) reasons.add(IMessage.Reason.ORDER_CHANGED_TP);
            o.stopLoss = sl;
            o.takeProfit = tp;
            post(new FakeMessage(IMessage.Type.ORDER_CHANGED_OK, o, "changed", timeMs,
                    reasons.toArray(new IMessage.Reason[0])));
        }

        @Override
        public void onClosed(String label, long timeMs, long pricePoints, CloseReason reason, double profitLoss) {
            FakeOrder o = order(label);
            o.state = IOrder.State.CLOSED;
            o.closePrice = spec.toPrice(pricePoints);
            o.closeTime = timeMs;
            o.profitLoss = lastTrade != null && lastTrade.label().equals(label) ? lastTrade.grossProfitLoss() : profitLoss;
            o.commission = lastTrade != null && lastTrade.label().equals(label) ? lastTrade.commission() : 0;
            finished(o);
            IMessage.Reason[] rs = reason == CloseReason.STOP_LOSS ? new IMessage.Reason[] {IMessage.Reason.ORDER_CLOSED_BY_SL}
                    : reason == CloseReason.TAKE_PROFIT ? new IMessage.Reason[] {IMessage.Reason.ORDER_CLOSED_BY_TP}
                    : new IMessage.Reason[0];
            post(new FakeMessage(IMessage.Type.ORDER_CLOSE_OK, o, "closed", timeMs, rs));
        }
    }

    // ------------------------------------------------------------------ order calls from the strategy

    private void checkThread(String call) throws JFException {
        if (Thread.currentThread() != strategyThread) {
            threadViolations.add(call + " on " + Thread.currentThread().getName());
            throw new JFException(JFException.Error.THREAD_INCORRECT, "Incorrect thread: " + call);
        }
    }

    private long points(double price) {
        return price == 0 ? 0 : spec.toPoints(price);
    }

    void changeOrder(FakeOrder o, double stopLoss, double takeProfit) throws JFException {
        checkThread("setStopLossPrice/setTakeProfitPrice " + o.getLabel());
        OrderRules.checkNotGlobal(globalAccount, "setStopLossPrice/setTakeProfitPrice", o);
        if (o.state != IOrder.State.FILLED) {
            throw new JFException(JFException.Error.ORDER_STATE_IMMUTABLE, o.getLabel() + " is " + o.state);
        }
        String tooSoon = OrderRules.tooSoon(o, nowMs);
        o.lastChangeMs = nowMs;
        if (tooSoon != null) {
            refusedChanges.add(o.getLabel() + ": " + tooSoon);
            post(new FakeMessage(IMessage.Type.ORDER_CHANGED_REJECTED, o, tooSoon, nowMs));
            return;
        }
        o.requestedStop = stopLoss;
        o.requestedTarget = takeProfit;
        broker.submit(OrderIntent.modify(o.getLabel(), spec.symbol(), points(stopLoss), points(takeProfit), nowMs, "change"));
    }

    void closeOrder(FakeOrder o) throws JFException {
        closeOrder(o, 0);
    }

    /** {@code IOrder.close(amount)}: 0 or the whole amount closes all; less closes that part at market and keeps the rest. */
    void closeOrder(FakeOrder o, double amount) throws JFException {
        checkThread("close " + o.getLabel());
        if (o.state != IOrder.State.FILLED) {
            throw new JFException(JFException.Error.ORDER_STATE_IMMUTABLE, o.getLabel() + " is " + o.state);
        }
        if (amount > 0 && amount < o.amount - 1e-12) {
            OrderRules.checkAmount(instrument, amount, "close of " + o.getLabel());
            double net = broker.reduce(o.getLabel(), amount);
            if (Double.isNaN(net)) {
                post(new FakeMessage(IMessage.Type.ORDER_CLOSE_REJECTED, o, "partial close refused", nowMs));
                return;
            }
            o.amount = Math.round((o.amount - amount) * 1e9) / 1e9;
            o.closePrice = spec.toPrice(o.isLong() ? serverTick.bid() : serverTick.ask());   // the server's quote
            o.partialProfitLoss += net;
            post(new FakeMessage(IMessage.Type.ORDER_CLOSE_OK, o, "partly closed " + amount, nowMs));
            return;
        }
        OrderRules.checkNotGlobal(globalAccount, "close", o);
        broker.submit(OrderIntent.exit(o.getLabel(), spec.symbol(), nowMs, "close"));
    }

    private final class Engine implements IEngine {
        @Override
        public IOrder submitOrder(String label, Instrument instrument, OrderCommand orderCommand, double amount,
                                  double price, double slippage, double stopLossPrice, double takeProfitPrice,
                                  long goodTillTime, String comment) throws JFException {
            checkThread("submitOrder " + label);
            submissions.add(new Submission(label, instrument, orderCommand, amount, price, slippage, stopLossPrice,
                    takeProfitPrice, goodTillTime, comment));
            if (label == null || !label.matches("[A-Za-z][A-Za-z0-9_]{0,63}")) {
                // JFException.Error.LABEL_INCONSISTENT, with the platform's own text: "Label must not be null, longer
                // than 64 symbols, contain restricted symbols or start with number" (letters, digits, '_': IEngine.submitOrder)
                throw new JFException(JFException.Error.LABEL_INCONSISTENT);
            }
            if (activeByLabel.containsKey(label)) {
                throw new JFException(JFException.Error.LABEL_NOT_UNIQUE, "Label not unique: " + label);
            }
            if (instrument != FakePlatform.this.instrument) {
                throw new JFException(JFException.Error.ORDER_INCORRECT, "the fake platform trades " + FakePlatform.this.instrument);
            }
            if (orderCommand != OrderCommand.BUY && orderCommand != OrderCommand.SELL || price != 0) {
                throw new JFException(JFException.Error.ORDER_INCORRECT, "only market orders are simulated");
            }
            if (!(amount > 0)) throw new JFException(JFException.Error.INVALID_AMOUNT, "amount " + amount);
            OrderRules.checkAmount(instrument, amount, "order " + label);
            String offGrid = OrderRules.offTenthPip(instrument, stopLossPrice, takeProfitPrice);
            FakeOrder o = new FakeOrder(FakePlatform.this, "ID" + nextId++, label, instrument, orderCommand, amount,
                    stopLossPrice, takeProfitPrice, nowMs, comment);
            allOrders.add(o);
            byId.put(o.getId(), o);
            activeByLabel.put(label, o);
            if (rejectEntries > 0 || offGrid != null) {
                String why = offGrid != null ? offGrid : rejectReason;
                if (offGrid == null) rejectEntries--;
                o.state = IOrder.State.CANCELED;
                finished(o);
                post(new FakeMessage(IMessage.Type.ORDER_SUBMIT_REJECTED, o, why, nowMs));
                return o;
            }
            TradeSide side = orderCommand == OrderCommand.BUY ? TradeSide.LONG : TradeSide.SHORT;
            broker.submit(OrderIntent.enter(label, spec.symbol(), side, amount, points(stopLossPrice),
                    points(takeProfitPrice), nowMs, comment == null ? "" : comment));
            if (o.state == IOrder.State.CREATED) {
                o.state = IOrder.State.OPENED;
                post(new FakeMessage(IMessage.Type.ORDER_SUBMIT_OK, o, "accepted", nowMs));
            }
            return o;
        }

        @Override
        public IOrder submitOrder(String label, Instrument instrument, OrderCommand orderCommand, double amount,
                                  double price, double slippage, double stopLossPrice, double takeProfitPrice,
                                  long goodTillTime) throws JFException {
            return submitOrder(label, instrument, orderCommand, amount, price, slippage, stopLossPrice, takeProfitPrice,
                    goodTillTime, null);
        }

        @Override
        public IOrder submitOrder(String label, Instrument instrument, OrderCommand orderCommand, double amount,
                                  double price, double slippage, double stopLossPrice, double takeProfitPrice)
                throws JFException {
            return submitOrder(label, instrument, orderCommand, amount, price, slippage, stopLossPrice, takeProfitPrice, 0);
        }

        @Override
        public IOrder submitOrder(String label, Instrument instrument, OrderCommand orderCommand, double amount,
                                  double price, double slippage) throws JFException {
            return submitOrder(label, instrument, orderCommand, amount, price, slippage, 0, 0);
        }

        @Override
        public IOrder submitOrder(String label, Instrument instrument, OrderCommand orderCommand, double amount,
                                  double price) throws JFException {
            return submitOrder(label, instrument, orderCommand, amount, price, -1);
        }

        @Override
        public IOrder submitOrder(String label, Instrument instrument, OrderCommand orderCommand, double amount)
                throws JFException {
            return submitOrder(label, instrument, orderCommand, amount, 0);
        }

        @Override
        public IOrder getOrder(String label) {
            orderLookups.incrementAndGet();
            return activeByLabel.get(label);
        }

        @Override
        public IOrder getOrderById(String orderId) {
            FakeOrder o = byId.get(orderId);
            return o != null && o.isActive() ? o : null;
        }

        @Override
        public List<IOrder> getOrders(Instrument instrument) {
            List<IOrder> out = new ArrayList<>();
            for (FakeOrder o : activeByLabel.values()) if (o.getInstrument() == instrument) out.add(o);
            return out;
        }

        @Override
        public List<IOrder> getOrders() {
            return new ArrayList<IOrder>(activeByLabel.values());
        }

        @Override
        public IOrder mergeOrders(String label, IOrder... orders) throws JFException {
            throw new JFException(JFException.Error.CALL_INCORRECT, "merging is not simulated");
        }

        @Override
        public IOrder mergeOrders(String label, String comment, IOrder... orders) throws JFException {
            throw new JFException(JFException.Error.CALL_INCORRECT, "merging is not simulated");
        }

        @Override
        public IOrder mergeOrders(String label, Collection<IOrder> orders) throws JFException {
            throw new JFException(JFException.Error.CALL_INCORRECT, "merging is not simulated");
        }

        @Override
        public IOrder mergeOrders(String label, String comment, Collection<IOrder> orders) throws JFException {
            throw new JFException(JFException.Error.CALL_INCORRECT, "merging is not simulated");
        }

        @Override
        public void closeOrders(IOrder... orders) throws JFException {
            for (IOrder o : orders) o.close();
        }

        @Override
        public void closeOrders(Collection<IOrder> orders) throws JFException {
            for (IOrder o : orders) o.close();
        }

        @Override
        public Type getType() { return type; }

        @Override
        public void broadcast(String topic, String message) {
        }

        @Override
        public StrategyMode getStrategyMode() { return StrategyMode.INDEPENDENT; }

        @Override
        public RunMode getRunMode() { return RunMode.LOCAL; }

        @Override
        public boolean isTradable(Instrument instrument) { return instrument == FakePlatform.this.instrument; }
    }

    // ------------------------------------------------------------------ history

    // ------------------------------------------------------------------ account, console, context

    private final class Account implements IAccount {
        @Override
        @Deprecated
        public java.util.Currency getCurrency() { return java.util.Currency.getInstance(currency()); }

        private String currency() {
            return brokerConfig.accountCurrency() == null ? spec.quote() : brokerConfig.accountCurrency();
        }

        @Override
        public ICurrency getAccountCurrency() { return JFCurrency.getInstance(currency()); }

        @Override
        public double getEquity() { return broker.equity(); }

        @Override
        public double getBaseEquity() { return broker.equity(); }

        @Override
        public double getBalance() { return broker.balance(); }

        @Override
        public double getLeverage() { return brokerConfig.leverage(); }

        @Override
        public double getUseOfLeverage() { return 0; }

        @Override
        public double getCreditLine() { return 0; }

        @Override
        public int getMarginCutLevel() { return (int) brokerConfig.marginCutPercent(); }

        @Override
        public int getOverWeekEndLeverage() { return (int) brokerConfig.leverage(); }

        @Override
        public boolean isGlobal() { return globalAccount; }

        @Override
        public String getAccountId() { return "FAKE"; }

        @Override
        @Deprecated
        public Set<String> getClientIds() { return Collections.emptySet(); }

        @Override
        public Set<IClientInfo> getClients() { return Collections.emptySet(); }

        @Override
        public AccountState getAccountState() { return AccountState.OK; }

        @Override
        public double getStopLossLevel() { return 0; }

        @Override
        public boolean isConnected() { return connected; }

        @Override
        public String getUserName() { return "tester"; }

        @Override
        public double getUsedMargin() { return broker.usedMargin(); }
    }

    /** Collects every console line (all streams), thread-safe. */
    private static final class Console implements IConsole {
        private final List<String> lines = new CopyOnWriteArrayList<>();
        private final PrintStream out = stream("");
        private final PrintStream warn = stream("WARN ");
        private final PrintStream err = stream("ERROR ");

        private PrintStream stream(String prefix) {
            return new PrintStream(new ByteArrayOutputStream() {
                @Override
                public synchronized void flush() {
                    String s = new String(toByteArray(), StandardCharsets.UTF_8);
                    reset();
                    for (String line : s.split("\\R")) if (!line.isEmpty()) lines.add(prefix + line);
                }
            }, true, StandardCharsets.UTF_8);
        }

        List<String> lines() { return lines; }

        @Override
        public PrintStream getOut() { return out; }

        @Override
        public PrintStream getErr() { return err; }

        @Override
        public PrintStream getWarn() { return warn; }

        @Override
        public PrintStream getInfo() { return out; }

        @Override
        public PrintStream getNotif() { return out; }

        @Override
        public void setMaxMessages(int maxNumber) {
        }
    }

    private final class Context implements IContext {
        private UnsupportedOperationException no() {
            return new UnsupportedOperationException("not simulated by the fake context");
        }

        @Override
        public IEngine getEngine() { return engine; }

        @Override
        public IChart getChart(Instrument instrument) { return instrument == FakePlatform.this.instrument ? chart : null; }

        @Override
        public Set<IChart> getCharts(Instrument instrument) { throw no(); }

        @Override
        public Set<IChart> getCharts() { throw no(); }

        @Override
        public IChart getLastActiveChart() { return chart; }

        @Override
        public IChart openChart(IFeedDescriptor feedDescriptor) { throw no(); }

        @Override
        public void closeChart(IChart chart) { throw no(); }

        @Override
        public IUserInterface getUserInterface() { throw no(); }

        @Override
        public IHistory getHistory() { return historyView; }

        @Override
        public IConsole getConsole() { return console; }

        @Override
        public IIndicators getIndicators() { return indicators; }

        @Override
        public IAccount getAccount() { return account; }

        @Override
        public IDownloadableStrategies getDownloadableStrategies() { throw no(); }

        @Override
        public JFUtils getUtils() { throw no(); }

        @Override
        public IDataService getDataService() { throw no(); }

        @Override
        public IReportService getReportService() { throw no(); }

        @Override
        public void setSubscribedInstruments(Set<Instrument> instruments) { subscribed.addAll(instruments); }

        @Override
        public void setSubscribedInstruments(Set<Instrument> instruments, boolean lock) { subscribed.addAll(instruments); }

        @Override
        public void unsubscribeInstruments(Set<Instrument> instruments) { subscribed.removeAll(instruments); }

        @Override
        public Set<Instrument> getSubscribedInstruments() { return subscribed; }

        @Override
        public void stop() { stopped = true; }

        @Override
        public boolean isStopped() { return stopped; }

        @Override
        public boolean isFullAccessGranted() { return false; }

        @Override
        public <T> Future<T> executeTask(Callable<T> callable) {
            FutureTask<T> t = new FutureTask<>(callable);
            tasks.add(t);
            if (Thread.currentThread() != strategyThread) strategyExecutor.execute(FakePlatform.this::runTasks);
            return t;
        }

        @Override
        public File getFilesDir() { return filesDir; }

        @Override
        public void pause() {
        }

        @Override
        public <T extends ITimedData> void subscribeToFeed(ITailoredFeedDescriptor<T> d, ITailoredFeedListener<T> l) { throw no(); }

        @Override
        public <T extends ITimedData> void unsubscribeFromFeed(ITailoredFeedListener<T> l) { throw no(); }

        @Override
        public <T extends ITimedData> void unsubscribeFromFeed(ITailoredFeedListener<T> l, ITailoredFeedDescriptor<T> d) { throw no(); }

        @Override
        public void subscribeToFeed(IFeedDescriptor d, IFeedListener l) { throw no(); }

        @Override
        public void unsubscribeFromFeed(IFeedListener l) { throw no(); }

        @Override
        public void unsubscribeFromFeed(IFeedListener l, IFeedDescriptor d) { throw no(); }

        @Override
        public void subscribeToTicksFeed(Instrument instrument, ITickFeedListener l) { throw no(); }

        @Override
        public void unsubscribeFromTicksFeed(ITickFeedListener l) { throw no(); }

        @Override
        public void subscribeToBarsFeed(Instrument instrument, Period period, OfferSide side, IBarFeedListener l) { throw no(); }

        @Override
        public void unsubscribeFromBarsFeed(IBarFeedListener l) { throw no(); }

        @Override
        public void addConfigurationChangeListener(String parameter, PropertyChangeListener listener) {
            configListeners.computeIfAbsent(parameter, k -> new CopyOnWriteArrayList<>()).add(listener);
        }

        @Override
        public void removeConfigurationChangeListener(String parameter, PropertyChangeListener listener) {
            List<PropertyChangeListener> ls = configListeners.get(parameter);
            if (ls != null) ls.remove(listener);
        }

        @Override
        public void setConfigurableChangeListener(ConfigurableChangeListener listener) { throw no(); }

        @Override
        public long getTime() { return nowMs; }
    }
}
