package io.orderflow.data.csv;

import java.nio.charset.StandardCharsets;

import io.orderflow.data.DecimalPoints;

/**
 * Number syntax of the CSV readers, on bytes and without allocation for ordinary values. A decimal
 * separator may be {@code .} or {@code ,} (locale-dependent exports). Thread-safe (stateless).
 */
final class CsvNumbers {
    /** {@link #points} result: the text is not a plain decimal. */
    static final long NOT_A_NUMBER = Long.MIN_VALUE;
    /** {@link #points} result: more decimals than the instrument's grid, or too large. */
    static final long OFF_GRID = Long.MIN_VALUE + 1;

    private static final double[] POW10 = new double[23];
    static {
        double p = 1;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = p;
            p *= 10;
        }
    }
    private static final long EXACT_MANTISSA = 1L << 53;

    private CsvNumbers() {
    }

    static boolean isDigit(byte c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Exact points of the plain decimal {@code b[from, to)} ({@code [-+]digits[(.|,)digits]}) at
     * {@code scale} decimals, parsed by {@link DecimalPoints}.
     *
     * @return the points, {@link #NOT_A_NUMBER} or {@link #OFF_GRID}
     */
    static long points(byte[] b, int from, int to, int scale, AsciiView view) {
        int i = from;
        if (i < to && (b[i] == '-' || b[i] == '+')) i++;
        int intDigits = 0;
        while (i < to && isDigit(b[i])) {
            i++;
            intDigits++;
        }
        if (intDigits == 0) return NOT_A_NUMBER;
        if (i < to) {
            if (b[i] != '.' && b[i] != ',') return NOT_A_NUMBER;
            i++;
            int frac = 0;
            boolean offGrid = false;
            while (i < to && isDigit(b[i])) {
                if (frac >= scale && b[i] != '0') offGrid = true;
                i++;
                frac++;
            }
            if (frac == 0 || i < to) return NOT_A_NUMBER;
            if (offGrid) return OFF_GRID;
        }
        if (intDigits + scale > 18) {
            // Might not fit a long; DecimalPoints says so exactly.
            try {
                return DecimalPoints.parse(view.wrap(b), from, to, scale);
            } catch (NumberFormatException e) {
                return OFF_GRID;
            }
        }
        return DecimalPoints.parse(view.wrap(b), from, to, scale);
    }

    /**
     * The double nearest to the decimal {@code b[from, to)} ({@code [-+]digits[(.|,)digits][e[-+]digits]},
     * or {@code NaN}/{@code Infinity}, which the caller rejects as bad volumes), stored in
     * {@code out[index]}.
     *
     * @return false when the text is not a number
     */
    static boolean decimal(byte[] b, int from, int to, double[] out, int index) {
        int i = from;
        boolean negative = false;
        if (i < to && (b[i] == '-' || b[i] == '+')) {
            negative = b[i] == '-';
            i++;
        }
        if (i < to && !isDigit(b[i])) return word(b, i, to, negative, out, index);
        long mantissa = 0;
        int digits = 0;
        int fraction = -1;
        boolean exact = true;
        for (; i < to; i++) {
            byte c = b[i];
            if (isDigit(c)) {
                if (mantissa < EXACT_MANTISSA / 10) {
                    mantissa = mantissa * 10 + (c - '0');
                } else {
                    exact = false;
                }
                digits++;
                if (fraction >= 0) fraction++;
            } else if (c == '.' || c == ',') {
                if (fraction >= 0 || digits == 0) return false;
                fraction = 0;
            } else if (c == 'e' || c == 'E') {
                return digits > 0 && fraction != 0 && exponent(b, i + 1, to) && slow(b, from, to, out, index);
            } else {
                return false;
            }
        }
        if (digits == 0 || fraction == 0) return false;
        int f = Math.max(fraction, 0);
        if (!exact || f >= POW10.length) return slow(b, from, to, out, index);
        // Both operands are exact doubles, so one division gives the correctly rounded value.
        double v = mantissa / POW10[f];
        out[index] = negative ? -v : v;
        return true;
    }

    private static boolean exponent(byte[] b, int i, int to) {
        if (i < to && (b[i] == '-' || b[i] == '+')) i++;
        if (i >= to) return false;
        for (; i < to; i++) if (!isDigit(b[i])) return false;
        return true;
    }

    private static boolean word(byte[] b, int i, int to, boolean negative, double[] out, int index) {
        String w = new String(b, i, to - i, StandardCharsets.ISO_8859_1);
        if (w.equalsIgnoreCase("nan")) {
            out[index] = Double.NaN;
        } else if (w.equalsIgnoreCase("infinity") || w.equalsIgnoreCase("inf")) {
            out[index] = negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        } else {
            return false;
        }
        return true;
    }

    /** Syntax already checked; lets the JDK round long mantissas and exponents correctly. */
    private static boolean slow(byte[] b, int from, int to, double[] out, int index) {
        out[index] = Double.parseDouble(new String(b, from, to - from, StandardCharsets.ISO_8859_1).replace(',', '.'));
        return true;
    }
}
