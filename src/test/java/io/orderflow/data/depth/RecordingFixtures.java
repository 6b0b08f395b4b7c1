package io.orderflow.data.depth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.orderflow.market.Tick;
import io.orderflow.testing.Seeds;

/** Seeded random ticks with awkward values, and bit-exact comparison. */
final class RecordingFixtures {
    private RecordingFixtures() {
    }

    static double awkwardSize(Random r) {
        switch (r.nextInt(10)) {
            case 0: return 0.0;
            case 1: return -0.0;
            case 2: return Double.NaN;
            case 3: return r.nextDouble() * 1e6;              // not a short decimal: raw double
            case 4: return Math.round(r.nextDouble() * 1e8) / 1e8; // Binance-like
            case 5: return 3196.5;
            case 6: return Double.MIN_VALUE;
            default: return Math.round(r.nextDouble() * 2000) / 100.0; // Dukascopy-like millions
        }
    }

    /** {@code n} ticks with 1..maxLevels levels, times from {@code t0}, prices that may jump. */
    static List<Tick> randomTicks(long seed, int n, int maxLevels, long t0) {
        Random r = Seeds.random(seed);
        List<Tick> out = new ArrayList<>();
        long time = t0, bid = 114_500;
        for (int k = 0; k < n; k++) {
            time += r.nextInt(3) == 0 ? 0 : r.nextInt(5_000);
            if (r.nextInt(50) == 0) time -= 100; // recordings keep what they are given, even out of order
            bid += r.nextInt(7) - 3;
            if (r.nextInt(200) == 0) bid = r.nextInt(10) == 0 ? -bid : bid * 37;
            int levels = 1 + r.nextInt(maxLevels);
            long[] bp = new long[levels], ap = new long[levels];
            double[] bs = new double[levels], as = new double[levels];
            bp[0] = bid;
            ap[0] = bid + r.nextInt(4) - (r.nextInt(30) == 0 ? 6 : 0);
            for (int i = 1; i < levels; i++) {
                bp[i] = bp[i - 1] - 1 - r.nextInt(r.nextInt(20) == 0 ? 1000 : 5);
                ap[i] = ap[i - 1] + 1 + r.nextInt(5);
            }
            for (int i = 0; i < levels; i++) {
                bs[i] = awkwardSize(r);
                as[i] = awkwardSize(r);
            }
            out.add(new Tick(maxLevels).setDepth(time, levels, ap, as, bp, bs));
        }
        return out;
    }

    static void assertSameTick(Tick expected, Tick actual, String what) {
        assertEquals(expected.timeMs(), actual.timeMs(), what + " time");
        assertEquals(expected.levels(), actual.levels(), what + " levels");
        for (int i = 0; i < expected.levels(); i++) {
            assertEquals(expected.bidPrice(i), actual.bidPrice(i), what + " bid " + i);
            assertEquals(expected.askPrice(i), actual.askPrice(i), what + " ask " + i);
            assertEquals(Double.doubleToRawLongBits(expected.bidVolume(i)), Double.doubleToRawLongBits(actual.bidVolume(i)),
                    what + " bid size " + i);
            assertEquals(Double.doubleToRawLongBits(expected.askVolume(i)), Double.doubleToRawLongBits(actual.askVolume(i)),
                    what + " ask size " + i);
        }
    }
}
