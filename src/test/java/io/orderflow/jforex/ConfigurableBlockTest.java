package io.orderflow.jforex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.api.Test;

import io.orderflow.strategy.config.ConfigDocs;
import io.orderflow.strategy.config.Param;
import io.orderflow.strategy.config.ParameterTable;

/**
 * The strategy's {@code @Configurable} fields for the configuration keys are exactly the block
 * {@link ConfigurableBlock} renders from the parameter table. With
 * {@code -Dorderflow.configurable.update=true} the test first rewrites the block in the source.
 */
class ConfigurableBlockTest {
    private static final Path SOURCE = Paths.get(System.getProperty("orderflow.basedir", "."))
            .resolve("strategies/OrderFlowStrategy.java").toAbsolutePath();
    private static final String HOW = "regenerate with: mvn -B -q test -Dtest=ConfigurableBlockTest "
            + "-Dorderflow.configurable.update=true";

    private static String source() throws Exception {
        return new String(Files.readAllBytes(SOURCE), StandardCharsets.UTF_8);
    }

    @Test
    void theStrategySourceHoldsExactlyTheGeneratedBlock() throws Exception {
        if (Boolean.getBoolean("orderflow.configurable.update")) {
            System.out.println(SOURCE + (ConfigurableBlock.update(SOURCE) ? ": block rewritten" : ": block already current"));
        }
        String inSource = ConfigurableBlock.extract(source(), SOURCE.toString());
        String generated = ConfigurableBlock.render();
        if (!generated.equals(inSource)) {
            String[] a = generated.split("\n", -1);
            String[] b = inSource.split("\n", -1);
            int i = 0;
            while (i < a.length && i < b.length && a[i].equals(b[i])) i++;
            String first = "first difference at block line " + (i + 1) + ":\n  generated: "
                    + (i < a.length ? a[i] : "<end>") + "\n  in source: " + (i < b.length ? b[i] : "<end>");
            assertEquals(generated, inSource, SOURCE + " differs from the parameter table; " + first + "\n" + HOW);
        }
    }

    @Test
    void aKeyIsRenderedWithItsLabelTypeDefaultStepAndDescriptionWithTheRange() {
        String block = ConfigurableBlock.render();
        // expected texts written by hand from the ParameterTable declarations
        assertTrue(block.contains("    @Configurable(value = \"trend.emaFast\", stepSize = 1,\n"
                + "            description = \"Fast EMA period, bars; range 2..1000\")\n"
                + "    public int trendEmaFast = 9;\n\n"), block);
        assertTrue(block.contains("    @Configurable(value = \"risk.riskPercent\", stepSize = 0.1,\n"
                + "            description = \"Risk per trade in % of equity: amount = risk / (stop distance x "
                + "quote-to-account rate); range 0.01..10\")\n"
                + "    public double riskRiskPercent = 0.5;\n\n"), block);
        assertTrue(block.contains("    @Configurable(value = \"reversion.target.mode\",\n"
                + "            description = \"Reversion target: next HVN/POC, R multiple, or none\")\n"
                + "    public io.orderflow.strategy.config.TargetMode reversionTargetMode = "
                + "io.orderflow.strategy.config.TargetMode.PROFILE;\n\n"), block);
        assertTrue(block.contains("    @Configurable(value = \"execution.labelPrefix\",\n"
                + "            description = \"Order label prefix: letters and digits, starting with a letter; "
                + "at most 12 characters\")\n"
                + "    public String executionLabelPrefix = \"OF\";\n\n"), block);
        assertTrue(block.contains("    @Configurable(value = \"session.flatAtWeeklyClose\",\n"
                + "            description = \"Close every position shortly before the weekly close\")\n"
                + "    public boolean sessionFlatAtWeeklyClose = true;\n\n"), block);
        assertFalse(block.contains("options"), "Configurable.options applies to String fields only");
    }

    @Test
    void theDoubleStepIsTheLargestOfATenthAHundredthAndAThousandthDividingTheDefaultAndAtMostAFifthOfTheRange() {
        // default 0.25: 1 and 0.1 do not divide it
        assertEquals("0.01", ConfigDocs.jforexStepSize(ParameterTable.OF_EXHAUSTION_FACTOR));
        // default 0, range -2..0.5: a tenth (never a whole unit for a double)
        assertEquals("0.1", ConfigDocs.jforexStepSize(ParameterTable.REV_PERCENT_B_LOW));
        // default 0 (derive), range 0..1e9: a tenth, not 1
        assertEquals("0.1", ConfigDocs.jforexStepSize(ParameterTable.ACCOUNT_QUOTE_TO_ACCOUNT_RATE));
        // default 0.5, range 0.01..1 = 0.99 >= 5 x 0.1
        assertEquals("0.1", ConfigDocs.jforexStepSize(ParameterTable.MANIPULATION_MAX_SCORE));
        // default 5, range 0.001..10000: a tenth
        assertEquals("0.1", ConfigDocs.jforexStepSize(ParameterTable.RISK_MAX_AMOUNT));
        assertEquals("1", ConfigDocs.jforexStepSize(ParameterTable.TA_MAX_BARS));
        assertEquals(null, ConfigDocs.jforexStepSize(ParameterTable.TREND_ENABLED));
        assertEquals(null, ConfigDocs.jforexStepSize(ParameterTable.SESSION_ANCHOR));
    }

    @Test
    void everyKeyButThePlatformOnesHasExactlyOneGeneratedField() {
        String block = ConfigurableBlock.render();
        int keys = 0;
        for (Param p : ParameterTable.all()) {
            String field = " " + p.jforexField() + " = ";
            int n = block.split(java.util.regex.Pattern.quote(field), -1).length - 1;
            if (ConfigurableBlock.OUTSIDE_BLOCK.contains(p.path())) {
                assertEquals(0, n, p.path());
            } else {
                assertEquals(1, n, p.path());
                keys++;
            }
        }
        assertEquals(ParameterTable.all().size() - 4, keys);
        assertEquals(keys, block.split("@Configurable\\(", -1).length - 1);
    }

    @Test
    void anEditedDescriptionInTheSourceIsADifference() throws Exception {
        String src = ConfigurableBlock.replace(source(), "x");
        String edited = src.replace("\"Fast EMA period, bars; range 2..1000\"", "\"Fast EMA period; range 2..1000\"");
        assertNotEquals(src, edited);
        assertEquals(ConfigurableBlock.render(), ConfigurableBlock.extract(src, "x"));
        assertNotEquals(ConfigurableBlock.render(), ConfigurableBlock.extract(edited, "x"));
        assertEquals(src, ConfigurableBlock.replace(edited, "x"), "regenerating restores it");
    }

    @Test
    void literalsAreAsciiJava() {
        assertEquals("\"a\\\"b\\\\c\\u00e9\"", ConfigDocs.javaStringLiteral("a\"b\\c\u00e9"));
        assertThrows(IllegalArgumentException.class, () -> ConfigDocs.javaStringLiteral("a\nb"));
    }

    @Test
    void missingOrRepeatedMarkersAreNamedWithFileAndLine() {
        String b = ConfigurableBlock.BEGIN + "\n";
        String e = ConfigurableBlock.END + "\n";
        IllegalStateException x = assertThrows(IllegalStateException.class,
                () -> ConfigurableBlock.extract("class A {\n" + b + "}\n", "A.java"));
        assertTrue(x.getMessage().startsWith("A.java: no line '" + ConfigurableBlock.END + "'"), x.getMessage());
        x = assertThrows(IllegalStateException.class,
                () -> ConfigurableBlock.extract("class A {\n" + b + e + b + e + "}\n", "A.java"));
        assertTrue(x.getMessage().startsWith("A.java:4: a second BEGIN GENERATED marker (first at line 2)"), x.getMessage());
        x = assertThrows(IllegalStateException.class,
                () -> ConfigurableBlock.extract("class A {\n" + e + b + "}\n", "A.java"));
        assertTrue(x.getMessage().startsWith("A.java:2: END GENERATED before"), x.getMessage());
        assertEquals("x\n", ConfigurableBlock.extract(b + "x\n" + e, "A.java"));
    }
}
