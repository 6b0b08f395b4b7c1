package io.orderflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.orderflow.testing.TestData;

/**
 * {@code validate} on the two GBPJPY weeks of the shared data, checked against independent
 * {@code backtest} runs of every grid point (a separate replay straight from the hour files): the
 * configuration chosen in each window is the one whose trades entered in-sample made the most, and
 * the out-of-sample journal is, line for line, the chosen configurations' journals cut to the
 * out-of-sample days.
 */
@Tag("slow")
class ValidateCommandTest {
    @TempDir
    static Path tmp;

    private static Path bi5;

    @BeforeAll
    static void data() {
        bi5 = TestData.dukascopyBi5();
    }

    private static final String FROM = "2012-12-02T22:00";
    private static final String TO = "2012-12-14T22:00";

    private static List<String> common(String command, Path out) {
        return new ArrayList<>(List.of(command, "-i", "GBPJPY", "--from", FROM, "--to", TO, "--data-dir", bi5.toString(),
                "--progress", "never", "--account-currency", "JPY", "--out", out.toString()));
    }

    private static CliRun validate(Path out, String... extra) {
        List<String> args = common("validate", out);
        args.addAll(List.of(extra));
        return CliRun.of(args.toArray(new String[0]));
    }

    private static final int[] EMA = {5, 9};
    private static final double[] ATR = {1.5, 2.5};

    @Test
    void walkForwardMatchesIndependentBacktestsOfEveryGridPoint() throws Exception {
        Path out = tmp.resolve("v");
        CliRun run = validate(out, "--grid", "trend.emaFast=5,9", "--grid", "trend.stop.atrMultiple=1.5,2.5",
                "--in-sample", "4", "--out-of-sample", "2", "--rank-by", "net", "--threads", "2", "--resamples", "2000");
        assertEquals(0, run.code(), run.toString());
        JsonObject doc = JsonParser.parseString(Files.readString(out.resolve("validation.json"))).getAsJsonObject();

        // the oracle: one backtest per grid point, grid order (the last axis varies fastest)
        List<List<String[]>> journals = new ArrayList<>();
        List<List<String>> lines = new ArrayList<>();
        for (int ema : EMA) {
            for (double atr : ATR) {
                Path dir = tmp.resolve("b" + ema + "-" + atr);
                List<String> args = common("backtest", dir);
                args.addAll(List.of("--set", "trend.emaFast=" + ema, "--set", "trend.stop.atrMultiple=" + atr));
                CliRun b = CliRun.of(args.toArray(new String[0]));
                assertEquals(0, b.code(), b.toString());
                List<String> csv = Files.readAllLines(dir.resolve("backtest-journal.csv"));
                List<String[]> rows = new ArrayList<>();
                for (String l : csv.subList(1, csv.size())) rows.add(fields(l));
                journals.add(rows);
                lines.add(csv.subList(1, csv.size()));
            }
        }

        JsonArray windows = doc.getAsJsonObject("walkForward").getAsJsonArray("windows");
        assertEquals(3, windows.size(), "10 trading days, 4 + 2, rolling");
        List<String> expectedOos = new ArrayList<>();
        double expectedNet = 0;
        for (int w = 0; w < windows.size(); w++) {
            JsonObject x = windows.get(w).getAsJsonObject();
            long a = ms(x.get("inSampleStart").getAsString());
            long b = ms(x.get("outOfSampleStart").getAsString());
            long c = ms(x.get("outOfSampleEnd").getAsString());
            int best = -1;
            double bestNet = 0;
            for (int g = 0; g < journals.size(); g++) {
                double net = 0;
                int n = 0;
                for (String[] t : journals.get(g)) {
                    long entry = ms(t[4]);
                    if (entry >= a && entry < b) {
                        net += Double.parseDouble(t[16]);
                        n++;
                    }
                }
                if (n >= 1 && (best < 0 || net > bestNet)) {
                    best = g;
                    bestNet = net;
                }
            }
            assertEquals(best, x.get("chosenGridIndex").getAsInt(), "window " + (w + 1));
            assertEquals(bestNet, x.getAsJsonObject("inSample").get("netProfit").getAsDouble(), 1e-6, "window " + (w + 1));
            for (int i = 0; i < journals.get(best).size(); i++) {
                long entry = ms(journals.get(best).get(i)[4]);
                if (entry >= b && entry < c) {
                    expectedOos.add(lines.get(best).get(i));
                    expectedNet += Double.parseDouble(journals.get(best).get(i)[16]);
                }
            }
        }
        List<String> oos = Files.readAllLines(out.resolve("validation-oos-journal.csv"));
        assertEquals(expectedOos, oos.subList(1, oos.size()), "out-of-sample journal = chosen journals cut to their days");
        JsonObject overall = doc.getAsJsonObject("walkForward").getAsJsonObject("outOfSample");
        assertEquals(expectedOos.size(), overall.get("trades").getAsInt());
        assertEquals(expectedNet, overall.get("netProfit").getAsDouble(), 1e-6);

        // overfitting statistics over the 10 FX-day sessions: 10 blocks, C(10, 5) = 252 splits
        JsonObject pbo = doc.getAsJsonObject("overfitting");
        assertEquals(10, pbo.get("periods").getAsInt(), pbo.toString());
        assertEquals(252, pbo.get("combinations").getAsInt());
        assertEquals(252, pbo.getAsJsonArray("logits").size());
        JsonObject dsr = doc.getAsJsonObject("deflatedSharpe");
        assertEquals(4, dsr.get("trials").getAsInt(), dsr.toString());
        assertEquals(10, dsr.get("sessions").getAsInt());
        double d = dsr.get("deflatedSharpe").getAsDouble();
        assertTrue(d >= 0 && d <= 1, dsr.toString());
        // the signals of these two weeks are too few for a number: the verdict says so
        JsonObject conf = doc.getAsJsonObject("confirmation").getAsJsonObject("walkForwardOutOfSample");
        assertEquals("not enough signals", conf.get("verdict").getAsString(), conf.toString());
        assertTrue(conf.get("pValue").isJsonNull());

        String html = Files.readString(out.resolve("validation.html"));
        assertTrue(html.contains("window.VALIDATION = {") && html.contains("Walk-forward windows")
                && html.contains("Overfitting: CSCV logits"), "report sections");
        assertTrue(run.out().contains("walk-forward    rolling, 4 in-sample + 2 out-of-sample trading days, 3 window(s)"),
                run.out());
        assertTrue(run.out().contains("PBO ") && run.out().contains("deflated Sharpe "), run.out());

        // sweep reports the same overfitting statistics for the same grid and ranking
        List<String> args = common("sweep", tmp.resolve("s"));
        args.addAll(List.of("--grid", "trend.emaFast=5,9", "--grid", "trend.stop.atrMultiple=1.5,2.5", "--rank-by", "net"));
        CliRun sweep = CliRun.of(args.toArray(new String[0]));
        assertEquals(0, sweep.code(), sweep.toString());
        JsonObject s = JsonParser.parseString(Files.readString(tmp.resolve("s/sweep.json"))).getAsJsonObject()
                .getAsJsonObject("overfitting");
        assertEquals(pbo.get("pbo").getAsDouble(), s.getAsJsonObject("pbo").get("pbo").getAsDouble(), 0, s.toString());
        assertEquals(pbo.getAsJsonArray("logits"), s.getAsJsonObject("pbo").getAsJsonArray("logits"));
        assertEquals(d, s.getAsJsonObject("deflatedSharpe").get("deflatedSharpe").getAsDouble(), 0);
        assertEquals(dsr.get("winnerGridIndex").getAsInt(), s.getAsJsonObject("deflatedSharpe").get("winnerGridIndex").getAsInt());
        assertTrue(sweep.out().contains("PBO             " + String.format(java.util.Locale.ROOT, "%.3f", pbo.get("pbo").getAsDouble())),
                sweep.out());
    }

    @Test
    void aGridOfOnePointIsRefused() throws Exception {
        Path out = tmp.resolve("one");
        CliRun run = validate(out, "--grid", "trend.emaFast=5");
        assertEquals(ExitCodes.USAGE, run.code(), run.toString());
        assertTrue(run.err().contains("the grid has 1 valid point(s); validation compares configurations, so it needs at least 2"),
                run.err());
        assertFalse(Files.exists(out.resolve("validation.json")));
    }

    @Test
    void aSweepOfOnePointSaysWhyItHasNoOverfittingStatisticsInsteadOfANaN() throws Exception {
        Path out = tmp.resolve("sweep-one");
        List<String> args = common("sweep", out);
        args.addAll(List.of("--grid", "trend.emaFast=5"));
        CliRun run = CliRun.of(args.toArray(new String[0]));
        assertEquals(0, run.code(), run.toString());
        assertTrue(run.out().contains("PBO             not computed: the probability of backtest overfitting needs at least 2 "
                + "configurations, got 1"), run.out());
        assertTrue(run.out().contains("deflated Sharpe not computed: the deflated Sharpe ratio needs at least 2 configurations "
                + "tried, got 1"), run.out());
        String text = Files.readString(out.resolve("sweep.json"));
        JsonObject o = JsonParser.parseString(text).getAsJsonObject().getAsJsonObject("overfitting");
        assertTrue(o.getAsJsonObject("pbo").get("problem").getAsString().contains("at least 2 configurations"), o.toString());
        assertFalse(o.getAsJsonObject("pbo").has("pbo"), o.toString());
        assertTrue(o.getAsJsonObject("deflatedSharpe").get("problem").getAsString().contains("at least 2 configurations"),
                o.toString());
        assertFalse(text.contains("NaN"), text);
    }

    @Test
    void windowsLongerThanTheRangeAreRefusedBeforeReadingTicks() {
        CliRun run = validate(tmp.resolve("long"), "--grid", "trend.emaFast=5,9", "--in-sample", "8", "--out-of-sample", "3");
        assertEquals(ExitCodes.USAGE, run.code(), run.toString());
        assertTrue(run.err().contains("--in-sample 8 --out-of-sample 3: one window (8 in-sample + 3 out-of-sample trading days) "
                + "is longer than the range, which has 10 trading day(s) (2012-12-03 to 2012-12-14)"), run.err());
    }

    @Test
    void tooFewTradesPerWindowGetAMessageAndNothingIsWritten() throws Exception {
        Path out = tmp.resolve("few");
        CliRun run = validate(out, "--grid", "trend.emaFast=5,9", "--in-sample", "2", "--out-of-sample", "2",
                "--min-trades", "40", "--threads", "2");
        assertEquals(ExitCodes.USAGE, run.code(), run.toString());
        assertTrue(run.err().contains("too few trades in-sample — no configuration has at least 40"), run.err());
        assertTrue(run.err().contains("nothing was written"), run.err());
        assertFalse(Files.exists(out.resolve("validation.json")));
    }

    private static long ms(String iso) {
        return Instant.parse(iso).toEpochMilli();
    }

    /** One CSV line into fields (RFC 4180 quotes). */
    static String[] fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    f.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    f.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                out.add(f.toString());
                f.setLength(0);
            } else {
                f.append(ch);
            }
        }
        out.add(f.toString());
        return out.toArray(new String[0]);
    }
}
