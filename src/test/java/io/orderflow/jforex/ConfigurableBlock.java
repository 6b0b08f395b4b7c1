package io.orderflow.jforex;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import io.orderflow.strategy.config.ConfigDocs;

/**
 * Keeps the block of {@code @Configurable} fields for the configuration keys in
 * {@code strategies/OrderFlowStrategy.java} — the lines between {@link #BEGIN} and {@link #END} — equal
 * to {@link ConfigDocs#jforexFieldDeclarations()}, which renders them from the parameter table
 * {@link io.orderflow.strategy.config.ParameterTable} (keys, types, defaults, labels, descriptions with
 * range and unit, step sizes): the parameters are declared once. Test-side build tool (not packaged);
 * stateless, thread-safe.
 *
 * <p>Regenerate the source: {@code mvn -B -q test -Dtest=ConfigurableBlockTest -Dorderflow.configurable.update=true},
 * or, when the strategy does not compile (a key renamed in the table), with {@link #main(String[])}.
 */
public final class ConfigurableBlock {
    /** The line that opens the generated block (indented like a member). */
    public static final String BEGIN = "    // BEGIN GENERATED: configuration keys (ConfigurableBlock; do not edit by hand)";
    /** The line that closes the generated block. */
    public static final String END = "    // END GENERATED";

    /** Keys without a generated field ({@link ConfigDocs#PLATFORM_KEYS}). */
    public static final Set<String> OUTSIDE_BLOCK = ConfigDocs.PLATFORM_KEYS;

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

    /** The block's text between the markers: {@link ConfigDocs#jforexFieldDeclarations()}. */
    public static String render() {
        return ConfigDocs.jforexFieldDeclarations();
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
