package io.orderflow.strategy.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashSet;
import java.util.Set;

import javax.lang.model.SourceVersion;

import org.junit.jupiter.api.Test;

class StrategyConfigLoaderTest {

    private static ConfigException reject(String json) {
        return assertThrows(ConfigException.class, () -> StrategyConfigLoader.parse(json, "test.json"));
    }

    @Test
    void emptyObjectGivesEveryDefault() {
        StrategyConfig c = StrategyConfigLoader.parse("{}", "test.json");
        assertEquals(StrategyConfig.defaults(), c);
        assertEquals(9, c.intValue(ParameterTable.TREND_EMA_FAST));
        assertEquals(0.5, c.doubleValue(ParameterTable.RISK_PERCENT));
        assertEquals(TrendTrigger.EMA_CROSS, c.enumValue(ParameterTable.TREND_TRIGGER, TrendTrigger.class));
    }

    @Test
    void nestedKeysSetTheDottedParameters() {
        StrategyConfig c = StrategyConfigLoader.parse("{\"trend\": {\"emaFast\": 5, \"confirm\": {\"zScore\": 1.75}},"
                + " \"reversion\": {\"oscillator\": \"percent_b\"}, \"instrument\": \"GBP/JPY\","
                + " \"account\": {\"quoteToAccountRate\": 0.0121}}", "test.json");
        assertEquals(5, c.intValue(ParameterTable.TREND_EMA_FAST));
        assertEquals(1.75, c.doubleValue(ParameterTable.TREND_CONFIRM_Z));
        assertEquals(Oscillator.PERCENT_B, c.enumValue(ParameterTable.REV_OSCILLATOR, Oscillator.class));
        assertEquals("GBPJPY", c.instrument().symbol());
        assertEquals(5, c.differencesFrom(StrategyConfig.defaults()).size());
    }

    @Test
    void everyKeyRoundTripsThroughTheWrittenJson() {
        StrategyConfig c = StrategyConfig.builder().set("trend.emaFast", 7).set("risk.riskPercent", 0.25)
                .set("reversion.stop.mode", StopMode.ATR).set("execution.labelPrefix", "Abc1").build();
        String json = StrategyConfigLoader.toJson(c);
        assertEquals(c, StrategyConfigLoader.parse(json, "written.json"));
        for (Param p : ParameterTable.all()) {
            String leaf = p.path().substring(p.path().lastIndexOf('.') + 1);
            assertTrue(json.contains("\"" + leaf + "\""), p.path() + " written");
        }
    }

    @Test
    void unknownKeyIsRejectedWithItsPathTheLineAndTheKnownKeys() {
        ConfigException e = reject("{\n  \"trend\": {\n    \"emaFsat\": 5\n  }\n}");
        assertEquals("trend.emaFsat", e.key());
        assertTrue(e.getMessage().contains("unknown key 'trend.emaFsat'"), e.getMessage());
        assertTrue(e.getMessage().contains("test.json:3"), e.getMessage());
        assertTrue(e.getMessage().contains("emaFast"), e.getMessage());
    }

    @Test
    void unknownSectionIsRejected() {
        ConfigException e = reject("{\"trnd\": {\"emaFast\": 5}}");
        assertEquals("trnd", e.key());
        assertTrue(e.getMessage().contains("unknown section 'trnd'"), e.getMessage());
        assertTrue(e.getMessage().contains("trend"), e.getMessage());
    }

    @Test
    void outOfRangeValueIsRejectedWithTheAllowedRange() {
        ConfigException e = reject("{\"trend\": {\"emaFast\": 1}}");
        assertEquals("trend.emaFast", e.key());
        assertTrue(e.getMessage().contains("'trend.emaFast' = 1 is out of range: allowed 2..1000"), e.getMessage());
        ConfigException d = reject("{\"risk\": {\"riskPercent\": 12.5}}");
        assertTrue(d.getMessage().contains("'risk.riskPercent' = 12.5 is out of range: allowed 0.01..10"),
                d.getMessage());
    }

    @Test
    void wrongTypesAreRejected() {
        assertTrue(reject("{\"trend\": {\"emaFast\": \"nine\"}}").getMessage().contains("expected a whole number"));
        assertTrue(reject("{\"trend\": {\"emaFast\": 9.5}}").getMessage().contains("expected a whole number"));
        assertTrue(reject("{\"trend\": {\"enabled\": \"yes\"}}").getMessage().contains("expected true or false"));
        assertTrue(reject("{\"trend\": {\"emaFast\": [9]}}").getMessage().contains("wrong type"));
        assertTrue(reject("{\"trend\": 3}").getMessage().contains("is a section"));
        assertTrue(reject("{\"trend\": {\"emaFast\": {\"x\": 1}}}").getMessage().contains("must be a value"));
    }

    @Test
    void badEnumListsTheAllowedValues() {
        ConfigException e = reject("{\"trend\": {\"trigger\": \"MA_CROSS\"}}");
        assertTrue(e.getMessage().contains("EMA_CROSS|DONCHIAN_BREAKOUT"), e.getMessage());
    }

    @Test
    void nullAndDuplicateKeysAreRejected() {
        assertTrue(reject("{\"trend\": {\"emaFast\": null}}").getMessage().contains("must not be null"));
        ConfigException d = reject("{\"trend\": {\"emaFast\": 5, \"emaFast\": 6}}");
        assertTrue(d.getMessage().contains("duplicate key 'trend.emaFast'"), d.getMessage());
    }

    @Test
    void malformedJsonIsReportedWithTheSource() {
        ConfigException e = reject("{\"trend\": {\"emaFast\": 5,}}");
        assertTrue(e.getMessage().startsWith("test.json"), e.getMessage());
    }

    @Test
    void keysAreCheckedAgainstEachOther() {
        ConfigException ema = reject("{\"trend\": {\"emaFast\": 30}}");
        assertEquals("trend.emaFast", ema.key());
        assertTrue(ema.getMessage().contains("must be less than 'trend.emaSlow' = 21"), ema.getMessage());

        ConfigException rate = reject("{\"instrument\": \"GBPJPY\"}");
        assertEquals("account.quoteToAccountRate", rate.key());
        assertTrue(rate.getMessage().contains("neither the quote (JPY) nor the base (GBP)"), rate.getMessage());

        ConfigException bars = reject("{\"ta\": {\"maxBars\": 60}, \"orderflow\": {\"zWindow\": 100}}");
        assertEquals("ta.maxBars", bars.key());
        assertTrue(bars.getMessage().contains("allowed 202..100000"), bars.getMessage());

        assertEquals("instrument", reject("{\"instrument\": \"EURXYZ\"}").key());
        assertEquals("orderflow.profileRowPips", reject("{\"orderflow\": {\"profileRowPips\": 0.15}}").key());
        assertEquals("trend.enabled", reject("{\"trend\": {\"enabled\": false}, \"reversion\": {\"enabled\": false}}")
                .key());
        assertEquals("execution.labelPrefix", reject("{\"execution\": {\"labelPrefix\": \"9x\"}}").key());
        assertEquals("session.anchor", reject("{\"session\": {\"anchor\": \"noon\"}}").key());
        ConfigException reset = reject("{\"orderflow\": {\"cumDeltaReset\": \"weekly\"}}");
        assertEquals("orderflow.cumDeltaReset", reset.key());
        assertTrue(reset.getMessage().contains("expected session, never, fx, utc or HH:mm@Zone/Id"), reset.getMessage());
        ConfigException smoothing = reject("{\"orderflow\": {\"hvnSmoothingRows\": 4}}");
        assertEquals("orderflow.hvnSmoothingRows", smoothing.key());
        assertTrue(smoothing.getMessage().contains("must be odd"), smoothing.getMessage());
    }

    @Test
    void theCalculatorsChoicesMapOntoTheirTypes() {
        StrategyConfig c = StrategyConfigLoader.parse("{\"session\": {\"anchor\": \"08:00@Europe/London\"},"
                + " \"orderflow\": {\"aggressorRule\": \"quote_change\", \"volumeProxy\": \"TOP_OF_BOOK_SIZE\","
                + " \"valueAreaMethod\": \"TWO_ROWS\", \"footprintRowPoints\": 5, \"profileRowPips\": 2}}", "test.json");
        assertEquals(io.orderflow.flow.AggressorMethod.QUOTE_CHANGE,
                c.enumValue(ParameterTable.OF_AGGRESSOR_RULE, AggressorRule.class).method());
        assertEquals(io.orderflow.flow.VolumeProxy.TOP_OF_BOOK_SIZE,
                c.enumValue(ParameterTable.OF_VOLUME_PROXY, QuoteVolume.class).proxy());
        assertEquals(io.orderflow.profile.ValueAreaMethod.TWO_ROWS,
                c.enumValue(ParameterTable.OF_VALUE_AREA_METHOD, io.orderflow.profile.ValueAreaMethod.class));
        assertEquals(5, c.footprintRowPoints());
        assertEquals(20, c.profileRowPoints());
        // "session" (the default) follows session.anchor; the others parse as the flow package does
        assertEquals(io.orderflow.flow.DeltaReset.at(c.sessionAnchor()), c.cumulativeDeltaReset());
        assertEquals(10, StrategyConfig.defaults().footprintRowPoints(), "0 = the profile row: one EURUSD pip");
        assertEquals(io.orderflow.flow.DeltaReset.NEVER, StrategyConfigLoader.parse(
                "{\"orderflow\": {\"cumDeltaReset\": \"never\"}}", "t.json").cumulativeDeltaReset());
        assertEquals(io.orderflow.flow.DeltaReset.UTC_DAY, StrategyConfigLoader.parse(
                "{\"orderflow\": {\"cumDeltaReset\": \"utc\"}}", "t.json").cumulativeDeltaReset());
        ConfigException bad = reject("{\"orderflow\": {\"aggressorRule\": \"TICK_RULE\"}}");
        assertTrue(bad.getMessage().contains("MID_TICK_RULE|QUOTE_CHANGE|BVC"), bad.getMessage());
    }

    @Test
    void usdJpyOnAUsdAccountNeedsNoRate() {
        StrategyConfig c = StrategyConfigLoader.parse("{\"instrument\": \"USDJPY\"}", "test.json");
        assertEquals("USDJPY", c.instrument().symbol());
    }

    @Test
    void jforexFieldNamesAreDistinctJavaIdentifiersAndAcceptedByTheBuilder() {
        Set<String> seen = new HashSet<>();
        for (Param p : ParameterTable.all()) {
            String f = p.jforexField();
            assertTrue(SourceVersion.isIdentifier(f) && !SourceVersion.isKeyword(f), f);
            assertTrue(seen.add(f), "duplicate field " + f);
        }
        StrategyConfig c = StrategyConfig.builder().set("trendEmaFast", 4).set("reversionConfirmZScore", 2.0).build();
        assertEquals(4, c.intValue(ParameterTable.TREND_EMA_FAST));
        assertEquals(2.0, c.doubleValue(ParameterTable.REV_CONFIRM_Z));
        assertEquals("trendConfirmZoneClearanceAtr", ParameterTable.TREND_CONFIRM_ZONE_CLEARANCE_ATR.jforexField());
    }

    @Test
    void jforexDeclarationsCoverEveryKeyWithItsDefault() {
        String decl = ConfigDocs.jforexFieldDeclarations();
        for (Param p : ParameterTable.all()) {
            // the platform keys are hand-written fields of JForex types (or come from the account)
            assertEquals(!ConfigDocs.PLATFORM_KEYS.contains(p.path()), decl.contains(" " + p.jforexField() + " = "), p.path());
        }
        assertEquals(ParameterTable.all().size() - 4, decl.split("@Configurable\\(", -1).length - 1);
        assertTrue(decl.contains("public int trendEmaFast = 9;"), decl);
        assertTrue(decl.contains("public double riskRiskPercent = 0.5;"), decl);
        assertTrue(decl.contains("public io.orderflow.strategy.config.TrendTrigger trendTrigger = "
                + "io.orderflow.strategy.config.TrendTrigger.EMA_CROSS;"), decl);
    }

    @Test
    void theReadmeSectionDocumentsEveryKeyExactlyAsGenerated() throws Exception {
        Path doc = Paths.get(System.getProperty("orderflow.basedir", ".")).resolve("docs/readme/strategy.md");
        String text = new String(Files.readAllBytes(doc), StandardCharsets.UTF_8);
        assertTrue(text.contains(ConfigDocs.markdownTable()),
                "docs/readme/strategy.md must contain ConfigDocs.markdownTable() verbatim (regenerate it)");
    }

    @Test
    void loadsAFileAndNamesItInErrors() throws Exception {
        Path f = Files.createTempFile("strategy", ".json");
        try {
            Files.write(f, "{\"risk\": {\"maxOpenPositions\": 0}}".getBytes(StandardCharsets.UTF_8));
            ConfigException e = assertThrows(ConfigException.class, () -> StrategyConfigLoader.load(f));
            assertTrue(e.getMessage().contains(f.toString() + ":1"), e.getMessage());
            assertTrue(e.getMessage().contains("allowed 1..50"), e.getMessage());
        } finally {
            Files.delete(f);
        }
    }
}
