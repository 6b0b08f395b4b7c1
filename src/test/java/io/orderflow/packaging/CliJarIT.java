package io.orderflow.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.orderflow.testing.TestData;

/**
 * The command-line jar ({@code target/jforex-orderflow-cli.jar}) runs on its own with
 * {@code java -jar}, in a fresh JVM; the plugin jar does not carry the command line.
 */
class CliJarIT {

    /** Exit code and merged output of {@code java args...} (the JVM running this test). */
    private record Run(int exit, String output) {
    }

    private static Run java(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(Arrays.asList(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "timed out: " + cmd);
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    @Test
    void printsItsVersion() throws Exception {
        Run r = java("-jar", PluginJar.cliPath().toString(), "--version");
        assertEquals(0, r.exit(), r.output());
        String version = System.getProperty("orderflow.version", "");
        assertTrue(r.output().startsWith("jforex-orderflow " + version), r.output());
        assertTrue(!r.output().contains("development build"), "the version comes from the jar's manifest: " + r.output());
    }

    @Test
    void everyCommandsHelpNamesTheCommandLineJar() throws Exception {
        for (String command : new String[] {"fetch", "summary", "analyze", "backtest", "sweep"}) {
            Run r = java("-jar", PluginJar.cliPath().toString(), command, "--help");
            assertEquals(0, r.exit(), r.output());
            assertTrue(r.output().contains("java -jar jforex-orderflow-cli.jar " + command), command + ": " + r.output());
            assertTrue(!r.output().contains("jforex-orderflow.jar"), command + " names the plugin jar: " + r.output());
        }
    }

    @Test
    void summarisesARealDukascopyDay() throws Exception {
        Path bi5 = TestData.dukascopyBi5();
        Run r = java("-jar", PluginJar.cliPath().toString(), "summary", "-i", "EURUSD", "--from", "2019-02-04", "--to",
                "2019-02-05", "--data-dir", bi5.toString(), "--format", "json");
        assertEquals(0, r.exit(), r.output());
        // EURUSD 2019-02-04 holds 136,741 ticks (24 hourly .bi5 files; also asserted by OfiIntervalsTest, DepthRecordingParityTest)
        assertTrue(r.output().contains("\"ticks\": 136741"), r.output());
        assertTrue(r.output().contains("\"firstTick\": \"2019-02-04T00:00:00.994Z\""), r.output());
    }

    @Test
    void thePluginJarCarriesNoCommandLine() throws Exception {
        Run r = java("-cp", PluginJar.path().toString(), "io.orderflow.cli.Main", "--version");
        assertNotEquals(0, r.exit(), r.output());
        assertTrue(r.output().contains("io.orderflow.cli.Main"), r.output());
        Run jar = java("-jar", PluginJar.path().toString(), "--version");
        assertNotEquals(0, jar.exit(), "the plugin jar has no Main-Class: " + jar.output());
    }
}
