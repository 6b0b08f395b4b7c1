package io.orderflow.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import io.orderflow.market.Bar;
import io.orderflow.market.BarClock;
import io.orderflow.market.Tick;
import io.orderflow.market.TimeBarAggregator;
import io.orderflow.strategy.config.ParameterTable;
import io.orderflow.strategy.config.PriceSide;
import io.orderflow.strategy.config.StrategyConfig;
import io.orderflow.strategy.readings.ProjectOrderFlowSource;
import io.orderflow.strategy.readings.OrderFlowSnapshot;
import io.orderflow.strategy.ta4j.BarSeriesFeed;
import io.orderflow.strategy.ta4j.OrderFlowHistory;
import io.orderflow.strategy.ta4j.TechnicalIndicators;

/**
 * The ta4j half of {@link StrategyBarBenchmark#fullBarEvaluation} alone, over the bars and readings
 * of real EURUSD ticks prepared once (no per-invocation setup). Run with {@code StrategyBar} to get
 * it back to back with the full evaluation and the order-flow half.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class StrategyBarPartsBenchmark {
    @Param({"300"})
    public int barSeconds;

    private Bar[] bars;
    private OrderFlowSnapshot[] readings;
    private int nextBar;
    private long barShift;
    private BarSeriesFeed feed;
    private TechnicalIndicators ta;
    private OrderFlowHistory history;

    @Setup
    public void setUp() throws Exception {
        StrategyBarBenchmark.Ticks ticks = StrategyBarBenchmark.Ticks.eurusd();
        StrategyConfig config = StrategyConfig.builder().set("bars.periodSeconds", barSeconds)
                .set("trend.confirm.zScore", 0.5).build();
        List<Bar> list = new ArrayList<>();
        List<OrderFlowSnapshot> snaps = new ArrayList<>();
        ProjectOrderFlowSource s = new ProjectOrderFlowSource(config);
        TimeBarAggregator agg = new TimeBarAggregator(BarClock.fixed(barSeconds * 1000L), false, bar -> {
            OrderFlowSnapshot o = new OrderFlowSnapshot();
            s.onBar(bar, o);
            list.add(bar);
            snaps.add(o);
        });
        Tick t = new Tick(1);
        for (int i = 0; i < ticks.time.length; i++) {
            t.set(ticks.time[i], ticks.ask[i], ticks.bid[i], ticks.askVol[i], ticks.bidVol[i]);
            agg.onTick(t);
            s.onTick(t);
        }
        bars = list.toArray(new Bar[0]);
        readings = snaps.toArray(new OrderFlowSnapshot[0]);
        int maxBars = config.intValue(ParameterTable.TA_MAX_BARS);
        feed = new BarSeriesFeed("EURUSD", PriceSide.BID, maxBars);
        ta = new TechnicalIndicators(feed.series(), config);
        history = new OrderFlowHistory(feed.series(), maxBars);
    }

    private Bar nextShiftedBar() {
        if (nextBar == bars.length) {
            nextBar = 0;
            barShift += 7L * 24 * 3600 * 1000;
        }
        Bar b = bars[nextBar++];
        if (barShift == 0) return b;
        return new Bar(b.startMs() + barShift, b.endMs() + barShift, b.bidOpen(), b.bidHigh(), b.bidLow(), b.bidClose(),
                b.askOpen(), b.askHigh(), b.askLow(), b.askClose(), b.bidVolume(), b.askVolume(), b.tickCount());
    }

    /**
     * Baseline half: the ta4j side of a bar close — the bar into the bounded series, the readings into
     * their history, ATR/ADX/RSI/EMAs, the EMA-cross rules.
     */
    @Benchmark
    public boolean ta4jOnly() {
        Bar b = nextShiftedBar();
        int k = nextBar - 1;
        int i = feed.add(b);
        history.append(i, readings[k], feed.close(b));
        ta.update(i);
        return ta.longTrigger().isSatisfied(i) | ta.shortTrigger().isSatisfied(i);
    }
}
