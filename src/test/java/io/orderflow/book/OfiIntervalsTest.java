package io.orderflow.book;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.orderflow.data.DirectoryBi5Source;
import io.orderflow.data.DukascopyTickStream;
import io.orderflow.data.ProblemLog;
import io.orderflow.market.Instruments;
import io.orderflow.market.Tick;
import io.orderflow.market.TickColumns;
import io.orderflow.testing.TestData;
import io.orderflow.testing.Seeds;

class OfiIntervalsTest {
    private static final class Collected implements OfiIntervalSink {
        final List<double[]> rows = new ArrayList<>();

        @Override
        public void onInterval(long startMs, long endMs, double ofi, double midChangePoints, double averageDepth, int ticks) {
            rows.add(new double[] {startMs, endMs, ofi, midChangePoints, averageDepth, ticks});
        }
    }

    @Test
    void intervalsSumContributionsAndTileTheMidPath() {
        Collected c = new Collected();
        OfiIntervals iv = OfiIntervals.ofPeriod(10_000, c);
        Tick t = new Tick(1);
        iv.onTick(t.set(1_000, 102, 100, 4, 2));   // reference, mid 101
        iv.onTick(t.set(5_000, 102, 100, 6, 3));   // e = +1 - 2 = -1
        iv.onTick(t.set(12_000, 103, 101, 5, 1));  // next interval: bid up +1, ask up +6 -> +7, mid 102
        iv.onTick(t.set(45_000, 103, 100, 5, 2));  // 40 s interval (20 and 30 empty): bid down -1, ask same 0 -> -1, mid 101.5
        iv.flush();
        assertEquals(3, c.rows.size());
        assertEquals(-1.0, c.rows.get(0)[2], 0.0);
        assertEquals(0.0, c.rows.get(0)[3], 0.0);
        assertEquals((3 + 4.5) / 2, c.rows.get(0)[4], 0.0);
        assertEquals(2.0, c.rows.get(0)[5], 0.0);
        assertEquals(7.0, c.rows.get(1)[2], 0.0);
        assertEquals(1.0, c.rows.get(1)[3], 0.0);
        assertEquals(40_000.0, c.rows.get(2)[0], 0.0);
        assertEquals(50_000.0, c.rows.get(2)[1], 0.0);
        assertEquals(-1.0, c.rows.get(2)[2], 0.0);
        assertEquals(-0.5, c.rows.get(2)[3], 0.0);
        assertEquals(-0.5, iv.lastMidChangePoints(), 0.0);
        assertEquals(-1.0 / 3.5, iv.lastNormalizedOfi(), 1e-15);
        assertEquals(1.0 / 7.0, iv.lastDepthImpliedImpact(), 1e-15);
        assertEquals(5.0, iv.cumulativeOfi(), 0.0);
    }

    @Test
    void manualIntervalsCannotBeFlushedAndClockIntervalsCannotBeClosedByHand() {
        assertThrows(IllegalStateException.class, () -> new OfiIntervals((OfiIntervalSink) null).flush());
        assertThrows(IllegalStateException.class, () -> OfiIntervals.ofPeriod(1000, null).endInterval(5));
    }

    private static List<ReferenceOfi.Quote> randomQuotes(long seed, int n) {
        Random r = Seeds.random(seed);
        List<ReferenceOfi.Quote> q = new ArrayList<>();
        long time = 0, bid = 100_000;
        for (int i = 0; i < n; i++) {
            time += r.nextInt(4) == 0 ? r.nextInt(60_000) : r.nextInt(3_000);
            bid += r.nextInt(5) - 2;
            long ask = bid + 1 + r.nextInt(3);
            q.add(new ReferenceOfi.Quote(time, bid, 0.5 * (1 + r.nextInt(10)), ask, 0.5 * (1 + r.nextInt(10))));
        }
        return q;
    }

    private static void assertMatchesReference(List<ReferenceOfi.Quote> quotes, long period, String what) {
        Collected c = new Collected();
        OfiIntervals iv = OfiIntervals.ofPeriod(period, c);
        Tick t = new Tick(1);
        for (ReferenceOfi.Quote q : quotes) iv.onTick(t.set(q.timeMs(), q.ask(), q.bid(), q.askSize(), q.bidSize()));
        iv.flush();
        List<ReferenceOfi.Interval> ref = ReferenceOfi.intervals(quotes, period);
        assertEquals(ref.size(), c.rows.size(), what);
        for (int i = 0; i < ref.size(); i++) {
            double[] row = c.rows.get(i);
            ReferenceOfi.Interval e = ref.get(i);
            String m = what + " interval " + i;
            assertEquals(e.startMs(), (long) row[0], m);
            assertEquals(e.ofi(), row[2], 1e-9, m);
            assertEquals(e.midChange(), row[3], 0.0, m);
            assertEquals(e.averageDepth(), row[4], 1e-12, m);
            assertEquals(e.ticks(), (int) row[5], m);
        }
    }

    @Test
    void streamingIntervalsMatchTheReferenceOnRandomQuotes() {
        for (long seed = 1; seed <= 5; seed++) {
            assertMatchesReference(randomQuotes(seed, 20_000), 10_000, "seed " + seed);
        }
    }

    static List<ReferenceOfi.Quote> eurusdDay(String day) throws Exception {
        Path root = TestData.require("dukascopy/bi5");
        long from = Instant.parse(day + "T00:00:00Z").toEpochMilli();
        List<ReferenceOfi.Quote> q = new ArrayList<>();
        try (DukascopyTickStream s = new DukascopyTickStream(new DirectoryBi5Source(root), Instruments.of("EURUSD"), from,
                from + 86_400_000L, ProblemLog.failing())) {
            Tick t = new Tick(1);
            while (s.next(t)) q.add(new ReferenceOfi.Quote(t.timeMs(), t.bid(), t.bidVolume(), t.ask(), t.askVolume()));
        }
        return q;
    }

    @Test
    void streamingIntervalsMatchTheReferenceOnARealEurusdDay() throws Exception {
        List<ReferenceOfi.Quote> q = eurusdDay("2019-02-04");
        assertEquals(136_741, q.size());
        assertMatchesReference(q, 10_000, "EURUSD 2019-02-04 10 s");
        assertMatchesReference(q, 60_000, "EURUSD 2019-02-04 1 min");
    }

    @Test
    void perBarBatchGivesTheStreamingValuesOfEachBar() {
        List<ReferenceOfi.Quote> quotes = randomQuotes(42, 5_000);
        TickColumns cols = new TickColumns();
        for (ReferenceOfi.Quote q : quotes) cols.add(q.timeMs(), q.ask(), q.bid(), q.askSize(), q.bidSize());
        long period = 60_000;
        // Bars start at the third minute (the first ticks are warm-up) and stop before the end.
        long first = 2 * period;
        int nBars = (int) ((quotes.get(quotes.size() - 1).timeMs() - first) / period) - 3;
        long[] starts = new long[nBars];
        for (int b = 0; b < nBars; b++) starts[b] = first + b * period;
        long end = first + nBars * period;
        double[] ofi = new double[nBars], norm = new double[nBars], dm = new double[nBars];
        OfiIntervals.perBar(cols, starts, nBars, end, ofi, norm, dm);
        double[] beta = new double[nBars], tStat = new double[nBars], r2 = new double[nBars];
        OfiRegression.perBar(cols, starts, nBars, end, 30, beta, tStat, r2);
        double[] qiClose = new double[nBars];
        QueueImbalance.perBar(cols, starts, nBars, end, qiClose);

        // Streaming over the same ticks with clock intervals: equal wherever a bar has ticks.
        Collected c = new Collected();
        OfiIntervals iv = OfiIntervals.ofPeriod(period, c);
        OfiRegression reg = new OfiRegression(30);
        QueueImbalance qi = new QueueImbalance();
        Tick t = new Tick(1);
        int[] checked = {0};
        java.util.function.Consumer<double[]> check = row -> {
            if (row[0] < first) return;
            reg.onInterval((long) row[0], (long) row[1], row[2], row[3], row[4], (int) row[5]);
            int b = (int) ((row[0] - first) / period);
            String m = "bar " + b;
            assertEquals(row[2], ofi[b], 0.0, m);
            assertEquals(row[3], dm[b], 0.0, m);
            assertEquals(row[2] / row[4], norm[b], 0.0, m);
            assertEquals(reg.beta(), beta[b], 0.0, m);
            assertEquals(reg.betaTStat(), tStat[b], 0.0, m);
            assertEquals(reg.rSquared(), r2[b], 0.0, m);
            checked[0]++;
        };
        for (ReferenceOfi.Quote q : quotes) {
            if (q.timeMs() >= end) break;
            iv.onTick(t.set(q.timeMs(), q.ask(), q.bid(), q.askSize(), q.bidSize()));
            qi.onTick(t);
        }
        iv.flush();
        for (double[] row : c.rows) check.accept(row);
        assertTrue(checked[0] > nBars / 2, "checked " + checked[0] + " of " + nBars);
        // Bars without ticks: OFI 0, mid change 0, normalised NaN.
        for (int b = 0; b < nBars; b++) {
            long s = starts[b], e = s + period;
            boolean any = quotes.stream().anyMatch(q -> q.timeMs() >= s && q.timeMs() < e);
            if (!any) {
                assertEquals(0.0, ofi[b], 0.0);
                assertTrue(Double.isNaN(norm[b]));
            }
        }
        // Close imbalance of the last bar equals the last tick's imbalance before the end.
        ReferenceOfi.Quote lastIn = quotes.stream().filter(q -> q.timeMs() < end).reduce((a, b) -> b).orElseThrow();
        assertEquals(QueueImbalance.of(lastIn.bidSize(), lastIn.askSize()), qiClose[nBars - 1], 0.0);
        assertTrue(!Double.isNaN(beta[nBars - 1]));
        assertEquals(qi.value(), qiClose[nBars - 1], 0.0);
    }
}
