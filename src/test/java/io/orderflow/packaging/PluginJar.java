package io.orderflow.packaging;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/** Locating and reading the packaged jars (plugin and command line) in the integration tests. */
final class PluginJar {
    private PluginJar() {
    }

    /** The plugin jar, from {@code -Dorderflow.pluginJar} (set by failsafe) or {@code target/}. */
    static Path path() {
        String p = System.getProperty("orderflow.pluginJar");
        Path jar = p != null ? Paths.get(p)
                : Paths.get(System.getProperty("orderflow.basedir", "."), "target", "jforex-orderflow.jar");
        assertTrue(Files.isRegularFile(jar), "plugin jar not found at " + jar + " (run mvn package first)");
        return jar;
    }

    /** The command-line jar, from {@code -Dorderflow.cliJar} (set by failsafe) or {@code target/}. */
    static Path cliPath() {
        String p = System.getProperty("orderflow.cliJar");
        Path jar = p != null ? Paths.get(p)
                : Paths.get(System.getProperty("orderflow.basedir", "."), "target", "jforex-orderflow-cli.jar");
        assertTrue(Files.isRegularFile(jar), "command-line jar not found at " + jar + " (run mvn package first)");
        return jar;
    }

    /** The compiled platform sources ({@code strategies/}, {@code indicators/}: package {@code jforex}). */
    static Path platformClasses() {
        Path dir = Paths.get(System.getProperty("orderflow.basedir", "."), "target", "test-classes", "jforex");
        assertTrue(Files.isDirectory(dir), "compiled platform sources not found at " + dir);
        return dir;
    }

    /** The jars the platform has on its own class path (slf4j 1.7, log4j, ECJ), copied by maven-dependency-plugin. */
    static Path platformLib(String name) {
        String p = System.getProperty("orderflow.platformLibs");
        Path dir = p != null ? Paths.get(p) : Paths.get(System.getProperty("orderflow.basedir", "."), "target", "platform-libs");
        Path jar = dir.resolve(name);
        assertTrue(Files.isRegularFile(jar), jar + " is copied by maven-dependency-plugin at pre-integration-test");
        return jar;
    }

    /** Names of all entries of {@code jar}. */
    static List<String> entries(Path jar) throws IOException {
        List<String> names = new ArrayList<>();
        try (JarFile jf = new JarFile(jar.toFile())) {
            for (Enumeration<JarEntry> e = jf.entries(); e.hasMoreElements();) names.add(e.nextElement().getName());
        }
        return names;
    }

    /** True for class files a Java 8 JVM loads: not module descriptors, not multi-release variants. */
    static boolean isJava8Visible(String entry) {
        return entry.endsWith(".class") && !entry.startsWith("META-INF/versions/") && !entry.endsWith("module-info.class");
    }

    /** Class-file major version from the first eight bytes, or -1 when the magic is wrong. */
    static int majorVersion(InputStream in) throws IOException {
        byte[] h = new byte[8];
        int n = 0;
        while (n < 8) {
            int r = in.read(h, n, 8 - n);
            if (r < 0) return -1;
            n += r;
        }
        if ((h[0] & 0xFF) != 0xCA || (h[1] & 0xFF) != 0xFE || (h[2] & 0xFF) != 0xBA || (h[3] & 0xFF) != 0xBE) return -1;
        return ((h[6] & 0xFF) << 8) | (h[7] & 0xFF);
    }
}
