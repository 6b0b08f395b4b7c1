package io.orderflow.jforex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.dukascopy.api.Instrument;

import io.orderflow.market.AssetClass;
import io.orderflow.market.InstrumentSpec;
import io.orderflow.market.Instruments;
import io.orderflow.strategy.config.ParameterTable;

/**
 * The traded instrument's grid and amounts come from the runtime {@code Instrument}, not from the
 * project's table: ETH/USD in API 2.13.63 is pip 1, tick scale 1 (the table says 2), and the
 * minimum and increment are what the platform set after subscription.
 */
class PlatformInstrumentTest {
    static InstrumentSpec of(Instrument i) {
        return PlatformInstrument.spec(i.name(), i.getPrimaryJFCurrency().getCurrencyCode(),
                i.getSecondaryJFCurrency().getCurrencyCode(), i.getType().name(), i.getPipValue(), i.getPipScale(),
                i.getTickScale(), i.getMinTradeAmount(), i.getTradeAmountIncrement(), i.getAmountPerContract());
    }

    @Test
    void ethUsdTakesThePlatformsScalesNotTheTables() {
        InstrumentSpec table = Instruments.of("ETHUSD");
        InstrumentSpec runtime = of(Instrument.ETHUSD);
        assertEquals(2, table.pointScale(), "the table's guess");
        assertEquals(1, runtime.pointScale(), "tick scale 1 = pip scale 0 + 1");
        assertEquals(0, runtime.pipScale());
        assertEquals(AssetClass.CRYPTO, runtime.assetClass(), "the asset class still comes from the table");
        assertEquals(0.001, runtime.minTradeAmount(), 1e-15, "1000 contracts of one unit (the API's FOREX default)");
        assertEquals(0.000001, runtime.amountIncrement(), 1e-18);
        assertEquals(1234.5, runtime.toPrice(12_345), 0);
    }

    @Test
    void runtimeMinimumAndIncrementInContractsBecomeMillions() {
        InstrumentSpec s = PlatformInstrument.spec("XAGUSD", "XAG", "USD", "METAL", 0.01, 2, 3, 50, 10, 1);
        assertEquals(0.00005, s.minTradeAmount(), 1e-15);
        assertEquals(0.00001, s.amountIncrement(), 1e-15);
        assertEquals(AssetClass.METAL, s.assetClass());
        InstrumentSpec lots = PlatformInstrument.spec("EURUSD", "EUR", "USD", "FOREX", 0.0001, 4, 5, 1, 1, 1000);
        assertEquals(0.001, lots.minTradeAmount(), 1e-15, "1 contract of 1000 units");
    }

    @Test
    void inconsistentPropertiesAreNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PlatformInstrument.spec("ABCDEF", "ABC", "DEF", "FOREX", 0.001, 4, 5, 1000, 1, 1));
        assertTrue(e.getMessage().startsWith("instrument ABCDEF: pip value 0.001 is not 10^-4"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> PlatformInstrument.spec("ABCDEF", "ABC", "DEF", "FOREX", 0.0001, 4, 5, 0, 1, 1));
        assertTrue(e.getMessage().contains("must all be > 0"), e.getMessage());
    }

    @Test
    void theConfigurationUsesThePlatformsInstrument() throws Exception {
        Map<String, Object> converted = new LinkedHashMap<>();
        converted.put(ParameterTable.INSTRUMENT.path(), "ETHUSD");
        converted.put(ParameterTable.BARS_PERIOD_SECONDS.path(), 300);
        Map<String, Object> platform = new LinkedHashMap<>();
        platform.put(ParameterTable.ACCOUNT_CURRENCY.path(), "USD");
        platform.put(ParameterTable.ACCOUNT_INITIAL_EQUITY.path(), 10_000.0);
        JForexConfigResolver.Resolved r = JForexConfigResolver.resolve(JForexTesterParityTest.newStrategy(), converted, null, platform,
                null, symbol -> of(Instrument.valueOf(symbol)));
        assertEquals(1, r.config().instrument().pointScale());
        assertEquals(10, r.config().profileRowPoints(), "1 pip = 10 points of 0.1");
        JForexConfigResolver.InstrumentSource none = symbol -> null;
        Exception e = assertThrows(Exception.class, () -> JForexConfigResolver.resolve(JForexTesterParityTest.newStrategy(), converted,
                null, platform, null, none));
        assertTrue(e.getMessage().contains("the platform offers no such instrument"), e.getMessage());
    }

    @Test
    void amountsAndPricesOnThePlatformsGrid() {
        InstrumentSpec s = new InstrumentSpec("EURUSD", "EUR", "USD", AssetClass.FX, 5, 4, 0.005, 0.002);
        assertEquals(0.124, s.orderAmount(0.125), 0);
        assertEquals(0.006, s.orderAmount(0.0069999), 0);
        assertEquals(0.006, s.orderAmount(0.006 - 1e-13), 0, "binary noise below a step counts as the step");
        assertEquals(0, s.orderAmount(0.005), 0, "0.004 after rounding: below the minimum");
        assertEquals(0, s.orderAmount(Double.NaN), 0);
        InstrumentSpec fine = new InstrumentSpec("EURUSD", "EUR", "USD", AssetClass.FX, 6, 4, 0.001);
        assertEquals(10, fine.pointsPerTenthPip());
        assertEquals(1_139_130, fine.roundToTenthPip(1_139_125), "half up");
        assertEquals(1_139_120, fine.roundToTenthPip(1_139_124));
        assertEquals(-10, fine.roundToTenthPip(-14));
        assertEquals(1, Instruments.of("EURUSD").pointsPerTenthPip(), "a Dukascopy point is a tenth of a pip");
        assertEquals(114_567, Instruments.of("EURUSD").roundToTenthPip(114_567));
    }
}
