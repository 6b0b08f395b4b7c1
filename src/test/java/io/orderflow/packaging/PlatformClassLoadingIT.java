package io.orderflow.packaging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.Policy;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.dukascopy.api.DataType;
import com.dukascopy.api.IBar;
import com.dukascopy.api.IEngine;
import com.dukascopy.api.IStrategy;
import com.dukascopy.api.Instrument;
import com.dukascopy.api.OfferSide;
import com.dukascopy.api.Period;
import com.dukascopy.api.feed.FeedDescriptor;
import com.dukascopy.api.indicators.IIndicator;

import io.orderflow.backtest.BacktestConfig;
import io.orderflow.backtest.BacktestResult;
import io.orderflow.backtest.BacktestRun;
import io.orderflow.backtest.EngineStrategy;
import io.orderflow.backtest.TickSource;
import io.orderflow.backtest.broker.BrokerConfig;
import io.orderflow.backtest.testing.Ticks;
import io.orderflow.jforex.harness.FakeBar;
import io.orderflow.jforex.harness.FakeIndicatorContext;
import io.orderflow.jforex.harness.FakePlatform;
import io.orderflow.jforex.harness.TapeHistory;
import io.orderflow.jforex.harness.TickTape;
import io.orderflow.strategy.config.StrategyConfig;

/**
 * The strategy and an indicator run from the plugin jar inside an emulation of the platform's
 * class loading and sandbox (jforex-api.md §4.1 and §9; the decompiled old platform classes
 * {@code JFXClassLoader}/{@code JFXPack}, and the client's class path with slf4j 1.7 + log4j):
 * <ul>
 * <li>{@link PlatformClassPath}: the platform's loader — the JForex API, slf4j-api 1.7.30 with the
 * slf4j-log4j12 binding and log4j 1.2.17 (from {@code target/platform-libs}), the JDK; none of the
 * project's classes;</li>
 * <li>{@link JfxLikeClassLoader}: the {@code .jfx} — every entry of {@code jforex-orderflow.jar} plus
 * the compiled platform sources, parent-first, one code source with file permissions on the
 * {@code files} folder only;</li>
 * <li>{@link FilesFolderPolicy} and a {@link SecurityManager} (Java 17 needs
 * {@code -Djava.security.manager=allow}, set on the failsafe JVM): the sandbox is enforced.</li>
 * </ul>
 */
class PlatformClassLoadingIT {
    @TempDir
    Path root;

    /** The .jfx of one compiled source, e.g. "OrderFlowStrategy", with the plugin jar packed in. */
    private static JfxLikeClassLoader jfx(PlatformClassPath platform, String source, File files) throws Exception {
        return new JfxLikeClassLoader(platform, new Path[] {PluginJar.path()},
                PluginJar.platformClasses().resolve(source + ".class"), files);
    }

    private static PlatformClassPath platform() throws Exception {
        return new PlatformClassPath(PlatformClassLoadingIT.class.getClassLoader(),
                PluginJar.platformLib("slf4j-api.jar").toUri().toURL(),
                PluginJar.platformLib("slf4j-log4j12.jar").toUri().toURL(),
                PluginJar.platformLib("log4j.jar").toUri().toURL());
    }

    @Test
    void projectClassesComeFromThePluginJarAndLoggingFromEachSideWithoutClash() throws Exception {
        PlatformClassPath platform = platform();
        File files = Files.createDirectories(root.resolve("files")).toFile();
        JfxLikeClassLoader jfx = jfx(platform, "OrderFlowStrategy", files);

        Class<?> strategy = Class.forName("jforex.OrderFlowStrategy", false, jfx);
        assertSame(jfx, strategy.getClassLoader());
        assertTrue(IStrategy.class.isAssignableFrom(strategy), "the API type is the platform's, shared with the host");
        assertSame(jfx, Class.forName("io.orderflow.jforex.StrategyHost", false, jfx).getClassLoader());
        assertSame(IStrategy.class, Class.forName("com.dukascopy.api.IStrategy", false, jfx));
        // the platform does not see the project: there is nothing for parent-first delegation to take instead
        assertThrows(ClassNotFoundException.class, () -> Class.forName("io.orderflow.jforex.StrategyHost", false, platform));
        // one .jfx per source: the strategy's does not hold an indicator's classes
        assertThrows(ClassNotFoundException.class, () -> Class.forName("jforex.OfiIndicator", false, jfx));

        // the platform's slf4j (1.7 with log4j) is what the name org.slf4j means inside the .jfx too ...
        Class<?> platformSlf4j = Class.forName("org.slf4j.LoggerFactory", true, jfx);
        assertSame(platform.logging(), platformSlf4j.getClassLoader());
        Object platformFactory = platformSlf4j.getMethod("getILoggerFactory").invoke(null);
        assertEquals("org.slf4j.impl.Log4jLoggerFactory", platformFactory.getClass().getName());
        // ... and ours is a different class under our own name, bound to its own (no-op) binding
        Class<?> ourSlf4j = Class.forName("io.orderflow.shaded.slf4j.LoggerFactory", true, jfx);
        assertSame(jfx, ourSlf4j.getClassLoader());
        Object ourFactory = ourSlf4j.getMethod("getILoggerFactory").invoke(null);
        assertEquals("io.orderflow.shaded.slf4j.helpers.NOPLoggerFactory", ourFactory.getClass().getName());
        assertSame(jfx, ourFactory.getClass().getClassLoader());
        // ta4j inside the jar logs through ours: its indicators name the relocated Logger
        Class<?> indicator = Class.forName("io.orderflow.shaded.ta4j.core.indicators.AbstractIndicator", false, jfx);
        assertEquals("io.orderflow.shaded.slf4j.Logger", indicator.getDeclaredField("log").getType().getName());
    }

    /**
     * The old loader finds a class by {@code name.endsWith(packedName)}, first match in pack order
     * (JFXClassLoader.findClass; JFXPack.buildFromClass packs the source's class, its other class
     * files, then the library entries). A packed class whose name ends with another packed name
     * placed before it would be defined from the wrong bytes and fail to load. Every class of every
     * source's .jfx must load under its own name, from the .jfx.
     */
    @Test
    void everyPackedClassOfEverySourceLoadsUnderItsOwnNameDespiteSuffixLookup() throws Exception {
        PlatformClassPath platform = platform();
        File files = Files.createDirectories(root.resolve("files")).toFile();
        List<String> sources = new ArrayList<>();
        try (Stream<Path> s = Files.list(PluginJar.platformClasses())) {
            s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".class") && !n.contains("$"))
                    .forEach(n -> sources.add(n.substring(0, n.length() - 6)));
        }
        long platformSources = 0;
        for (String folder : new String[] {"strategies", "indicators"}) {
            try (Stream<Path> s = Files.list(Paths.get(folder))) {
                platformSources += s.filter(p -> p.getFileName().toString().endsWith(".java")).count();
            }
        }
        assertTrue(platformSources >= 8, "strategies/ and indicators/ hold the platform sources: " + platformSources);
        assertEquals(platformSources, sources.size(), "one .jfx per strategies/*.java and indicators/*.java: " + sources);
        List<String> wrong = new ArrayList<>();
        for (String source : sources) {
            JfxLikeClassLoader jfx = jfx(platform, source, files);
            List<String> names = jfx.packedClassNames();
            assertEquals("jforex." + source, names.get(0), "the source's own class is packed first");
            for (String name : names) {
                try {
                    Class<?> c = Class.forName(name, false, jfx);
                    if (c.getClassLoader() != jfx) wrong.add(source + ".jfx: " + name + " came from " + c.getClassLoader());
                } catch (ClassNotFoundException | LinkageError e) {
                    wrong.add(source + ".jfx: " + name + ": " + e);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theStrategyTradesFromThePluginJarInsideTheSandboxAndWritesOnlyBelowTheFilesFolder() throws Exception {
        // the reference: the offline backtester (project classes from the class path), as JForexTesterParityTest
        TickSource source = Ticks.eurusdTwoDays();
        BrokerConfig broker = BrokerConfig.builder().accountCurrency("USD").initialDeposit(100_000)
                .commissionUsdPerMillion(35).build();
        StrategyConfig config = StrategyConfig.defaults().toBuilder().set("bars.periodSeconds", 60)
                .set("trend.orderFlowConfirmation", false).set("exits.breakEvenAtR", 1.0).set("exits.maxBarsInTrade", 30)
                .build();
        BacktestResult offline = BacktestRun.run(BacktestConfig.builder().broker(broker).collectSeries(false).build(),
                source, new EngineStrategy(config));
        assertTrue(offline.trades().size() >= 5, "trades to compare: " + offline.trades().size());
        TickTape tape = TickTape.load(source);

        PlatformClassPath platform = platform();
        File files = Files.createDirectories(root.resolve("files")).toFile();
        Path outside = Files.createDirectories(root.resolve("outside"));
        JfxLikeClassLoader jfx = jfx(platform, "OrderFlowStrategy", files);
        IStrategy strategy = (IStrategy) Class.forName("jforex.OrderFlowStrategy", true, jfx).getConstructor().newInstance();
        set(strategy, "instrument", Instrument.EURUSD);
        set(strategy, "warmUpHours", 0);
        set(strategy, "barsPeriod", Period.ONE_MIN);
        set(strategy, "trendOrderFlowConfirmation", false);
        set(strategy, "exitsBreakEvenAtR", 1.0);
        set(strategy, "exitsMaxBarsInTrade", 30);
        set(strategy, "attachIndicators", false);
        // one key read from a JSON file in the files folder (Gson inside the sandbox), same value as the field
        Files.writeString(files.toPath().resolve("strategy.json"), "{\"exits\": {\"maxBarsInTrade\": 30}}\n");
        set(strategy, "configFile", new File("strategy.json"));
        Method open = Class.forName("io.orderflow.jforex.TradeJournalFile", true, jfx)
                .getMethod("open", File.class, String.class);

        Policy jdkDefault = Policy.getPolicy();
        Policy.setPolicy(new FilesFolderPolicy(jdkDefault, jfx.codeSource()));
        System.setSecurityManager(new SecurityManager());
        List<String> console;
        try {
            try (FakePlatform p = new FakePlatform(Instrument.EURUSD, tape, broker, IEngine.Type.TEST, files, 0)) {
                p.start(strategy);
                p.replayAll(strategy);
                p.endOfData(strategy);
                p.stop(strategy);
                console = p.consoleLines();
            }
            // the sandbox is real: the jar's own code may not write outside the files folder ...
            File denied = outside.resolve("journal.csv").toFile();
            InvocationTargetException e = assertThrows(InvocationTargetException.class, () -> open.invoke(null, denied, "USD"));
            assertInstanceOf(SecurityException.class, e.getCause(), "a write outside the files folder is denied");
            // ... and may below it (the control for the denial above)
            Object probe = open.invoke(null, new File(files, "orderflow/probe.csv"), "USD");
            probe.getClass().getMethod("close").invoke(probe);
        } finally {
            System.setSecurityManager(null);
            Policy.setPolicy(jdkDefault);
        }

        Path journalDir = files.toPath().resolve("orderflow");
        List<Path> journals;
        try (Stream<Path> s = Files.list(journalDir)) {
            journals = s.filter(p -> p.getFileName().toString().endsWith("_journal.csv")).toList();
        }
        assertEquals(1, journals.size(), "one journal in files/orderflow: " + journals + "; console " + console);
        List<String> rows = Files.readAllLines(journals.get(0), StandardCharsets.UTF_8);
        assertEquals(offline.trades().size() + 1, rows.size(), "journal: header and one row per offline trade");
        try (Stream<Path> s = Files.list(outside)) {
            assertEquals(0, s.count(), "nothing written outside the files folder");
        }
        try (Stream<Path> s = Files.list(root)) {
            assertEquals(List.of("files", "outside"), s.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    /**
     * The platform lists {@code *.json} files of the Strategies folder for a {@code fileType}
     * parameter, but the sandbox grants the files folder only: a file that is only in the Strategies
     * folder cannot be read, and the strategy must say so (not fail on a SecurityException from a
     * look-up). Auto-attaching indicators looks into the Indicators folder, also outside: the
     * strategy must still start. Both failed before the look-ups were made sandbox-aware.
     */
    @Test
    void underTheSandboxAConfigurationOutsideTheFilesFolderIsNamedAndIndicatorAttachDoesNotStopTheStart()
            throws Exception {
        TickTape tape = TickTape.load(Ticks.eurusdTwoDays());
        BrokerConfig broker = BrokerConfig.builder().accountCurrency("USD").initialDeposit(100_000).build();
        PlatformClassPath platform = platform();
        Path strategies = Files.createDirectories(root.resolve("Strategies"));
        File files = Files.createDirectories(strategies.resolve("files")).toFile();
        Files.writeString(strategies.resolve("listed.json"), "{\"exits\": {\"maxBarsInTrade\": 30}}\n");
        JfxLikeClassLoader jfx = jfx(platform, "OrderFlowStrategy", files);
        IStrategy outsideConfig = (IStrategy) Class.forName("jforex.OrderFlowStrategy", true, jfx).getConstructor().newInstance();
        set(outsideConfig, "instrument", Instrument.EURUSD);
        set(outsideConfig, "warmUpHours", 0);
        set(outsideConfig, "attachIndicators", false);
        set(outsideConfig, "configFile", new File("listed.json"));
        IStrategy attaching = (IStrategy) Class.forName("jforex.OrderFlowStrategy", true, jfx).getConstructor().newInstance();
        set(attaching, "instrument", Instrument.EURUSD);
        set(attaching, "warmUpHours", 0);
        set(attaching, "attachIndicators", true);
        com.dukascopy.api.IChart chart = org.mockito.Mockito.mock(com.dukascopy.api.IChart.class);

        Policy jdkDefault = Policy.getPolicy();
        Policy.setPolicy(new FilesFolderPolicy(jdkDefault, jfx.codeSource()));
        System.setSecurityManager(new SecurityManager());
        String refused;
        List<String> console;
        try {
            try (FakePlatform p = new FakePlatform(Instrument.EURUSD, tape, broker, IEngine.Type.DEMO, files, 0)) {
                RuntimeException e = assertThrows(RuntimeException.class, () -> p.start(outsideConfig));
                refused = String.valueOf(e.getMessage());
            }
            try (FakePlatform p = new FakePlatform(Instrument.EURUSD, tape, broker, IEngine.Type.DEMO, files, 0)) {
                p.setChart(chart);
                p.start(attaching);
                p.replay(attaching, 1_000);
                p.stop(attaching);
                console = p.consoleLines();
            }
        } finally {
            System.setSecurityManager(null);
            Policy.setPolicy(jdkDefault);
        }
        assertTrue(refused.contains("listed.json") && refused.contains("copy it into the files folder"), refused);
        assertTrue(console.stream().anyMatch(l -> l.contains("started in")), "the attaching strategy started: " + console);
        org.mockito.Mockito.verify(chart, org.mockito.Mockito.never()).add(org.mockito.ArgumentMatchers.any(IIndicator.class));
    }

    @Test
    void liveDepthIsRecordedBelowTheFilesFolderInsideTheSandbox() throws Exception {
        TickTape tape = TickTape.load(Ticks.eurusdTwoDays());
        BrokerConfig broker = BrokerConfig.builder().accountCurrency("USD").initialDeposit(100_000).build();
        PlatformClassPath platform = platform();
        File files = Files.createDirectories(root.resolve("files")).toFile();
        JfxLikeClassLoader jfx = jfx(platform, "OrderFlowStrategy", files);
        IStrategy strategy = (IStrategy) Class.forName("jforex.OrderFlowStrategy", true, jfx).getConstructor().newInstance();
        set(strategy, "instrument", Instrument.EURUSD);
        set(strategy, "warmUpHours", 0);
        set(strategy, "attachIndicators", false);
        set(strategy, "recordDepth", true);
        set(strategy, "depthLevels", 5);

        Policy jdkDefault = Policy.getPolicy();
        Policy.setPolicy(new FilesFolderPolicy(jdkDefault, jfx.codeSource()));
        System.setSecurityManager(new SecurityManager());
        try (FakePlatform p = new FakePlatform(Instrument.EURUSD, tape, broker, IEngine.Type.DEMO, files, 0)) {
            p.setDepthLevels(5);
            p.start(strategy);
            p.replay(strategy, 20_000);
            p.stop(strategy);
        } finally {
            System.setSecurityManager(null);
            Policy.setPolicy(jdkDefault);
        }
        List<Path> recorded;
        try (Stream<Path> s = Files.list(files.toPath().resolve("orderflow/depth"))) {
            recorded = s.toList();
        }
        assertEquals(1, recorded.size(), "one day of depth: " + recorded);
        assertTrue(recorded.get(0).getFileName().toString().matches("EURUSD-\\d{4}-?\\d{2}-?\\d{2}\\.ofd"),
                recorded.toString());
        assertTrue(Files.size(recorded.get(0)) > 20_000, "20,000 ticks recorded: " + Files.size(recorded.get(0)) + " bytes");
        try (Stream<Path> s = Files.list(root)) {
            assertEquals(List.of("files"), s.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void anIndicatorFromThePluginJarCalculatesAsTheSameSourceOnTheClassPath() throws Exception {
        TickTape tape = TickTape.load(Ticks.eurusdTwoDays());
        PlatformClassPath platform = platform();
        File files = Files.createDirectories(root.resolve("files")).toFile();
        JfxLikeClassLoader jfx = jfx(platform, "OfiIndicator", files);

        Policy jdkDefault = Policy.getPolicy();
        double[][] sandboxed;
        Policy.setPolicy(new FilesFolderPolicy(jdkDefault, jfx.codeSource()));
        System.setSecurityManager(new SecurityManager());
        try {
            sandboxed = ofi(Class.forName("jforex.OfiIndicator", true, jfx), tape);
        } finally {
            System.setSecurityManager(null);
            Policy.setPolicy(jdkDefault);
        }
        double[][] classPath = ofi(Class.forName("jforex.OfiIndicator"), tape);
        assertFalse(Class.forName("jforex.OfiIndicator").getClassLoader() == jfx);
        int finite = 0;
        for (double v : sandboxed[0]) if (!Double.isNaN(v) && v != 0) finite++;
        assertTrue(finite > 20, "OFI values computed in the sandbox: " + finite);
        for (int k = 0; k < classPath.length; k++) assertArrayEquals(classPath[k], sandboxed[k], "output " + k);
    }

    /** Hourly OFI bars of the tape, calculated until the indicator's background work is done. */
    private static double[][] ofi(Class<?> cls, TickTape tape) throws Exception {
        TapeHistory history = new TapeHistory(Instrument.EURUSD, tape, tape::size, id -> null);
        FakeIndicatorContext context = new FakeIndicatorContext(
                new FeedDescriptor(DataType.TIME_PERIOD_AGGREGATION, Instrument.EURUSD, Period.ONE_HOUR, OfferSide.BID), history);
        IIndicator indicator = (IIndicator) cls.getConstructor().newInstance();
        indicator.onStart(context);
        IBar[] bars = hourBars(tape);
        indicator.setInputParameter(0, bars);
        double[][] out = new double[indicator.getIndicatorInfo().getNumberOfOutputs()][bars.length];
        for (int k = 0; k < out.length; k++) indicator.setOutputParameter(k, out[k]);
        indicator.calculate(0, bars.length - 1);
        int rounds = 0;
        while (context.runQueued() > 0) {
            indicator.calculate(0, bars.length - 1);
            assertTrue(++rounds < 10, "converges");
        }
        return out;
    }

    /** One bid bar per hour with ticks, as a JForex chart has them. */
    private static IBar[] hourBars(TickTape tape) {
        List<IBar> out = new ArrayList<>();
        long start = Long.MIN_VALUE;
        double o = 0, h = 0, l = 0, c = 0, v = 0;
        for (int i = 0; i < tape.size(); i++) {
            long t = tape.time(i);
            long s = t - Math.floorMod(t, 3_600_000L);
            double bid = tape.spec().toPrice(tape.bid(i));
            if (s != start) {
                if (start != Long.MIN_VALUE) out.add(new FakeBar(start, o, c, l, h, v));
                start = s;
                o = h = l = c = bid;
                v = 0;
            }
            h = Math.max(h, bid);
            l = Math.min(l, bid);
            c = bid;
            v += tape.bidVolume(i);
        }
        if (start != Long.MIN_VALUE) out.add(new FakeBar(start, o, c, l, h, v));
        return out.toArray(new IBar[0]);
    }

    private static void set(Object strategy, String field, Object value) throws ReflectiveOperationException {
        strategy.getClass().getField(field).set(strategy, value);
    }
}
