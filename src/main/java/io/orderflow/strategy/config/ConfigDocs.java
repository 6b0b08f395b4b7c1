package io.orderflow.strategy.config;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Text generated from {@link ParameterTable}: the documentation table and the JForex
 * {@code @Configurable} field declarations that mirror the JSON keys one to one (written into the strategy
 * source by the test-side {@code io.orderflow.jforex.ConfigurableBlock}). Stateless; thread-safe.
 */
public final class ConfigDocs {
    private ConfigDocs() {
    }

    /** A Markdown table: key, JForex field, type, default, allowed, meaning. */
    public static String markdownTable() {
        StringBuilder sb = new StringBuilder();
        sb.append("| key | JForex field | type | default | allowed | meaning |\n");
        sb.append("|---|---|---|---|---|---|\n");
        for (Param p : ParameterTable.all()) {
            sb.append("| `").append(p.path()).append("` | `").append(p.jforexField()).append("` | ")
                    .append(shortType(p)).append(" | `").append(p.defaultText()).append("` | ")
                    .append(p.allowed().replace("|", "\\|")).append(" | ").append(p.description().replace("|", "\\|"))
                    .append(" |\n");
        }
        return sb.toString();
    }

    private static String shortType(Param p) {
        return p.type() == Param.Type.ENUM ? "enum" : p.jforexType();
    }

    /**
     * Keys without a generated {@code @Configurable} field: {@code instrument} and {@code bars.periodSeconds}
     * are the strategy's hand-written platform-typed fields ({@code Instrument instrument},
     * {@code Period barsPeriod}); {@code account.currency} and {@code account.initialEquity} are facts of the
     * account, never settings.
     */
    public static final Set<String> PLATFORM_KEYS = Collections.unmodifiableSet(new LinkedHashSet<String>(
            Arrays.asList("instrument", "bars.periodSeconds", "account.currency", "account.initialEquity")));

    private static final String[] STEPS = {"0.1", "0.01", "0.001"};

    /**
     * The JForex strategy's {@code @Configurable} field declarations, one per key except
     * {@link #PLATFORM_KEYS}, in table order, indented as class members and separated by blank lines —
     * the generated block of {@code strategies/OrderFlowStrategy.java}. Per key: label ({@code value}) =
     * the JSON key; field = {@link Param#jforexField()} of type {@link Param#jforexType()} initialised to
     * the default; {@code stepSize} for numbers ({@link #jforexStepSize}); {@code description} =
     * {@link #jforexDescription}. No {@code options}: {@code Configurable.options} is "Applicable only
     * for String fields, otherwise ignored" (JForex-API 2.13.63 {@code Configurable.java}), enum fields
     * are a combo box of their constants anyway, and the two String keys ({@code session.anchor},
     * {@code orderflow.cumDeltaReset}) take free text such as {@code 08:00@Europe/London}. All text is
     * ASCII ({@link #javaStringLiteral}), for ECJ {@code -source 1.6} and any platform source encoding.
     */
    public static String jforexFieldDeclarations() {
        StringBuilder sb = new StringBuilder();
        for (Param p : ParameterTable.all()) {
            if (PLATFORM_KEYS.contains(p.path())) continue;
            sb.append("    @Configurable(value = ").append(javaStringLiteral(p.path()));
            String step = jforexStepSize(p);
            if (step != null) sb.append(", stepSize = ").append(step);
            sb.append(",\n            description = ").append(javaStringLiteral(jforexDescription(p))).append(")\n");
            sb.append("    public ").append(p.jforexType()).append(' ').append(p.jforexField()).append(" = ")
                    .append(javaInitialValue(p)).append(";\n\n");
        }
        return sb.toString();
    }

    /**
     * The parameter dialog's description: the table's description (which states the unit), then
     * {@code "; range min..max"} for numbers or {@code "; at most N characters"} for text.
     */
    public static String jforexDescription(Param p) {
        switch (p.type()) {
            case INT:
            case DOUBLE: return p.description() + "; range " + p.allowed();
            case STRING: return p.description() + "; at most " + (long) p.max() + " characters";
            default: return p.description();
        }
    }

    /**
     * The {@code stepSize} literal of a number field, null for other types ({@code Configurable.stepSize}:
     * "suitable for parameter's types as : int, long or double ... Value must be positive"): 1 for int; for
     * double the largest of 0.1, 0.01, 0.001 of which the default is a whole multiple and that is at most
     * a fifth of the range, else 0.001 (never 1: a multiplier, a z-score or a conversion rate such as 0.0091
     * stepped by whole units is useless). The dialog lets the user change the step.
     */
    public static String jforexStepSize(Param p) {
        switch (p.type()) {
            case INT: return "1";
            case DOUBLE: {
                double def = (Double) p.defaultValue();
                double range = p.max() - p.min();
                for (String s : STEPS) {
                    double step = Double.parseDouble(s);
                    double n = def / step;
                    if (Math.abs(n - Math.rint(n)) < 1e-9 && range >= 5 * step) return s;
                }
                return STEPS[STEPS.length - 1];
            }
            default: return null;
        }
    }

    private static String javaInitialValue(Param p) {
        Object d = p.defaultValue();
        switch (p.type()) {
            case INT:
            case BOOLEAN: return String.valueOf(d);
            case DOUBLE: return Double.toString((Double) d);
            case STRING: return javaStringLiteral((String) d);
            default: return p.jforexType() + "." + ((Enum<?>) d).name();
        }
    }

    /**
     * {@code s} as an ASCII Java string literal: quotes and backslashes escaped, other non-ASCII as
     * {@code \\uXXXX}.
     *
     * @throws IllegalArgumentException for a control character (a description is one line)
     */
    public static String javaStringLiteral(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20) {
                throw new IllegalArgumentException("control character " + (int) c + " in \"" + s + "\"");
            } else if (c > 0x7e) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}
