package io.orderflow.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.orderflow.data.DecimalPoints;
import io.orderflow.testing.TestInstruments;
import io.orderflow.testing.Seeds;

class InstrumentsTest {

    @ParameterizedTest(name = "{0}: point 10^-{1}, pip 10^-{2}")
    @CsvSource({
        // majors
        "EURUSD, 5, 4, FX", "GBPUSD, 5, 4, FX", "USDCHF, 5, 4, FX", "AUDUSD, 5, 4, FX", "USDCAD, 5, 4, FX",
        "NZDUSD, 5, 4, FX",
        // JPY pairs
        "USDJPY, 3, 2, FX", "EURJPY, 3, 2, FX", "GBPJPY, 3, 2, FX", "AUDJPY, 3, 2, FX",
        // metals
        "XAUUSD, 3, 2, METAL", "XAGUSD, 3, 2, METAL",
        // everything in ../shared/data (the exchange symbols are test-only: TestInstruments)
        "BTCUSD, 1, 0, CRYPTO", "BTCUSDT, 2, 2, CRYPTO", "ETHUSDT, 2, 2, CRYPTO", "XRPETH, 8, 8, CRYPTO",
        "BTCPERP, 1, 0, CRYPTO", "6E, 5, 4, FUTURE", "ORCL, 4, 2, EQUITY", "SPY, 4, 2, EQUITY",
        "AAPL, 4, 2, EQUITY",
    })
    void knowsTheScalesOfEveryInstrumentWeUse(String symbol, int pointScale, int pipScale, AssetClass cls) {
        InstrumentSpec s = TestInstruments.of(symbol);
        assertEquals(symbol, s.symbol());
        assertEquals(pointScale, s.pointScale());
        assertEquals(pipScale, s.pipScale());
        assertEquals(cls, s.assetClass());
        assertEquals(Math.pow(10, -pointScale), s.pointSize(), 1e-18);
        assertEquals(Math.pow(10, -pipScale), s.pipSize(), 1e-18);
        assertEquals((long) Math.pow(10, pointScale - pipScale), s.pointsPerPip());
    }

    /** The program knows Dukascopy instruments only; the exchange symbols of the test data live in the tests. */
    @Test
    void exchangeSymbolsOfTheTestDataAreNotProgramInstruments() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Instruments.of("XYZ"));
        for (String symbol : TestInstruments.exchange().keySet()) {
            assertNull(Instruments.find(symbol), symbol);
            assertFalse(e.getMessage().matches(".*[\\[ ]" + symbol + "[,\\]].*"), symbol + " listed: " + e.getMessage());
        }
        assertTrue(e.getMessage().contains("EURUSD") && e.getMessage().contains("BTCUSD"), e.getMessage());
    }

    @Test
    void pointAndPipArithmetic() {
        InstrumentSpec eurusd = Instruments.of("EURUSD");
        assertEquals(1.14545, eurusd.toPrice(114545L), 0.0);
        assertEquals(1.145455, eurusd.toPrice(114545.5), 1e-15);
        assertEquals(114545, eurusd.toPoints(1.14545));
        assertEquals(2.5, eurusd.pointsToPips(25), 0.0);
        assertEquals(25, eurusd.pipsToPoints(2.5), 0.0);
        InstrumentSpec usdjpy = Instruments.of("USDJPY");
        assertEquals(112.345, usdjpy.toPrice(112345L), 0.0);
        assertEquals(10, usdjpy.pointsPerPip());
        assertEquals("EUR/USD", eurusd.slashName());
        assertEquals("EUR", eurusd.base());
        assertEquals("USD", eurusd.quote());
    }

    @Test
    void pricesRoundTripThroughDoubleAndThroughText() {
        long seed = Seeds.of(0x1257L);
        Random rnd = new Random(seed);
        for (InstrumentSpec s : Instruments.all()) {
            long max = s.pointScale() >= 5 ? 10_000_000L : 100_000_000L;
            for (int i = 0; i < 5_000; i++) {
                long points = 1 + (long) (rnd.nextDouble() * max);
                double price = s.toPrice(points);
                String msg = s + " " + points + " (seed " + seed + ")";
                assertEquals(points, s.toPoints(price), msg);
                // The double is the one nearest the decimal, so its shortest text is that decimal.
                String text = new BigDecimal(Double.toString(price)).toPlainString();
                assertEquals(BigDecimal.valueOf(points, s.pointScale()).compareTo(new BigDecimal(text)), 0, msg);
                assertEquals(points, DecimalPoints.parse(text, s.pointScale()), msg);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"EURUSD", "EUR/USD", "eur/usd", "eur-usd", "EUR_USD", "EUR.USD", " EUR USD "})
    void looksUpEurUsdInEveryCommonSpelling(String name) {
        assertSame(Instruments.of("EURUSD"), Instruments.of(name));
    }

    @Test
    void looksUpIndexCfdsByTheirJForexNames() {
        assertEquals("USA500IDXUSD", Instruments.of("USA500.IDX/USD").symbol());
        assertEquals("USA500.IDX/USD", Instruments.of("USA500IDXUSD").slashName());
        assertEquals("DEUIDXEUR", Instruments.of("DEU.IDX/EUR").symbol());
    }

    @Test
    void unknownInstrumentMessageNamesItAndListsTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Instruments.of("EUR/XYZ"));
        assertTrue(e.getMessage().startsWith("unknown instrument 'EUR/XYZ'; known: ["), e.getMessage());
        assertTrue(e.getMessage().contains("EURUSD") && e.getMessage().contains("GBPJPY"), e.getMessage());
        assertNull(Instruments.find("EUR/XYZ"));
        assertNull(Instruments.find(null));
    }

    @Test
    void registryHasNoDuplicatesAndEverySymbolLooksItselfUp() {
        for (InstrumentSpec s : Instruments.all()) {
            assertSame(s, Instruments.of(s.symbol()));
            // Exchange futures and stocks have no "BASE/QUOTE" name (6E, SPY); everything else does.
            if (s.assetClass() != AssetClass.FUTURE && s.assetClass() != AssetClass.EQUITY) {
                assertSame(s, Instruments.of(s.slashName()), s.slashName());
            }
        }
    }

    @Test
    void specRejectsInconsistentScales() {
        assertThrows(IllegalArgumentException.class, () -> new InstrumentSpec("X", "X", "Y", AssetClass.FX, 19, 2, 1));
        assertThrows(IllegalArgumentException.class, () -> new InstrumentSpec("X", "X", "Y", AssetClass.FX, 2, 3, 1));
        assertThrows(IllegalArgumentException.class, () -> new InstrumentSpec("X", "X", "Y", AssetClass.FX, 5, 4, 0));
    }
}
