package io.orderflow.data;

/**
 * Recovers the decimal value a {@code float32} field was written from.
 *
 * <p>Dukascopy stores volumes as float32, so 2.06 arrives as 2.059999942779541. Summing those
 * values drifts away from the decimal sum that Dukascopy's own candles carry. This class returns
 * the decimal with the fewest fractional digits (up to {@value #MAX_DECIMALS}) that converts back
 * to the same float — 2.06 for the example — as the nearest double. Allocation-free. Thread-safe.
 */
public final class FloatDecimals {
    /** Most fractional digits tried; beyond that the float's own value is returned. */
    public static final int MAX_DECIMALS = 8;
    private static final double[] POW10 = {1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8};

    private FloatDecimals() {
    }

    /** The shortest decimal that rounds to {@code f}, as a double (NaN and infinities unchanged). */
    public static double toDouble(float f) {
        double d = f;
        if (Double.isNaN(d) || Double.isInfinite(d) || Math.abs(d) >= 1e9) return d;
        for (int k = 0; k <= MAX_DECIMALS; k++) {
            double r = Math.rint(d * POW10[k]) / POW10[k];
            if ((float) r == f) return r;
        }
        return d;
    }
}
