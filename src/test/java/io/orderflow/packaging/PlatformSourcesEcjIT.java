package io.orderflow.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every platform source ({@code strategies/*.java}, {@code indicators/*.java}) compiles the way
 * older JForex desktops compiled it: the Eclipse compiler's batch {@code Main} with
 * {@code -encoding UTF8 -warn:none -source 1.6 -target 1.6}, one file at a time, the file alone in
 * a temporary folder that is also the {@code -sourcepath}, against the JForex API and the
 * {@code @Library} jar (here the test facade's compiled classes and the built
 * {@code target/jforex-orderflow.jar}). Source: jforex-api.md §4 and §9 (decompiled
 * {@code JFXCompiler.compile}, greed-common-173: the command line above); the 2020 JForex-3 SDK ships
 * ECJ 4.6.1, which compiles Java 8, so this is the strictest platform seen.
 *
 * <p>ECJ 3.38.0 is used: the last release that accepts {@code -source 1.6 -target 1.6}
 * (eclipse-jdt/eclipse.jdt.core#2551 removed levels below 1.8 in 3.39) and runs on Java 17. It is
 * loaded from {@code target/platform-libs/ecj.jar} (copied by maven-dependency-plugin), never from
 * the test class path.
 *
 * <p>Each violation is reported with file and line, e.g. an underscore in a number literal (Java 7),
 * a lambda (Java 8), or a non-final local captured by an anonymous class (Java 8's "effectively
 * final" does not exist at 1.6).
 */
class PlatformSourcesEcjIT {
    private static final Path BASE = Paths.get(System.getProperty("orderflow.basedir", ".")).toAbsolutePath();
    /** ECJ's problem header: {@code 1. ERROR in /path/File.java (at line 582)}. */
    private static final Pattern PROBLEM = Pattern.compile("^\\d+\\. (ERROR|WARNING|INFO) in (.*) \\(at line (\\d+)\\)$");

    @TempDir
    Path tmp;

    @Test
    void everySourceCompilesAloneWithEcjAtSource16() throws Exception {
        Path facade = facadeClasses();
        String classpath = facade + File.pathSeparator + PluginJar.path();
        List<Path> sources = platformSources();
        assertTrue(sources.size() >= 6, "platform sources: " + sources);
        List<String> violations = new ArrayList<>();
        try (URLClassLoader ecj = new URLClassLoader(new URL[] {PluginJar.platformLib("ecj.jar").toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            for (Path src : sources) {
                violations.addAll(compile(ecj, src, classpath));
            }
        }
        assertEquals(List.of(), violations, "what ECJ -source 1.6 rejects (file:line: message)");
    }

    @Test
    void ecjRejectsTheJava7And8ConstructsThisTestIsFor() throws Exception {
        // the compiler set-up itself: it must refuse what the platform's compiler refused, with file and line
        Path src = tmp.resolve("probe").resolve("Probe.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, String.join("\n",
                "package jforex;",
                "public class Probe {",
                "    long hour = 3_600_000L;",
                "    Runnable r() {",
                "        int n = 1;",
                "        return new Runnable() { public void run() { System.out.println(n); } };",
                "    }",
                "    java.util.List<String> l = new java.util.ArrayList<>();",
                "}", ""));
        List<String> violations;
        try (URLClassLoader ecj = new URLClassLoader(new URL[] {PluginJar.platformLib("ecj.jar").toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            violations = compile(ecj, src, facadeClasses().toString());
        }
        String all = String.join("\n", violations);
        assertTrue(all.contains("Probe.java:3: "), all);
        assertTrue(all.contains("Probe.java:6: "), all);
        assertTrue(all.contains("Probe.java:8: "), all);
        assertFalse(all.contains("Probe.java:1: "), all);
    }

    /** Compiles one source alone, as the platform does; returns "file:line: message" per ECJ error. */
    private List<String> compile(ClassLoader ecj, Path source, String classpath) throws Exception {
        Path dir = Files.createTempDirectory(tmp, "compile");
        Path copy = dir.resolve(source.getFileName());
        Files.copy(source, copy);
        Path out = Files.createTempDirectory(tmp, "out");
        String[] args = {"-classpath", classpath, "-encoding", "UTF8", "-sourcepath", dir.toString(), "-warn:none",
            "-source", "1.6", "-target", "1.6", "-proc:none", "-d", out.toString(), copy.toString()};
        StringWriter outText = new StringWriter();
        StringWriter errText = new StringWriter();
        Class<?> main = Class.forName("org.eclipse.jdt.internal.compiler.batch.Main", true, ecj);
        Class<?> progress = Class.forName("org.eclipse.jdt.core.compiler.CompilationProgress", true, ecj);
        Constructor<?> ctor = main.getConstructor(PrintWriter.class, PrintWriter.class, boolean.class, Map.class, progress);
        Object compiler = ctor.newInstance(new PrintWriter(outText), new PrintWriter(errText), false, null, null);
        Method compile = main.getMethod("compile", String[].class);
        boolean ok = (Boolean) compile.invoke(compiler, (Object) args);

        List<String> problems = new ArrayList<>();
        String[] lines = (outText + "\n" + errText).split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            Matcher m = PROBLEM.matcher(lines[i].trim());
            if (!m.matches() || !m.group(1).equals("ERROR")) continue;
            // the header is followed by the source line, the caret line and the message
            String message = i + 3 < lines.length ? lines[i + 3].trim() : "";
            problems.add(BASE.relativize(source.toAbsolutePath()).toString().replace('\\', '/') + ":" + m.group(3) + ": "
                    + message);
        }
        if (!ok && problems.isEmpty()) {
            problems.add(source + ": ECJ failed without a located error:\n" + outText + errText);
        }
        if (ok) {
            assertTrue(Files.isRegularFile(out.resolve("jforex")
                    .resolve(source.getFileName().toString().replace(".java", ".class"))), source + " produced its class");
        }
        return problems;
    }

    private static List<Path> platformSources() throws IOException {
        List<Path> out = new ArrayList<>();
        for (String d : new String[] {"strategies", "indicators"}) {
            try (Stream<Path> s = Files.list(BASE.resolve(d))) {
                out.addAll(s.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList()));
            }
        }
        return out;
    }

    /** The compiled JForex API facade alone (no other test classes), copied out of target/test-classes. */
    private Path facadeClasses() throws IOException {
        Path dir = tmp.resolve("api");
        if (Files.isDirectory(dir)) return dir;
        Path testClasses = PluginJar.platformClasses().getParent();
        try (Stream<Path> files = Files.walk(testClasses.resolve("com/dukascopy"))) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = dir.resolve(testClasses.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
        return dir;
    }
}
