package io.orderflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.orderflow.testing.TestData;

/**
 * The README's printed output block is the real output of its main command: the block between the
 * fence after "prints (real output" and the next fence equals, line for line, what {@code backtest}
 * prints for the README's offline command. Only the two kinds of line that name local paths
 * ({@code source} and {@code wrote}) are compared by their label and file name alone.
 */
@Tag("slow")
class ReadmeFiguresTest {
    @TempDir
    Path tmp;

    @Test
    void theReadmeOutputBlockIsTheMainCommandsRealOutput() throws Exception {
        List<String> readme = readmeBlock();
        Path bi5 = TestData.dukascopyBi5();
        CliRun run = CliRun.of("backtest", "--instrument", "EURUSD", "--from", "2019-02-04", "--to", "2019-02-06",
                "--data-dir", bi5.toString(), "--out", tmp.resolve("results").toString(), "--progress", "never");
        assertEquals(0, run.code(), run.toString());
        List<String> actual = new ArrayList<>(run.out().lines().toList());
        while (!actual.isEmpty() && actual.get(actual.size() - 1).isBlank()) actual.remove(actual.size() - 1);
        assertEquals(readme.size(), actual.size(), "lines: README\n" + String.join("\n", readme) + "\nactual\n" + run.out());
        for (int i = 0; i < readme.size(); i++) {
            String want = readme.get(i);
            String got = actual.get(i);
            if (want.startsWith("source ")) {
                assertTrue(got.startsWith("source          directory ") && want.startsWith("source          directory "),
                        want + " | " + got);
            } else if (want.startsWith("wrote ")) {
                assertEquals(Paths.get(want.substring(6).trim()).getFileName(), Paths.get(got.substring(6).trim()).getFileName(),
                        "line " + (i + 1));
            } else {
                assertEquals(want, got, "README output line " + (i + 1));
            }
        }
    }

    /** The README's validate command, run as printed (offline form), gives the figures the README quotes. */
    @Test
    void theReadmeValidateCommandGivesTheFiguresItQuotes() throws Exception {
        List<String> lines = Files.readAllLines(Paths.get("README.md"), StandardCharsets.UTF_8);
        String command = null;
        for (String l : lines) if (l.startsWith("java -jar target/jforex-orderflow-cli.jar validate ")) command = l;
        assertTrue(command != null, "README.md: no validate command");
        List<String> args = new ArrayList<>(List.of(command.substring("java -jar target/jforex-orderflow-cli.jar ".length())
                .trim().split("\\s+")));
        int dataDir = args.indexOf("--data-dir");
        args.set(dataDir + 1, TestData.dukascopyBi5().toString());
        int out = args.indexOf("--out");
        args.set(out + 1, tmp.resolve("validation").toString());
        args.add("--progress");
        args.add("never");
        CliRun run = CliRun.of(args.toArray(new String[0]));
        assertEquals(0, run.code(), run.toString());
        String readme = String.join(" ", lines).replaceAll("\\s+", " ");
        String[][] quoted = {
                {"Here: −0.59.", "efficiency      -0.59 "},
                {"Here: 0.52, likely overfit.", "PBO             0.520 "},
                {"Here: 0.52, likely overfit.", "likely overfit"},
                {"Here: 0.54, not significant.", "deflated Sharpe 0.538 - not significant"},
                {"or \"not enough signals\", as here", "walk-forward out-of-sample signals: not enough signals"}};
        for (String[] q : quoted) {
            assertTrue(readme.contains(q[0]), "README.md should say: " + q[0]);
            assertTrue(run.out().contains(q[1]), "validate should print: " + q[1] + "\n" + run.out());
        }
    }

    private static List<String> readmeBlock() throws Exception {
        List<String> lines = Files.readAllLines(Paths.get("README.md"), StandardCharsets.UTF_8);
        int i = 0;
        while (i < lines.size() && !lines.get(i).contains("prints (real output")) i++;
        assertTrue(i < lines.size(), "README.md: no 'prints (real output' paragraph");
        while (i < lines.size() && !lines.get(i).startsWith("```")) i++;
        List<String> block = new ArrayList<>();
        for (i++; i < lines.size() && !lines.get(i).startsWith("```"); i++) block.add(lines.get(i));
        assertTrue(block.size() > 10, "README.md: the output block has " + block.size() + " lines");
        return block;
    }
}
