package io.orderflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.orderflow.backtest.testing.Ticks;
import io.orderflow.book.OrderFlowImbalance;
import io.orderflow.book.QueueImbalance;
import io.orderflow.market.TickColumns;
import io.orderflow.flow.AggressorMethod;
import io.orderflow.flow.DeltaReset;
import io.orderflow.flow.FlowBar;
import io.orderflow.flow.TradeFlow;
import io.orderflow.flow.VolumeProxy;
import io.orderflow.market.SessionAnchor;
import io.orderflow.market.Tick;
import io.orderflow.market.TickCursor;
import io.orderflow.profile.ValueAreaMethod;
import io.orderflow.testing.TestData;

/**
 * {@code analyze} on the shared EURUSD ticks: every column recomputed independently — the delta by a
 * plain mid tick rule written here, delta, cumulative delta and the session POC/VA by the flow
 * calculators' batch entry point over the same bars, OFI and the closing queue imbalance by the
 * book package's batch entry points — and CSV and JSON holding the same numbers; bad options and bad
 * data leave nothing behind.
 */
@Tag("slow")
class AnalyzeCommandTest {
    @TempDir
    static Path tmp;

    private static Path bi5;

    @BeforeAll
    static void data() {
        bi5 = TestData.dukascopyBi5();
    }

    private static CliRun analyze(String... extra) {
        List<String> args = new ArrayList<>(List.of("analyze", "-i", "EURUSD", "--from", "2019-02-04", "--to",
                "2019-02-06", "--data-dir", bi5.toString(), "--progress", "never"));
        args.addAll(List.of(extra));
        return CliRun.of(args.toArray(new String[0]));
    }

    /** The CSV as rows of column name to text. */
    private static List<Map<String, String>> parse(String csv) {
        String[] lines = csv.split("\n");
        String[] head = lines[0].split(",", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].split(",", -1);
            assertEquals(head.length, f.length, "line " + (i + 1));
            Map<String, String> m = new TreeMap<>();
            for (int k = 0; k < head.length; k++) m.put(head[k], f[k]);
            rows.add(m);
        }
        return rows;
    }

    private static long utc(String iso) {
        return java.time.Instant.parse(iso).toEpochMilli();
    }

    private static long points(String price) {
        return new BigDecimal(price).movePointRight(5).longValueExact();
    }

    @Test
    void everyColumnEqualsAnIndependentRecomputation() throws Exception {
        CliRun run = analyze("--bar", "15m");
        assertEquals(0, run.code(), run.toString());
        List<Map<String, String>> rows = parse(run.out());
        assertEquals(192, rows.size(), "two days of 15-minute bars");
        for (Map<String, String> r : rows) {
            assertEquals("mid tick rule", r.get("delta_method"));
            assertEquals("tick count", r.get("volume_proxy"));
        }
        List<Tick> ticks = Ticks.all(Ticks.eurusdTwoDays());
        int n = rows.size();
        long[] starts = new long[n];
        long[] ends = new long[n];
        for (int i = 0; i < n; i++) {
            starts[i] = utc(rows.get(i).get("bar_start"));
            ends[i] = utc(rows.get(i).get("bar_end"));
        }

        // 1. a plain mid tick rule: +1 when the mid rose, -1 when it fell, the last sign when unchanged
        long[] refDelta = new long[n];
        long[] refTicks = new long[n];
        int sign = 0;
        long prev = -1;
        int b = 0;
        for (Tick t : ticks) {
            long mid2 = t.ask() + t.bid();
            if (prev >= 0 && mid2 != prev) sign = mid2 > prev ? 1 : -1;
            prev = mid2;
            while (t.timeMs() >= ends[b]) b++;
            refDelta[b] += sign;
            refTicks[b]++;
        }
        for (int i = 0; i < n; i++) {
            assertEquals(refTicks[i], Long.parseLong(rows.get(i).get("ticks")), "ticks of bar " + i);
            assertEquals(refDelta[i], Double.parseDouble(rows.get(i).get("delta")), 0, "delta of bar " + i);
        }

        // 2. the flow calculators' batch entry point over the same bars
        TradeFlow flow = TradeFlow.forQuotes(AggressorMethod.MID_TICK_RULE, VolumeProxy.TICK_COUNT, 10)
                .deltaReset(DeltaReset.FX_DAY).sessionProfile(SessionAnchor.FX_NEW_YORK)
                .valueArea(0.70, ValueAreaMethod.ONE_ROW).build();
        FlowBar[] bars;
        try (TickCursor c = Ticks.eurusdTwoDays().open()) {
            bars = flow.computeBars(starts, ends, n, c);
        }
        for (int i = 0; i < n; i++) {
            Map<String, String> r = rows.get(i);
            assertEquals(bars[i].delta().delta(), Double.parseDouble(r.get("delta")), 0, "delta " + i);
            assertEquals(bars[i].delta().cumulativeDelta(), Double.parseDouble(r.get("cumulative_delta")), 0, "cd " + i);
            assertEquals(bars[i].delta().buyVolume(), Double.parseDouble(r.get("buy_volume")), 0, "buy " + i);
            assertEquals(bars[i].valueArea().pocPrice(), points(r.get("poc")), "poc " + i);
            assertEquals(bars[i].valueArea().lowPrice(), points(r.get("val")), "val " + i);
            assertEquals(bars[i].valueArea().highPrice(), points(r.get("vah")), "vah " + i);
        }
        // the FX day restarts cumulative delta at 22:00 UTC (17:00 New York, winter time)
        int reset = Arrays.binarySearch(starts, utc("2019-02-04T22:00:00Z"));
        assertEquals(refDelta[reset], Double.parseDouble(rows.get(reset).get("cumulative_delta")), 0);

        // 3. OFI and the closing imbalance from the book package's batch entry points
        TickColumns cols = new TickColumns();
        for (Tick t : ticks) cols.add(t);
        double[] ofi = new double[n];
        double[] closeImb = new double[n];
        long end = ends[n - 1];
        OrderFlowImbalance.perBar(cols, starts, n, end, ofi);
        QueueImbalance.perBar(cols, starts, n, end, closeImb);
        for (int i = 0; i < n; i++) {
            assertEquals(ofi[i], Double.parseDouble(rows.get(i).get("ofi")), 1e-9 * Math.max(1, Math.abs(ofi[i])), "ofi " + i);
            assertEquals(closeImb[i], Double.parseDouble(rows.get(i).get("imbalance_close")), 0, "imbalance " + i);
        }
        // the bid OHLC of the first bar, by hand from the ticks
        long hi = Long.MIN_VALUE, lo = Long.MAX_VALUE;
        for (Tick t : ticks) {
            if (t.timeMs() >= ends[0]) break;
            hi = Math.max(hi, t.bid());
            lo = Math.min(lo, t.bid());
        }
        assertEquals(ticks.get(0).bid(), points(rows.get(0).get("bid_open")));
        assertEquals(hi, points(rows.get(0).get("bid_high")));
        assertEquals(lo, points(rows.get(0).get("bid_low")));
    }

    @Test
    void jsonToAFileHoldsTheSameNumbersAsTheCsvAndNamesTheMethod() throws Exception {
        Path file = tmp.resolve("flow.json");
        CliRun json = analyze("--bar", "1h", "--format", "json", "--output", file.toString(), "--cum-reset", "utc");
        assertEquals(0, json.code(), json.toString());
        assertEquals("", json.out(), "the table went to the file");
        assertTrue(json.err().contains("48 bars written to"), json.err());
        CliRun csv = analyze("--bar", "1h", "--cum-reset", "utc");
        List<Map<String, String>> rows = parse(csv.out());
        JsonObject doc = JsonParser.parseString(Files.readString(file)).getAsJsonObject();
        assertEquals("mid tick rule", doc.get("deltaMethod").getAsString());
        assertEquals("tick count", doc.get("volumeProxy").getAsString());
        assertEquals(10, doc.get("rowPoints").getAsInt());
        JsonArray bars = doc.getAsJsonArray("bars");
        assertEquals(48, bars.size());
        assertEquals(48, rows.size());
        for (int i = 0; i < 48; i++) {
            JsonObject o = bars.get(i).getAsJsonObject();
            Map<String, String> r = rows.get(i);
            assertEquals(r.get("bar_start"), o.get("barStart").getAsString());
            assertEquals(Double.parseDouble(r.get("delta")), o.get("delta").getAsDouble(), 0);
            assertEquals(Double.parseDouble(r.get("cumulative_delta")), o.get("cumulativeDelta").getAsDouble(), 0);
            assertEquals(Double.parseDouble(r.get("ofi")), o.get("ofi").getAsDouble(), 0);
            assertEquals(r.get("poc"), o.get("poc").getAsString());
        }
        // reset at UTC midnight: the first bar of the 5th starts from its own delta
        assertEquals(Double.parseDouble(rows.get(24).get("delta")), Double.parseDouble(rows.get(24).get("cumulative_delta")), 0);
        assertTrue(Double.parseDouble(rows.get(23).get("delta")) != Double.parseDouble(rows.get(23).get("cumulative_delta")));

        // another method and proxy are named in every row
        CliRun qc = analyze("--bar", "1h", "--delta-method", "quote-change", "--volume-proxy", "top-of-book-size");
        assertEquals(0, qc.code(), qc.toString());
        assertEquals("quote-change rule", parse(qc.out()).get(0).get("delta_method"));
        assertEquals("sum of top-of-book sizes", parse(qc.out()).get(0).get("volume_proxy"));
    }

    @Test
    void badOptionsAndBadDataLeaveNothingBehind() throws Exception {
        Path file = tmp.resolve("never.csv");
        String[][] cases = {{"--bar", "0m"}, {"--bar", "fortnight"}, {"--delta-method", "lee-ready"},
                {"--delta-method", "guess"}, {"--volume-proxy", "traded-size"}, {"--cum-reset", "lunchtime"},
                {"--row-pips", "0.05"}, {"--value-area", "5"}};
        String[] messages = {"allowed 1s to 7d", "use 30s, 1m", "classifies trades", "use mid-tick-rule",
                "traded volume", "--cum-reset", "not a whole number of points", "--value-area must be 10..100"};
        for (int i = 0; i < cases.length; i++) {
            List<String> a = new ArrayList<>(List.of(cases[i]));
            a.addAll(List.of("--output", file.toString()));
            CliRun run = analyze(a.toArray(new String[0]));
            assertEquals(ExitCodes.USAGE, run.code(), run.toString());
            assertTrue(run.err().contains(messages[i]), "case " + i + ": " + run.err());
            assertEquals("", run.out());
        }
        assertFalse(Files.exists(file));

        // a missing hour inside trading hours: exit 3, no file, no stdout
        Path root = tmp.resolve("gap");
        String day = "EURUSD/2019/01/04/";
        Files.createDirectories(root.resolve(day));
        for (int h = 0; h < 24; h++) {
            String f = day + String.format("%02dh_ticks.bi5", h);
            if (h != 15) Files.copy(bi5.resolve(f), root.resolve(f));
        }
        CliRun gap = CliRun.of("analyze", "-i", "EURUSD", "--from", "2019-02-04", "--to", "2019-02-05", "--data-dir",
                root.toString(), "--output", file.toString(), "--progress", "never");
        assertEquals(ExitCodes.BAD_DATA, gap.code(), gap.toString());
        assertTrue(gap.err().contains("15h_ticks.bi5") && gap.err().contains("MISSING_HOUR"), gap.err());
        assertFalse(Files.exists(file));
        try (var left = Files.list(tmp)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().endsWith(".partial")), "no temporary file left");
        }
        CliRun toStdout = CliRun.of("analyze", "-i", "EURUSD", "--from", "2019-02-04", "--to", "2019-02-05",
                "--data-dir", root.toString(), "--progress", "never");
        assertEquals(ExitCodes.BAD_DATA, toStdout.code());
        assertEquals("", toStdout.out(), "nothing half-written on stdout");
        CliRun skip = CliRun.of("analyze", "-i", "EURUSD", "--from", "2019-02-04", "--to", "2019-02-05", "--data-dir",
                root.toString(), "--progress", "never", "--bar", "1h", "--on-bad-input", "skip");
        assertEquals(0, skip.code(), skip.toString());
        assertEquals(23, parse(skip.out()).size(), "the missing hour has no bar");
    }
}
