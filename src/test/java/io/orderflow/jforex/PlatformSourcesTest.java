package io.orderflow.jforex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sources the platform compiles ({@code strategies/}, {@code indicators/}) as the platform sees
 * them: each file on its own, against the JForex API and the plugin jar's classes only, at Java 8;
 * the first {@code @Library} literal names the jar; the public class is named like its file and has a
 * public no-argument constructor.
 */
@Tag("slow")
class PlatformSourcesTest {
    private static final Path BASE = Paths.get(System.getProperty("orderflow.basedir", ".")).toAbsolutePath();
    private static final Pattern LIBRARY = Pattern.compile("@Library\\s*\\(\\s*\"([^\"]*)\"\\s*\\)");

    static List<Path> platformSources() throws IOException {
        List<Path> out = new ArrayList<>();
        for (String dir : new String[] {"strategies", "indicators"}) {
            Path d = BASE.resolve(dir);
            if (!Files.isDirectory(d)) continue;
            try (Stream<Path> s = Files.walk(d)) {
                out.addAll(s.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList()));
            }
        }
        return out;
    }

    /** The source without comments (as the platform's compiler strips them before looking for @Library). */
    static String withoutComments(String src) {
        StringBuilder sb = new StringBuilder(src.length());
        int i = 0;
        while (i < src.length()) {
            char c = src.charAt(i);
            if (c == '"') {
                int j = i + 1;
                while (j < src.length() && src.charAt(j) != '"') j += src.charAt(j) == '\\' ? 2 : 1;
                sb.append(src, i, Math.min(src.length(), j + 1));
                i = j + 1;
            } else if (src.startsWith("//", i)) {
                while (i < src.length() && src.charAt(i) != '\n') i++;
            } else if (src.startsWith("/*", i)) {
                int end = src.indexOf("*/", i + 2);
                i = end < 0 ? src.length() : end + 2;
            } else {
                sb.append(c);
                i++;
            }
        }
        return sb.toString();
    }

    @Test
    void everySourceLoadsThePluginJarWithItsFirstLibraryLiteral() throws IOException {
        List<Path> sources = platformSources();
        assertFalse(sources.isEmpty());
        for (Path p : sources) {
            byte[] bytes = Files.readAllBytes(p);
            for (int i = 0; i < bytes.length; i++) {
                assertTrue(bytes[i] >= 0, p + ": ASCII only (the platform's compiler encoding is not documented), byte " + i);
            }
            String code = withoutComments(new String(bytes, StandardCharsets.UTF_8));
            Matcher m = LIBRARY.matcher(code);
            assertTrue(m.find(), p + " has a literal @Library(\"...\")");
            assertEquals("jforex-orderflow.jar", m.group(1), p + ": the first @Library names the jar by its bare name");
            String before = code.substring(0, m.start());
            assertFalse(before.contains("@Library"), p + ": no other form of @Library before the literal");
            assertTrue(code.contains("package jforex;"), p.toString());
            String name = p.getFileName().toString().replace(".java", "");
            assertTrue(code.contains("public class " + name + " "), p + ": the public class is named like the file");
        }
    }

    @Test
    void everyCompiledClassIsJava8WithAPublicNoArgumentConstructor() throws Exception {
        for (Path p : platformSources()) {
            String name = "jforex." + p.getFileName().toString().replace(".java", "");
            Class<?> c = Class.forName(name);
            assertTrue(Modifier.isPublic(c.getModifiers()), name);
            assertTrue(Modifier.isPublic(c.getConstructor().getModifiers()), name);
            assertTrue(com.dukascopy.api.IStrategy.class.isAssignableFrom(c)
                    || com.dukascopy.api.indicators.IIndicator.class.isAssignableFrom(c), name);
            try (java.io.InputStream in = c.getResourceAsStream(c.getSimpleName() + ".class")) {
                byte[] head = new byte[8];
                assertEquals(8, in.read(head));
                assertEquals(52, ((head[6] & 0xff) << 8) | (head[7] & 0xff), name + ": class-file major 52 (Java 8)");
            }
        }
    }

    @Test
    void eachSourceCompilesOnItsOwnAgainstTheApiAndThePluginClasses(@TempDir Path tmp) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        Path api = tmp.resolve("api");
        Files.createDirectories(api);
        List<String> facade;
        try (Stream<Path> s = Files.walk(BASE.resolve("src/test/jforex-api"))) {
            facade = s.filter(p -> p.toString().endsWith(".java")).map(Path::toString).collect(Collectors.toList());
        }
        List<String> args = new ArrayList<>(Arrays.asList("--release", "8", "-nowarn", "-d", api.toString()));
        args.addAll(facade);
        assertEquals(0, javac.run(null, null, null, args.toArray(new String[0])), "the API facade compiles");

        // the plugin jar's content: the main classes and the runtime libraries, never test classes
        String pluginPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> !e.endsWith("test-classes") && !e.contains("junit") && !e.contains("mockito")
                        && !e.contains("opentest4j") && !e.contains("byte-buddy") && !e.contains("objenesis")
                        && !e.contains("apiguardian"))
                .collect(Collectors.joining(File.pathSeparator));
        for (Path src : platformSources()) {
            Path out = tmp.resolve("out-" + src.getFileName());
            Files.createDirectories(out);
            StringWriter diagnostics = new StringWriter();
            int rc = javac.getTask(diagnostics, null, null, Arrays.asList("--release", "8", "-proc:none", "-d",
                    out.toString(), "-cp", api + File.pathSeparator + pluginPath), null,
                    javac.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjects(src.toFile()))
                    .call() ? 0 : 1;
            assertEquals(0, rc, src + " compiles alone against the API and the plugin jar:\n" + diagnostics);
        }
    }
}
