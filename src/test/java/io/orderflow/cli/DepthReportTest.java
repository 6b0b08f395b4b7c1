package io.orderflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.orderflow.data.binance.BinanceBookBuilder;
import io.orderflow.data.ProblemLog;
import io.orderflow.market.InstrumentSpec;
import io.orderflow.testing.TestData;
import io.orderflow.testing.TestInstruments;

/**
 * {@code depth --report}: the HTML page's embedded data is the CSV's rows, cell for cell, and its
 * mid prices are the mid at each bar's last book update, computed here from the real BTCUSDT books
 * rebuilt separately; bad options write nothing.
 */
class DepthReportTest {
    @TempDir
    Path tmp;

    static List<Path> capture() {
        Path dir = TestData.require("binance/spot");
        return List.of(dir.resolve("btcusdt_20240808.gz"), dir.resolve("btcusdt_20240809.gz"));
    }

    /** The JSON document embedded in the page as window.DEPTH. */
    static JsonObject embedded(String page) {
        int a = page.indexOf("window.DEPTH = ");
        assertTrue(a >= 0, "embedded data");
        int b = page.indexOf(";\n</script>", a);
        return JsonParser.parseString(page.substring(a + "window.DEPTH = ".length(), b).replace("<\\/", "</"))
                .getAsJsonObject();
    }

    @Test
    void thePageHoldsTheCsvRowsAndTheMidAtEachBarsLastUpdate() throws Exception {
        List<Path> files = capture();
        Path csv = tmp.resolve("btc.csv"), html = tmp.resolve("btc.html");
        CliRun run = CliRun.of("depth", "--bar", "10s", "--out", csv.toString(), "--report", html.toString(),
                files.get(0).toString(), files.get(1).toString());
        assertEquals(0, run.code(), run.toString());
        String page = Files.readString(html);
        assertFalse(Pattern.compile("<(script|link|img)[^>]+(src|href)=", Pattern.CASE_INSENSITIVE).matcher(page).find(),
                "self-contained");
        JsonObject d = embedded(page);
        List<String> lines = Files.readAllLines(csv);
        String[] head = lines.get(0).split(",", -1);
        JsonArray columns = d.getAsJsonArray("columns"), rows = d.getAsJsonArray("rows"), mid = d.getAsJsonArray("mid");
        assertEquals(head.length, columns.size());
        for (int c = 0; c < head.length; c++) assertEquals(head[c], columns.get(c).getAsString());
        assertEquals(lines.size() - 1, rows.size(), "one row per CSV row");
        assertEquals(rows.size(), mid.size());
        int flashes = 0;
        for (int i = 0; i < rows.size(); i++) {
            String[] cells = lines.get(i + 1).split(",", -1);
            JsonArray r = rows.get(i).getAsJsonArray();
            assertEquals(cells.length, r.size(), "row " + i);
            for (int c = 0; c < cells.length; c++) {
                JsonElement e = r.get(c);
                String where = "row " + i + " column " + head[c];
                if (cells[c].isEmpty()) assertTrue(e.isJsonNull(), where);
                else if (e.getAsJsonPrimitive().isString()) assertEquals(cells[c], e.getAsString(), where);
                else assertEquals(Double.parseDouble(cells[c]), e.getAsDouble(), 0, where);
            }
            if (!cells[17].isEmpty()) flashes++;
        }
        assertTrue(flashes > 10, "bars with a flash: " + flashes);

        // the mid at each bar's last update, from the books rebuilt here
        InstrumentSpec inst = TestInstruments.of("btcusdt");
        Map<Long, Double> expected = new LinkedHashMap<>();
        new BinanceBookBuilder(inst, 10, t -> expected.put(Math.floorDiv(t.timeMs(), 10_000L) * 10_000L,
                (t.bid() + t.ask()) / 2.0 / 100), null, ProblemLog.failing()).read(files);
        List<Long> starts = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) starts.add(Instant.parse(lines.get(i).split(",", 2)[0]).toEpochMilli());
        assertEquals(new ArrayList<>(expected.keySet()), starts, "the same bars");
        for (int i = 0; i < starts.size(); i++) {
            assertEquals(expected.get(starts.get(i)), mid.get(i).getAsDouble(), 1e-9, "mid of bar " + i);
        }
        assertEquals("BTCUSDT", d.get("symbol").getAsString());
        assertEquals(10_000, d.get("periodMs").getAsLong());
    }

    @Test
    void aReportPathThatIsAFolderIsAUsageErrorAndNothingIsWritten() throws Exception {
        Path csv = tmp.resolve("x.csv");
        CliRun run = CliRun.of("depth", "--out", csv.toString(), "--report", tmp.toString(), capture().get(0).toString());
        assertEquals(ExitCodes.USAGE, run.code(), run.toString());
        assertTrue(run.err().contains("is a folder"), run.err());
        assertFalse(Files.exists(csv));
    }
}
