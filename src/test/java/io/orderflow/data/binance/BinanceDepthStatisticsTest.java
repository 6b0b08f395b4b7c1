package io.orderflow.data.binance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import io.orderflow.book.DepthEventTracker;
import io.orderflow.book.DepthImbalance;
import io.orderflow.book.MultiLevelOfi;
import io.orderflow.book.OfiRegression;
import io.orderflow.book.SpoofScore;
import io.orderflow.data.ProblemLog;
import io.orderflow.testing.TestInstruments;
import io.orderflow.market.OfferSide;
import io.orderflow.market.Tick;

/**
 * Runs the depth calculators over the real Binance L2 captures (10 levels, every 100 ms diff) and
 * prints the detector statistics and the best-level vs multi-level OFI fit carried by
 * docs/readme/book.md. Asserts the bookkeeping invariants, not what the market did.
 */
class BinanceDepthStatisticsTest {
    private static final long INTERVAL_MS = 1_000;

    @Test
    void detectorStatisticsOverTheCaptures() throws Exception {
        StringBuilder table = new StringBuilder();
        table.append("| capture | depth updates | span | candidates | flashes bid / ask | flash drift with / flat / against | mean flash life | reached | persisted | lost | max score bid / ask | time with score ≥ 0.5 | pulled / consumed / added (base units) | mean abs imbalance plain / robust |\n");
        table.append("|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        StringBuilder ofiTable = new StringBuilder();
        ofiTable.append("| capture | 1 s intervals | R² best-level OFI | R² sum of 10 levels' OFI | R² depth-normalised sum |\n|---|---:|---:|---:|---:|\n");
        for (String symbol : new String[] {"btcusdt", "ethusdt"}) {
            long[] drift = new long[3]; // agreeing, flat, contradicting
            double[] lifeSum = {0};
            SpoofScore spoof = new SpoofScore(io.orderflow.book.SpoofSettings.defaults(),
                    (time, side, price, level, dist, mult, life, d, sc) -> {
                        drift[d > 0 ? 0 : d == 0 ? 1 : 2]++;
                        lifeSum[0] += life;
                    });
            DepthImbalance plain = new DepthImbalance(10);
            MultiLevelOfi mlofi = new MultiLevelOfi(10);
            OfiRegression best = new OfiRegression(100_000);
            OfiRegression sum = new OfiRegression(100_000);
            OfiRegression norm = new OfiRegression(100_000);
            double[] st = new double[12];
            long[] times = {Long.MIN_VALUE, 0, 0, 0};
            double[] maxScore = new double[2];
            double[] acc = new double[8]; // ofi best, ofi sum, ofi norm, depth sum, ticks, mid2 ref, last mid2, n
            long[] interval = {Long.MIN_VALUE};
            BinanceBookBuilder b = new BinanceBookBuilder(TestInstruments.of(symbol), 10, (Tick t) -> {
                if (times[0] == Long.MIN_VALUE) times[0] = t.timeMs();
                long prev = times[1];
                times[1] = t.timeMs();
                if (prev != 0 && spoof.maxScore() >= 0.5) times[2] += t.timeMs() - prev;
                spoof.onTick(t);
                plain.onTick(t);
                mlofi.onTick(t);
                maxScore[0] = Math.max(maxScore[0], spoof.score(OfferSide.BID));
                maxScore[1] = Math.max(maxScore[1], spoof.score(OfferSide.ASK));
                st[0] += Math.abs(plain.value());
                st[1] += Math.abs(spoof.robustImbalance());
                st[2]++;
                // 1-second intervals of mid change against best-level and multi-level OFI
                long iv = Math.floorDiv(t.timeMs(), INTERVAL_MS);
                long mid2 = t.ask() + t.bid();
                if (interval[0] == Long.MIN_VALUE) {
                    interval[0] = iv;
                    acc[5] = mid2;
                }
                if (iv != interval[0]) {
                    double dm = (acc[6] - acc[5]) / 2;
                    double depth = acc[3] / acc[4];
                    best.add(acc[0], dm, depth);
                    sum.add(acc[1], dm, depth);
                    norm.add(acc[2], dm, depth);
                    acc[5] = acc[6];
                    acc[0] = acc[1] = acc[2] = acc[3] = acc[4] = 0;
                    interval[0] = iv;
                }
                double total = 0, normTotal = 0, depth10 = 0;
                for (int m = 0; m < t.levels(); m++) depth10 += (t.bidVolume(m) + t.askVolume(m)) / 2;
                for (int m = 0; m < mlofi.levels(); m++) total += mlofi.last(m);
                normTotal = depth10 > 0 ? total / (depth10 / t.levels()) : 0;
                acc[0] += mlofi.last(0);
                acc[1] += total;
                acc[2] += normTotal;
                acc[3] += (t.bidVolume(0) + t.askVolume(0)) / 2;
                acc[4]++;
                acc[6] = mid2;
            }, null, ProblemLog.failing());
            b.read(BinanceBookReconstructionTest.capture(symbol));

            DepthEventTracker ev = spoof.events();
            double pulled = 0, consumed = 0, added = 0;
            for (OfferSide side : OfferSide.values()) {
                pulled += ev.pulled(side);
                consumed += ev.consumed(side);
                added += ev.added(side);
            }
            long resolved = spoof.flashes(OfferSide.BID) + spoof.flashes(OfferSide.ASK) + spoof.reached() + spoof.persisted()
                    + spoof.lost();
            // Bookkeeping: every candidate is resolved exactly once (flash, reached, persisted, lost) or still open.
            assertEquals(spoof.candidates(), resolved + spoof.activeCandidates(OfferSide.BID)
                    + spoof.activeCandidates(OfferSide.ASK), symbol);
            assertEquals(0, spoof.overflow(), symbol);
            assertTrue(spoof.updates() == b.ticks());
            long spanMs = times[1] - times[0];
            table.append(String.format(Locale.ROOT, "| %s | %d | %d min %02d s | %d | %d / %d | %d / %d / %d | %.0f ms | %d | %d | %d | %.2f / %.2f | %.1f%% | %.0f / %.0f / %.0f | %.3f / %.3f |%n",
                    symbol.toUpperCase(Locale.ROOT), spoof.updates(), spanMs / 60_000, spanMs / 1000 % 60, spoof.candidates(),
                    spoof.flashes(OfferSide.BID), spoof.flashes(OfferSide.ASK), drift[0], drift[1], drift[2],
                    lifeSum[0] / (drift[0] + drift[1] + drift[2]), spoof.reached(), spoof.persisted(), spoof.lost(),
                    maxScore[0], maxScore[1], 100.0 * times[2] / spanMs, pulled, consumed, added, st[0] / st[2], st[1] / st[2]));
            ofiTable.append(String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.3f |%n", symbol.toUpperCase(Locale.ROOT),
                    best.count(), best.rSquared(), sum.rSquared(), norm.rSquared()));
            assertTrue(best.beta() > 0 && best.betaTStat() > 2, symbol + " best-level OFI beta " + best.beta() + " t " + best.betaTStat());
        }
        System.out.println("Spoof detector (defaults) over the Binance spot captures, 10 levels\n" + table);
        System.out.println("Mid change on OFI, 1-second intervals\n" + ofiTable);
    }
}
