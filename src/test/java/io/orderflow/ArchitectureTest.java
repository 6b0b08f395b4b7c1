package io.orderflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The architecture of {@code docs/architecture.md}, checked on the code: every package under
 * {@code src/main/java} documents itself in a {@code package-info.java}, and the compiled classes
 * ({@code target/classes}) depend on each other only in the documented direction.
 *
 * <p>Dependencies are read from the class files' constant pools ({@link ClassFileReferences}), so an
 * import, a fully qualified name or a static import all count. The known debts that
 * {@code docs/architecture.md} lists are explicit exceptions below; an exception that no longer
 * occurs fails too, so that the list (and the document) is kept true when a debt is paid.
 */
class ArchitectureTest {
    private static final String ROOT = "io.orderflow";

    /**
     * The layers, bottom first: each area (a package and its sub-packages) may depend on the areas
     * listed for it, and on itself. Order: market and the execution contract (with the trade
     * bookkeeping and journal on top of it); readers; calculators (profile, then flow, which builds on profile; book beside them); the strategy core; the two
     * hosts of the strategy (the offline backtest and the JForex adapter, which do not know each
     * other); the command line on top.
     */
    private static final Map<String, List<String>> ALLOWED = new LinkedHashMap<>();

    static {
        allow("market");
        allow("execution");
        allow("trades", "market", "execution");
        allow("data", "market");
        allow("profile", "market");
        allow("flow", "market", "profile");
        allow("book", "market");
        allow("strategy", "market", "execution", "data", "profile", "flow", "book");
        allow("backtest", "market", "execution", "trades", "data", "profile", "flow", "book", "strategy");
        allow("jforex", "market", "execution", "trades", "data", "profile", "flow", "book", "strategy");
        allow("cli", "market", "execution", "trades", "data", "profile", "flow", "book", "strategy", "backtest");
    }

    /**
     * Package edges against the layers that exist today, each a debt named in docs/architecture.md
     * ("Known debts"). Key: "from -> to" (packages). None today: the depth recording moved to
     * data.depth, the Binance adapter to data.binance, the journal to trades.
     */
    private static final Map<String, String> LAYER_EXCEPTIONS = new LinkedHashMap<>();

    /**
     * Edges that close package cycles today (debts in docs/architecture.md). Without them the
     * package graph must be acyclic. None today: the backtest cycle (stats -> report -> backtest)
     * was removed by moving the confirmation row into backtest.stats.
     */
    private static final Map<String, String> CYCLE_EXCEPTIONS = new LinkedHashMap<>();

    /** Libraries only some packages may use (internal-name prefix -> areas allowed; none = nowhere). */
    private static final Map<String, List<String>> LIBRARIES = new LinkedHashMap<>();

    static {
        LIBRARIES.put("com/dukascopy/", Collections.<String>emptyList()); // no JForex types in src/main
        LIBRARIES.put("picocli/", Collections.singletonList("cli"));
        LIBRARIES.put("me/tongfei/progressbar/", Collections.singletonList("cli"));
        // no ta4j below the strategy (docs/development.md)
        LIBRARIES.put("org/ta4j/", Arrays.asList("strategy", "backtest", "jforex", "cli"));
    }

    private static void allow(String area, String... lower) {
        ALLOWED.put(ROOT + "." + area, Arrays.stream(lower).map(a -> ROOT + "." + a).collect(Collectors.toList()));
    }

    /** package -> (referenced package -> one example "Class -> Class"), project and library packages. */
    private static Map<String, Map<String, String>> graph;

    @BeforeAll
    static void readClasses() throws IOException, URISyntaxException {
        Path classes = Paths.get(io.orderflow.market.Tick.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertTrue(Files.isDirectory(classes.resolve("io/orderflow")),
                "main classes are not a directory with io/orderflow: " + classes);
        graph = packageGraph(classes);
        assertTrue(graph.size() >= 20, "only " + graph.size() + " packages found under " + classes);
    }

    static Map<String, Map<String, String>> packageGraph(Path classes) throws IOException {
        Map<String, Map<String, String>> g = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(classes.resolve("io/orderflow"))) {
            files = s.filter(p -> p.toString().endsWith(".class")).sorted().collect(Collectors.toList());
        }
        for (Path f : files) {
            String self = classes.relativize(f).toString().replace('\\', '/').replaceAll("\\.class$", "");
            String from = ClassFileReferences.packageOf(self);
            Map<String, String> out = g.computeIfAbsent(from, k -> new TreeMap<>());
            for (String ref : ClassFileReferences.of(Files.readAllBytes(f), f.toString())) {
                String to = ClassFileReferences.packageOf(ref);
                if (to.equals(from) || to.startsWith("java.") || to.startsWith("javax.")) continue;
                out.putIfAbsent(to, simple(self) + " -> " + ref.replace('/', '.'));
            }
        }
        return g;
    }

    private static String simple(String internalName) {
        return internalName.substring(internalName.lastIndexOf('/') + 1);
    }

    private static boolean inArea(String pkg, String area) {
        return pkg.equals(area) || pkg.startsWith(area + ".");
    }

    private static String areaOf(String pkg) {
        for (String area : ALLOWED.keySet()) {
            if (inArea(pkg, area)) return area;
        }
        return null;
    }

    // ---------------------------------------------------------------- package-info.java

    @Test
    void everyMainPackageHasAPackageInfoWithJavadoc() throws IOException {
        Path src = Paths.get(System.getProperty("orderflow.basedir", "."), "src", "main", "java");
        assertTrue(Files.isDirectory(src.resolve("io/orderflow")), "no sources at " + src.toAbsolutePath());
        Set<Path> packages;
        try (Stream<Path> s = Files.walk(src)) {
            packages = s.filter(p -> p.toString().endsWith(".java")).map(Path::getParent)
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertTrue(packages.size() >= 20, "only " + packages.size() + " source packages under " + src);
        List<String> problems = new ArrayList<>();
        for (Path dir : packages) {
            String pkg = src.relativize(dir).toString().replace('\\', '/').replace('/', '.');
            String problem = packageInfoProblem(dir.resolve("package-info.java"), pkg);
            if (problem != null) problems.add(problem);
        }
        if (!problems.isEmpty()) {
            fail("packages without a documented package-info.java (see docs/architecture.md):\n  "
                    + String.join("\n  ", problems));
        }
    }

    private static final Pattern JAVADOC_THEN_PACKAGE =
            Pattern.compile("\\A\\s*/\\*\\*(.*?)\\*/\\s*(?:@[\\w.]+(?:\\([^)]*\\))?\\s*)*package\\s+([\\w.]+)\\s*;", Pattern.DOTALL);

    /** Null when {@code file} declares {@code pkg} after a non-empty Javadoc comment; otherwise what is wrong. */
    static String packageInfoProblem(Path file, String pkg) throws IOException {
        if (!Files.exists(file)) return file + ": missing";
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        Matcher m = JAVADOC_THEN_PACKAGE.matcher(text);
        if (!m.find()) return file + ": no Javadoc comment (/** ... */) directly before the package declaration";
        if (!m.group(2).equals(pkg)) return file + ": declares package " + m.group(2) + ", expected " + pkg;
        String words = m.group(1).replaceAll("(?m)^\\s*\\*", " ").replaceAll("<[^>]*>", " ").trim();
        if (words.length() < 40) return file + ": the Javadoc says nearly nothing (\"" + words + "\")";
        return null;
    }

    @Test
    void packageInfoCheckRefusesMissingEmptyAndMisplacedJavadoc(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        Path f = dir.resolve("package-info.java");
        assertTrue(packageInfoProblem(f, "a.b").endsWith("missing"));
        Files.write(f, "package a.b;\n".getBytes(StandardCharsets.UTF_8));
        assertTrue(packageInfoProblem(f, "a.b").contains("no Javadoc"));
        Files.write(f, "/* A plain comment that is long enough to count if it were Javadoc. */\npackage a.b;\n"
                .getBytes(StandardCharsets.UTF_8));
        assertTrue(packageInfoProblem(f, "a.b").contains("no Javadoc"));
        Files.write(f, "/**\n *\n * <p>\n */\npackage a.b;\n".getBytes(StandardCharsets.UTF_8));
        assertTrue(packageInfoProblem(f, "a.b").contains("nearly nothing"));
        Files.write(f, "/** The readers of a format, their units (points, ms UTC) and threading. */\npackage a.c;\n"
                .getBytes(StandardCharsets.UTF_8));
        assertTrue(packageInfoProblem(f, "a.b").contains("declares package a.c"));
        assertEquals(null, packageInfoProblem(f, "a.c"));
    }

    // ---------------------------------------------------------------- dependencies

    @Test
    void everyPackageBelongsToADocumentedLayer() {
        List<String> unknown = graph.keySet().stream().filter(p -> areaOf(p) == null).collect(Collectors.toList());
        assertTrue(unknown.isEmpty(), "packages in no layer of ArchitectureTest.ALLOWED (add them there and to "
                + "docs/architecture.md): " + unknown);
    }

    @Test
    void projectPackagesDependOnlyDownwards() {
        List<String> violations = new ArrayList<>();
        Set<String> exceptionsSeen = new TreeSet<>();
        for (Map.Entry<String, Map<String, String>> e : graph.entrySet()) {
            String from = e.getKey();
            String area = areaOf(from);
            if (area == null) continue; // reported by everyPackageBelongsToADocumentedLayer
            for (Map.Entry<String, String> ref : e.getValue().entrySet()) {
                String to = ref.getKey();
                if (!inArea(to, ROOT)) continue;
                boolean ok = inArea(to, area) || ALLOWED.get(area).stream().anyMatch(a -> inArea(to, a));
                String edge = from + " -> " + to;
                if (LAYER_EXCEPTIONS.containsKey(edge)) {
                    exceptionsSeen.add(edge);
                    continue;
                }
                if (!ok) violations.add(edge + "  (e.g. " + ref.getValue() + ")");
            }
        }
        assertTrue(violations.isEmpty(), "dependencies against the layers of docs/architecture.md:\n  "
                + String.join("\n  ", violations));
        Set<String> stale = new TreeSet<>(LAYER_EXCEPTIONS.keySet());
        stale.removeAll(exceptionsSeen);
        assertTrue(stale.isEmpty(), "documented debts that no longer occur; remove them from ArchitectureTest "
                + "and docs/architecture.md: " + stale);
    }

    @Test
    void packageGraphHasNoCycleButTheDocumentedOnes() {
        Map<String, Set<String>> g = new TreeMap<>();
        Set<String> exceptionsSeen = new TreeSet<>();
        for (Map.Entry<String, Map<String, String>> e : graph.entrySet()) {
            Set<String> out = new TreeSet<>();
            for (String to : e.getValue().keySet()) {
                if (!inArea(to, ROOT)) continue;
                String edge = e.getKey() + " -> " + to;
                if (CYCLE_EXCEPTIONS.containsKey(edge)) exceptionsSeen.add(edge);
                else out.add(to);
            }
            g.put(e.getKey(), out);
        }
        List<String> cycle = findCycle(g);
        assertTrue(cycle.isEmpty(), "package cycle (not among the documented debts): " + String.join(" -> ", cycle)
                + "\n  edges: " + describe(cycle));
        Set<String> stale = new TreeSet<>(CYCLE_EXCEPTIONS.keySet());
        stale.removeAll(exceptionsSeen);
        assertTrue(stale.isEmpty(), "documented cycle edges that no longer occur; remove them from ArchitectureTest "
                + "and docs/architecture.md: " + stale);
    }

    private static String describe(List<String> cycle) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i + 1 < cycle.size(); i++) out.add(graph.get(cycle.get(i)).get(cycle.get(i + 1)));
        return out.toString();
    }

    /** One cycle of {@code g} as a closed path (first = last), or empty. Depth-first, deterministic. */
    static List<String> findCycle(Map<String, Set<String>> g) {
        Map<String, Integer> state = new TreeMap<>(); // 1 on the path, 2 done
        for (String start : g.keySet()) {
            if (state.containsKey(start)) continue;
            List<String> path = new ArrayList<>();
            List<String> c = visit(start, g, state, path);
            if (!c.isEmpty()) return c;
        }
        return Collections.emptyList();
    }

    private static List<String> visit(String v, Map<String, Set<String>> g, Map<String, Integer> state, List<String> path) {
        state.put(v, 1);
        path.add(v);
        for (String w : g.getOrDefault(v, Collections.<String>emptySet())) {
            Integer s = state.get(w);
            if (s != null && s == 1) {
                List<String> c = new ArrayList<>(path.subList(path.indexOf(w), path.size()));
                c.add(w);
                return c;
            }
            if (s == null) {
                List<String> c = visit(w, g, state, path);
                if (!c.isEmpty()) return c;
            }
        }
        path.remove(path.size() - 1);
        state.put(v, 2);
        return Collections.emptyList();
    }

    @Test
    void cycleSearchFindsACycleAndAcceptsADag() {
        Map<String, Set<String>> dag = new TreeMap<>();
        dag.put("a", new TreeSet<>(Arrays.asList("b", "c")));
        dag.put("b", new TreeSet<>(Collections.singletonList("c")));
        dag.put("c", new TreeSet<>());
        assertTrue(findCycle(dag).isEmpty());
        dag.get("c").add("a");
        assertEquals(Arrays.asList("a", "b", "c", "a"), findCycle(dag));
    }

    @Test
    void librariesOnlyWhereAllowed() {
        List<String> violations = new ArrayList<>();
        for (Map.Entry<String, Map<String, String>> e : graph.entrySet()) {
            for (Map.Entry<String, String> ref : e.getValue().entrySet()) {
                String to = ref.getKey().replace('.', '/') + "/";
                for (Map.Entry<String, List<String>> lib : LIBRARIES.entrySet()) {
                    if (!to.startsWith(lib.getKey())) continue;
                    boolean ok = lib.getValue().stream().anyMatch(a -> inArea(e.getKey(), ROOT + "." + a));
                    if (!ok) violations.add(e.getKey() + " uses " + lib.getKey() + "  (e.g. " + ref.getValue() + ")");
                }
            }
        }
        assertTrue(violations.isEmpty(), "library use against docs/architecture.md:\n  " + String.join("\n  ", violations));
    }

    // ---------------------------------------------------------------- the scanner itself

    @Test
    void scannerSeesClassesNamedOnlyInDescriptorsAndThroughFullyQualifiedNames() {
        // BacktestStrategy names CloseReason only in its default methods' descriptors
        assertTrue(graph.get("io.orderflow.backtest").containsKey("io.orderflow.execution"));
        assertTrue(graph.get("io.orderflow.flow").containsKey("io.orderflow.profile"));
        // StrategyEngine.series() returns org.ta4j.core.BarSeries by its fully qualified name, no import
        assertTrue(graph.get("io.orderflow.strategy").containsKey("org.ta4j.core"));
        assertFalse(graph.get("io.orderflow.market").keySet().stream().anyMatch(p -> inArea(p, ROOT)),
                "market depends on " + graph.get("io.orderflow.market"));
    }

    @Test
    void scannerReadsClassEntriesAndDescriptorsButNotStringLiterals() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(0xCAFEBABE);
        out.writeShort(0);
        out.writeShort(52);
        out.writeShort(9);                                         // entries 1..8
        out.writeByte(1);
        out.writeUTF("Lio/orderflow/cli/Main;");                   // 1: text of a string literal
        out.writeByte(8);
        out.writeShort(1);                                         // 2: String -> 1
        out.writeByte(1);
        out.writeUTF("io/orderflow/market/Tick");                  // 3
        out.writeByte(7);
        out.writeShort(3);                                         // 4: Class -> 3
        out.writeByte(1);
        out.writeUTF("(Lio/orderflow/execution/CloseReason;J)V");  // 5: a method descriptor
        out.writeByte(5);
        out.writeLong(7);                                          // 6 (+7): a long takes two slots
        out.writeByte(1);
        out.writeUTF("[[Lio/orderflow/data/Candle;");              // 8: an array type descriptor
        out.flush();
        Set<String> refs = ClassFileReferences.of(bytes.toByteArray(), "synthetic");
        assertEquals(new TreeSet<>(Arrays.asList("io/orderflow/market/Tick", "io/orderflow/execution/CloseReason",
                "io/orderflow/data/Candle")), refs);
    }

    @Test
    void scannerNamesTheFileOfABrokenClass() {
        try {
            ClassFileReferences.of(new byte[] {1, 2, 3, 4}, "broken.class");
            fail("no error");
        } catch (IOException e) {
            assertTrue(e.getMessage().startsWith("broken.class: "), e.getMessage());
        }
    }
}
