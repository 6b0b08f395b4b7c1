package io.orderflow.backtest.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.orderflow.cli.Main;
import io.orderflow.testing.TestData;

/**
 * The {@code depth} command's HTML page on the real BTCUSDT books (10-second bars), opened in
 * headless Chromium: it finishes drawing without errors, every chart paints (page checks and a
 * screenshot), every chart's value axis has more than two plain-number labels with the same
 * decimals, and the flash table has one row per bar with a flash in the CSV. Skipped without
 * Chromium, failed under CI=true (see {@link HtmlReportBrowserTest}).
 */
@Tag("slow")
class DepthReportBrowserTest {
    static final String[] CHARTS = {"mid", "imbalance", "ofi", "bid", "ask", "score"};

    @TempDir
    Path dir;

    @Test
    void theDepthPageDrawsInChromiumWithReadableAxes() throws Exception {
        String chrome = HtmlReportBrowserTest.chromium();
        Path spot = TestData.require("binance/spot");
        Path csv = dir.resolve("btc.csv"), html = dir.resolve("btc.html");
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = Main.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                "depth", "--bar", "10s", "--out", csv.toString(), "--report", html.toString(),
                spot.resolve("btcusdt_20240808.gz").toString(), spot.resolve("btcusdt_20240809.gz").toString());
        assertEquals(0, code, out + "\n" + err);
        long flashBars = Files.readAllLines(csv).stream().skip(1).filter(l -> !l.split(",", -1)[16].isEmpty()).count();
        assertTrue(flashBars > 10, "bars with a flash: " + flashBars);

        String dom = HtmlReportBrowserTest.run(dir.resolve("profile-dom"), List.of(chrome, "--dump-dom", html.toUri().toString()));
        assertTrue(dom.contains("data-ready=\"true\""), "the page finished drawing");
        assertEquals("[]", HtmlReportBrowserTest.between(dom, "report-errors").trim(), "no errors in the page");
        JsonObject checks = JsonParser.parseString(HtmlReportBrowserTest.between(dom, "report-checks")).getAsJsonObject();
        for (String c : CHARTS) {
            JsonObject k = checks.getAsJsonObject(c);
            assertTrue(k != null, c + " present: " + checks);
            assertTrue(k.get("painted").getAsInt() > 200 && k.get("colours").getAsInt() >= 3, c + " drew: " + k);
            JsonArray labels = k.getAsJsonArray("labels");
            assertTrue(labels.size() > 2, c + ": more than two axis labels: " + labels);
            Set<Integer> decimals = new HashSet<>();
            for (JsonElement e : labels) {
                String t = e.getAsJsonObject().get("text").getAsString();
                assertTrue(t.matches("-?[0-9][0-9,]*(\\.[0-9]+)?"), c + ": a plain number: '" + t + "'");
                decimals.add(t.contains(".") ? t.length() - t.indexOf('.') - 1 : 0);
            }
            assertEquals(1, decimals.size(), c + ": labels with the same decimals: " + labels);
        }
        int start = dom.indexOf("<table id=\"flashes\"");
        String body = dom.substring(dom.indexOf("<tbody>", start), dom.indexOf("</tbody>", start));
        int rows = 0;
        for (int i = body.indexOf("<tr"); i >= 0; i = body.indexOf("<tr", i + 1)) rows++;
        assertEquals(flashBars, rows, "one table row per bar with a flash");

        Path png = dir.resolve("depth.png");
        HtmlReportBrowserTest.run(dir.resolve("profile-shot"), List.of(chrome, "--screenshot=" + png, html.toUri().toString()));
        BufferedImage img = ImageIO.read(png.toFile());
        assertTrue(img != null && img.getWidth() == 1400, "screenshot taken");
        for (String c : CHARTS) {
            JsonObject k = checks.getAsJsonObject(c);
            int x0 = k.get("left").getAsInt(), y0 = k.get("top").getAsInt(), w = k.get("width").getAsInt(), h = k.get("height").getAsInt();
            assertTrue(y0 + h <= img.getHeight(), c + " inside the screenshot " + k);
            Map<Integer, Integer> colours = new HashMap<>();
            int total = 0;
            for (int y = y0; y < y0 + h; y += 2) {
                for (int x = x0; x < x0 + w; x += 2) {
                    colours.merge(img.getRGB(x, y) & 0xFFFFFF, 1, Integer::sum);
                    total++;
                }
            }
            int background = colours.values().stream().max(Integer::compare).orElse(0);
            assertTrue(colours.size() >= 5 && 1 - (double) background / total > 0.01, c + " region not uniform: " + k);
        }
        Path keep = Paths.get("target", "report-sample");
        Files.createDirectories(keep);
        Files.copy(html, keep.resolve("depth.html"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(png, keep.resolve("depth.png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
