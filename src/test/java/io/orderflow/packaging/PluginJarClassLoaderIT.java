package io.orderflow.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.orderflow.testing.TestData;

/**
 * Both jars are self-contained: in a class loader holding only one jar
 * ({@code target/jforex-orderflow.jar} or {@code target/jforex-orderflow-cli.jar}) and the JForex
 * API (here the test facade's compiled {@code com/dukascopy/**} classes, copied to a directory of
 * their own), under the platform class loader — so nothing from the build classpath is visible —
 * every class loads, our own classes link and initialise, and real work runs through reflection:
 * JSON is parsed with Gson and a ta4j bar series computes an indicator (relocated under
 * {@code io.orderflow.shaded} in the plugin jar, under their own names in the command-line jar), and
 * a real Dukascopy day is decoded from the command-line jar. In the plugin jar, ta4j, Gson and slf4j
 * are present only relocated.
 */
class PluginJarClassLoaderIT {
    /**
     * jline (used by the command line's progress bar) ships terminal providers for JNA, Jansi and an
     * SSH server; those libraries are optional dependencies of jline that it probes for at run time,
     * so their provider classes cannot load here, by design.
     */
    private static final String[] OPTIONAL_MISSING = {"com/sun/jna/", "org/fusesource/jansi/", "org/apache/sshd/"};

    @TempDir
    static Path facadeDir;
    private static URLClassLoader loader;
    private static URLClassLoader cliLoader;
    private static Path jar;
    private static Path cliJar;
    private static int facadeClasses;

    @BeforeAll
    static void isolatedLoader() throws IOException {
        jar = PluginJar.path();
        cliJar = PluginJar.cliPath();
        Path testClasses = Paths.get(System.getProperty("orderflow.basedir", "."), "target", "test-classes");
        Path facade = testClasses.resolve("com/dukascopy");
        if (Files.isDirectory(facade)) {
            try (Stream<Path> files = Files.walk(facade)) {
                for (Path p : (Iterable<Path>) files::iterator) {
                    Path target = facadeDir.resolve(testClasses.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target);
                        facadeClasses++;
                    }
                }
            }
        }
        System.out.println("PluginJarClassLoaderIT: " + jar + " + " + facadeClasses + " JForex API facade classes");
        loader = new URLClassLoader(new URL[] {jar.toUri().toURL(), facadeDir.toUri().toURL()},
                ClassLoader.getPlatformClassLoader());
        cliLoader = new URLClassLoader(new URL[] {cliJar.toUri().toURL(), facadeDir.toUri().toURL()},
                ClassLoader.getPlatformClassLoader());
    }

    @AfterAll
    static void close() throws IOException {
        if (loader != null) loader.close();
        if (cliLoader != null) cliLoader.close();
    }

    private static Class<?> load(String name) throws ClassNotFoundException {
        return load(loader, name);
    }

    private static Class<?> load(URLClassLoader from, String name) throws ClassNotFoundException {
        Class<?> c = Class.forName(name, false, from);
        assertSame(from, c.getClassLoader(), name + " must come from the jar under test");
        return c;
    }

    @Test
    void everyClassOfThePluginJarLoadsAndOurOwnLinkAndInitialise() throws IOException {
        int[] counts = everyClassLoads(jar, loader);
        assertTrue(counts[1] >= 40, "own classes initialised: " + counts[1]);
        assertTrue(counts[0] > 400, "classes loaded: " + counts[0]);
    }

    @Test
    void everyClassOfTheCommandLineJarLoadsAndOurOwnLinkAndInitialise() throws IOException {
        int[] counts = everyClassLoads(cliJar, cliLoader);
        assertTrue(counts[1] >= 300, "own classes initialised: " + counts[1]);
        assertTrue(counts[0] > 1000, "classes loaded: " + counts[0]);
    }

    private static int[] everyClassLoads(Path jar, URLClassLoader loader) throws IOException {
        int loaded = 0;
        int own = 0;
        List<String> failures = new ArrayList<>();
        for (String entry : PluginJar.entries(jar)) {
            if (!PluginJar.isJava8Visible(entry)) continue;
            String name = entry.substring(0, entry.length() - ".class".length()).replace('/', '.');
            boolean ours = name.startsWith("io.orderflow.") && !name.startsWith("io.orderflow.shaded.");
            try {
                Class<?> c = Class.forName(name, ours, loader);
                // Resolves every type in the signatures: a missing dependency shows up here.
                c.getDeclaredMethods();
                c.getDeclaredFields();
                c.getDeclaredConstructors();
                loaded++;
                if (ours) own++;
            } catch (LinkageError | ClassNotFoundException e) {
                if (ours || !missesOnlyAnOptionalLibrary(e)) failures.add(name + ": " + e);
            }
        }
        assertEquals(List.of(), failures, "classes that do not load from " + jar.getFileName() + " alone");
        System.out.println("PluginJarClassLoaderIT: " + jar.getFileName() + ": " + loaded + " classes loaded, " + own
                + " of ours initialised");
        return new int[] {loaded, own};
    }

    private static boolean missesOnlyAnOptionalLibrary(Throwable e) {
        String m = String.valueOf(e.getMessage()).replace('.', '/');
        for (String p : OPTIONAL_MISSING) if (m.contains(p)) return true;
        return false;
    }

    @Test
    void ta4jGsonAndSlf4jArePresentOnlyRelocated() throws IOException {
        List<String> entries = PluginJar.entries(jar);
        assertFalse(entries.stream().anyMatch(e -> e.startsWith("com/google/gson/")), "unrelocated gson");
        assertFalse(entries.stream().anyMatch(e -> e.startsWith("org/slf4j/")), "unrelocated slf4j");
        assertFalse(entries.stream().anyMatch(e -> e.startsWith("org/ta4j/")), "unrelocated ta4j");
        assertTrue(entries.contains("io/orderflow/shaded/gson/Gson.class"));
        assertTrue(entries.contains("io/orderflow/shaded/slf4j/LoggerFactory.class"));
        assertTrue(entries.contains("io/orderflow/shaded/ta4j/core/BaseBarSeries.class"));
        assertThrows(ClassNotFoundException.class, () -> Class.forName("com.google.gson.Gson", false, loader));
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.slf4j.LoggerFactory", false, loader));
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.ta4j.core.BaseBarSeries", false, loader));
        assertFalse(entries.stream().anyMatch(e -> e.startsWith("org/junit/") || e.startsWith("io/orderflow/testing/")
                || e.startsWith("com/dukascopy/")), "test code or the JForex API facade inside the plugin jar");
    }

    @Test
    void decodesARealDukascopyDayFromTheCommandLineJarAlone() throws Exception {
        Path bi5 = TestData.dukascopyBi5();
        URLClassLoader loader = cliLoader;
        Class<?> logClass = load(loader, "io.orderflow.data.ProblemLog");
        Object log = logClass.getMethod("failing").invoke(null);
        Object spec = load(loader, "io.orderflow.market.Instruments").getMethod("of", String.class).invoke(null, "EURUSD");
        Class<?> sourceClass = load(loader, "io.orderflow.data.DirectoryBi5Source");
        Object source = sourceClass.getConstructor(Path.class).newInstance(bi5);
        long from = LocalDate.of(2019, 2, 4).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        Class<?> streamClass = load(loader, "io.orderflow.data.DukascopyTickStream");
        Object stream = streamClass.getConstructor(load(loader, "io.orderflow.data.Bi5Source"),
                load(loader, "io.orderflow.market.InstrumentSpec"), long.class, long.class, logClass)
                .newInstance(source, spec, from, from + 86_400_000L, log);
        Class<?> tickClass = load(loader, "io.orderflow.market.Tick");
        Object tick = tickClass.getConstructor().newInstance();
        Method next = streamClass.getMethod("next", tickClass);
        Method bid = tickClass.getMethod("bid");
        Method ask = tickClass.getMethod("ask");
        long n = 0;
        while ((Boolean) next.invoke(stream, tick)) {
            assertTrue((Long) ask.invoke(tick) >= (Long) bid.invoke(tick));
            n++;
        }
        assertEquals(136_741, n, "EURUSD 2019-02-04 has 136,741 ticks");
        assertEquals(0L, logClass.getMethod("total").invoke(log));
    }

    @Test
    void parsesJsonWithTheRelocatedGson() throws Exception {
        parsesJson(loader, "io.orderflow.shaded.gson");
    }

    @Test
    void parsesJsonWithGsonFromTheCommandLineJar() throws Exception {
        parsesJson(cliLoader, "com.google.gson");
    }

    /** Gson as our code uses it: {@code new Gson().fromJson(text, Map.class)}. */
    private static void parsesJson(URLClassLoader loader, String gson) throws Exception {
        Class<?> gsonClass = load(loader, gson + ".Gson");
        Object g = gsonClass.getConstructor().newInstance();
        Method fromJson = gsonClass.getMethod("fromJson", String.class, Class.class);
        Map<?, ?> small = (Map<?, ?>) fromJson.invoke(g, "{\"a\":[1,2,3],\"b\":\"x\"}", Map.class);
        assertEquals(3, ((List<?>) small.get("a")).size());
        assertEquals("x", small.get("b"));

        Path json = TestData.require("dukascopy/json/ticks-EUR-USD-2026-07-13T12.json.gz");
        String text;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(json))) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<?, ?> root = (Map<?, ?>) fromJson.invoke(g, text, Map.class);
        assertEquals(3551, ((List<?>) root.get("times")).size(), "ticks in the JSON fixture");
    }

    @Test
    void buildsARelocatedTa4jBarSeriesAndComputesAnIndicator() throws Exception {
        ta4jSma(loader, "io.orderflow.shaded.ta4j.core");
    }

    @Test
    void buildsATa4jBarSeriesFromTheCommandLineJar() throws Exception {
        ta4jSma(cliLoader, "org.ta4j.core");
    }

    private static void ta4jSma(URLClassLoader loader, String ta4j) throws Exception {
        Class<?> seriesClass = load(loader, ta4j + ".BaseBarSeries");
        Object series = seriesClass.getConstructor(String.class).newInstance("EURUSD");
        Method addBar = seriesClass.getMethod("addBar", ZonedDateTime.class, Number.class, Number.class, Number.class,
                Number.class, Number.class);
        ZonedDateTime t = ZonedDateTime.of(2019, 2, 4, 0, 1, 0, 0, ZoneOffset.UTC);
        double[] closes = {1.14569, 1.14575, 1.14563, 1.14551, 1.14560};
        for (int i = 0; i < closes.length; i++) {
            addBar.invoke(series, t.plusMinutes(i), closes[i], closes[i] + 0.0001, closes[i] - 0.0001, closes[i], 100.0);
        }
        assertEquals(5, seriesClass.getMethod("getBarCount").invoke(series));
        Object close = load(loader, ta4j + ".indicators.helpers.ClosePriceIndicator")
                .getConstructor(load(loader, ta4j + ".BarSeries")).newInstance(series);
        Object sma = load(loader, ta4j + ".indicators.SMAIndicator")
                .getConstructor(load(loader, ta4j + ".Indicator"), int.class).newInstance(close, 3);
        Object value = sma.getClass().getMethod("getValue", int.class).invoke(sma, 4);
        double v = (Double) value.getClass().getMethod("doubleValue").invoke(value);
        assertEquals((1.14563 + 1.14551 + 1.14560) / 3, v, 1e-12);
    }
}
