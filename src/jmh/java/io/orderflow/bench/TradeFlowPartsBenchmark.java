package io.orderflow.bench;

import java.time.Instant;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import io.orderflow.data.DirectoryBi5Source;
import io.orderflow.data.DukascopyTickStream;
import io.orderflow.data.ProblemLog;
import io.orderflow.flow.AggressorMethod;
import io.orderflow.flow.CumulativeDelta;
import io.orderflow.flow.DeltaBarCalculator;
import io.orderflow.flow.DeltaReset;
import io.orderflow.flow.Footprint;
import io.orderflow.flow.FootprintSettings;
import io.orderflow.flow.MidTickRule;
import io.orderflow.flow.QuoteVolumeProxy;
import io.orderflow.flow.TradeFlow;
import io.orderflow.flow.VolumeProxy;
import io.orderflow.market.BarClock;
import io.orderflow.market.Instruments;
import io.orderflow.market.SessionAnchor;
import io.orderflow.market.Tick;
import io.orderflow.profile.SessionVolumeProfile;

/**
 * Where the per-tick time of the trade-flow update goes: each part alone over the same 16,384
 * EURUSD ticks (London open, 2019-02-04; input in cache), sides and prices precomputed where the
 * part does not classify. Complements {@link TradeFlowBenchmark}.
 *
 * <p>Run: {@code mvn -B -Pbench -DskipTests test-compile exec:exec
 * -Djmh.args="TradeFlowParts -f 1 -wi 3 -i 5 -r 1s"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class TradeFlowPartsBenchmark {
    static final int N = 16_384;

    final long[] times = new long[N];
    final long[] asks = new long[N];
    final long[] bids = new long[N];
    final double[] askSizes = new double[N];
    final double[] bidSizes = new double[N];
    final int[] sides = new int[N];
    final long[] prices = new long[N];

    final MidTickRule rule = new MidTickRule();
    final QuoteVolumeProxy proxy = new QuoteVolumeProxy(VolumeProxy.TICK_COUNT);
    final DeltaBarCalculator delta = new DeltaBarCalculator(AggressorMethod.MID_TICK_RULE, VolumeProxy.TICK_COUNT,
            DeltaReset.FX_DAY);
    final CumulativeDelta cumulative = new CumulativeDelta(DeltaReset.FX_DAY);
    final Footprint footprint = new Footprint(FootprintSettings.rows(10), 64);
    final SessionVolumeProfile profile = new SessionVolumeProfile(SessionAnchor.FX_NEW_YORK, 10);
    final long[] closed = new long[1];
    final TradeFlow minuteBars = flow().timeBars(BarClock.fixed(60_000), bar -> closed[0]++).build();
    final TradeFlow minuteBarsNoValueArea = flow().developingValueArea(false)
            .timeBars(BarClock.fixed(60_000), bar -> closed[0]++).build();
    final TradeFlow minuteBarsNoFootprint = flow().footprint(null).timeBars(BarClock.fixed(60_000), bar -> closed[0]++)
            .build();
    final TradeFlow oneBar = flow().timeBars(BarClock.tradingDays(SessionAnchor.FX_NEW_YORK), bar -> closed[0]++).build();

    private static TradeFlow.Builder flow() {
        return TradeFlow.forQuotes(AggressorMethod.MID_TICK_RULE, VolumeProxy.TICK_COUNT, 10);
    }

    @Setup
    public void load() throws Exception {
        long from = Instant.parse("2019-02-04T08:00:00Z").toEpochMilli();
        try (DukascopyTickStream s = new DukascopyTickStream(
                new DirectoryBi5Source(TradeFlowBenchmark.dataRoot().resolve("dukascopy/bi5")), Instruments.of("EURUSD"),
                from, from + 86_400_000L, ProblemLog.failing())) {
            Tick t = new Tick(1);
            MidTickRule r = new MidTickRule();
            for (int i = 0; i < N && s.next(t); i++) {
                times[i] = t.timeMs();
                asks[i] = t.ask();
                bids[i] = t.bid();
                askSizes[i] = t.askVolume();
                bidSizes[i] = t.bidVolume();
                sides[i] = r.classify(t.ask(), t.bid(), t.askVolume(), t.bidVolume());
                prices[i] = sides[i] > 0 ? t.ask() : t.bid();
            }
        }
    }

    /** Mid tick rule, tick-count volume and aggressor-side price. */
    @Benchmark
    @OperationsPerInvocation(N)
    public double classifyVolumePrice() {
        rule.reset();
        double sum = 0;
        for (int i = 0; i < N; i++) {
            int side = rule.classify(asks[i], bids[i], askSizes[i], bidSizes[i]);
            double v = proxy.volume(asks[i], bids[i], askSizes[i], bidSizes[i]);
            long p = side > 0 ? asks[i] : bids[i];
            sum += side * v + p;
        }
        return sum;
    }

    /** Cumulative delta alone (FX-day reset). */
    @Benchmark
    @OperationsPerInvocation(N)
    public double cumulativeDelta() {
        cumulative.reset();
        for (int i = 0; i < N; i++) cumulative.add(times[i], sides[i]);
        return cumulative.value();
    }

    /** Per-bar delta with its cumulative delta, one bar. */
    @Benchmark
    @OperationsPerInvocation(N)
    public double deltaBar() {
        delta.reset();
        for (int i = 0; i < N; i++) delta.add(times[i], prices[i], 1, sides[i]);
        return delta.delta();
    }

    /** Footprint rows of one pip, one bar. */
    @Benchmark
    @OperationsPerInvocation(N)
    public int footprintRow() {
        footprint.clear();
        for (int i = 0; i < N; i++) footprint.add(prices[i], 1, sides[i]);
        return footprint.rowCount();
    }

    /** Session profile rows of one pip, with the naked-POC check. */
    @Benchmark
    @OperationsPerInvocation(N)
    public long profileRow() {
        profile.reset();
        for (int i = 0; i < N; i++) profile.add(times[i], prices[i], 1, sides[i]);
        return profile.sessionStartMs();
    }

    private double replay(TradeFlow f) {
        f.reset();
        for (int i = 0; i < N; i++) f.onQuote(times[i], asks[i], bids[i], askSizes[i], bidSizes[i]);
        f.flush();
        return f.cumulativeDelta();
    }

    /** The whole update without bar closes (one bar for the slice): the per-tick path. */
    @Benchmark
    @OperationsPerInvocation(N)
    public double fullNoBarClose() {
        return replay(oneBar);
    }

    /** The whole update with 1-minute bars (about 90 ticks a bar here): per-tick path plus bar closes. */
    @Benchmark
    @OperationsPerInvocation(N)
    public double fullMinuteBars() {
        return replay(minuteBars);
    }

    /** As {@link #fullMinuteBars} without the developing value area at bar close. */
    @Benchmark
    @OperationsPerInvocation(N)
    public double fullMinuteBarsNoValueArea() {
        return replay(minuteBarsNoValueArea);
    }

    /** As {@link #fullMinuteBars} without the footprint. */
    @Benchmark
    @OperationsPerInvocation(N)
    public double fullMinuteBarsNoFootprint() {
        return replay(minuteBarsNoFootprint);
    }
}
