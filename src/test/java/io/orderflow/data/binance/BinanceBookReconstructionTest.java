package io.orderflow.data.binance;

import org.junit.jupiter.api.Tag;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.orderflow.data.ProblemLog;
import io.orderflow.testing.TestInstruments;
import io.orderflow.market.Tick;
import io.orderflow.testing.TestData;

/**
 * Rebuilds the real Binance spot books (snapshot + every diff, each pair of files one capture)
 * and checks the invariants: sequence without gaps, never crossed, identical to a naive TreeMap
 * reconstruction, and best levels equal to the exchange's own bookTicker at the same update id.
 */
@Tag("slow")
class BinanceBookReconstructionTest {
    static List<Path> capture(String symbol) {
        Path dir = TestData.require("binance/spot");
        return List.of(dir.resolve(symbol + "_20240808.gz"), dir.resolve(symbol + "_20240809.gz"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"btcusdt", "ethusdt"})
    void rebuiltBookIsInSequenceUncrossedAndMatchesTheBookTickerAndANaiveBook(String symbol) throws Exception {
        List<Path> files = capture(symbol);
        NaiveBook naive = new NaiveBook(10);
        Map<Long, double[]> tickers = new HashMap<>();
        TreeMap<Long, double[]> tickersById = new TreeMap<>();
        BinanceCaptureListener tee = new BinanceCaptureListener() {
            @Override
            public void onSnapshot(long id, int nb, long[] bp, double[] bs, int na, long[] ap, double[] as, long ns) {
                naive.onSnapshot(id, nb, bp, bs, na, ap, as, ns);
            }

            @Override
            public void onDepthUpdate(long e, long f, long l, int nb, long[] bp, double[] bs, int na, long[] ap, double[] as,
                                      long ns) {
                naive.onDepthUpdate(e, f, l, nb, bp, bs, na, ap, as, ns);
            }

            @Override
            public void onBookTicker(long id, long bid, double bidSize, long ask, double askSize, long ns) {
                double[] v = {bid, bidSize, ask, askSize};
                tickers.put(id, v);
                tickersById.put(id, v);
            }
        };
        List<long[]> ids = new ArrayList<>();
        List<long[]> prices = new ArrayList<>();
        List<double[]> sizes = new ArrayList<>();
        BinanceBookBuilder[] holder = new BinanceBookBuilder[1];
        BinanceBookBuilder builder = new BinanceBookBuilder(TestInstruments.of(symbol), 10, (Tick t) -> {
            int n = t.levels();
            long[] p = new long[2 * n];
            double[] s = new double[2 * n];
            for (int i = 0; i < n; i++) {
                p[i] = t.bidPrice(i);
                s[i] = t.bidVolume(i);
                p[n + i] = t.askPrice(i);
                s[n + i] = t.askVolume(i);
            }
            ids.add(new long[] {holder[0].lastUpdateId(), t.timeMs()});
            prices.add(p);
            sizes.add(s);
        }, tee, ProblemLog.failing());
        holder[0] = builder;
        builder.read(files);

        assertEquals(1, builder.snapshots());
        assertEquals(0, builder.gaps());
        assertTrue(builder.applied() > 1000, "applied " + builder.applied());
        assertEquals(0, builder.crossed(), "crossed books after applied diffs");
        assertEquals(builder.applied(), builder.ticks());

        // Differential: the same top levels as the naive reconstruction after every diff.
        assertEquals(naive.topPrices.size(), prices.size());
        for (int k = 0; k < prices.size(); k++) {
            long[] np = naive.topPrices.get(k);
            assertEquals(np[0], ids.get(k)[0], "update id at diff " + k);
            assertArrayEquals(java.util.Arrays.copyOfRange(np, 1, np.length), prices.get(k), "prices at diff " + k);
            assertArrayEquals(naive.topSizes.get(k), sizes.get(k), 0.0, "sizes at diff " + k);
        }

        // The exchange's own best bid/offer at the same update id.
        int exact = 0, exactMismatch = 0, latest = 0, latestMismatch = 0;
        for (int k = 0; k < prices.size(); k++) {
            long u = ids.get(k)[0];
            long[] p = prices.get(k);
            double[] s = sizes.get(k);
            int n = p.length / 2;
            double[] top = {p[0], s[0], p[n], s[n]};
            double[] bt = tickers.get(u);
            if (bt != null) {
                exact++;
                if (!java.util.Arrays.equals(bt, top)) exactMismatch++;
            }
            Map.Entry<Long, double[]> le = tickersById.floorEntry(u);
            if (le != null && le.getKey() > ids.get(0)[0]) {
                latest++;
                if (!java.util.Arrays.equals(le.getValue(), top)) latestMismatch++;
            }
        }
        System.out.printf(Locale.ROOT,
                "%s: %d diffs applied, %d dropped (in snapshot), %d deletes of absent levels, 0 crossed; bookTicker at the same id: %d, mismatches %d; latest bookTicker at or before the id: %d compared, %d differ%n",
                symbol, builder.applied(), builder.dropped(), builder.missingDeletes(), exact, exactMismatch, latest,
                latestMismatch);
        assertTrue(exact > 100, "bookTickers with a matching update id: " + exact);
        assertEquals(0, exactMismatch, "best levels differ from the bookTicker at the same update id");
        assertTrue(latestMismatch * 1000 <= latest, "latest bookTicker differs too often: " + latestMismatch);
    }
}
