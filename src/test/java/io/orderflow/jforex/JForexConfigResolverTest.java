package io.orderflow.jforex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.dukascopy.api.Configurable;

import io.orderflow.strategy.config.ConfigException;
import io.orderflow.strategy.config.Param;
import io.orderflow.strategy.config.ParameterTable;
import io.orderflow.strategy.config.StrategyConfig;

/** The strategy's parameters: one field per configuration key, and the JSON file's precedence. */
class JForexConfigResolverTest {
    /** Keys whose values the strategy takes from JForex types or from the platform rather than a plain field. */
    private static final Set<String> NOT_PLAIN = ConfigurableBlock.OUTSIDE_BLOCK;

    private static Object strategy() throws Exception {
        return JForexTesterParityTest.newStrategy();
    }

    private static Map<String, Object> converted(String symbol, int seconds) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("instrument", symbol);
        m.put("bars.periodSeconds", seconds);
        return m;
    }

    private static Map<String, Object> platform(String currency, double equity) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("account.currency", currency);
        m.put("account.initialEquity", equity);
        return m;
    }

    @Test
    void everyConfigurationKeyHasAConfigurableFieldOfItsTypeAndDefault() throws Exception {
        Object s = strategy();
        Set<String> expected = new TreeSet<>();
        for (Param p : ParameterTable.all()) {
            if (NOT_PLAIN.contains(p.path())) continue;
            expected.add(p.jforexField());
            Field f = s.getClass().getField(p.jforexField());
            Configurable c = f.getAnnotation(Configurable.class);
            assertNotNull(c, p.jforexField() + " is @Configurable");
            assertEquals(p.path(), c.value(), "the field's label is its JSON key");
            assertFalse(Modifier.isStatic(f.getModifiers()) || Modifier.isFinal(f.getModifiers()), p.jforexField());
            Object v = f.get(s);
            switch (p.type()) {
                case INT: assertEquals(int.class, f.getType(), p.path()); break;
                case DOUBLE: assertEquals(double.class, f.getType(), p.path()); break;
                case BOOLEAN: assertEquals(boolean.class, f.getType(), p.path()); break;
                case STRING: assertEquals(String.class, f.getType(), p.path()); break;
                default: assertEquals(p.enumType(), f.getType(), p.path()); break;
            }
            assertEquals(p.defaultValue(), v, p.path() + ": default");
        }
        assertEquals(com.dukascopy.api.Instrument.class, s.getClass().getField("instrument").getType());
        assertEquals(com.dukascopy.api.Period.class, s.getClass().getField("barsPeriod").getType());
        assertEquals(File.class, s.getClass().getField("configFile").getType());
        // Configurable.fileType is a filter pattern such as "*.xml" (Configurable.java); a bare "json" would match no file
        String fileType = s.getClass().getField("configFile").getAnnotation(Configurable.class).fileType();
        assertEquals("*.json", fileType);
        java.nio.file.PathMatcher glob = java.nio.file.FileSystems.getDefault().getPathMatcher("glob:" + fileType);
        assertTrue(glob.matches(java.nio.file.Paths.get("strategy.json")));
        assertFalse(glob.matches(java.nio.file.Paths.get("strategy.xml")));
        Set<String> configurable = new TreeSet<>();
        for (Field f : s.getClass().getFields()) if (f.isAnnotationPresent(Configurable.class)) configurable.add(f.getName());
        assertTrue(configurable.containsAll(expected));
        configurable.removeAll(expected);
        assertEquals(new TreeSet<>(Set.of("instrument", "barsPeriod", "configFile", "warmUpHours", "slippagePips",
                "entriesPaused", "attachIndicators", "indicatorsFolder", "writeJournal", "recordDepth", "depthLevels", "allowLiveAccount",
                "writeDiagnostics", "backfillSkippedTicks")), configurable,
                "the other parameters are the platform ones documented in docs/readme/jforex.md");
    }

    @Test
    void withoutAFileTheFieldsAndThePlatformMakeTheConfiguration() throws Exception {
        Object s = strategy();
        JForexConfigResolver.Resolved r = JForexConfigResolver.resolve(s, converted("EURUSD", 300), null, platform("USD", 100_000));
        assertEquals(StrategyConfig.defaults(), r.config());
        assertTrue(r.fromFile().isEmpty());
        s.getClass().getField("trendEmaFast").set(s, 5);
        r = JForexConfigResolver.resolve(s, converted("EURGBP", 60), null, platform("EUR", 2_500));
        assertEquals(5, r.config().intValue(ParameterTable.TREND_EMA_FAST));
        assertEquals("EURGBP", r.config().instrument().symbol());
        assertEquals(60_000, r.config().barPeriodMs());
        assertEquals("EUR", r.config().string(ParameterTable.ACCOUNT_CURRENCY));
        assertEquals(2_500, r.config().doubleValue(ParameterTable.ACCOUNT_INITIAL_EQUITY));
    }

    @Test
    void theJsonFileReplacesTheKeysItContainsAndKeepsTheOtherFields(@TempDir Path dir) throws Exception {
        Object s = strategy();
        s.getClass().getField("trendEmaFast").set(s, 12);
        s.getClass().getField("trendEmaSlow").set(s, 40);
        s.getClass().getField("riskRiskPercent").set(s, 0.25);
        Path json = dir.resolve("strategy.json");
        Files.write(json, ("{\n  \"trend\": {\"emaFast\": 30},\n  \"risk\": {\"riskPercent\": 0.25},\n"
                + "  \"account\": {\"currency\": \"EUR\"},\n  \"instrument\": \"USDJPY\"\n}\n").getBytes(StandardCharsets.UTF_8));
        JForexConfigResolver.Resolved r = JForexConfigResolver.resolve(s, converted("EURUSD", 300), json.toFile(),
                platform("USD", 50_000));
        StrategyConfig c = r.config();
        assertEquals(30, c.intValue(ParameterTable.TREND_EMA_FAST), "the file wins over the field");
        assertEquals(40, c.intValue(ParameterTable.TREND_EMA_SLOW), "a key the file leaves out keeps its field value");
        assertEquals("USDJPY", c.instrument().symbol(), "even the instrument");
        assertEquals("USD", c.string(ParameterTable.ACCOUNT_CURRENCY), "the platform decides the account currency");
        assertEquals(java.util.List.of("trend.emaFast", "risk.riskPercent", "instrument"), r.fromFile());
        assertTrue(r.notes().stream().anyMatch(n -> n.contains("'trend.emaFast' = 30.0 (parameter: 12)")), r.notes().toString());
        assertTrue(r.notes().stream().anyMatch(n -> n.contains("'account.currency' is ignored")), r.notes().toString());
        assertFalse(r.notes().stream().anyMatch(n -> n.contains("riskPercent")), "an equal value is not reported");
    }

    @Test
    void errorsNameTheFileTheLineAndTheKey(@TempDir Path dir) throws Exception {
        Object s = strategy();
        Path json = dir.resolve("bad.json");
        Files.write(json, "{\n  \"trend\": {\n    \"emaFsat\": 5\n  }\n}\n".getBytes(StandardCharsets.UTF_8));
        ConfigException e = assertThrows(ConfigException.class, () -> JForexConfigResolver.resolve(s,
                converted("EURUSD", 300), json.toFile(), platform("USD", 1000)));
        assertTrue(e.getMessage().startsWith("bad.json:3: unknown key 'trend.emaFsat'"), e.getMessage());
        assertTrue(e.getMessage().contains("emaFast"), "suggests the known keys: " + e.getMessage());

        Files.write(json, "{\"trend\": {\"emaFast\": 60}}".getBytes(StandardCharsets.UTF_8));
        e = assertThrows(ConfigException.class, () -> JForexConfigResolver.resolve(s, converted("EURUSD", 300),
                json.toFile(), platform("USD", 1000)));
        assertTrue(e.getMessage().contains("'trend.emaFast' = 60 must be less than 'trend.emaSlow' = 21"), e.getMessage());
        s.getClass().getField("trendEmaSlow").set(s, 80);
        assertEquals(60, JForexConfigResolver.resolve(s, converted("EURUSD", 300), json.toFile(), platform("USD", 1000))
                .config().intValue(ParameterTable.TREND_EMA_FAST), "checked after merging: the field's slow EMA makes it valid");

        Files.write(json, "{\"trend\": [1]}".getBytes(StandardCharsets.UTF_8));
        e = assertThrows(ConfigException.class, () -> JForexConfigResolver.resolve(s, converted("EURUSD", 300),
                json.toFile(), platform("USD", 1000)));
        assertTrue(e.getMessage().startsWith("bad.json:1:"), e.getMessage());
    }

    @Test
    void aCrossWithoutARateTakesTheConversionRateAtStartOnlyWhenNoneIsSet() throws Exception {
        Object s = strategy();
        AtomicInteger asked = new AtomicInteger();
        JForexConfigResolver.RateSource rates = (spec, account) -> {
            asked.incrementAndGet();
            assertEquals("GBPJPY", spec.symbol());
            assertEquals("USD", account);
            return 0.0091;
        };
        JForexConfigResolver.Resolved r = JForexConfigResolver.resolve(s, converted("GBPJPY", 300), null,
                platform("USD", 10_000), rates);
        assertEquals(1, asked.get());
        assertTrue(r.rateFromPlatform());
        assertEquals(0.0091, r.config().doubleValue(ParameterTable.ACCOUNT_QUOTE_TO_ACCOUNT_RATE));

        s.getClass().getField("accountQuoteToAccountRate").set(s, 0.0122);
        r = JForexConfigResolver.resolve(s, converted("GBPJPY", 300), null, platform("USD", 10_000), rates);
        assertEquals(1, asked.get(), "a configured rate is kept");
        assertFalse(r.rateFromPlatform());

        r = JForexConfigResolver.resolve(strategy(), converted("EURUSD", 300), null, platform("USD", 10_000), rates);
        assertEquals(1, asked.get(), "EURUSD on USD needs no conversion");
        assertThrows(ConfigException.class, () -> JForexConfigResolver.resolve(strategy(), converted("GBPJPY", 300), null,
                platform("USD", 10_000)), "without a source the cross is refused as offline");
    }

    @Test
    void theBarPeriodMustBeWholeSecondsFromTenSecondsToADay() {
        assertEquals(300, JForexConfigResolver.barSeconds(300_000, "5 Mins"));
        assertEquals(86_400, JForexConfigResolver.barSeconds(86_400_000, "Daily"));
        assertThrows(ConfigException.class, () -> JForexConfigResolver.barSeconds(-1, "Ticks"));
        assertThrows(ConfigException.class, () -> JForexConfigResolver.barSeconds(1_000, "1 Sec"));
        assertThrows(ConfigException.class, () -> JForexConfigResolver.barSeconds(7 * 86_400_000L, "Weekly"));
    }
}
