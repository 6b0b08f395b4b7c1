package io.orderflow.data;

/**
 * Parses decimal text such as {@code "61837.63000000"} into integer points at a given scale
 * exactly (no floating point): at scale 2 it gives 6183763. Digits beyond the scale must be
 * zeros, otherwise the price is off the instrument's grid. Allocation-free. Thread-safe.
 */
public final class DecimalPoints {
    private DecimalPoints() {
    }

    /**
     * Points of {@code text[from, to)} at {@code scale} decimals.
     *
     * @throws NumberFormatException if the text is not a plain decimal, is off the grid or overflows
     */
    public static long parse(CharSequence text, int from, int to, int scale) {
        if (from >= to) throw new NumberFormatException("empty number");
        int i = from;
        boolean negative = false;
        char c0 = text.charAt(i);
        if (c0 == '-' || c0 == '+') {
            negative = c0 == '-';
            i++;
        }
        long value = 0;
        int decimals = -1;
        boolean digits = false;
        for (; i < to; i++) {
            char c = text.charAt(i);
            if (c == '.') {
                if (decimals >= 0) throw new NumberFormatException("two decimal points in '" + text.subSequence(from, to) + "'");
                decimals = 0;
                continue;
            }
            if (c < '0' || c > '9') throw new NumberFormatException("not a decimal: '" + text.subSequence(from, to) + "'");
            digits = true;
            if (decimals >= 0) {
                if (decimals == scale) {
                    if (c != '0') {
                        throw new NumberFormatException("'" + text.subSequence(from, to) + "' has more than " + scale
                                + " decimals");
                    }
                    continue;
                }
                decimals++;
            }
            if (value > (Long.MAX_VALUE - 9) / 10) throw new NumberFormatException("overflow: '" + text.subSequence(from, to) + "'");
            value = value * 10 + (c - '0');
        }
        if (!digits) throw new NumberFormatException("no digits in '" + text.subSequence(from, to) + "'");
        for (int d = Math.max(decimals, 0); d < scale; d++) {
            if (value > Long.MAX_VALUE / 10) throw new NumberFormatException("overflow: '" + text.subSequence(from, to) + "'");
            value *= 10;
        }
        return negative ? -value : value;
    }

    /** Points of the whole of {@code text}. */
    public static long parse(CharSequence text, int scale) {
        return parse(text, 0, text.length(), scale);
    }
}
