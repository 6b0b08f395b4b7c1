package io.orderflow.jforex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.orderflow.market.Instruments;

/**
 * The live quote-to-account rate of a cross from its conversion instrument: direct (quote/account,
 * rate = mid) and inverse (account/quote, rate = 1 / mid), numbers by hand; bad quotes (zero,
 * negative, NaN, infinite, crossed) are refused and leave the last good rate; a rate with no timed
 * quote, or an old one, is stale.
 */
class QuoteConversionTest {
    @Test
    void directPairRateIsTheMid() {
        // EURGBP on a USD account: GBP in USD is GBP/USD's mid
        QuoteConversion q = QuoteConversion.of(Instruments.of("EURGBP"), "USD", "GBP/USD", 1.25);
        assertEquals(1.25, q.rate(0.86), 0, "the fallback before any quote");
        assertTrue(q.onQuote(1_000, 1.27010, 1.27030));
        assertEquals(1.27020, q.rate(0.86), 1e-15);
        assertEquals("GBP/USD", q.symbol());
    }

    @Test
    void inversePairRateIsOneOverTheMid() {
        // GBPJPY on a USD account: JPY in USD is 1 / USD/JPY's mid
        QuoteConversion q = QuoteConversion.of(Instruments.of("GBPJPY"), "USD", "USD/JPY", 0.0122);
        assertTrue(q.onQuote(1_000, 82.150, 82.158));
        assertEquals(1 / 82.154, q.rate(132.5), 1e-18);
    }

    @Test
    void badQuotesAreRefusedAndTheLastGoodRateStays() {
        QuoteConversion q = QuoteConversion.of(Instruments.of("GBPJPY"), "USD", "USD/JPY", 0.0122);
        assertTrue(q.onQuote(1_000, 82.150, 82.158));
        double good = 1 / 82.154;
        assertFalse(q.onQuote(2_000, 0, 82.158), "zero bid");
        assertFalse(q.onQuote(2_000, 82.150, 0), "zero ask");
        assertFalse(q.onQuote(2_000, -1, 82.158), "negative");
        assertFalse(q.onQuote(2_000, Double.NaN, 82.158), "NaN bid");
        assertFalse(q.onQuote(2_000, 82.150, Double.NaN), "NaN ask");
        assertFalse(q.onQuote(2_000, 82.150, Double.POSITIVE_INFINITY), "infinite");
        assertFalse(q.onQuote(2_000, 82.170, 82.160), "crossed: bid above ask");
        assertEquals(7, q.refusedQuotes());
        assertEquals(good, q.rate(0), 1e-18);
        assertEquals(1_000, q.lastQuoteMs(), "refused quotes do not refresh the time");
        assertTrue(q.onQuote(3_000, 82.160, 82.160), "a locked quote (bid = ask) is fine");
        assertEquals(1 / 82.160, q.rate(0), 1e-18);
    }

    @Test
    void aRateWithoutARecentQuoteIsStale() {
        QuoteConversion q = QuoteConversion.of(Instruments.of("GBPJPY"), "USD", "USD/JPY", 0.0122);
        assertTrue(q.isStale(10_000, 60_000), "only the fallback so far");
        q.onQuote(10_000, 82.150, 82.158);
        assertFalse(q.isStale(70_000, 60_000));
        assertTrue(q.isStale(70_001, 60_000));
    }

    @Test
    void aPairThatDoesNotLinkTheCurrenciesIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> QuoteConversion.of(Instruments.of("GBPJPY"), "USD", "EUR/USD", 0));
        assertTrue(e.getMessage().contains("expected JPY/USD or USD/JPY"), e.getMessage());
    }
}
