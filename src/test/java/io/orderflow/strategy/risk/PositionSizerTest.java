package io.orderflow.strategy.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

import io.orderflow.market.InstrumentSpec;
import io.orderflow.market.Instruments;
import io.orderflow.testing.Seeds;

class PositionSizerTest {
    @Test
    void eurusdOnAUsdAccount() {
        // 0.5% of 100,000 = 500 USD; stop 20 pips = 200 points = 0.0020 USD per EUR -> 250,000 EUR = 0.25
        PositionSizer s = new PositionSizer(Instruments.of("EURUSD"), 10);
        assertEquals(0.25, s.amount(500, 200, 1.0));
        // stop 30 pips: 500 / 0.003 = 166,666 EUR -> 0.166 (rounded down)
        assertEquals(0.166, s.amount(500, 300, 1.0));
        assertEquals(499.99999999999994, s.riskOf(0.25, 200, 1.0), 1e-6);
    }

    @Test
    void usdJpyOnAUsdAccountConvertsYenAtThePrice() {
        // USDJPY 110.000: stop 30 pips = 0.30 JPY per USD = 0.30/110 USD; 500 / (0.3/110) = 183,333 USD -> 0.183
        InstrumentSpec usdjpy = Instruments.of("USDJPY");
        PositionSizer s = new PositionSizer(usdjpy, 10);
        QuoteToAccountRate rate = QuoteToAccountRate.derived("USD", "JPY", "USD");
        assertEquals(1 / 110.0, rate.rate(110.0), 1e-15);
        assertEquals(0.183, s.amount(500, 300, rate.rate(110.0)));
    }

    @Test
    void crossWithAFixedRate() {
        // GBPJPY, JPY worth 0.0121 USD; stop 50 pips = 0.50 JPY per GBP = 0.00605 USD; 500/0.00605 = 82,644 GBP
        PositionSizer s = new PositionSizer(Instruments.of("GBPJPY"), 10);
        assertEquals(0.082, s.amount(500, 500, 0.0121));
    }

    @Test
    void belowTheMinimumIsZeroAndTheMaximumCaps() {
        PositionSizer s = new PositionSizer(Instruments.of("EURUSD"), 0.5);
        // 1 USD risk over 20 pips = 500 EUR < 1,000 minimum
        assertEquals(0, s.amount(1, 200, 1.0));
        assertEquals(0.001, s.amount(2, 200, 1.0));
        assertEquals(0.5, s.amount(1e6, 200, 1.0));
        assertEquals(0, s.amount(500, 0, 1.0));
    }

    @Test
    void neverRisksMoreThanTheBudget() {
        long seed = 42;
        Random r = Seeds.random(seed);
        PositionSizer s = new PositionSizer(Instruments.of("EURUSD"), 1000);
        for (int i = 0; i < 100_000; i++) {
            double budget = 1 + r.nextDouble() * 10_000;
            long stop = 1 + r.nextInt(5000);
            double rate = 0.5 + r.nextDouble();
            double a = s.amount(budget, stop, rate);
            assertTrue(s.riskOf(a, stop, rate) <= budget, "seed " + seed + " case " + i);
            double next = (Math.round(a * 1000) + 1) / 1000.0;
            assertTrue(a == 0 || a == s.maxAmount() || s.riskOf(next, stop, rate) > budget, "largest step, case " + i);
            assertEquals(Math.round(a * 1000) / 1000.0, a, 0, "a multiple of 0.001");
        }
    }
}
