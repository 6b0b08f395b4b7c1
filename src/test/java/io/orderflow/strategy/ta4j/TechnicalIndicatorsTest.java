package io.orderflow.strategy.ta4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.orderflow.market.Bar;
import io.orderflow.market.BarClock;
import io.orderflow.market.Tick;
import io.orderflow.market.TimeBarAggregator;
import io.orderflow.strategy.ScenarioData;
import io.orderflow.strategy.config.PriceSide;
import io.orderflow.strategy.config.StrategyConfig;

/**
 * The ta4j indicators the setups read, on a bounded series (100 bars kept of 576), equal a slow
 * recomputation over the full bar history with the formulas ta4j 0.15 uses (EMA and Wilder averages
 * seeded with the first value, Donchian over the previous n bars, crosses as ta4j's CrossIndicator).
 */
class TechnicalIndicatorsTest {

    static List<Bar> eurusdBars(int periodSeconds) throws Exception {
        List<Bar> bars = new ArrayList<>();
        TimeBarAggregator agg = new TimeBarAggregator(BarClock.fixed(periodSeconds * 1000L), false, bars::add);
        for (Tick t : ScenarioData.eurusd()) agg.onTick(t);
        agg.flush();
        return bars;
    }

    @Test
    void boundedTa4jSeriesMatchesFullHistoryFormulas() throws Exception {
        List<Bar> bars = eurusdBars(300);
        StrategyConfig c = StrategyConfig.builder().set("ta.maxBars", 100).set("orderflow.zWindow", 20)
                .set("orderflow.divergenceBars", 10).set("trend.adxMin", 10).set("trend.macdFilter", true)
                .build();
        BarSeriesFeed feed = new BarSeriesFeed("EURUSD", PriceSide.BID, 100);
        TechnicalIndicators ta = new TechnicalIndicators(feed.series(), c);
        int n = bars.size();
        double[] h = new double[n];
        double[] l = new double[n];
        double[] cl = new double[n];
        for (int i = 0; i < n; i++) {
            h[i] = bars.get(i).bidHigh();
            l[i] = bars.get(i).bidLow();
            cl[i] = bars.get(i).bidClose();
        }
        double[] tr = new double[n];
        double[] pdm = new double[n];
        double[] mdm = new double[n];
        double[] gain = new double[n];
        double[] loss = new double[n];
        for (int i = 0; i < n; i++) {
            if (i == 0) {
                tr[i] = h[i] - l[i];
                continue;
            }
            tr[i] = Math.max(h[i] - l[i], Math.max(Math.abs(h[i] - cl[i - 1]), Math.abs(cl[i - 1] - l[i])));
            double up = h[i] - h[i - 1];
            double down = l[i - 1] - l[i];
            pdm[i] = up > down && up > 0 ? up : 0;
            mdm[i] = down > up && down > 0 ? down : 0;
            gain[i] = Math.max(0, cl[i] - cl[i - 1]);
            loss[i] = Math.max(0, cl[i - 1] - cl[i]);
        }
        double[] atr = wilder(tr, 14);
        double[] pdi = div(wilder(pdm, 14), atr);
        double[] mdi = div(wilder(mdm, 14), atr);
        double[] dx = new double[n];
        for (int i = 0; i < n; i++) {
            dx[i] = pdi[i] + mdi[i] == 0 ? 0 : Math.abs(pdi[i] - mdi[i]) / (pdi[i] + mdi[i]) * 100;
        }
        double[] adx = wilder(dx, 14);
        double[] avgGain = wilder(gain, 14);
        double[] avgLoss = wilder(loss, 14);
        double[] emaFast = ema(cl, 9);
        double[] emaSlow = ema(cl, 21);
        double[] macd = new double[n];
        double[] m12 = ema(cl, 12);
        double[] m26 = ema(cl, 26);
        for (int i = 0; i < n; i++) macd[i] = m12[i] - m26[i];

        int crosses = 0;
        for (int i = 0; i < n; i++) {
            if (bars.get(0).bidHigh() == bars.get(0).bidLow()) throw new IllegalStateException("first bar flat");
            int index = feed.add(bars.get(i));
            assertEquals(i, index);
            ta.update(index);
            String at = "bar " + i;
            assertEquals(atr[i], ta.atr(), 1e-6 * (1 + atr[i]), at + " ATR");
            assertEquals(adx[i], ta.adx(), 1e-6, at + " ADX");
            assertEquals(macd[i], ta.macd(), 1e-6, at + " MACD");
            double rsi = avgLoss[i] == 0 ? (avgGain[i] == 0 ? 0 : 100) : 100 - 100 / (1 + avgGain[i] / avgLoss[i]);
            assertEquals(rsi, ta.rsi(), 1e-6, at + " RSI");
            assertEquals(emaFast[i], ta.emaFast(index), 1e-6, at + " EMA fast");
            assertEquals(emaSlow[i], ta.emaSlow(index), 1e-6, at + " EMA slow");
            double hi = Double.NEGATIVE_INFINITY;
            double lo = Double.POSITIVE_INFINITY;
            int from = i == 0 ? 0 : Math.max(0, i - 1 - 20 + 1);
            int to = i == 0 ? 0 : i - 1;
            for (int k = from; k <= to; k++) {
                hi = Math.max(hi, h[k]);
                lo = Math.min(lo, l[k]);
            }
            assertEquals(hi, ta.donchianUpper(index), 0, at + " Donchian upper");
            assertEquals(lo, ta.donchianLower(index), 0, at + " Donchian lower");
            boolean up = crossedUp(emaFast, emaSlow, i);
            boolean down = crossedUp(emaSlow, emaFast, i);
            assertEquals(up, ta.longTrigger().isSatisfied(index), at + " EMA cross up");
            assertEquals(down, ta.shortTrigger().isSatisfied(index), at + " EMA cross down");
            if (up || down) crosses++;
        }
        assertEquals(100, feed.series().getBarCount());
        assertTrue(crosses > 10, "crosses " + crosses);
    }

    /** Filters read only now and then (as when signals are rare) still equal the full-history values. */
    @Test
    void sparselyReadFiltersStayExactOnABoundedSeries() throws Exception {
        List<Bar> bars = eurusdBars(300);
        StrategyConfig c = StrategyConfig.builder().set("ta.maxBars", 100).set("orderflow.zWindow", 20)
                .set("orderflow.divergenceBars", 10).set("trend.adxMin", 10).build();
        BarSeriesFeed feed = new BarSeriesFeed("EURUSD", PriceSide.BID, 100);
        TechnicalIndicators ta = new TechnicalIndicators(feed.series(), c);
        int n = bars.size();
        double[] h = new double[n];
        double[] l = new double[n];
        double[] cl = new double[n];
        for (int i = 0; i < n; i++) {
            h[i] = bars.get(i).bidHigh();
            l[i] = bars.get(i).bidLow();
            cl[i] = bars.get(i).bidClose();
        }
        double[] adx = io.orderflow.strategy.SlowReference.adx(h, l, cl, 14);
        double[] gain = new double[n];
        double[] loss = new double[n];
        for (int i = 1; i < n; i++) {
            gain[i] = Math.max(0, cl[i] - cl[i - 1]);
            loss[i] = Math.max(0, cl[i - 1] - cl[i]);
        }
        double[] g = wilder(gain, 14);
        double[] lo = wilder(loss, 14);
        java.util.Random r = io.orderflow.testing.Seeds.random(5);
        int nextRead = 0;
        int reads = 0;
        for (int i = 0; i < n; i++) {
            ta.update(feed.add(bars.get(i)));
            if (i == nextRead) {
                double rsi = lo[i] == 0 ? (g[i] == 0 ? 0 : 100) : 100 - 100 / (1 + g[i] / lo[i]);
                assertEquals(adx[i], ta.adx(), 1e-6, "bar " + i + " ADX");
                assertEquals(rsi, ta.rsi(), 1e-6, "bar " + i + " RSI");
                nextRead = i + 1 + r.nextInt(60); // gaps longer than the keep-alive (25 bars)
                reads++;
            }
        }
        assertTrue(reads > 10);
    }

    @Test
    void percentBMatchesBollingerFormula() throws Exception {
        List<Bar> bars = eurusdBars(300);
        StrategyConfig c = StrategyConfig.builder().set("ta.maxBars", 100).set("orderflow.zWindow", 20)
                .set("orderflow.divergenceBars", 10).set("reversion.oscillator", "PERCENT_B").build();
        BarSeriesFeed feed = new BarSeriesFeed("EURUSD", PriceSide.MID, 100);
        TechnicalIndicators ta = new TechnicalIndicators(feed.series(), c);
        double[] cl = new double[bars.size()];
        for (int i = 0; i < bars.size(); i++) {
            cl[i] = (bars.get(i).bidClose() + bars.get(i).askClose()) / 2.0;
            int index = feed.add(bars.get(i));
            ta.update(index);
            int from = Math.max(0, i - 19);
            double mean = 0;
            for (int k = from; k <= i; k++) mean += cl[k];
            mean /= i - from + 1;
            double var = 0;
            for (int k = from; k <= i; k++) var += (cl[k] - mean) * (cl[k] - mean);
            double sd = Math.sqrt(var / (i - from + 1));
            double expected = sd == 0 ? Double.NaN : (cl[i] - (mean - 2 * sd)) / (4 * sd);
            assertEquals(expected, ta.percentB(), 1e-6, "bar " + i);
        }
    }

    @Test
    void donchianBreakoutTriggerFiresWhenTheCloseLeavesThePriorRange() throws Exception {
        List<Bar> bars = eurusdBars(300);
        StrategyConfig c = StrategyConfig.builder().set("trend.trigger", "DONCHIAN_BREAKOUT")
                .set("trend.donchianPeriod", 12).build();
        BarSeriesFeed feed = new BarSeriesFeed("EURUSD", PriceSide.BID, 400);
        TechnicalIndicators ta = new TechnicalIndicators(feed.series(), c);
        int fired = 0;
        for (int i = 0; i < bars.size(); i++) {
            int index = feed.add(bars.get(i));
            ta.update(index);
            boolean expectUp = i >= 2 && bars.get(i).bidClose() > priorHigh(bars, i, 12)
                    && !(bars.get(i - 1).bidClose() > priorHigh(bars, i - 1, 12));
            boolean expectDown = i >= 2 && bars.get(i).bidClose() < priorLow(bars, i, 12)
                    && !(bars.get(i - 1).bidClose() < priorLow(bars, i - 1, 12));
            assertEquals(expectUp, ta.longTrigger().isSatisfied(index), "bar " + i + " breakout up");
            assertEquals(expectDown, ta.shortTrigger().isSatisfied(index), "bar " + i + " breakout down");
            if (expectUp || expectDown) fired++;
        }
        assertTrue(fired > 5, "breakouts " + fired);
    }

    private static long priorHigh(List<Bar> bars, int i, int n) {
        long hi = Long.MIN_VALUE;
        for (int k = Math.max(0, i - n); k < i; k++) hi = Math.max(hi, bars.get(k).bidHigh());
        return hi;
    }

    private static long priorLow(List<Bar> bars, int i, int n) {
        long lo = Long.MAX_VALUE;
        for (int k = Math.max(0, i - n); k < i; k++) lo = Math.min(lo, bars.get(k).bidLow());
        return lo;
    }

    /** ta4j's CrossIndicator(up = b, low = a): a crosses above b at i. */
    static boolean crossedUp(double[] a, double[] b, int i) {
        if (i == 0 || b[i] >= a[i]) return false;
        int k = i - 1;
        if (b[k] > a[k]) return true;
        while (k > 0 && b[k] == a[k]) k--;
        return k != 0 && b[k] > a[k];
    }

    /** Wilder's average as ta4j's MMAIndicator: seeded with the first value, then 1/n smoothing. */
    static double[] wilder(double[] x, int n) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) out[i] = i == 0 ? x[0] : out[i - 1] + (x[i] - out[i - 1]) / n;
        return out;
    }

    static double[] ema(double[] x, int n) {
        double k = 2.0 / (n + 1);
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) out[i] = i == 0 ? x[0] : (x[i] - out[i - 1]) * k + out[i - 1];
        return out;
    }

    static double[] div(double[] a, double[] b) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) out[i] = a[i] / b[i] * 100;
        return out;
    }
}
