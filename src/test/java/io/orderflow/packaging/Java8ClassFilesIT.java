package io.orderflow.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import org.junit.jupiter.api.Test;

/**
 * The plugin jar runs inside JForex, whose JVM may be Java 8: every class a Java 8 JVM would load
 * from the jar, and from every runtime dependency jar, must have class-file major version 52 or
 * lower. Multi-release variants ({@code META-INF/versions/**}) and {@code module-info} are ignored
 * by Java 8 and are not checked.
 *
 * <p><b>Limitation:</b> no Java 8 JVM is available to the build, so this is the "loads on Java 8"
 * check: it proves the class files are loadable by a Java 8 JVM, not that they only call APIs that
 * exist in Java 8. Our own classes get that guarantee from {@code --release 8}; for the
 * dependencies it rests on their own Java 8 builds (ta4j, gson, xz, picocli, slf4j and progressbar
 * all state Java 8 as their baseline).
 */
class Java8ClassFilesIT {
    private static final int JAVA_8 = 52;

    @Test
    void everyClassInThePluginJarIsJava8() throws IOException {
        Path jar = PluginJar.path();
        List<String> tooNew = tooNewClasses(jar);
        assertEquals(List.of(), tooNew, "classes newer than Java 8 in " + jar);
    }

    @Test
    void everyClassInTheCommandLineJarIsJava8() throws IOException {
        Path jar = PluginJar.cliPath();
        assertEquals(List.of(), tooNewClasses(jar), "classes newer than Java 8 in " + jar);
    }

    @Test
    void everyRuntimeDependencyJarIsJava8() throws IOException {
        Path list = PluginJar.path().resolveSibling("runtime-classpath.txt");
        assertTrue(Files.isRegularFile(list), list + " is written by maven-dependency-plugin at package");
        String cp = new String(Files.readAllBytes(list), StandardCharsets.UTF_8).trim();
        List<Path> jars = new ArrayList<>();
        for (String s : cp.split(java.io.File.pathSeparator)) if (!s.isEmpty()) jars.add(Paths.get(s));
        String all = jars.toString();
        for (String expected : new String[] {"ta4j-core", "gson", "xz", "slf4j-api", "picocli"}) {
            assertTrue(all.contains(expected), expected + " among the runtime dependencies " + all);
        }
        List<String> tooNew = new ArrayList<>();
        for (Path dep : jars) {
            assertTrue(Files.isRegularFile(dep), "runtime dependency " + dep);
            tooNew.addAll(tooNewClasses(dep));
        }
        assertEquals(List.of(), tooNew, "classes newer than Java 8 in the runtime dependencies");
    }

    private static List<String> tooNewClasses(Path jar) throws IOException {
        List<String> tooNew = new ArrayList<>();
        int checked = 0;
        try (JarFile jf = new JarFile(jar.toFile())) {
            for (Enumeration<JarEntry> e = jf.entries(); e.hasMoreElements();) {
                JarEntry entry = e.nextElement();
                if (!PluginJar.isJava8Visible(entry.getName())) continue;
                try (InputStream in = jf.getInputStream(entry)) {
                    int major = PluginJar.majorVersion(in);
                    checked++;
                    if (major < 45 || major > JAVA_8) tooNew.add(jar.getFileName() + "!" + entry.getName() + " major " + major);
                }
            }
        }
        assertTrue(checked > 0 || jar.getFileName().toString().startsWith("uplot"), "no classes in " + jar);
        return tooNew;
    }
}
