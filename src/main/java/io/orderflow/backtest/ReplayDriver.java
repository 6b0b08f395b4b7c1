package io.orderflow.backtest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.orderflow.backtest.broker.SimulatedBroker;
import io.orderflow.backtest.stats.EquityCurve;
import io.orderflow.execution.CloseReason;
import io.orderflow.execution.ExecutionListener;
import io.orderflow.execution.OrderIntent;
import io.orderflow.market.Bar;
import io.orderflow.market.BarSink;
import io.orderflow.market.InstrumentSpec;
import io.orderflow.market.SessionTracker;
import io.orderflow.market.Tick;
import io.orderflow.market.TickCursor;
import io.orderflow.market.TickSink;
import io.orderflow.trades.TradeJournal;

/**
 * Pushes ticks through bars, the strategy and the {@link SimulatedBroker}, in the order documented
 * on {@link BacktestStrategy}, and records the journal, the session-end equity and (optionally)
 * every bar with a per-bar equity sample.
 *
 * <p>Bars of the config's {@link BarSpec} are built only when somebody reads them: the report's
 * series ({@code collectSeries}), a strategy that {@linkplain BacktestStrategy#readsBars reads bars},
 * or an observer. A run of the strategy engine without report series (sweeps, validate's runs)
 * builds none. The broker's outcomes go to the strategy's {@link BacktestStrategy#outcomes()}
 * listener directly (fills also to the observers); the driver only counts the rejections on the way.
 *
 * <p>Per tick: O(open positions), no allocation (bars allocate one object per completed bar; the
 * optional series grow per bar and per session, never per tick). Single-threaded; one driver per
 * run.
 */
public final class ReplayDriver implements TickSink {
    /** Rejection messages kept verbatim; the rest are counted. */
    public static final int MAX_REJECTION_SAMPLES = 100;

    private final InstrumentSpec instrument;
    private final BacktestConfig config;
    private final BacktestStrategy strategy;
    private final boolean strategyReadsBars;
    private final ReplayObserver[] observers;
    private final SimulatedBroker broker;
    private final TradeJournal journal = new TradeJournal();
    /** The config's bars, or null when nobody reads them. */
    private final BarSpec.Aggregation bars;
    private final SessionTracker session;
    private final EquityCurve sessionEquity = new EquityCurve();
    private final EquityCurve barEquity;
    private final List<Bar> barList;
    private final List<String> rejectionSamples = new ArrayList<>();
    /** The strategy's outcome listener (set at start; none before). */
    private ExecutionListener outcomes = NO_OUTCOMES;
    private boolean ending;
    private boolean started;
    private boolean finished;
    private long ticks;
    private long lastTickMs = Long.MIN_VALUE;
    private int rejections;

    public ReplayDriver(InstrumentSpec instrument, BacktestConfig config, BacktestStrategy strategy,
                        ReplayObserver... observers) {
        this.instrument = instrument;
        this.config = config;
        this.strategy = strategy;
        this.strategyReadsBars = strategy.readsBars();
        this.observers = observers.clone();
        this.broker = new SimulatedBroker(instrument, config.broker(), new Listener(), journal);
        boolean barsRead = config.collectSeries() || strategyReadsBars || observers.length > 0;
        this.bars = !barsRead ? null : config.bars().create(new BarSink() {
            @Override
            public void onBar(Bar bar) {
                barCompleted(bar);
            }
        });
        this.session = new SessionTracker(config.returnsSession());
        this.barEquity = config.collectSeries() ? new EquityCurve(1024) : null;
        this.barList = config.collectSeries() ? new ArrayList<Bar>() : null;
    }

    /** Replays every tick of {@code cursor} (closing it) and finishes the run. Returns the tick count. */
    public long run(TickCursor cursor) throws IOException {
        Tick t = new Tick(Tick.DEFAULT_DEPTH_CAPACITY); // a depth recording replays its levels
        try {
            while (cursor.next(t)) onTick(t);
        } finally {
            cursor.close();
        }
        finish();
        return ticks;
    }

    @Override
    public void onTick(Tick tick) {
        if (!started) {
            started = true;
            strategy.onStart(new StrategyContext(broker, instrument, broker));
            ExecutionListener l = strategy.outcomes();
            if (l != null) outcomes = l;
        }
        long t = tick.timeMs();
        if (session.advance(t) && ticks > 0) {
            sessionEquity.add(lastTickMs, broker.equity());
        }
        if (bars != null) bars.onTick(tick);
        broker.onTick(tick);
        strategy.onTick(tick);
        for (ReplayObserver o : observers) o.onTick(tick);
        lastTickMs = t;
        ticks++;
    }

    private void barCompleted(Bar bar) {
        if (!ending && strategyReadsBars) strategy.onBar(bar);
        for (ReplayObserver o : observers) o.onBar(bar);
        if (barList != null) {
            barList.add(bar);
            barEquity.add(bar.endMs(), broker.equity());
        }
    }

    /** Ends the run: strategy's onEnd, the partial last bar to observers, open positions closed at the last price. */
    public void finish() {
        if (finished) return;
        finished = true;
        if (started) strategy.onEnd();
        ending = true;
        if (bars != null) bars.flush();
        broker.finish();
        for (ReplayObserver o : observers) o.onEnd();
        if (ticks > 0) {
            sessionEquity.add(lastTickMs, broker.equity());
            if (barEquity != null) barEquity.add(lastTickMs + 1, broker.equity());
        }
    }

    public SimulatedBroker broker() { return broker; }

    public TradeJournal journal() { return journal; }

    /** Marked equity at the last tick of each session that had ticks. */
    public EquityCurve sessionEquity() { return sessionEquity; }

    /** Equity at each bar's end (null unless the config collects series). */
    public EquityCurve barEquity() { return barEquity; }

    /** Every bar including the last partial one (empty unless the config collects series). */
    public List<Bar> bars() { return barList == null ? Collections.<Bar>emptyList() : Collections.unmodifiableList(barList); }

    public long ticks() { return ticks; }

    public int rejections() { return rejections; }

    /** The first {@value #MAX_REJECTION_SAMPLES} rejections as "label KIND: reason". */
    public List<String> rejectionSamples() { return Collections.unmodifiableList(rejectionSamples); }

    /**
     * The broker's listener: passes each outcome to the strategy's listener unchanged, counts and
     * samples the rejections, and shows fills to the observers.
     */
    private final class Listener implements ExecutionListener {
        @Override
        public void onFilled(String label, long timeMs, long pricePoints, double amount) {
            outcomes.onFilled(label, timeMs, pricePoints, amount);
            for (ReplayObserver o : observers) o.onFilled(label, timeMs, pricePoints, amount);
        }

        @Override
        public void onRejected(String label, long timeMs, OrderIntent.Kind kind, String reason) {
            rejections++;
            if (rejectionSamples.size() < MAX_REJECTION_SAMPLES) {
                rejectionSamples.add(label + " " + kind + " at " + java.time.Instant.ofEpochMilli(timeMs) + ": " + reason);
            }
            outcomes.onRejected(label, timeMs, kind, reason);
        }

        @Override
        public void onModified(String label, long timeMs, long stopPoints, long targetPoints) {
            outcomes.onModified(label, timeMs, stopPoints, targetPoints);
        }

        @Override
        public void onClosed(String label, long timeMs, long pricePoints, CloseReason reason, double profitLoss) {
            outcomes.onClosed(label, timeMs, pricePoints, reason, profitLoss);
        }
    }

    /** Hears nothing: the outcomes of a strategy that names no listener. */
    private static final ExecutionListener NO_OUTCOMES = new ExecutionListener() {
        @Override
        public void onFilled(String label, long timeMs, long pricePoints, double amount) {
        }

        @Override
        public void onRejected(String label, long timeMs, OrderIntent.Kind kind, String reason) {
        }

        @Override
        public void onModified(String label, long timeMs, long stopPoints, long targetPoints) {
        }

        @Override
        public void onClosed(String label, long timeMs, long pricePoints, CloseReason reason, double profitLoss) {
        }
    };
}
