package io.orderflow.data.csv;

import java.nio.charset.StandardCharsets;

/**
 * A reusable {@link CharSequence} over a byte buffer of ASCII text that reads a comma as a decimal
 * point, so that {@link io.orderflow.data.DecimalPoints} can parse both {@code 1.14545} and the
 * comma-decimal {@code 1,14545} in place. Only used on spans that hold one number. Not thread-safe.
 */
final class AsciiView implements CharSequence {
    private byte[] bytes = new byte[0];

    AsciiView wrap(byte[] b) {
        this.bytes = b;
        return this;
    }

    @Override
    public int length() {
        return bytes.length;
    }

    @Override
    public char charAt(int index) {
        char c = (char) (bytes[index] & 0xFF);
        return c == ',' ? '.' : c;
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new String(bytes, start, end - start, StandardCharsets.ISO_8859_1).replace(',', '.');
    }

    @Override
    public String toString() {
        return subSequence(0, bytes.length).toString();
    }

    /** The raw text of {@code b[from, to)}, for error messages (at most 60 characters). */
    static String text(byte[] b, int from, int to) {
        int n = Math.min(to - from, 60);
        String s = new String(b, from, Math.max(n, 0), StandardCharsets.ISO_8859_1);
        return to - from > n ? s + "..." : s;
    }
}
