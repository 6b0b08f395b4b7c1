package io.orderflow.jforex.indicator;

/**
 * Volumes and deltas as people read them in a footprint cell: whole numbers as they are (up to
 * 9999), thousands as "12.3k", fractions (volume proxies in millions) with two significant decimals
 * below 10, one below 100, none above. Stateless.
 */
public final class CellFormat {
    private CellFormat() {
    }

    public static String format(double v) {
        if (Double.isNaN(v)) return "";
        double a = Math.abs(v);
        String sign = v < 0 ? "-" : "";
        if (a >= 9999.5) {
            double k = a / 1000.0;
            return sign + (k >= 99.95 ? Long.toString(Math.round(k)) : trim(Math.round(k * 10) / 10.0)) + "k";
        }
        if (a == Math.rint(a) || a >= 100) return sign + Math.round(a);
        if (a >= 10) return sign + trim(Math.round(a * 10) / 10.0);
        return sign + trim(Math.round(a * 100) / 100.0);
    }

    private static String trim(double v) {
        String s = Double.toString(v);
        if (s.indexOf('E') >= 0) return s;
        if (s.endsWith(".0")) return s.substring(0, s.length() - 2);
        return s;
    }
}
