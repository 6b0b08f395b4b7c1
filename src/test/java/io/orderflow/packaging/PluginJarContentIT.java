package io.orderflow.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin jar ({@code target/jforex-orderflow.jar}) holds only what the platform runs: the
 * classes that {@code strategies/} and {@code indicators/} reach, as the JDK's {@code jdeps} sees
 * them (independent of {@link PluginJarSlicer}, which cuts the jar at build time), with the
 * libraries relocated under {@code io.orderflow.shaded}, no command line, no multi-release or
 * module entries, at most 1.5 MB. The platform copies every entry of the jar into every compiled
 * {@code .jfx} (jforex-api.md §9, decompiled {@code JFXPack.buildFromClass}), so each byte counts
 * once per strategy and indicator.
 */
class PluginJarContentIT {
    /** 1.5 MB, in bytes (decimal megabytes: the stricter reading). */
    private static final long MAX_BYTES = 1_500_000L;
    private static final Pattern NAME_SHAPED = Pattern.compile("[A-Za-z_$0-9/.]+");
    private static final Pattern JDEPS_EDGE = Pattern.compile("^\\s+(\\S+)\\s+->\\s+(\\S+)\\s");
    /** Third-party packages that may only appear relocated (internal names). */
    private static final String[] UNRELOCATED = {"org/ta4j/", "com/google/gson/", "org/slf4j/", "org/tukaani/",
        "picocli/", "me/tongfei/", "org/jline/", "org/fusesource/"};

    @TempDir
    Path tmp;

    private static List<String> classNames(Path jar) throws IOException {
        List<String> out = new ArrayList<>();
        for (String e : PluginJar.entries(jar)) {
            if (e.endsWith(".class") && !e.startsWith("META-INF/")) out.add(e.substring(0, e.length() - 6).replace('/', '.'));
        }
        return out;
    }

    @Test
    void holdsExactlyTheClassesThePlatformSourcesReachAccordingToJdeps() throws IOException {
        Path jar = PluginJar.path();
        Path roots = PluginJar.platformClasses();
        // the JForex API facade on jdeps' class path, so the API types resolve and are not followed into the jar
        Path facade = tmp.resolve("facade");
        Path testClasses = roots.getParent();
        try (Stream<Path> files = Files.walk(testClasses.resolve("com/dukascopy"))) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = facade.resolve(testClasses.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int rc = jdeps.run(new PrintWriter(out), new PrintWriter(err), "-verbose:class", "-filter:none", "-cp",
                facade + java.io.File.pathSeparator + jar, roots.toString(), jar.toString());
        assertEquals(0, rc, "jdeps failed: " + err);

        Map<String, Set<String>> edges = new HashMap<>();
        for (String line : out.toString().split("\n")) {
            Matcher m = JDEPS_EDGE.matcher(line);
            if (m.find()) edges.computeIfAbsent(m.group(1), k -> new HashSet<>()).add(m.group(2));
        }
        Set<String> reached = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        for (String c : edges.keySet()) if (c.startsWith("jforex.") && reached.add(c)) todo.add(c);
        assertTrue(todo.size() >= 6, "roots: the compiled strategy and indicators, found " + todo);
        while (!todo.isEmpty()) {
            for (String d : edges.getOrDefault(todo.poll(), Set.of())) if (reached.add(d)) todo.add(d);
        }

        Set<String> inJar = new TreeSet<>(classNames(jar));
        Set<String> missing = new TreeSet<>();
        for (String c : reached) {
            if (c.startsWith("io.orderflow.") && !inJar.contains(c)) missing.add(c);
        }
        Set<String> unreached = new TreeSet<>(inJar);
        unreached.removeAll(reached);
        assertEquals(Set.of(), missing, "classes the platform sources need that the plugin jar lacks");
        assertEquals(Set.of(), unreached, "classes in the plugin jar that no platform source reaches");
        long own = inJar.stream().filter(c -> !c.startsWith("io.orderflow.shaded.")).count();
        System.out.println("PluginJarContentIT: " + inJar.size() + " classes, " + own + " io.orderflow, "
                + (inJar.size() - own) + " relocated, all reached from " + roots);
    }

    @Test
    void holdsNoCommandLineNoUnrelocatedLibraryNoMultiReleaseOrModuleEntry() throws IOException {
        Path jar = PluginJar.path();
        List<String> bad = new ArrayList<>();
        for (String e : PluginJar.entries(jar)) {
            if (e.endsWith("/") || e.equals("META-INF/MANIFEST.MF")) continue;
            if (!e.endsWith(".class")) bad.add(e + " (a resource: the platform sources reach none today; allow it here if one becomes needed)");
            else if (!e.startsWith("io/orderflow/")) bad.add(e + " (outside io.orderflow)");
            else if (e.startsWith("io/orderflow/cli/")) bad.add(e + " (command line)");
            if (e.startsWith("META-INF/versions/") || e.endsWith("module-info.class")) bad.add(e + " (multi-release/module)");
        }
        assertEquals(List.of(), bad, "entries that do not belong in the plugin jar");

        // relocation is complete: no class file of the jar still names an unrelocated library package
        List<String> refs = new ArrayList<>();
        try (JarFile jf = new JarFile(jar.toFile())) {
            for (Enumeration<JarEntry> en = jf.entries(); en.hasMoreElements();) {
                JarEntry entry = en.nextElement();
                if (!entry.getName().endsWith(".class")) continue;
                byte[] bytes;
                try (InputStream in = jf.getInputStream(entry)) {
                    bytes = in.readAllBytes();
                }
                for (String s : PluginJarSlicer.utf8Constants(bytes, entry.getName())) {
                    // a class name (CONSTANT_Class, a descriptor, or a name-shaped string such as a
                    // Class.forName argument); messages that merely mention a package are not names
                    boolean nameShaped = NAME_SHAPED.matcher(s).matches();
                    for (String p : UNRELOCATED) {
                        if (s.contains("L" + p) || nameShaped && (s.startsWith(p) || s.startsWith(p.replace('/', '.')))) {
                            refs.add(entry.getName() + " names " + s);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), refs, "references to unrelocated library packages");

        try (JarFile jf = new JarFile(jar.toFile())) {
            assertEquals(null, jf.getManifest().getMainAttributes().getValue("Main-Class"), "the plugin jar is not a program");
            assertEquals("jforex-orderflow", jf.getManifest().getMainAttributes().getValue("Implementation-Title"));
        }
    }

    @Test
    void theCommandLineJarHasWhatThePluginJarLeavesOut() throws IOException {
        // the opposite check, so the tests above cannot pass on an empty or wrongly named jar
        List<String> cli = PluginJar.entries(PluginJar.cliPath());
        for (String expected : new String[] {"io/orderflow/cli/Main.class", "picocli/CommandLine.class",
            "org/ta4j/core/BaseBarSeries.class", "com/google/gson/Gson.class", "org/tukaani/xz/LZMAInputStream.class",
            "io/orderflow/backtest/report/report.js"}) {
            assertTrue(cli.contains(expected), expected + " in the command-line jar");
        }
        List<String> plugin = PluginJar.entries(PluginJar.path());
        assertTrue(plugin.contains("io/orderflow/jforex/StrategyHost.class"));
        assertTrue(plugin.contains("io/orderflow/shaded/ta4j/core/BaseBarSeries.class"));
        assertTrue(plugin.contains("io/orderflow/shaded/gson/Gson.class"));
        assertFalse(plugin.contains("io/orderflow/cli/Main.class"));
    }

    @Test
    void isAtMostOnePointFiveMegabytes() throws IOException {
        long size = Files.size(PluginJar.path());
        long cli = Files.size(PluginJar.cliPath());
        System.out.println("PluginJarContentIT: plugin jar " + size + " bytes, command-line jar " + cli + " bytes");
        assertTrue(size <= MAX_BYTES, "plugin jar is " + size + " bytes, limit " + MAX_BYTES);
        assertTrue(size < cli / 2, "the plugin jar (" + size + ") is a small part of the command-line jar (" + cli + ")");
        // the sizes the README and install.md quote ("about 0.8 MB", "about 3.2 MB") are the jars' sizes
        // to one decimal (decimal megabytes)
        String plugin = String.format(java.util.Locale.ROOT, "about %.1f MB", size / 1e6);
        String cliSize = String.format(java.util.Locale.ROOT, "about %.1f MB", cli / 1e6);
        String readme = new String(Files.readAllBytes(java.nio.file.Paths.get("README.md")), java.nio.charset.StandardCharsets.UTF_8);
        String install = new String(Files.readAllBytes(java.nio.file.Paths.get("install.md")), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(readme.contains("(" + plugin + ","), "README.md should say the plugin jar is " + plugin);
        assertTrue(install.contains(plugin + " |") && install.contains("(" + plugin + ")"),
                "install.md should say the plugin jar is " + plugin);
        assertTrue(install.contains("(" + cliSize + ")"), "install.md should say the command-line jar is " + cliSize);
    }
}
