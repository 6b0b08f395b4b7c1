package io.orderflow.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Accuracy of each aggressor rule against Binance's own flag (buyer-is-maker) on every trade of the
 * two spot captures in the shared data (BTCUSDT 19,904 trades, ETHUSDT 14,515). Quotes are the
 * bookTicker updates; "lag 0" is the quote preceding each trade in arrival order, a lag of L ms the
 * last quote received at least L ms (capture clock) before the trade ({@link LaggedQuote}).
 *
 * <p>Prints the tables that docs/readme/trade-flow.md carries, and asserts the measured figures
 * within stated bounds: the data are fixed, so the bounds are tight (±0.3 percentage points per
 * trade, ±1 point per bar) and a change in a rule shows here.
 */
@Tag("slow")
class ClassifierAccuracyTest {

    /** Per-trade figures of one rule on one capture. */
    record Score(int trades, int classified, int correct, double volume, double correctVolume) {
        double coverage() { return (double) classified / trades; }
        double accuracy() { return (double) correct / trades; }
        double volumeAccuracy() { return correctVolume / volume; }
    }

    static Score score(BinanceCapture c, AggressorMethod m, long lagMs) {
        TradeClassifier rule = TradeClassifier.create(m);
        LaggedQuote q = new LaggedQuote(lagMs, 1 << 16);
        int trades = 0;
        int classified = 0;
        int correct = 0;
        double volume = 0;
        double correctVolume = 0;
        for (Object o : c.arrivals) {
            if (o instanceof BinanceCapture.BookQuote b) {
                q.onQuote(b.localMs(), b.bid(), b.ask());
                continue;
            }
            BinanceCapture.Trade t = (BinanceCapture.Trade) o;
            ReferenceTradeFlow.Print p = t.print();
            q.advanceTo(t.localMs());
            int side = rule.classify(p.price(), p.trueSide(), q.bid(), q.ask());
            trades++;
            volume += p.size();
            if (side != 0) classified++;
            if (side == p.trueSide()) {
                correct++;
                correctVolume += p.size();
            }
        }
        return new Score(trades, classified, correct, volume, correctVolume);
    }

    /**
     * Bar-level accuracy of the buy-volume share: per bar of {@code barMs} (capture clock),
     * {@code min(estBuy, trueBuy) + min(estSell, trueSell)} summed over bars, over all volume. Per-trade
     * rules estimate with their classified volume (unclassified volume counts as wrong); BVC splits
     * each bar's volume (σ over the last 100 bars, normal CDF — TradeFlow's defaults). Runs through
     * {@link TradeFlow}.
     */
    static double barAccuracy(BinanceCapture c, AggressorMethod m, long lagMs, long barMs) {
        TradeFlow flow = TradeFlow.forTrades(m, VolumeProxy.TRADED_SIZE, 1).sessionProfile(null).footprint(null)
                .divergenceLookback(0).quoteLag(lagMs, 1 << 16).build();
        long barStart = Long.MIN_VALUE;
        double trueBuy = 0;
        double trueSell = 0;
        List<double[]> bars = new ArrayList<>();
        for (Object o : c.arrivals) {
            if (o instanceof BinanceCapture.BookQuote b) {
                flow.onQuote(b.localMs(), b.ask(), b.bid(), b.askSize(), b.bidSize());
                continue;
            }
            BinanceCapture.Trade t = (BinanceCapture.Trade) o;
            long start = Math.floorDiv(t.localMs(), barMs) * barMs;
            if (start != barStart) {
                if (barStart != Long.MIN_VALUE) {
                    DeltaBar d = flow.closeBar(barStart + barMs).delta();
                    bars.add(new double[] {d.buyVolume(), d.sellVolume(), trueBuy, trueSell});
                }
                flow.beginBar(start);
                barStart = start;
                trueBuy = 0;
                trueSell = 0;
            }
            ReferenceTradeFlow.Print p = t.print();
            flow.onTrade(t.localMs(), p.price(), p.size(), p.trueSide());
            if (p.trueSide() > 0) trueBuy += p.size();
            else trueSell += p.size();
        }
        DeltaBar last = flow.closeBar(barStart + barMs).delta();
        bars.add(new double[] {last.buyVolume(), last.sellVolume(), trueBuy, trueSell});
        double total = 0;
        double correct = 0;
        for (double[] b : bars) {
            total += b[2] + b[3];
            correct += Math.min(b[0], b[2]) + Math.min(b[1], b[3]);
        }
        return correct / total;
    }

    /**
     * How well quote-only inference (all that FX allows) tracks the true traded delta: per bar of
     * {@code barMs} (capture clock), the delta inferred from bookTicker updates alone against the
     * true traded delta — the share of bars with a non-zero true delta whose signs agree, and the
     * Pearson correlation over all bars.
     */
    static double[] quoteOnlyAgreement(BinanceCapture c, AggressorMethod m, VolumeProxy proxy, long barMs) {
        Map<Long, double[]> bars = new LinkedHashMap<>();
        QuoteTickClassifier rule = QuoteTickClassifier.create(m);
        QuoteVolumeProxy vol = new QuoteVolumeProxy(proxy);
        for (BinanceCapture.BookQuote q : c.quotes) {
            int side = rule.classify(q.ask(), q.bid(), q.askSize(), q.bidSize());
            double v = vol.volume(q.ask(), q.bid(), q.askSize(), q.bidSize());
            bars.computeIfAbsent(Math.floorDiv(q.localMs(), barMs), k -> new double[2])[0] += side * v;
        }
        for (BinanceCapture.Trade t : c.trades) {
            bars.computeIfAbsent(Math.floorDiv(t.localMs(), barMs), k -> new double[2])[1] += t.print().trueSide()
                    * t.print().size();
        }
        int signed = 0;
        int agree = 0;
        int n = 0;
        double sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0;
        for (double[] b : bars.values()) {
            n++;
            sx += b[0];
            sy += b[1];
            sxx += b[0] * b[0];
            syy += b[1] * b[1];
            sxy += b[0] * b[1];
            if (b[1] != 0) {
                signed++;
                if (Math.signum(b[0]) == Math.signum(b[1])) agree++;
            }
        }
        double cov = sxy / n - (sx / n) * (sy / n);
        double corr = cov / Math.sqrt((sxx / n - (sx / n) * (sx / n)) * (syy / n - (sy / n) * (sy / n)));
        return new double[] {(double) agree / signed, corr};
    }

    private static final AggressorMethod[] RULES = {AggressorMethod.TICK_RULE, AggressorMethod.QUOTE_RULE,
            AggressorMethod.LEE_READY, AggressorMethod.EMO};
    private static final long[] LAGS = {0, 10, 50, 100, 1000, 5000};

    private static void near(double expectedPercent, double actual, double tolPoints, String what) {
        double pct = 100 * actual;
        assertTrue(Math.abs(pct - expectedPercent) <= tolPoints,
                String.format(Locale.ROOT, "%s: measured %.2f%%, expected %.1f%% ± %.1f", what, pct, expectedPercent, tolPoints));
    }

    @Test
    void classifierAccuracyOnBinanceSpotAgainstTheTrueAggressor() throws Exception {
        BinanceCapture btc = BinanceCapture.load("BTCUSDT");
        BinanceCapture eth = BinanceCapture.load("ETHUSDT");
        assertEquals(19_904, btc.trades.size());
        assertEquals(14_515, eth.trades.size());
        StringBuilder out = new StringBuilder();

        out.append("Per trade, quote = the bookTicker preceding the trade in arrival order:\n\n");
        out.append("| rule | BTCUSDT trades right | BTCUSDT volume right | ETHUSDT trades right | ETHUSDT volume right | classified |\n");
        out.append("|---|---|---|---|---|---|\n");
        Map<AggressorMethod, Score[]> arrival = new LinkedHashMap<>();
        for (AggressorMethod m : RULES) {
            Score a = score(btc, m, 0);
            Score b = score(eth, m, 0);
            arrival.put(m, new Score[] {a, b});
            out.append(String.format(Locale.ROOT, "| %s | %.1f%% | %.1f%% | %.1f%% | %.1f%% | %.1f%% / %.1f%% |%n",
                    m.label(), 100 * a.accuracy(), 100 * a.volumeAccuracy(), 100 * b.accuracy(), 100 * b.volumeAccuracy(),
                    100 * a.coverage(), 100 * b.coverage()));
        }

        out.append("\nPer trade, share of trades right with the quote lagged (BTCUSDT / ETHUSDT):\n\n| rule |");
        for (long lag : LAGS) out.append(" lag ").append(lag).append(" ms |");
        out.append("\n|---|");
        for (int i = 0; i < LAGS.length; i++) out.append("---|");
        out.append('\n');
        Map<AggressorMethod, double[][]> lagged = new LinkedHashMap<>();
        for (AggressorMethod m : new AggressorMethod[] {AggressorMethod.QUOTE_RULE, AggressorMethod.LEE_READY,
                AggressorMethod.EMO}) {
            double[][] r = new double[LAGS.length][2];
            out.append("| ").append(m.label()).append(" |");
            for (int k = 0; k < LAGS.length; k++) {
                r[k][0] = score(btc, m, LAGS[k]).accuracy();
                r[k][1] = score(eth, m, LAGS[k]).accuracy();
                out.append(String.format(Locale.ROOT, " %.1f / %.1f |", 100 * r[k][0], 100 * r[k][1]));
            }
            out.append('\n');
            lagged.put(m, r);
        }

        out.append("\nPer bar, volume-weighted accuracy of the buy/sell split (BTCUSDT / ETHUSDT):\n\n");
        out.append("| method | 1 s bars | 10 s bars | 60 s bars |\n|---|---|---|---|\n");
        long[] barMs = {1_000, 10_000, 60_000};
        Object[][] barRows = {{AggressorMethod.TICK_RULE, 0L}, {AggressorMethod.LEE_READY, 0L},
                {AggressorMethod.LEE_READY, 50L}, {AggressorMethod.EMO, 0L}, {AggressorMethod.EMO, 50L},
                {AggressorMethod.BVC, 0L}};
        Map<String, double[]> perBar = new LinkedHashMap<>();
        for (Object[] row : barRows) {
            AggressorMethod m = (AggressorMethod) row[0];
            long lag = (Long) row[1];
            String name = m.label() + (m == AggressorMethod.LEE_READY || m == AggressorMethod.EMO ? " (lag " + lag + " ms)" : "");
            double[] s = new double[6];
            out.append("| ").append(name).append(" |");
            for (int k = 0; k < 3; k++) {
                s[2 * k] = barAccuracy(btc, m, lag, barMs[k]);
                s[2 * k + 1] = barAccuracy(eth, m, lag, barMs[k]);
                out.append(String.format(Locale.ROOT, " %.1f / %.1f |", 100 * s[2 * k], 100 * s[2 * k + 1]));
            }
            out.append('\n');
            perBar.put(name, s);
        }

        out.append("\nQuote-only inference (what FX allows) against the true traded delta, per bar: ")
                .append("sign agreement / correlation (BTCUSDT; ETHUSDT):\n\n");
        out.append("| method x proxy | 1 s bars | 10 s bars |\n|---|---|---|\n");
        Map<String, double[]> quoteOnly = new LinkedHashMap<>();
        for (AggressorMethod m : new AggressorMethod[] {AggressorMethod.MID_TICK_RULE, AggressorMethod.QUOTE_CHANGE}) {
            for (VolumeProxy p : new VolumeProxy[] {VolumeProxy.TICK_COUNT, VolumeProxy.QUOTED_SIZE_CHANGE}) {
                double[] a1 = quoteOnlyAgreement(btc, m, p, 1_000);
                double[] b1 = quoteOnlyAgreement(eth, m, p, 1_000);
                double[] a10 = quoteOnlyAgreement(btc, m, p, 10_000);
                double[] b10 = quoteOnlyAgreement(eth, m, p, 10_000);
                quoteOnly.put(m + "/" + p, new double[] {a1[0], b1[0], a10[0], b10[0], a1[1], b1[1], a10[1], b10[1]});
                out.append(String.format(Locale.ROOT, "| %s x %s | %.0f%% / %.2f; %.0f%% / %.2f | %.0f%% / %.2f; %.0f%% / %.2f |%n",
                        m.label(), p.label(), 100 * a1[0], a1[1], 100 * b1[0], b1[1], 100 * a10[0], a10[1], 100 * b10[0],
                        b10[1]));
            }
        }
        System.out.println(out);

        // ---------------- bounds from the measured figures ----------------
        Score[] tick = arrival.get(AggressorMethod.TICK_RULE);
        near(EXPECT_TICK[0], tick[0].accuracy(), 0.3, "tick rule BTCUSDT");
        near(EXPECT_TICK[1], tick[1].accuracy(), 0.3, "tick rule ETHUSDT");
        Score[] emo = arrival.get(AggressorMethod.EMO);
        near(EXPECT_EMO[0], emo[0].accuracy(), 0.3, "EMO BTCUSDT");
        near(EXPECT_EMO[1], emo[1].accuracy(), 0.3, "EMO ETHUSDT");
        Score[] lr = arrival.get(AggressorMethod.LEE_READY);
        near(EXPECT_LR[0], lr[0].accuracy(), 0.3, "Lee-Ready BTCUSDT, arrival-order quote");
        near(EXPECT_LR[1], lr[1].accuracy(), 0.3, "Lee-Ready ETHUSDT, arrival-order quote");
        Score[] qr = arrival.get(AggressorMethod.QUOTE_RULE);
        near(EXPECT_QR[0], qr[0].accuracy(), 0.3, "quote rule BTCUSDT, arrival-order quote");
        near(EXPECT_QR[1], qr[1].accuracy(), 0.3, "quote rule ETHUSDT, arrival-order quote");
        for (Score s : tick) assertTrue(s.coverage() > 0.999, "the tick rule classifies all but the first trades");
        // a quote from 50 ms before the trade restores the quote rule and Lee-Ready
        double[][] lrLag = lagged.get(AggressorMethod.LEE_READY);
        near(EXPECT_LR_50[0], lrLag[2][0], 0.3, "Lee-Ready BTCUSDT, 50 ms lag");
        near(EXPECT_LR_50[1], lrLag[2][1], 0.3, "Lee-Ready ETHUSDT, 50 ms lag");
        // bar level
        double[] bvc = perBar.get("BVC");
        near(EXPECT_BVC[0], bvc[0], 1.0, "BVC BTCUSDT 1 s");
        near(EXPECT_BVC[1], bvc[1], 1.0, "BVC ETHUSDT 1 s");
        near(EXPECT_BVC[2], bvc[4], 1.0, "BVC BTCUSDT 60 s");
        near(EXPECT_BVC[3], bvc[5], 1.0, "BVC ETHUSDT 60 s");
        double[] tickBars = perBar.get("tick rule");
        assertTrue(tickBars[0] > bvc[0] && tickBars[1] > bvc[1], "per-trade tick rule beats BVC on 1 s bars");
        // quote-only inference: better than a coin, far from the truth
        double[] qc = quoteOnly.get(AggressorMethod.QUOTE_CHANGE + "/" + VolumeProxy.TICK_COUNT);
        near(EXPECT_QUOTE_ONLY[0], qc[0], 2.0, "quote-change x tick count sign agreement BTCUSDT 1 s");
        near(EXPECT_QUOTE_ONLY[1], qc[1], 2.0, "quote-change x tick count sign agreement ETHUSDT 1 s");
    }

    /** The README quotes these figures; they are the ones this test asserts (within its tolerances). */
    @Test
    void theReadmeQuotesTheFiguresThisTestAsserts() throws java.io.IOException {
        String readme = String.join(" ", java.nio.file.Files.readAllLines(java.nio.file.Paths.get("README.md")))
                .replaceAll("\\s+", " ");
        String[] quoted = {
                "tick rule puts " + f(EXPECT_TICK[0]) + " % (BTCUSDT) and " + f(EXPECT_TICK[1]) + " % (ETHUSDT)",
                "50 ms before the trade " + f(EXPECT_LR_50[0]) + " % and " + f(EXPECT_LR_50[1]) + " %",
                "only " + f(EXPECT_LR[0]) + " % and " + f(EXPECT_LR[1]) + " % with the quote as received",
                "right about " + Math.round(EXPECT_QUOTE_ONLY[0]) + " % and " + Math.round(EXPECT_QUOTE_ONLY[1]) + " %"};
        for (String q : quoted) assertTrue(readme.contains(q), "README.md should say: " + q);
    }

    private static String f(double v) { return String.format(java.util.Locale.ROOT, "%.1f", v); }

    // measured on the captures (see the printed table); bounds above
    private static final double[] EXPECT_TICK = {96.4, 95.9};
    private static final double[] EXPECT_EMO = {92.2, 89.0};
    private static final double[] EXPECT_LR = {51.7, 50.5};
    private static final double[] EXPECT_QR = {51.3, 50.1};
    private static final double[] EXPECT_LR_50 = {94.7, 95.8};
    private static final double[] EXPECT_BVC = {73.7, 79.3, 69.3, 80.1};
    private static final double[] EXPECT_QUOTE_ONLY = {68, 74};
}
