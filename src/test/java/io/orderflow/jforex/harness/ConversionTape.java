package io.orderflow.jforex.harness;

import io.orderflow.market.InstrumentSpec;
import io.orderflow.market.Instruments;

/**
 * A synthetic USDJPY tape for a GBPJPY run on a USD account (test only). The shared data has real
 * GBPJPY ticks (2–16 December 2012) but no USDJPY, so the conversion instrument's ticks are derived
 * deterministically from them: for every {@code every}-th GBPJPY tick, a USDJPY tick {@code offsetMs}
 * later whose mid is the GBPJPY mid divided by a fixed GBPUSD of {@code gbpUsd} (1.6100 is about
 * where GBPUSD traded in early December 2012), rounded to USDJPY points, with a fixed spread of
 * {@code spreadPoints} and volume 1.0 on each side. Not market data: a plausible, reproducible
 * second instrument whose quotes move with the first and arrive interleaved with it.
 */
public final class ConversionTape {
    private ConversionTape() {
    }

    /**
     * @param gbpJpy       the real GBPJPY tape
     * @param gbpUsd       the fixed GBPUSD rate dividing the GBPJPY mid
     * @param every        one USDJPY tick per this many GBPJPY ticks (1 = each)
     * @param offsetMs     delay of each USDJPY tick after its GBPJPY tick, ms (> 0 keeps the two apart in time)
     * @param spreadPoints USDJPY spread in points (0.001 JPY)
     */
    public static TickTape usdJpy(TickTape gbpJpy, double gbpUsd, int every, long offsetMs, int spreadPoints) {
        InstrumentSpec usdJpy = Instruments.of("USDJPY");
        InstrumentSpec src = gbpJpy.spec();
        int n = (gbpJpy.size() + every - 1) / every;
        long[] t = new long[n], a = new long[n], b = new long[n];
        double[] av = new double[n], bv = new double[n];
        int k = 0;
        for (int i = 0; i < gbpJpy.size(); i += every) {
            double mid = src.toPrice((gbpJpy.ask(i) + gbpJpy.bid(i)) * 0.5) / gbpUsd;
            long midPts = usdJpy.toPoints(mid);
            t[k] = gbpJpy.time(i) + offsetMs;
            b[k] = midPts - spreadPoints / 2;
            a[k] = b[k] + spreadPoints;
            av[k] = 1.0;
            bv[k] = 1.0;
            k++;
        }
        return TickTape.of(usdJpy, t, a, b, av, bv, k);
    }
}
