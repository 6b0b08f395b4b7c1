package io.orderflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

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
import io.orderflow.backtest.BarSpec;
import io.orderflow.backtest.EngineStrategy;
import io.orderflow.backtest.broker.BrokerConfig;
import io.orderflow.backtest.stats.ConfirmationRow;
import io.orderflow.backtest.stats.ConfirmationTable;
import io.orderflow.backtest.testing.Ticks;
import io.orderflow.data.feed.FakeDatafeedServer;
import io.orderflow.backtest.report.OrderFlowBars;
import io.orderflow.flow.AggressorMethod;
import io.orderflow.flow.DeltaReset;
import io.orderflow.flow.VolumeProxy;
import io.orderflow.strategy.config.StrategyConfig;
import io.orderflow.strategy.config.StrategyConfigLoader;
import io.orderflow.testing.TestData;
import io.orderflow.trades.JournalWriter;

/**
 * {@code backtest} on the shared real ticks: its journal, statistics and confirmation table equal a
 * run of the engine through {@link BacktestRun} set up by hand; the CSV exports give the same
 * journal as the hour files; wrong configurations, bad data and empty ranges end with a clear
 * message, a non-zero exit code and nothing written (earlier results left as they were).
 */
@Tag("slow")
class BacktestCommandTest {
    private static final String DAY = "EURUSD/2019/01/04/";

    @TempDir
    static Path tmp;

    private static Path bi5;

    @BeforeAll
    static void data() {
        bi5 = TestData.dukascopyBi5();
    }

    private static CliRun backtest(Path out, String... extra) {
        List<String> args = new ArrayList<>(List.of("backtest", "-i", "EURUSD", "--from", "2019-02-04", "--to",
                "2019-02-06", "--progress", "never", "--out", out.toString()));
        if (!Arrays.asList(extra).contains("--csv") && !Arrays.asList(extra).contains("--data-dir")) {
            args.add("--data-dir");
            args.add(bi5.toString());
        }
        args.addAll(List.of(extra));
        return CliRun.of(args.toArray(new String[0]));
    }

    private static final String[] SETTINGS = {"--set", "trend.emaFast=5", "--set", "trend.orderFlowConfirmation=false",
            "--commission", "35", "--slippage", "1", "--latency", "50", "--leverage", "30"};

    private static void assertNothingWritten(CliRun run, int code, Path out, String... inStderr) throws Exception {
        assertEquals(code, run.code(), run.toString());
        assertEquals("", run.out(), "nothing on stdout");
        for (String s : inStderr) assertTrue(run.err().contains(s), "stderr lacks '" + s + "':\n" + run.err());
        if (Files.exists(out)) {
            try (Stream<Path> files = Files.list(out)) {
                assertEquals(List.of(), files.toList(), "nothing written into " + out);
            }
        }
    }

    @Test
    void journalStatisticsAndConfirmationEqualTheEngineRunDirectly() throws Exception {
        Path out = tmp.resolve("direct");
        CliRun run = backtest(out, SETTINGS);
        assertEquals(0, run.code(), run.toString());

        StrategyConfig config = StrategyConfig.defaults().toBuilder().set("trend.emaFast", 5)
                .set("trend.orderFlowConfirmation", false).build();
        BacktestConfig bt = BacktestConfig.builder().bars(BarSpec.time(300_000))
                .broker(BrokerConfig.builder().initialDeposit(100_000).accountCurrency("USD").leverage(30)
                        .commissionUsdPerMillion(35).slippagePoints(1).latencyMs(50).build()).build();
        EngineStrategy engine = new EngineStrategy(config);
        BacktestResult direct = BacktestRun.run(bt, Ticks.eurusdTwoDays(), engine);
        assertTrue(direct.trades().size() >= 5, "enough trades to compare: " + direct.trades().size());

        StringWriter journal = new StringWriter();
        JournalWriter.writeCsv(direct.trades(), "USD", journal);
        String csv = Files.readString(out.resolve("backtest-journal.csv"));
        assertEquals(journal.toString(), csv, "the journal, trade for trade");

        // the statistics file against the direct run, and net profit against the journal's own column
        JsonObject stats = JsonParser.parseString(Files.readString(out.resolve("backtest-stats.json"))).getAsJsonObject();
        JsonObject s = stats.getAsJsonObject("statistics");
        assertEquals(direct.trades().size(), s.get("trades").getAsInt());
        assertEquals(direct.statistics().netProfit(), s.get("netProfit").getAsDouble(), 0);
        assertEquals(direct.statistics().maxDrawdown(), s.get("maxDrawdown").getAsDouble(), 0);
        assertEquals(direct.statistics().sharpeAnnualised(), s.get("sharpeAnnualised").getAsDouble(), 0);
        String[] lines = csv.split("\n");
        int netCol = Arrays.asList(lines[0].split(",")).indexOf("net_pl");
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 1; i < lines.length; i++) sum = sum.add(new BigDecimal(lines[i].split(",")[netCol]));
        assertEquals(s.get("netProfit").getAsDouble(), sum.doubleValue(), 0.01 * lines.length,
                "net profit = sum of the journal's net_pl column");

        // the engine's confirmation table: every signal followed, confirmed vs unconfirmed
        List<ConfirmationRow> rows = ConfirmationTable.fromEngine(engine.engine().stats());
        JsonArray written = stats.getAsJsonArray("signalConfirmation");
        assertFalse(rows.isEmpty());
        assertEquals(rows.size(), written.size());
        for (int i = 0; i < rows.size(); i++) {
            JsonObject w = written.get(i).getAsJsonObject();
            assertEquals(rows.get(i).group, w.get("group").getAsString());
            assertEquals(rows.get(i).signals, w.get("count").getAsInt());
            assertEquals(rows.get(i).wins, w.get("wins").getAsInt());
            if (rows.get(i).signals > 0) assertEquals(rows.get(i).expectancyR, w.get("expectancyR").getAsDouble(), 0);
        }
        long tradeRows = 0;
        for (ConfirmationRow r : rows) if (r.basis.equals("engine trades")) tradeRows += r.signals;
        assertEquals(direct.trades().size(), tradeRows, "every trade is in the engine's table, by verdict");
        assertEquals(266_219, s.get("ticks").getAsLong());
        assertEquals(48, stats.getAsJsonObject("data").get("hourFilesRead").getAsInt());

        // the console summary
        assertTrue(run.out().contains("trades          " + direct.trades().size() + " ("), run.out());
        assertTrue(run.out().contains("trend · unconfirmed signals"), run.out());
        assertTrue(run.out().contains("wrote           " + out.toAbsolutePath().resolve("backtest-report.html")), run.out());
        assertTrue(Files.size(out.resolve("backtest-report.html")) > 50_000);
    }

    @Test
    void jforexCsvExportsGiveTheSameJournalAsTheHourFiles() throws Exception {
        Path csvDir = TestData.require("dukascopy/csv");
        CliRun files = backtest(tmp.resolve("from-bi5"), SETTINGS);
        List<String> args = new ArrayList<>(List.of(SETTINGS));
        args.addAll(List.of("--csv", csvDir.resolve("EURUSD_ticks_2019-02-04.csv.gz").toString(), "--csv",
                csvDir.resolve("EURUSD_ticks_2019-02-05.csv.gz").toString()));
        CliRun csv = backtest(tmp.resolve("from-csv"), args.toArray(new String[0]));
        assertEquals(0, files.code(), files.toString());
        assertEquals(0, csv.code(), csv.toString());
        assertEquals(Files.readString(tmp.resolve("from-bi5/backtest-journal.csv")),
                Files.readString(tmp.resolve("from-csv/backtest-journal.csv")));
        assertTrue(csv.out().contains("2 CSV file(s), 0 hour(s) missing inside trading hours, no problems"), csv.out());
    }

    /**
     * The confirmation verdict (issue 19) in the statistics file, the console and the report: its
     * counts and mean R per group equal the engine's confirmation table (signals rows summed over the
     * setups), which is computed by separate code (ConfirmationStats) from the same signals.
     */
    @Test
    void theConfirmationVerdictAgreesWithTheConfirmationTableAndReachesEveryOutput() throws Exception {
        Path out = tmp.resolve("verdict");
        CliRun run = backtest(out, SETTINGS);
        assertEquals(0, run.code(), run.toString());
        JsonObject stats = JsonParser.parseString(Files.readString(out.resolve("backtest-stats.json"))).getAsJsonObject();
        JsonObject v = stats.getAsJsonObject("confirmationVerdict");
        long[] n = new long[2];
        double[] sumR = new double[2];
        for (var e : stats.getAsJsonArray("signalConfirmation")) {
            JsonObject row = e.getAsJsonObject();
            String group = row.get("group").getAsString();
            if (!group.endsWith(" signals")) continue;
            int k = group.contains("unconfirmed") ? 1 : 0;
            long c = row.get("count").getAsLong();
            n[k] += c;
            if (c > 0) sumR[k] += c * row.get("expectancyR").getAsDouble();
        }
        assertTrue(n[0] + n[1] > 0, "signals: " + Arrays.toString(n));
        assertEquals(n[0], v.get("confirmedSignals").getAsLong());
        assertEquals(n[1], v.get("unconfirmedSignals").getAsLong());
        if (n[0] > 0) assertEquals(sumR[0] / n[0], v.get("confirmedExpectancyR").getAsDouble(), 1e-9);
        if (n[1] > 0) assertEquals(sumR[1] / n[1], v.get("unconfirmedExpectancyR").getAsDouble(), 1e-9);
        String sentence = v.get("sentence").getAsString();
        if (n[0] < 20 || n[1] < 20) {
            assertEquals("not enough signals", v.get("verdict").getAsString());
            assertTrue(v.get("pValue").isJsonNull(), v.toString());
        } else {
            double d = v.get("differenceR").getAsDouble();
            assertTrue(v.get("intervalLowR").getAsDouble() <= d && d <= v.get("intervalHighR").getAsDouble(), v.toString());
            double p = v.get("pValue").getAsDouble();
            assertTrue(p >= 0 && p <= 1, v.toString());
        }
        assertTrue(run.out().contains("verdict         " + sentence), run.out());
        assertTrue(Files.readString(out.resolve("backtest-report.html")).contains(sentence), "the report carries the verdict");
    }

    @Test
    void theReadmeCommandFromTheDatafeedGivesTheSameResultsAsTheLocalFiles() throws Exception {
        CliRun local = backtest(tmp.resolve("readme-local"));
        try (FakeDatafeedServer server = FakeDatafeedServer.serving(bi5)) {
            // the README's main command, pointed at a local stand-in for the datafeed
            CliRun feed = CliRun.of("backtest", "--instrument", "EURUSD", "--from", "2019-02-04", "--to", "2019-02-06",
                    "--out", tmp.resolve("readme-feed").toString(), "--datafeed-url", server.baseUrl(), "--cache-dir",
                    tmp.resolve("readme-cache").toString(), "--progress", "never");
            assertEquals(0, feed.code(), feed.toString());
            assertEquals(48, server.totalRequests(), "every hour downloaded once");
            assertTrue(feed.out().contains("source          " + server.baseUrl() + " via cache "), feed.out());
        }
        assertEquals(0, local.code(), local.toString());
        for (String f : List.of("backtest-journal.csv", "backtest-journal.json")) {
            assertEquals(Files.readString(tmp.resolve("readme-local").resolve(f)),
                    Files.readString(tmp.resolve("readme-feed").resolve(f)), f);
        }
        JsonObject a = JsonParser.parseString(Files.readString(tmp.resolve("readme-local/backtest-stats.json")))
                .getAsJsonObject().getAsJsonObject("statistics");
        JsonObject b = JsonParser.parseString(Files.readString(tmp.resolve("readme-feed/backtest-stats.json")))
                .getAsJsonObject().getAsJsonObject("statistics");
        assertEquals(a, b);
    }

    @Test
    void invalidConfigurationsAreRefusedNamingTheKeyAndNothingIsWritten() throws Exception {
        Path out = tmp.resolve("never");
        Path cfg = tmp.resolve("bad.json");
        Files.writeString(cfg, "{\n  \"trend\": {\n    \"emaFast\": 1\n  }\n}\n");
        assertNothingWritten(backtest(out, "--config", cfg.toString()), ExitCodes.USAGE, out,
                "'trend.emaFast' = 1 is out of range: allowed 2..1000", cfg + ":3");
        Files.writeString(cfg, "{\"trend\": {\"emaFats\": 5}}");
        assertNothingWritten(backtest(out, "--config", cfg.toString()), ExitCodes.USAGE, out, "trend.emaFats", "emaFast");
        assertNothingWritten(backtest(out, "--config", tmp.resolve("absent.json").toString()), ExitCodes.USAGE, out,
                "no such file");
        Files.writeString(cfg, "{\"instrument\": \"GBPJPY\", \"account\": {\"quoteToAccountRate\": 0.0122}}");
        assertNothingWritten(backtest(out, "--config", cfg.toString()), ExitCodes.USAGE, out, "trades GBPJPY",
                "--instrument is EURUSD");
        assertNothingWritten(backtest(out, "--set", "trend.emaFast=abc"), ExitCodes.USAGE, out,
                "'trend.emaFast' = \"abc\" is not a number: allowed 2..1000");
        assertNothingWritten(backtest(out, "--set", "trend.emaFast=30"), ExitCodes.USAGE, out,
                "'trend.emaFast' = 30 must be less than 'trend.emaSlow' = 21");
        assertNothingWritten(backtest(out, "--set", "nonsense=1"), ExitCodes.USAGE, out, "unknown key 'nonsense'");
        assertNothingWritten(backtest(out, "--set", "risk.riskPercent"), ExitCodes.USAGE, out, "expected KEY=VALUE");
        assertNothingWritten(backtest(out, "--account-currency", "EUR"), ExitCodes.USAGE, out,
                "account currency EUR is not supported for EURUSD");
        assertNothingWritten(backtest(out, "--leverage", "0.5"), ExitCodes.USAGE, out, "--leverage: leverage must be >= 1");
        assertNothingWritten(CliRun.of("backtest", "-i", "GBPJPY", "--from", "2012-12-03", "--to", "2012-12-04",
                        "--data-dir", bi5.toString(), "--out", out.toString()), ExitCodes.USAGE, out,
                "'account.quoteToAccountRate' must be set");
        assertNothingWritten(backtest(out, "--footprint-from", "2019-02-05T10:00"), ExitCodes.USAGE, out,
                "--footprint-from and --footprint-to go together");
        assertNothingWritten(backtest(out, "--name", "../x"), ExitCodes.USAGE, out, "--name");
        assertNothingWritten(CliRun.of("backtest", "-i", "XYZ", "--from", "2019-02-04", "--to", "2019-02-06",
                "--data-dir", bi5.toString(), "--out", out.toString()), ExitCodes.USAGE, out, "unknown instrument 'XYZ'");
        assertNothingWritten(CliRun.of("backtest", "-i", "EURUSD", "--from", "2019-02-06", "--to", "2019-02-04",
                "--data-dir", bi5.toString(), "--out", out.toString()), ExitCodes.USAGE, out, "must be after --from");
        assertFalse(Files.exists(out));
    }

    /** A copy of 2019-02-04 and 05 with hour {@code hour} of the 4th replaced by {@code content} (null: left out). */
    private static Path copyWith(String name, int hour, byte[] content) throws Exception {
        Path root = tmp.resolve(name);
        for (String day : List.of("EURUSD/2019/01/04/", "EURUSD/2019/01/05/")) {
            Files.createDirectories(root.resolve(day));
            for (int h = 0; h < 24; h++) {
                String file = day + String.format("%02dh_ticks.bi5", h);
                if (!(day.equals(DAY) && h == hour)) Files.copy(bi5.resolve(file), root.resolve(file));
                else if (content != null) Files.write(root.resolve(file), content);
            }
        }
        return root;
    }

    @Test
    void badDataFailsWithExitCode3LeavingEarlierResultsAsTheyWereOrIsSkippedAndCounted() throws Exception {
        Path out = tmp.resolve("kept");
        assertEquals(0, backtest(out, "--name", "run").code());
        byte[] report = Files.readAllBytes(out.resolve("run-report.html"));
        byte[] journal = Files.readAllBytes(out.resolve("run-journal.csv"));

        byte[] real = Files.readAllBytes(bi5.resolve(DAY + "09h_ticks.bi5"));
        Path corrupt = copyWith("corrupt", 9, Arrays.copyOf(real, real.length / 2));
        CliRun failed = backtest(out, "--name", "run", "--data-dir", corrupt.toString(), "--set", "trend.emaFast=5");
        assertEquals(ExitCodes.BAD_DATA, failed.code(), failed.toString());
        assertEquals("", failed.out());
        assertTrue(failed.err().contains("09h_ticks.bi5") && failed.err().contains("CORRUPT_COMPRESSION"), failed.err());
        assertTrue(Arrays.equals(report, Files.readAllBytes(out.resolve("run-report.html"))), "report untouched");
        assertTrue(Arrays.equals(journal, Files.readAllBytes(out.resolve("run-journal.csv"))), "journal untouched");
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(4, files.count(), "no temporary files left");
        }

        Path gap = copyWith("gap", 12, null);
        Path out2 = tmp.resolve("gap-out");
        assertNothingWritten(backtest(out2, "--data-dir", gap.toString()), ExitCodes.BAD_DATA, out2,
                "12h_ticks.bi5", "MISSING_HOUR");
        CliRun skipped = backtest(out2, "--data-dir", gap.toString(), "--on-bad-input", "skip");
        assertEquals(0, skipped.code(), skipped.toString());
        JsonObject data = JsonParser.parseString(Files.readString(out2.resolve("backtest-stats.json"))).getAsJsonObject()
                .getAsJsonObject("data");
        assertEquals(1, data.get("hoursMissing").getAsInt());
        assertEquals(1, data.get("problems").getAsInt());
        assertTrue(skipped.out().contains("1 hour(s) missing inside trading hours"), skipped.out());
    }

    @Test
    void aRangeWithoutTicksIsAClearErrorButWeekendHoursInsideARangeAreNot() throws Exception {
        Path out = tmp.resolve("weekend");
        // Saturday 2 February 2019: no file, and none expected
        assertNothingWritten(CliRun.of("backtest", "-i", "EURUSD", "--from", "2019-02-02", "--to", "2019-02-03",
                "--data-dir", bi5.toString(), "--out", out.toString(), "--progress", "never"), ExitCodes.BAD_DATA, out,
                "no ticks for EURUSD from 2019-02-02 00:00 UTC to 2019-02-03 00:00 UTC", "nothing was written");
        // GBPJPY over a whole week including its weekend: the weekend is no problem
        CliRun week = CliRun.of("backtest", "-i", "GBPJPY", "--from", "2012-12-03", "--to", "2012-12-11", "--data-dir",
                bi5.toString(), "--out", out.toString(), "--set", "account.quoteToAccountRate=0.0122", "--progress",
                "never");
        assertEquals(0, week.code(), week.toString());
        assertTrue(week.out().contains("0 hour(s) missing inside trading hours, no problems"), week.out());
    }
    @Test
    void theReportComputesOrderFlowWithTheStrategysOwnOrderFlowKeys() {
        StrategyConfig config = StrategyConfigLoader.parse("{\"orderflow.aggressorRule\": \"QUOTE_CHANGE\", "
                + "\"orderflow.volumeProxy\": \"QUOTED_SIZE_CHANGE\", \"orderflow.cumDeltaReset\": \"utc\", "
                + "\"orderflow.profileRowPips\": 2, \"orderflow.valueAreaPercent\": 68, "
                + "\"orderflow.imbalanceRatio\": 2.5, \"orderflow.stackedCount\": 4}", "test.json");
        OrderFlowBars.Settings s = BacktestCommand.reportSettings(config);
        assertEquals(AggressorMethod.QUOTE_CHANGE, s.method());
        assertEquals(VolumeProxy.QUOTED_SIZE_CHANGE, s.proxy());
        assertEquals(DeltaReset.UTC_DAY, s.deltaReset());
        assertEquals(20, s.rowPoints()); // EURUSD: 2 pips of 10 points
        assertEquals(0.68, s.valueAreaShare(), 1e-12);
        assertEquals(2.5, s.imbalanceRatio());
        assertEquals(4, s.stackedRows());

        OrderFlowBars.Settings d = BacktestCommand.reportSettings(StrategyConfig.defaults());
        assertEquals(AggressorMethod.MID_TICK_RULE, d.method());
        assertEquals(VolumeProxy.TICK_COUNT, d.proxy());
        assertEquals(DeltaReset.FX_DAY, d.deltaReset());
        assertEquals(10, d.rowPoints());
    }
}
