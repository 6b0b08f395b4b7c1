package io.orderflow.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import io.orderflow.testing.Seeds;

/** FloatDecimals, DecimalPoints and ProblemLog: the small pieces every reader relies on. */
class NumbersAndProblemLogTest {

    @Test
    void floatVolumesComeBackAsTheDecimalsTheyWereWrittenFrom() {
        long seed = Seeds.of(0xF10A7L);
        Random rnd = new Random(seed);
        for (int i = 0; i < 200_000; i++) {
            int decimals = rnd.nextInt(7);
            // Up to 7 significant digits: what a float32 holds exactly enough to round-trip.
            long unscaled = rnd.nextInt(10_000_000);
            double d = BigDecimal.valueOf(unscaled, decimals).doubleValue();
            assertEquals(d, FloatDecimals.toDouble((float) d), 0.0, unscaled + "e-" + decimals + " seed " + seed);
        }
        assertEquals(2.06, FloatDecimals.toDouble(2.06f), 0.0, "the decimal written, not the float widened (2.0599999...)");
        assertTrue(Double.isNaN(FloatDecimals.toDouble(Float.NaN)));
        assertEquals(Double.POSITIVE_INFINITY, FloatDecimals.toDouble(Float.POSITIVE_INFINITY), 0.0);
        assertEquals((double) 1.5e9f, FloatDecimals.toDouble(1.5e9f), 0.0);
        assertEquals((double) 1.2345679e-9f, FloatDecimals.toDouble(1.2345679e-9f), 0.0, "beyond 8 decimals: as is");
    }

    @Test
    void decimalPointsAreExact() {
        assertEquals(6183763, DecimalPoints.parse("61837.63000000", 2));
        assertEquals(114545, DecimalPoints.parse("1.14545", 5));
        assertEquals(100, DecimalPoints.parse("1", 2));
        assertEquals(-150, DecimalPoints.parse("-1.5", 2));
        assertEquals(150, DecimalPoints.parse("+1.5", 2));
        assertEquals(123, DecimalPoints.parse("x123y", 1, 4, 0));
        assertEquals(Long.MAX_VALUE / 10 * 10 / 10, DecimalPoints.parse(Long.toString(Long.MAX_VALUE / 10), 0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", ".", "1.2.3", "1,5", "1e5", "abc", "1.123", "99999999999999999999"})
    void decimalPointsRejectsNonDecimalsOffGridAndOverflow(String text) {
        NumberFormatException e = assertThrows(NumberFormatException.class, () -> DecimalPoints.parse(text, 2));
        assertTrue(e.getMessage() != null && !e.getMessage().isEmpty());
    }

    @Test
    void problemLogCountsEverythingAndKeepsTheFirstMessages() throws DataFormatException {
        ProblemLog log = ProblemLog.skipping();
        assertSame(InputPolicy.SKIP, log.policy());
        assertEquals("no problems", log.summary());
        for (int i = 1; i <= 70; i++) log.report("f.bi5", i, Problem.BAD_PRICE, "price " + i);
        log.report(DataFormatException.atLine("g.csv", 3, Problem.MALFORMED_ROW, "x", null));
        assertEquals(70, log.count(Problem.BAD_PRICE));
        assertEquals(1, log.count(Problem.MALFORMED_ROW));
        assertEquals(71, log.total());
        assertEquals(Map.of(Problem.BAD_PRICE, 70L, Problem.MALFORMED_ROW, 1L), log.counts());
        assertEquals(ProblemLog.MAX_SAMPLES, log.samples().size());
        assertEquals("f.bi5: record 1: BAD_PRICE: price 1", log.samples().get(0));
        assertEquals("71 skipped: {BAD_PRICE=70, MALFORMED_ROW=1}", log.summary());
        assertThrows(UnsupportedOperationException.class, () -> log.samples().clear());
    }

    @Test
    void failingLogThrowsTheReportedProblemAndCountsNothing() {
        ProblemLog log = ProblemLog.failing();
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> log.report("f.bi5", 0, Problem.CORRUPT_COMPRESSION, "bad header"));
        assertEquals("f.bi5: CORRUPT_COMPRESSION: bad header", e.getMessage(), "record 0 means the whole file");
        assertEquals(0, e.record());
        assertEquals(0, log.total());
        assertEquals("g.csv: line 7: UNKNOWN_HEADER: h",
                DataFormatException.atLine("g.csv", 7, Problem.UNKNOWN_HEADER, "h", null).getMessage());
    }
}
