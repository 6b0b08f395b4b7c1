package io.orderflow.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.ta4j.core.BaseBarSeries;
import org.ta4j.core.indicators.volume.OnBalanceVolumeIndicator;
import org.ta4j.core.indicators.volume.VWAPIndicator;
import org.ta4j.core.num.DoubleNum;
import org.ta4j.core.num.Num;

import io.orderflow.data.DirectoryBi5Source;
import io.orderflow.data.DukascopyTickStream;
import io.orderflow.data.ProblemLog;
import io.orderflow.flow.AggressorMethod;
import io.orderflow.flow.MidTickRule;
import io.orderflow.flow.TradeFlow;
import io.orderflow.flow.VolumeProxy;
import io.orderflow.market.Bar;
import io.orderflow.market.BarClock;
import io.orderflow.market.Instruments;
import io.orderflow.market.SessionAnchor;
import io.orderflow.market.Tick;
import io.orderflow.market.TimeBarAggregator;

/**
 * Per-tick cost of the full trade-flow update on the real EURUSD ticks of 2019-02-04/05 (266,219
 * ticks): mid tick rule, tick-count volume, per-bar delta, cumulative delta with the FX-day
 * reset, footprint row (1-pip rows, imbalances and zones at bar close), session profile row (FX
 * day, developing value area at each bar close) and zone checks — against, in the same run, ta4j
 * 0.15 computing VWAP(14) and on-balance volume over the same data as 1-minute BID bars, and the
 * foundation's time-bar aggregation.
 *
 * <p>Every benchmark processes the whole data set per invocation and reports ns per tick of the
 * data ({@code @OperationsPerInvocation}); ta4j's figure is its whole-series time divided by the
 * same tick count (multiply by 266219 / 2880 for ns per bar).
 *
 * <p>Run: {@code mvn -B -Pbench -DskipTests test-compile exec:exec
 * -Djmh.args="TradeFlow -f 1 -wi 3 -i 5 -r 1s -prof gc"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class TradeFlowBenchmark {
    static final int TICKS = 266_219;

    long[] times;
    long[] asks;
    long[] bids;
    double[] askSizes;
    double[] bidSizes;
    BaseBarSeries series;
    TradeFlow fullMinuteBars;
    TradeFlow fullSessionBars;
    TradeFlow deltaOnly;
    TradeFlow sessionDeltaOnly;
    TradeFlow sessionDeltaFootprint;
    TradeFlow sessionDeltaProfile;
    TradeFlow sessionWithoutZones;
    final long[] closed = new long[1];

    static Path dataRoot() {
        String env = System.getenv("ORDERFLOW_DATA");
        if (env != null && !env.isEmpty()) return Paths.get(env);
        String base = System.getenv("ORDERFLOW_BASEDIR");
        return Paths.get(base == null ? "." : base).toAbsolutePath().normalize().resolve("../shared/data").normalize();
    }

    @Setup
    public void load() throws Exception {
        Path bi5 = dataRoot().resolve("dukascopy/bi5");
        if (!Files.isDirectory(bi5)) throw new IllegalStateException("no data at " + bi5 + "; set ORDERFLOW_DATA");
        long from = Instant.parse("2019-02-04T00:00:00Z").toEpochMilli();
        long to = Instant.parse("2019-02-06T00:00:00Z").toEpochMilli();
        times = new long[TICKS];
        asks = new long[TICKS];
        bids = new long[TICKS];
        askSizes = new double[TICKS];
        bidSizes = new double[TICKS];
        final List<Bar> bars = new ArrayList<>();
        TimeBarAggregator agg = new TimeBarAggregator(BarClock.fixed(60_000), false, bars::add);
        int n = 0;
        try (DukascopyTickStream s = new DukascopyTickStream(new DirectoryBi5Source(bi5), Instruments.of("EURUSD"), from,
                to, ProblemLog.failing())) {
            Tick t = new Tick(1);
            while (s.next(t)) {
                times[n] = t.timeMs();
                asks[n] = t.ask();
                bids[n] = t.bid();
                askSizes[n] = t.askVolume();
                bidSizes[n] = t.bidVolume();
                agg.onTick(t);
                n++;
            }
        }
        agg.flush();
        if (n != TICKS) throw new IllegalStateException("expected " + TICKS + " ticks, read " + n);
        series = new BaseBarSeries("EURUSD", DoubleNum::valueOf);
        double point = Instruments.of("EURUSD").pointSize();
        for (Bar b : bars) {
            ZonedDateTime end = Instant.ofEpochMilli(b.endMs()).atZone(ZoneOffset.UTC);
            series.addBar(Duration.ofMinutes(1), end, num(b.bidOpen() * point), num(b.bidHigh() * point),
                    num(b.bidLow() * point), num(b.bidClose() * point), num(b.bidVolume()));
        }
        fullMinuteBars = full().timeBars(BarClock.fixed(60_000), bar -> closed[0]++).build();
        fullSessionBars = full().timeBars(BarClock.tradingDays(SessionAnchor.FX_NEW_YORK), bar -> closed[0]++).build();
        BarClock day = BarClock.tradingDays(SessionAnchor.FX_NEW_YORK);
        sessionDeltaOnly = full().footprint(null).sessionProfile(null).divergenceLookback(0).timeBars(day, bar -> closed[0]++).build();
        sessionDeltaFootprint = full().sessionProfile(null).divergenceLookback(0).zoneCapacity(0).timeBars(day, bar -> closed[0]++).build();
        sessionDeltaProfile = full().footprint(null).divergenceLookback(0).timeBars(day, bar -> closed[0]++).build();
        sessionWithoutZones = full().zoneCapacity(0).timeBars(day, bar -> closed[0]++).build();
        deltaOnly = TradeFlow.forQuotes(AggressorMethod.MID_TICK_RULE, VolumeProxy.TICK_COUNT, 10).footprint(null)
                .sessionProfile(null).divergenceLookback(0).timeBars(BarClock.fixed(60_000), bar -> closed[0]++).build();
    }

    private static Num num(double v) {
        return DoubleNum.valueOf(v);
    }

    private static TradeFlow.Builder full() {
        return TradeFlow.forQuotes(AggressorMethod.MID_TICK_RULE, VolumeProxy.TICK_COUNT, 10);
    }

    private double run(TradeFlow flow) {
        flow.reset();
        long[] t = times;
        long[] a = asks;
        long[] b = bids;
        double[] as = askSizes;
        double[] bs = bidSizes;
        for (int i = 0; i < TICKS; i++) flow.onQuote(t[i], a[i], b[i], as[i], bs[i]);
        flow.flush();
        return flow.cumulativeDelta();
    }

    /** Full update with 1-minute bars: every bar close builds its FlowBar (footprint, developing VA). */
    @Benchmark
    @OperationsPerInvocation(TICKS)
    public double tradeFlowFullMinuteBars() {
        return run(fullMinuteBars);
    }

    /** Full update with one bar per FX day: the per-tick path with (almost) no bar closes. */
    @Benchmark
    @OperationsPerInvocation(TICKS)
    public double tradeFlowFullSessionBars() {
        return run(fullSessionBars);
    }

    // Where the per-tick time goes, one bar per FX day, in the same run as the full update:
    // increments of the configuration, each built from full() with parts switched off.

    /** Classification, delta and cumulative delta only. */
    @Benchmark
    @OperationsPerInvocation(TICKS)
    public double sessionBarsDeltaOnly() { return run(sessionDeltaOnly); }

    /** Delta plus the footprint row (no zone tracking). */
    @Benchmark
    @OperationsPerInvocation(TICKS)
    public double sessionBarsDeltaAndFootprint() { return run(sessionDeltaFootprint); }

    /** Delta plus the session profile row and naked-POC check (no footprint). */
    @Benchmark
    @OperationsPerInvocation(TICKS)
    public double sessionBarsDeltaAndProfile() { return run(sessionDeltaProfile); }

    /**
     * Exactly the update the trade-flow issue lists — classification, delta, cumulative delta,
     * footprint row, profile row (with the naked-POC check) — without the live-zone break check.
     */
    @Benchmark
    @OperationsPerInvocation(TICKS)
    public double sessionBarsWithoutZoneTracking() { return run(sessionWithoutZones); }

    /** Classification, per-bar delta and cumulative delta only (1-minute bars). */
    @Benchmark
    @OperationsPerInvocation(TICKS)
    public double tradeFlowDeltaOnly() {
        return run(deltaOnly);
    }

    static final int SLICE = 16_384;
    static final int SLICE_FROM = 60_000;   // 2019-02-04 around the London open

    private double runSlice(TradeFlow flow) {
        flow.reset();
        long[] t = times;
        long[] a = asks;
        long[] b = bids;
        double[] as = askSizes;
        double[] bs = bidSizes;
        for (int i = SLICE_FROM; i < SLICE_FROM + SLICE; i++) flow.onQuote(t[i], a[i], b[i], as[i], bs[i]);
        flow.flush();
        return flow.cumulativeDelta();
    }

    /** Full update, 1-minute bars, over a 16,384-tick slice whose input stays in cache. */
    @Benchmark
    @OperationsPerInvocation(SLICE)
    public double sliceTradeFlowFullMinuteBars() {
        return runSlice(fullMinuteBars);
    }

    /** Delta only over the cached slice. */
    @Benchmark
    @OperationsPerInvocation(SLICE)
    public double sliceTradeFlowDeltaOnly() {
        return runSlice(deltaOnly);
    }

    /** Baseline: the mid tick rule alone over the cached slice. */
    @Benchmark
    @OperationsPerInvocation(SLICE)
    public long sliceClassifyOnly() {
        MidTickRule r = new MidTickRule();
        long sum = 0;
        for (int i = SLICE_FROM; i < SLICE_FROM + SLICE; i++) sum += r.classify(asks[i], bids[i], askSizes[i], bidSizes[i]);
        return sum;
    }

    /** Baseline: the mid tick rule alone. */
    @Benchmark
    @OperationsPerInvocation(TICKS)
    public long classifyOnly() {
        MidTickRule r = new MidTickRule();
        long sum = 0;
        for (int i = 0; i < TICKS; i++) sum += r.classify(asks[i], bids[i], askSizes[i], bidSizes[i]);
        return sum;
    }

    /** Baseline: the foundation's 1-minute time-bar aggregation of the same ticks. */
    @Benchmark
    @OperationsPerInvocation(TICKS)
    public long timeBarAggregation() {
        closed[0] = 0;
        TimeBarAggregator agg = new TimeBarAggregator(BarClock.fixed(60_000), false, bar -> closed[0]++);
        Tick t = new Tick(1);
        for (int i = 0; i < TICKS; i++) agg.onTick(t.set(times[i], asks[i], bids[i], askSizes[i], bidSizes[i]));
        agg.flush();
        return closed[0];
    }

    /** ta4j 0.15: VWAP(14) and on-balance volume over every 1-minute bar of the same data (fresh indicators, no cache). */
    @Benchmark
    @OperationsPerInvocation(TICKS)
    public void ta4jVwapAndObv(Blackhole bh) {
        VWAPIndicator vwap = new VWAPIndicator(series, 14);
        OnBalanceVolumeIndicator obv = new OnBalanceVolumeIndicator(series);
        for (int i = series.getBeginIndex(); i <= series.getEndIndex(); i++) {
            bh.consume(vwap.getValue(i));
            bh.consume(obv.getValue(i));
        }
    }
}
