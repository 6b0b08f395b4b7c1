package io.orderflow.backtest.validation;

/**
 * Sample moments of a series of returns, as the deflated Sharpe ratio needs them. Stateless;
 * thread-safe. Returns are plain fractions per period (0.01 = 1 %).
 */
public final class Moments {
    private Moments() {
    }

    public static double mean(double[] x) {
        double s = 0;
        for (double v : x) s += v;
        return s / x.length;
    }

    /** Sample standard deviation (n − 1); NaN for fewer than two values. */
    public static double stdev(double[] x) {
        int n = x.length;
        if (n < 2) return Double.NaN;
        double m = mean(x);
        double ss = 0;
        for (double v : x) ss += (v - m) * (v - m);
        return Math.sqrt(ss / (n - 1));
    }

    /**
     * Sharpe ratio per period: mean over sample standard deviation. A series without variation has
     * ratio 0 when its mean is 0 (a configuration that never traded), ±Infinity otherwise; NaN for
     * fewer than two values.
     */
    public static double sharpe(double[] x) {
        if (x.length < 2) return Double.NaN;
        double m = mean(x);
        double sd = stdev(x);
        if (sd == 0 || sd < 1e-15 * Math.abs(m)) return m == 0 ? 0 : m > 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        return m / sd;
    }

    /** Skewness m3 / m2^1.5 (population moments, as in Bailey and López de Prado); 0 without variation. */
    public static double skewness(double[] x) {
        double m = mean(x);
        double m2 = 0, m3 = 0;
        for (double v : x) {
            double d = v - m;
            m2 += d * d;
            m3 += d * d * d;
        }
        m2 /= x.length;
        m3 /= x.length;
        return m2 == 0 ? 0 : m3 / Math.pow(m2, 1.5);
    }

    /** Kurtosis m4 / m2² (not excess: 3 for a normal distribution); 3 without variation. */
    public static double kurtosis(double[] x) {
        double m = mean(x);
        double m2 = 0, m4 = 0;
        for (double v : x) {
            double d = v - m;
            m2 += d * d;
            m4 += d * d * d * d;
        }
        m2 /= x.length;
        m4 /= x.length;
        return m2 == 0 ? 3 : m4 / (m2 * m2);
    }

    /** Sample variance (n − 1) of the finite values; 0 for fewer than two. */
    public static double varianceOfFinite(double[] x) {
        int n = 0;
        double s = 0;
        for (double v : x) {
            if (!Double.isNaN(v) && !Double.isInfinite(v)) {
                n++;
                s += v;
            }
        }
        if (n < 2) return 0;
        double m = s / n;
        double ss = 0;
        for (double v : x) if (!Double.isNaN(v) && !Double.isInfinite(v)) ss += (v - m) * (v - m);
        return ss / (n - 1);
    }
}
