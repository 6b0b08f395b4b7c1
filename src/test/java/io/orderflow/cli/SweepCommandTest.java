package io.orderflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.orderflow.backtest.BacktestConfig;
import io.orderflow.backtest.BacktestResult;
import io.orderflow.backtest.BacktestRun;
import io.orderflow.backtest.EngineStrategy;
import io.orderflow.backtest.broker.BrokerConfig;
import io.orderflow.backtest.stats.ConfirmationRow;
import io.orderflow.backtest.stats.ConfirmationTable;
import io.orderflow.backtest.testing.Ticks;
import io.orderflow.strategy.config.StrategyConfig;
import io.orderflow.testing.TestData;

/**
 * {@code sweep} on the shared real ticks: byte-identical results with one and two threads, the
 * ranking in the order of the chosen statistic, every run equal to a backtest of the same
 * configuration run directly (statistics and confirmation table), and wrong grids refused.
 */
@Tag("slow")
class SweepCommandTest {
    @TempDir
    static Path tmp;

    private static Path bi5;

    @BeforeAll
    static void data() {
        bi5 = TestData.dukascopyBi5();
    }

    private static CliRun sweep(Path out, String... extra) {
        List<String> args = new ArrayList<>(List.of("sweep", "-i", "EURUSD", "--from", "2019-02-04", "--to", "2019-02-06",
                "--data-dir", bi5.toString(), "--progress", "never", "--out", out.toString(), "--commission", "35",
                "--latency", "50"));
        args.addAll(List.of(extra));
        return CliRun.of(args.toArray(new String[0]));
    }

    private static final String[] GRID = {"--grid", "trend.emaFast=5,9,13", "--grid",
            "trend.orderFlowConfirmation=true,false", "--grid", "trend.stop.atrMultiple=1.5,2.5"};

    private static String[] with(String[] a, String... b) {
        List<String> l = new ArrayList<>(List.of(a));
        l.addAll(List.of(b));
        return l.toArray(new String[0]);
    }

    @Test
    void oneAndTwoThreadsGiveIdenticalFilesRankedByTheStatisticAndEachRunEqualsADirectBacktest() throws Exception {
        CliRun one = sweep(tmp.resolve("t1"), with(GRID, "--threads", "1", "--rank-by", "net"));
        CliRun two = sweep(tmp.resolve("t2"), with(GRID, "--threads", "2", "--rank-by", "net"));
        assertEquals(0, one.code(), one.toString());
        assertEquals(0, two.code(), two.toString());
        String json = Files.readString(tmp.resolve("t1/sweep.json"));
        assertEquals(json, Files.readString(tmp.resolve("t2/sweep.json")), "JSON identical for 1 and 2 threads");
        assertEquals(Files.readString(tmp.resolve("t1/sweep-ranked.csv")), Files.readString(tmp.resolve("t2/sweep-ranked.csv")));
        assertEquals(one.out().replace("1 thread(s)", "").replace(tmp.resolve("t1").toString(), ""),
                two.out().replace("2 thread(s)", "").replace(tmp.resolve("t2").toString(), ""));

        JsonArray runs = JsonParser.parseString(json).getAsJsonObject().getAsJsonArray("runs");
        assertEquals(12, runs.size());
        Set<Integer> grid = new HashSet<>();
        Set<Double> results = new HashSet<>();
        for (int i = 0; i < runs.size(); i++) {
            JsonObject r = runs.get(i).getAsJsonObject();
            assertEquals(i + 1, r.get("rank").getAsInt());
            grid.add(r.get("gridIndex").getAsInt());
            results.add(r.getAsJsonObject("statistics").get("netProfit").getAsDouble());
            if (i > 0) {
                JsonObject prev = runs.get(i - 1).getAsJsonObject();
                double a = prev.getAsJsonObject("statistics").get("netProfit").getAsDouble();
                double b = r.getAsJsonObject("statistics").get("netProfit").getAsDouble();
                assertTrue(a > b || (a == b && prev.get("gridIndex").getAsInt() < r.get("gridIndex").getAsInt()),
                        "rank " + (i + 1) + ": " + a + " then " + b);
            }
        }
        assertEquals(12, grid.size(), "every grid point ran once");
        assertTrue(results.size() >= 4, "the parameters change the outcome: " + results);

        // the best and the worst run, recomputed by a direct backtest of their configuration
        for (int i : new int[] {0, runs.size() - 1}) {
            JsonObject r = runs.get(i).getAsJsonObject();
            JsonObject p = r.getAsJsonObject("parameters");
            StrategyConfig config = StrategyConfig.defaults().toBuilder()
                    .set("trend.emaFast", p.get("trend.emaFast").getAsInt())
                    .set("trend.orderFlowConfirmation", p.get("trend.orderFlowConfirmation").getAsBoolean())
                    .set("trend.stop.atrMultiple", p.get("trend.stop.atrMultiple").getAsDouble()).build();
            BacktestConfig bt = BacktestConfig.builder().collectSeries(false).broker(BrokerConfig.builder()
                    .initialDeposit(100_000).accountCurrency("USD").commissionUsdPerMillion(35).latencyMs(50).build())
                    .build();
            EngineStrategy engine = new EngineStrategy(config);
            BacktestResult direct = BacktestRun.run(bt, Ticks.eurusdTwoDays(), engine);
            JsonObject s = r.getAsJsonObject("statistics");
            assertEquals(direct.statistics().trades(), s.get("trades").getAsInt(), "run " + p);
            assertEquals(direct.statistics().netProfit(), s.get("netProfit").getAsDouble(), 0, "run " + p);
            assertEquals(direct.statistics().maxDrawdown(), s.get("maxDrawdown").getAsDouble(), 0, "run " + p);
            List<ConfirmationRow> rows = ConfirmationTable.fromEngine(engine.engine().stats());
            JsonArray written = r.getAsJsonArray("signalConfirmation");
            assertEquals(rows.size(), written.size());
            for (int k = 0; k < rows.size(); k++) {
                assertEquals(rows.get(k).group, written.get(k).getAsJsonObject().get("group").getAsString());
                assertEquals(rows.get(k).signals, written.get(k).getAsJsonObject().get("count").getAsInt());
            }
        }

        // the CSV: a header and one line per run, ranked; the console: the ranking
        List<String> csv = Files.readAllLines(tmp.resolve("t1/sweep-ranked.csv"));
        assertEquals(13, csv.size());
        assertTrue(csv.get(0).startsWith("rank,grid_index,trend.emaFast,trend.orderFlowConfirmation,"
                + "trend.stop.atrMultiple,trades,"), csv.get(0));
        assertTrue(csv.get(0).contains("confirmed_signals,confirmed_hit_rate,confirmed_expectancy_r"), csv.get(0));
        assertTrue(one.out().contains("12 run(s) on 1 thread(s)"), one.out());
        assertTrue(one.out().contains("ranked by       netProfit (higher is better)"), one.out());
    }

    @Test
    void gridFileInvalidPointsAndRankingByDrawdown() throws Exception {
        Path grid = tmp.resolve("grid.json");
        Files.writeString(grid, "{\"trend.emaFast\": [9, 21, 30], \"trend.emaSlow\": [21]}");
        CliRun refused = sweep(tmp.resolve("never"), "--grid-file", grid.toString());
        assertEquals(ExitCodes.USAGE, refused.code(), refused.toString());
        assertTrue(refused.err().contains("grid point 2 {trend.emaFast=21, trend.emaSlow=21}"), refused.err());
        assertTrue(refused.err().contains("--skip-invalid"), refused.err());
        assertFalse(Files.exists(tmp.resolve("never")));

        CliRun run = sweep(tmp.resolve("dd"), "--grid-file", grid.toString(), "--skip-invalid", "--rank-by", "drawdown");
        assertEquals(0, run.code(), run.toString());
        JsonObject doc = JsonParser.parseString(Files.readString(tmp.resolve("dd/sweep.json"))).getAsJsonObject();
        assertEquals(1, doc.getAsJsonArray("runs").size());
        assertEquals(2, doc.getAsJsonArray("skippedInvalid").size());
        assertEquals("maxDrawdown", doc.get("rankedBy").getAsString());
        assertFalse(doc.get("higherIsBetter").getAsBoolean());
        assertTrue(run.out().contains("2 invalid point(s) left out"), run.out());
    }

    @Test
    void wrongGridsAreRefusedBeforeReadingTicks() {
        String[][] cases = {
                {"--grid", "trend.emaFats=5,9"},
                {"--grid", "trend.emaFast=5,abc"},
                {"--grid", "trend.emaFast=1,9"},
                {"--grid", "trend.emaFast"},
                {"--grid", "trend.emaFast=5,"},
                {"--grid", "trend.emaFast=5", "--grid", "trendEmaFast=9"},
                {"--grid", "account.initialEquity=1000,2000"},
                {"--grid", "trend.emaFast=5,9", "--rank-by", "luck"},
                {"--grid", "trend.emaFast=5,9", "--threads", "0"},
                {"--grid-file", tmp.resolve("absent.json").toString()},
                {}};
        String[] messages = {"unknown key 'trend.emaFats'", "\"abc\" is not a number", "out of range: allowed 2..1000",
                "expected KEY=V1,V2", "empty value", "given twice", "cannot vary in a sweep", "unknown statistic 'luck'",
                "--threads must be 1..1024", "no such file", "no grid"};
        for (int i = 0; i < cases.length; i++) {
            CliRun run = sweep(tmp.resolve("never2"), cases[i]);
            assertEquals(ExitCodes.USAGE, run.code(), run.toString());
            assertEquals("", run.out());
            assertTrue(run.err().contains(messages[i]), "case " + i + ": " + run.err());
        }
        assertFalse(Files.exists(tmp.resolve("never2")));
    }
}
