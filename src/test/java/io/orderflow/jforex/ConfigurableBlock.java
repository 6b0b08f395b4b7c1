package io.orderflow.jforex;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.orderflow.strategy.config.Param;
import io.orderflow.strategy.config.StrategyParams;

/**
 * Renders the strategy's {@code @Configurable} fields for the configuration keys of
 * {@link StrategyParams} — the block between {@link #BEGIN} and {@link #END} in
 * {@code strategies/OrderFlowStrategy.java} — so that the keys, types, defaults and descriptions are
 * declared once, in the parameter table. Test-side build tool (not packaged); stateless, thread-safe.
 *
 * <p>Per key, in table order (keys in {@link #OUTSIDE_BLOCK} excepted):
 * <ul>
 * <li>label ({@code value}) = the JSON key, field name = {@link Param#jforexField()}, type =
 * {@link Param#jforexType()}, initial value = the table's default;</li>
 * <li>{@code description} = the table's description (which carries the unit) followed by
 * {@code "; range min..max"} for numbers and {@code "; at most N characters"} for text;</li>
 * <li>{@code stepSize} for numbers only ({@code Configurable.stepSize} javadoc: "suitable for parameter's
 * types as: int, long or double ... Value must be positive"): 1 for int; for double the largest of
 * 1, 0.1, 0.01, 0.001 of which the default is a whole multiple and that is at most a fifth of the range,
 * else 0.001;</li>
 * <li>no {@code options}: the javadoc of {@code Configurable.options} says "Applicable only for String
 * fields, otherwise ignored" and the enum fields are shown as a combo box of their constants anyway
 * ({@code Configurable} javadoc, "Constants ... Single-selection combobox"); the two String keys
 * ({@code session.anchor}, {@code orderflow.cumDeltaReset}) accept free text such as {@code 08:00@Europe/London},
 * so a closed list would be wrong.</li>
 * </ul>
 * Strings are written as ASCII Java literals ({@code \\uXXXX} for anything else), so the source stays
 * readable by any platform compiler encoding and by ECJ {@code -source 1.6}.
 *
 * <p>Regenerate the source: {@code mvn -B -q test -Dtest=ConfigurableBlockTest -Dorderflow.configurable.update=true},
 * or, when the strategy does not compile, with {@link #main(String[])}.
 */
public final class ConfigurableBlock {
    /** The line that opens the generated block (indented like a member). */
    public static final String BEGIN = "    // BEGIN GENERATED: configuration keys (ConfigurableBlock; do not edit by hand)";
    /** The line that closes the generated block. */
    public static final String END = "    // END GENERATED";

    /**
     * Keys without a generated field: {@code instrument} and {@code bars.periodSeconds} are the hand-written
     * platform fields {@code instrument} ({@code Instrument}) and {@code barsPeriod} ({@code Period});
     * {@code account.currency} and {@code account.initialEquity} are facts of the account, never settings
     * ({@link StrategyParameters}).
     */
    public static final Set<String> OUTSIDE_BLOCK = Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(
            "instrument", "bars.periodSeconds", "account.currency", "account.initialEquity")));

    private static final String[] STEPS = {"1", "0.1", "0.01", "0.001"};

    private ConfigurableBlock() {
    }

    /**
     * Rewrites the block of the strategy source named by {@code args[0]} (default
     * {@code strategies/OrderFlowStrategy.java}). Needs only the main classes, so it also works while the
     * strategy does not compile (a key renamed in the table):
     * {@code mvn -B -q compile && java -cp target/classes src/test/java/io/orderflow/jforex/ConfigurableBlock.java}.
     */
    public static void main(String[] args) throws IOException {
        Path file = java.nio.file.Paths.get(args.length > 0 ? args[0] : "strategies/OrderFlowStrategy.java");
        System.out.println(file + (update(file) ? ": generated block rewritten" : ": generated block already current"));
    }

    /** The block's lines between the markers (markers excluded), each without a line terminator. */
    public static String render() {
        StringBuilder sb = new StringBuilder();
        for (Param p : StrategyParams.all()) {
            if (OUTSIDE_BLOCK.contains(p.path())) continue;
            sb.append("    @Configurable(value = ").append(literal(p.path()));
            String step = stepSize(p);
            if (step != null) sb.append(", stepSize = ").append(step);
            sb.append(",\n            description = ").append(literal(description(p))).append(")\n");
            sb.append("    public ").append(p.jforexType()).append(' ').append(p.jforexField()).append(" = ")
                    .append(initialValue(p)).append(";\n\n");
        }
        return sb.toString();
    }

    /** The dialog description: the table's text plus the allowed range for numbers and text. */
    static String description(Param p) {
        switch (p.type()) {
            case INT:
            case DOUBLE: return p.description() + "; range " + p.allowed();
            case STRING: return p.description() + "; at most " + (long) p.max() + " characters";
            default: return p.description();
        }
    }

    /** The {@code stepSize} literal, or null for non-numeric keys. */
    static String stepSize(Param p) {
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

    /** The default as a Java expression of the field's type. */
    static String initialValue(Param p) {
        Object d = p.defaultValue();
        switch (p.type()) {
            case INT:
            case BOOLEAN: return String.valueOf(d);
            case DOUBLE: return Double.toString((Double) d);
            case STRING: return literal((String) d);
            default: return p.jforexType() + "." + ((Enum<?>) d).name();
        }
    }

    /** A Java string literal in ASCII. */
    static String literal(String s) {
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

    /**
     * The text between the markers of {@code source}.
     *
     * @throws IllegalStateException naming {@code file} and the line when a marker is missing or repeated
     */
    public static String extract(String source, String file) {
        int[] at = markers(source, file);
        return source.substring(at[0], at[1]);
    }

    /** {@code source} with the text between the markers replaced by {@link #render()}. */
    public static String replace(String source, String file) {
        int[] at = markers(source, file);
        return source.substring(0, at[0]) + render() + source.substring(at[1]);
    }

    /** Rewrites {@code file} when its block differs; returns true when it changed it. */
    public static boolean update(Path file) throws IOException {
        String src = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        String out = replace(src, file.toString());
        if (out.equals(src)) return false;
        Files.write(file, out.getBytes(StandardCharsets.UTF_8));
        return true;
    }

    /** Offsets of the block: just after the BEGIN line, at the start of the END line. */
    private static int[] markers(String source, String file) {
        List<String> lines = Arrays.asList(source.split("\n", -1));
        int begin = -1;
        int end = -1;
        int offset = 0;
        int beginOffset = -1;
        int endOffset = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.trim().startsWith("// BEGIN GENERATED")) {
                if (begin >= 0) throw new IllegalStateException(file + ":" + (i + 1) + ": a second BEGIN GENERATED marker (first at line " + (begin + 1) + ")");
                if (!line.equals(BEGIN)) throw new IllegalStateException(file + ":" + (i + 1) + ": the BEGIN marker must read exactly '" + BEGIN + "'");
                begin = i;
                beginOffset = offset + line.length() + 1;
            } else if (line.trim().startsWith("// END GENERATED")) {
                if (end >= 0) throw new IllegalStateException(file + ":" + (i + 1) + ": a second END GENERATED marker (first at line " + (end + 1) + ")");
                if (!line.equals(END)) throw new IllegalStateException(file + ":" + (i + 1) + ": the END marker must read exactly '" + END + "'");
                end = i;
                endOffset = offset;
            }
            offset += line.length() + 1;
        }
        if (begin < 0) throw new IllegalStateException(file + ": no line '" + BEGIN + "'");
        if (end < 0) throw new IllegalStateException(file + ": no line '" + END + "'");
        if (end < begin) throw new IllegalStateException(file + ":" + (end + 1) + ": END GENERATED before BEGIN GENERATED (line " + (begin + 1) + ")");
        return new int[] {beginOffset, endOffset};
    }
}
