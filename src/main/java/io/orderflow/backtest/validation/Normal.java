package io.orderflow.backtest.validation;

/**
 * The standard normal distribution: cumulative distribution function and its inverse, to double
 * precision. Stateless; thread-safe.
 *
 * <p>{@link #cdf} uses the complementary error function by W. J. Cody's rational Chebyshev
 * approximations (relative error below 1e-15 on the whole line); {@link #inverse} starts from
 * P. J. Acklam's rational approximation (relative error 1.15e-9) and takes one Halley step on
 * {@link #cdf}, which brings it to full double precision.
 */
public final class Normal {
    private static final double SQRT_2PI = Math.sqrt(2 * Math.PI);

    private Normal() {
    }

    /** Density at {@code x}. */
    public static double pdf(double x) {
        return Math.exp(-0.5 * x * x) / SQRT_2PI;
    }

    /** P(Z ≤ x) for a standard normal Z. */
    public static double cdf(double x) {
        if (Double.isNaN(x)) return Double.NaN;
        return 0.5 * erfc(-x / Math.sqrt(2));
    }

    /** The x with P(Z ≤ x) = p; ±Infinity at 0 and 1; NaN outside [0, 1]. */
    public static double inverse(double p) {
        if (Double.isNaN(p) || p < 0 || p > 1) return Double.NaN;
        if (p == 0) return Double.NEGATIVE_INFINITY;
        if (p == 1) return Double.POSITIVE_INFINITY;
        // 1 − p is exact for p ≥ 1/2 (Sterbenz), and the lower tail keeps full relative precision
        if (p > 0.5) return -inverse(1 - p);
        double x = acklam(p);
        // one Halley step: e = Φ(x) − p, u = e / φ(x)
        double e = cdf(x) - p;
        double u = e * SQRT_2PI * Math.exp(0.5 * x * x);
        return x - u / (1 + 0.5 * x * u);
    }

    private static final double[] A = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
            1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00};
    private static final double[] B = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
            6.680131188771972e+01, -1.328068155288572e+01};
    private static final double[] C = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
            -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00};
    private static final double[] D = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
            3.754408661907416e+00};

    private static double acklam(double p) {
        double low = 0.02425;
        if (p < low) {
            double q = Math.sqrt(-2 * Math.log(p));
            return (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
                    / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
        }
        if (p > 1 - low) {
            double q = Math.sqrt(-2 * Math.log1p(-p));
            return -(((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
                    / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
        }
        double q = p - 0.5;
        double r = q * q;
        return (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q
                / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
    }

    // ---- Cody (1969) erfc, as in netlib's CALERF

    private static final double[] EA = {3.16112374387056560e00, 1.13864154151050156e02, 3.77485237685302021e02,
            3.20937758913846947e03, 1.85777706184603153e-1};
    private static final double[] EB = {2.36012909523441209e01, 2.44024637934444173e02, 1.28261652607737228e03,
            2.84423683343917062e03};
    private static final double[] EC = {5.64188496988670089e-1, 8.88314979438837594e00, 6.61191906371416295e01,
            2.98635138197400131e02, 8.81952221241769090e02, 1.71204761263407058e03, 2.05107837782607147e03,
            1.23033935479799725e03, 2.15311535474403846e-8};
    private static final double[] ED = {1.57449261107098347e01, 1.17693950891312499e02, 5.37181101862009858e02,
            1.62138957456669019e03, 3.29079923573345963e03, 4.36261909014324716e03, 3.43936767414372164e03,
            1.23033935480374942e03};
    private static final double[] EP = {3.05326634961232344e-1, 3.60344899949804439e-1, 1.25781726111229246e-1,
            1.60837851487422766e-2, 6.58749161529837803e-4, 1.63153871373020978e-2};
    private static final double[] EQ = {2.56852019228982242e00, 1.87295284992346725e00, 5.27905102951428412e-1,
            6.05183413124413191e-2, 2.33520497626869185e-3};
    private static final double SQRPI = 5.6418958354775628695e-1; // 1/sqrt(pi)

    /** Complementary error function. */
    static double erfc(double x) {
        double y = Math.abs(x);
        double result;
        if (y <= 0.46875) {
            double ysq = y > 1.11e-16 ? y * y : 0;
            double xnum = EA[4] * ysq;
            double xden = ysq;
            for (int i = 0; i < 3; i++) {
                xnum = (xnum + EA[i]) * ysq;
                xden = (xden + EB[i]) * ysq;
            }
            double erf = x * (xnum + EA[3]) / (xden + EB[3]);
            return 1 - erf;
        } else if (y <= 4) {
            double xnum = EC[8] * y;
            double xden = y;
            for (int i = 0; i < 7; i++) {
                xnum = (xnum + EC[i]) * y;
                xden = (xden + ED[i]) * y;
            }
            result = (xnum + EC[7]) / (xden + ED[7]);
            double ysq = Math.floor(y * 16) / 16;
            double del = (y - ysq) * (y + ysq);
            result = Math.exp(-ysq * ysq) * Math.exp(-del) * result;
        } else {
            if (y >= 26.543) {
                result = 0;
            } else {
                double ysq = 1 / (y * y);
                double xnum = EP[5] * ysq;
                double xden = ysq;
                for (int i = 0; i < 4; i++) {
                    xnum = (xnum + EP[i]) * ysq;
                    xden = (xden + EQ[i]) * ysq;
                }
                result = ysq * (xnum + EP[4]) / (xden + EQ[4]);
                result = (SQRPI - result) / y;
                ysq = Math.floor(y * 16) / 16;
                double del = (y - ysq) * (y + ysq);
                result = Math.exp(-ysq * ysq) * Math.exp(-del) * result;
            }
        }
        return x < 0 ? 2 - result : result;
    }
}
