package io.orderflow.flow;

/**
 * Bulk volume classification (BVC; Easley, López de Prado, O'Hara 2012): a bar's volume V is split
 * into buy volume {@code V · F(ΔP / σ)} and sell volume the rest, where ΔP is the bar's price
 * change, σ the volume-weighted standard deviation of bar price changes, and F the standard normal
 * CDF ({@code degreesOfFreedom == 0}, the default) or a Student-t CDF with the given degrees of
 * freedom (used in later papers).
 *
 * <p>σ is taken over a rolling window of the last {@code windowBars} bars with volume, including the
 * bar being classified (so the classification is known at that bar's close, never earlier):
 * {@code μ = Σ wΔP / Σ w}, {@code σ² = Σ w (ΔP − μ)² / Σ w} with weights w = bar volume. While
 * σ is not positive (fewer than two distinct changes) the share is NaN: the bar stays
 * unclassified.
 *
 * <p>Units: ΔP in points, volume in the input's unit. O(windowBars) per bar, nothing per tick,
 * allocation-free. Not thread-safe.
 */
public final class BulkVolumeClassifier {
    /** Bars in σ's window by default. */
    public static final int DEFAULT_WINDOW_BARS = 100;

    private final double[] changes;
    private final double[] weights;
    private final double degreesOfFreedom;
    private int next;
    private int count;
    private double sigma = Double.NaN;

    /** Normal CDF, {@value #DEFAULT_WINDOW_BARS}-bar window. */
    public BulkVolumeClassifier() {
        this(DEFAULT_WINDOW_BARS, 0);
    }

    /**
     * @param windowBars       bars with volume in σ's window (at least 2)
     * @param degreesOfFreedom 0 for the normal CDF, else the Student-t degrees of freedom (&gt; 0)
     */
    public BulkVolumeClassifier(int windowBars, double degreesOfFreedom) {
        if (windowBars < 2) throw new IllegalArgumentException("windowBars must be >= 2, was " + windowBars);
        if (!(degreesOfFreedom >= 0) || Double.isInfinite(degreesOfFreedom)) {
            throw new IllegalArgumentException("degreesOfFreedom must be 0 (normal) or > 0, was " + degreesOfFreedom);
        }
        changes = new double[windowBars];
        weights = new double[windowBars];
        this.degreesOfFreedom = degreesOfFreedom;
    }

    /**
     * Adds a closed bar to σ's window and returns its buy share in [0, 1], or NaN while σ is not
     * positive. A bar without volume is not added (its share is 0.5 if σ is known, else NaN).
     *
     * @param priceChange the bar's price change in points (close minus previous close)
     * @param volume      the bar's volume
     */
    public double classify(double priceChange, double volume) {
        if (volume > 0) {
            changes[next] = priceChange;
            weights[next] = volume;
            next = (next + 1) % changes.length;
            if (count < changes.length) count++;
            sigma = weightedStd();
        }
        if (!(sigma > 0)) return Double.NaN;
        return cdf(priceChange / sigma);
    }

    private double weightedStd() {
        double w = 0;
        double wx = 0;
        for (int i = 0; i < count; i++) {
            w += weights[i];
            wx += weights[i] * changes[i];
        }
        if (!(w > 0)) return Double.NaN;
        double mean = wx / w;
        double ss = 0;
        for (int i = 0; i < count; i++) {
            double d = changes[i] - mean;
            ss += weights[i] * d * d;
        }
        return Math.sqrt(ss / w);
    }

    /** F(z): the normal or Student-t CDF this classifier uses. */
    public double cdf(double z) {
        return degreesOfFreedom == 0 ? normalCdf(z) : studentTCdf(z, degreesOfFreedom);
    }

    /** σ of the window after the last bar (points), NaN before two distinct changes. */
    public double sigma() { return sigma; }

    /** 0 for the normal CDF, else the Student-t degrees of freedom. */
    public double degreesOfFreedom() { return degreesOfFreedom; }

    /** Empties the window. */
    public void reset() {
        next = 0;
        count = 0;
        sigma = Double.NaN;
    }

    /**
     * The standard normal CDF Φ(x), absolute error below 1e-14 (Hart's rational approximation,
     * algorithm 5666, as given by G. West, "Better approximations to cumulative normal functions").
     */
    public static double normalCdf(double x) {
        double ax = Math.abs(x);
        double c;
        if (ax > 37) {
            c = 0;
        } else {
            double e = Math.exp(-ax * ax / 2);
            if (ax < 7.07106781186547) {
                double n = 3.52624965998911e-02 * ax + 0.700383064443688;
                n = n * ax + 6.37396220353165;
                n = n * ax + 33.912866078383;
                n = n * ax + 112.079291497871;
                n = n * ax + 221.213596169931;
                n = n * ax + 220.206867912376;
                double d = 8.83883476483184e-02 * ax + 1.75566716318264;
                d = d * ax + 16.064177579207;
                d = d * ax + 86.7807322029461;
                d = d * ax + 296.564248779674;
                d = d * ax + 637.333633378831;
                d = d * ax + 793.826512519948;
                d = d * ax + 440.413735824752;
                c = e * n / d;
            } else {
                double b = ax + 0.65;
                b = ax + 4 / b;
                b = ax + 3 / b;
                b = ax + 2 / b;
                b = ax + 1 / b;
                c = e / b / 2.506628274631;
            }
        }
        return x > 0 ? 1 - c : c;
    }

    /**
     * The Student-t CDF with {@code nu > 0} degrees of freedom:
     * {@code 1 − ½ I_{ν/(ν+t²)}(ν/2, ½)} for t ≥ 0, by symmetry below, with the regularised
     * incomplete beta function by Lentz's continued fraction.
     */
    public static double studentTCdf(double t, double nu) {
        if (!(nu > 0)) throw new IllegalArgumentException("degrees of freedom must be > 0, was " + nu);
        if (Double.isNaN(t)) return Double.NaN;
        if (Double.isInfinite(t)) return t > 0 ? 1 : 0;
        double x = nu / (nu + t * t);
        double tail = 0.5 * regularizedBeta(x, nu / 2, 0.5);
        return t >= 0 ? 1 - tail : tail;
    }

    /** Regularised incomplete beta I_x(a, b) for 0 ≤ x ≤ 1, a, b &gt; 0. */
    static double regularizedBeta(double x, double a, double b) {
        if (x <= 0) return 0;
        if (x >= 1) return 1;
        double lnFront = lnGamma(a + b) - lnGamma(a) - lnGamma(b) + a * Math.log(x) + b * Math.log1p(-x);
        double front = Math.exp(lnFront);
        if (x < (a + 1) / (a + b + 2)) return front * betaContinuedFraction(x, a, b) / a;
        return 1 - front * betaContinuedFraction(1 - x, b, a) / b;
    }

    private static double betaContinuedFraction(double x, double a, double b) {
        final double tiny = 1e-300;
        double qab = a + b;
        double qap = a + 1;
        double qam = a - 1;
        double c = 1;
        double d = 1 - qab * x / qap;
        if (Math.abs(d) < tiny) d = tiny;
        d = 1 / d;
        double h = d;
        for (int m = 1; m <= 300; m++) {
            int m2 = 2 * m;
            double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
            d = 1 + aa * d;
            if (Math.abs(d) < tiny) d = tiny;
            c = 1 + aa / c;
            if (Math.abs(c) < tiny) c = tiny;
            d = 1 / d;
            h *= d * c;
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
            d = 1 + aa * d;
            if (Math.abs(d) < tiny) d = tiny;
            c = 1 + aa / c;
            if (Math.abs(c) < tiny) c = tiny;
            d = 1 / d;
            double del = d * c;
            h *= del;
            if (Math.abs(del - 1) < 1e-15) break;
        }
        return h;
    }

    /** ln Γ(x) for x &gt; 0 (Lanczos, g = 7, n = 9; relative error ~1e-15). */
    static double lnGamma(double x) {
        if (x < 0.5) {
            return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - lnGamma(1 - x);
        }
        double[] g = LANCZOS;
        double xx = x - 1;
        double a = g[0];
        double t = xx + 7.5;
        for (int i = 1; i < 9; i++) a += g[i] / (xx + i);
        return 0.5 * Math.log(2 * Math.PI) + (xx + 0.5) * Math.log(t) - t + Math.log(a);
    }

    private static final double[] LANCZOS = {
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
        -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
        1.5056327351493116e-7
    };
}
