package io.orderflow.data.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import io.orderflow.testing.Seeds;

class CsvNumbersTest {
    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static double decimal(String s) {
        double[] out = new double[1];
        assertTrue(CsvNumbers.decimal(b(s), 0, s.length(), out, 0), s);
        return out[0];
    }

    private static long points(String s, int scale) {
        return CsvNumbers.points(b(s), 0, s.length(), scale, new AsciiView());
    }

    @Test
    void decimalsAreTheNearestDoubleLikeTheJdkParser() {
        long seed = Seeds.of(0xC5F0L);
        Random rnd = new Random(seed);
        for (int i = 0; i < 200_000; i++) {
            long mantissa = rnd.nextInt(4) == 0 ? rnd.nextLong() >>> rnd.nextInt(64) : rnd.nextInt(1_000_000);
            int scale = rnd.nextInt(25);
            String s = new BigDecimal(java.math.BigInteger.valueOf(mantissa), scale).toPlainString();
            assertEquals(Double.parseDouble(s), decimal(s), 0.0, "seed " + seed + ": " + s);
            assertEquals(Double.parseDouble(s), decimal(s.replace('.', ',')), 0.0, "seed " + seed + ": " + s);
        }
        assertEquals(1.5e-7, decimal("1.5E-7"), 0.0);
        assertEquals(2e9, decimal("2e+9"), 0.0);
        assertTrue(Double.isNaN(decimal("NaN")));
        assertEquals(Double.NEGATIVE_INFINITY, decimal("-Infinity"), 0.0);
        assertEquals(-2.5, decimal("-2.5"), 0.0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", ".5", "1.", "1..2", "1.2.3", "1e", "1e+", "1.e5", "0x10", "1d", "1 2", "abc", "1,2,3",
        "1.5f", "١٢"})
    void decimalRejectsNonNumbers(String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        assertFalse(CsvNumbers.decimal(bytes, 0, bytes.length, new double[1], 0), s);
    }

    @Test
    void pointsAreExactAndCheckTheGrid() {
        assertEquals(114545, points("1.14545", 5));
        assertEquals(114545, points("1,14545", 5));
        assertEquals(114540, points("1.1454", 5));
        assertEquals(100000, points("1", 5));
        assertEquals(114545, points("1.145450000", 5));
        assertEquals(-5, points("-0.00005", 5));
        assertEquals(CsvNumbers.OFF_GRID, points("1.145451", 5));
        assertEquals(CsvNumbers.OFF_GRID, points("99999999999999999.9", 3));
        assertEquals(CsvNumbers.NOT_A_NUMBER, points("1.", 5));
        assertEquals(CsvNumbers.NOT_A_NUMBER, points("", 5));
        assertEquals(CsvNumbers.NOT_A_NUMBER, points("1e5", 5));
        assertEquals(CsvNumbers.NOT_A_NUMBER, points("NaN", 5));
        assertEquals(CsvNumbers.NOT_A_NUMBER, points(" 1", 5));
    }
}
