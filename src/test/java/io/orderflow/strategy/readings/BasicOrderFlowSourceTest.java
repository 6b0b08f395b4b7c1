package io.orderflow.strategy.readings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.orderflow.data.DirectoryBi5Source;
import io.orderflow.data.DukascopyTickStream;
import io.orderflow.data.ProblemLog;
import io.orderflow.market.Bar;
import io.orderflow.market.BarClock;
import io.orderflow.market.InstrumentSpec;
import io.orderflow.market.Instruments;
import io.orderflow.market.SessionAnchor;
import io.orderflow.market.Tick;
import io.orderflow.market.TimeBarAggregator;
import io.orderflow.strategy.config.StrategyConfig;
import io.orderflow.testing.TestData;

/**
 * Differential test on real ticks: the streaming readings of {@link BasicOrderFlowSource} equal a slow
 * recomputation from the full tick list of every bar and session (delta, OFI, their z-scores,
 * session cumulative delta and its slope, queue imbalance, POC and value area, divergence).
 */
class BasicOrderFlowSourceTest {

    @ParameterizedTest
    @CsvSource({"EURUSD, 2019-02-04, 2019-02-06, 300, 1.0", "GBPJPY, 2012-12-02, 2012-12-08, 900, 2.0"})
    void streamingReadingsEqualASlowRecomputation(String symbol, String from, String to, int periodSeconds,
                                                 double rowPips) throws Exception {
        Path root = TestData.dukascopyBi5();
        InstrumentSpec spec = Instruments.of(symbol);
        StrategyConfig config = StrategyConfig.builder().set("instrument", symbol)
                .set("account.quoteToAccountRate", 0.01).set("bars.periodSeconds", periodSeconds)
                .set("orderflow.profileRowPips", rowPips).set("orderflow.zWindow", 30)
                .set("orderflow.cumDeltaSlopeBars", 6).set("orderflow.divergenceBars", 12).build();
        long fromMs = LocalDate.parse(from).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        long toMs = LocalDate.parse(to).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        List<Tick> ticks = new ArrayList<>();
        try (DukascopyTickStream s = new DukascopyTickStream(new DirectoryBi5Source(root), spec, fromMs, toMs,
                ProblemLog.failing())) {
            Tick t = new Tick(1);
            while (s.next(t)) ticks.add(new Tick(1).copyFrom(t));
        }

        // streaming
        BasicOrderFlowSource source = new BasicOrderFlowSource(config);
        List<OrderFlowSnapshot> got = new ArrayList<>();
        List<Bar> bars = new ArrayList<>();
        TimeBarAggregator agg = new TimeBarAggregator(BarClock.fixed(periodSeconds * 1000L), false, bar -> {
            OrderFlowSnapshot s = new OrderFlowSnapshot();
            source.onBar(bar, s);
            got.add(s);
            bars.add(bar);
        });
        for (Tick t : ticks) {
            agg.onTick(t);
            source.onTick(t);
        }
        agg.flush();

        // slow: per-tick signs and OFI contributions
        int n = ticks.size();
        int[] sign = new int[n];
        double[] e = new double[n];
        for (int i = 1; i < n; i++) {
            Tick a = ticks.get(i - 1);
            Tick b = ticks.get(i);
            sign[i] = Long.signum(b.midTimes2() - a.midTimes2());
            e[i] = (b.bid() >= a.bid() ? b.bidVolume() : 0) - (b.bid() <= a.bid() ? a.bidVolume() : 0)
                    - (b.ask() <= a.ask() ? b.askVolume() : 0) + (b.ask() >= a.ask() ? a.askVolume() : 0);
        }
        int nb = bars.size();
        double[] delta = new double[nb];
        double[] ofi = new double[nb];
        double[] imb = new double[nb];
        double[] cum = new double[nb];
        long[] session = new long[nb];
        int[] lastTick = new int[nb];
        int bi = 0;
        int inBar = 0;
        for (int i = 0; i < n; i++) {
            long t = ticks.get(i).timeMs();
            while (t >= bars.get(bi).endMs()) {
                imb[bi] /= Math.max(1, inBar);
                bi++;
                inBar = 0;
            }
            delta[bi] += sign[i];
            ofi[bi] += e[i];
            Tick k = ticks.get(i);
            double depth = k.bidVolume() + k.askVolume();
            if (depth > 0) {
                imb[bi] += (k.bidVolume() - k.askVolume()) / depth;
                inBar++;
            }
            lastTick[bi] = i;
        }
        imb[bi] /= Math.max(1, inBar);

        long rowPoints = Math.round(rowPips * spec.pointsPerPip());
        int z = 30;
        // session profile and cumulative delta, grown tick by tick (TreeMap of rows), reset when the session changes
        TreeMap<Long, Double> rows = new TreeMap<>();
        double c = 0;
        long currentSession = Long.MIN_VALUE;
        int next = 0;
        for (int b = 0; b < nb; b++) {
            int last = lastTick[b];
            for (; next <= last; next++) {
                long ts = SessionAnchor.FX_NEW_YORK.sessionStart(ticks.get(next).timeMs());
                if (ts != currentSession) {
                    currentSession = ts;
                    rows.clear();
                    c = 0;
                }
                c += sign[next];
                rows.merge(Math.floorDiv(Math.floorDiv(ticks.get(next).midTimes2(), 2), rowPoints), 1.0, Double::sum);
            }
            long sess = currentSession;
            session[b] = sess;
            cum[b] = c;
            OrderFlowSnapshot s = got.get(b);
            String at = symbol + " bar " + b + " " + bars.get(b).startMs();
            assertEquals(delta[b], s.delta, 1e-9, at + " delta");
            assertEquals(ofi[b], s.ofi, 1e-6, at + " ofi");
            assertEquals(imb[b], s.imbalance, 1e-9, at + " imbalance");
            assertEquals(slowZ(delta, b, z), s.deltaZ, 1e-7, at + " delta z");
            assertEquals(slowZ(ofi, b, z), s.ofiZ, 1e-7, at + " ofi z");
            assertEquals(b >= z, s.ready, at + " ready");
            assertEquals(c, s.cumDelta, 1e-9, at + " cumulative delta");
            assertEquals(slowSlope(cum, session, b, 6, delta[b]), s.cumDeltaSlope, 1e-9, at + " slope");
            long[] va = slowValueArea(rows, 0.70);
            assertEquals(va[0] * rowPoints + rowPoints / 2, s.pocPoints, at + " POC");
            assertEquals(va[1] * rowPoints + rowPoints / 2, s.valPoints, at + " VAL");
            assertEquals(va[2] * rowPoints + rowPoints / 2, s.vahPoints, at + " VAH");
            assertEquals(slowDivergence(bars, cum, session, b, 12), s.divergence, at + " divergence");
        }
        assertTrue(nb > 400, "bars " + nb);
        long divergences = got.stream().filter(x -> x.divergence != 0).count();
        long sessions = java.util.Arrays.stream(session).distinct().count();
        long strong = got.stream().filter(x -> Math.abs(x.deltaZ) > 2).count();
        assertTrue(divergences > 0 && sessions >= 2 && strong > 0,
                "the data must exercise divergences, session resets and large z-scores: " + divergences + " "
                        + sessions + " " + strong);
    }

    static double slowZ(double[] x, int i, int w) {
        int from = Math.max(0, i - w);
        int k = i - from;
        if (k < 2) return 0;
        double mean = 0;
        for (int j = from; j < i; j++) mean += x[j];
        mean /= k;
        double var = 0;
        for (int j = from; j < i; j++) var += (x[j] - mean) * (x[j] - mean);
        var /= k;
        return var <= 1e-12 * (1 + mean * mean) ? 0 : (x[i] - mean) / Math.sqrt(var);
    }

    /** Ordinary least squares slope of cum over the trailing bars of the same session (at most {@code s}). */
    static double slowSlope(double[] cum, long[] session, int b, int s, double barDelta) {
        List<Double> ys = new ArrayList<>();
        for (int j = b; j >= 0 && j > b - s && session[j] == session[b]; j--) ys.add(0, cum[j]);
        int n = ys.size();
        if (n < 2) return barDelta;
        double mx = (n - 1) / 2.0;
        double my = 0;
        for (double y : ys) my += y;
        my /= n;
        double num = 0;
        double den = 0;
        for (int k = 0; k < n; k++) {
            num += (k - mx) * (ys.get(k) - my);
            den += (k - mx) * (k - mx);
        }
        return num / den;
    }

    /** {POC row, VAL row, VAH row}: POC lowest among ties; grow one row toward the larger side, ties up. */
    static long[] slowValueArea(TreeMap<Long, Double> rows, double share) {
        double total = 0;
        long poc = rows.firstKey();
        for (Map.Entry<Long, Double> en : rows.entrySet()) {
            total += en.getValue();
            if (en.getValue() > rows.get(poc)) poc = en.getKey();
        }
        long lo = poc;
        long hi = poc;
        double in = rows.get(poc);
        while (in < share * total && (lo > rows.firstKey() || hi < rows.lastKey())) {
            double up = hi < rows.lastKey() ? rows.getOrDefault(hi + 1, 0.0) : -1;
            double down = lo > rows.firstKey() ? rows.getOrDefault(lo - 1, 0.0) : -1;
            if (up >= down) {
                hi++;
                in += up;
            } else {
                lo--;
                in += down;
            }
        }
        return new long[] {poc, lo, hi};
    }

    static int slowDivergence(List<Bar> bars, double[] cum, long[] session, int b, int n) {
        if (b < n) return 0;
        long hi = bars.get(b).bidHigh() + bars.get(b).askHigh();
        long lo = bars.get(b).bidLow() + bars.get(b).askLow();
        long maxHigh = Long.MIN_VALUE;
        long minLow = Long.MAX_VALUE;
        double maxCum = Double.NEGATIVE_INFINITY;
        double minCum = Double.POSITIVE_INFINITY;
        int same = 0;
        for (int j = b - n; j < b; j++) {
            maxHigh = Math.max(maxHigh, bars.get(j).bidHigh() + bars.get(j).askHigh());
            minLow = Math.min(minLow, bars.get(j).bidLow() + bars.get(j).askLow());
            if (session[j] == session[b]) {
                same++;
                maxCum = Math.max(maxCum, cum[j]);
                minCum = Math.min(minCum, cum[j]);
            }
        }
        boolean newHigh = hi > maxHigh;
        boolean newLow = lo < minLow;
        if (newHigh == newLow || same < 2) return 0;
        if (newHigh && cum[b] < maxCum) return -1;
        if (newLow && cum[b] > minCum) return 1;
        return 0;
    }
}
