package io.orderflow.backtest.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.orderflow.backtest.testing.Ticks;
import io.orderflow.cli.Main;
import io.orderflow.market.Tick;
import io.orderflow.testing.TestData;

/**
 * The report the {@code backtest} command writes for the README's main command (EURUSD 2019-02-04/05,
 * the real strategy engine), opened in headless Chromium: every chart drew, no console errors; and
 * its order-flow content is the real analytics — the delta pane equals a plain mid tick rule
 * recomputed here bar by bar, the profile's POC row holds the most volume, the footprint shows the
 * hour around the last trade of the journal, and the confirmation table holds the engine's rows.
 * Skipped without Chromium, failed under CI=true.
 */
@Tag("slow")
class BacktestCommandReportBrowserTest {
    static final String[] CHARTS = {"price", "pane-0", "pane-1", "pane-2", "profile", "footprint", "equity"};

    @TempDir
    Path dir;

    private static JsonObject embeddedModel(String html) {
        Matcher m = Pattern.compile("window\\.REPORT = (\\{.*?\\});\\n</script>", Pattern.DOTALL).matcher(html);
        assertTrue(m.find(), "the model is embedded");
        return JsonParser.parseString(m.group(1).replace("NaN", "null").replace("-Infinity", "null")
                .replace("Infinity", "null")).getAsJsonObject();
    }

    @Test
    void theReadmeBacktestReportShowsTheRealAnalyticsAndDrawsInChromium() throws Exception {
        String chrome = HtmlReportBrowserTest.chromium();
        Path bi5 = TestData.dukascopyBi5();
        Path out = dir.resolve("results");
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(stdout, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(stderr, true, StandardCharsets.UTF_8)) {
            code = Main.run(o, e, "backtest", "-i", "EURUSD", "--from", "2019-02-04", "--to", "2019-02-06",
                    "--data-dir", bi5.toString(), "--out", out.toString(), "--progress", "never", "--set",
                    "trend.emaFast=5", "--commission", "35");
        }
        assertEquals(0, code, stdout + "\n" + stderr);
        Path html = out.resolve("backtest-report.html");
        String page = Files.readString(html);
        assertFalse(Pattern.compile("<(script|link|img)[^>]+(src|href)=", Pattern.CASE_INSENSITIVE).matcher(page).find(),
                "self-contained");

        JsonObject model = embeddedModel(page);
        JsonArray bars = model.getAsJsonArray("bars");
        assertEquals(576, bars.size(), "two days of 5-minute bars");
        // delta pane = a plain mid tick rule per 5-minute bar
        long[] ref = new long[bars.size()];
        int sign = 0;
        long prev = -1;
        int b = 0;
        for (Tick t : Ticks.all(Ticks.eurusdTwoDays())) {
            long mid2 = t.ask() + t.bid();
            if (prev >= 0 && mid2 != prev) sign = mid2 > prev ? 1 : -1;
            prev = mid2;
            while (b + 1 < bars.size() && t.timeMs() >= bars.get(b + 1).getAsJsonObject().get("time").getAsLong()) b++;
            ref[b] += sign;
        }
        JsonArray panes = model.getAsJsonArray("panes");
        assertEquals(3, panes.size());
        JsonArray delta = panes.get(0).getAsJsonObject().getAsJsonArray("series").get(0).getAsJsonObject()
                .getAsJsonArray("values");
        for (int i = 0; i < bars.size(); i++) assertEquals(ref[i], delta.get(i).getAsDouble(), 0, "delta of bar " + i);
        assertTrue(panes.get(0).getAsJsonObject().get("provenance").getAsString().startsWith("mid tick rule × tick count"));
        assertTrue(panes.get(2).getAsJsonObject().get("title").getAsString().contains("OFI"));

        // profile: the POC row holds the most volume; the value area contains it
        JsonObject profile = model.getAsJsonObject("profile");
        double poc = profile.get("poc").getAsDouble();
        double best = 0, atPoc = -1;
        for (JsonElement r : profile.getAsJsonArray("rows")) {
            JsonObject row = r.getAsJsonObject();
            double v = row.get("buyVolume").getAsDouble() + row.get("sellVolume").getAsDouble();
            best = Math.max(best, v);
            if (Math.abs(row.get("price").getAsDouble() - poc) < 1e-9) atPoc = v;
        }
        assertEquals(best, atPoc, 0, "POC row volume");
        assertTrue(profile.get("valueAreaLow").getAsDouble() <= poc && poc <= profile.get("valueAreaHigh").getAsDouble());

        // footprint: the hour around the last trade's entry
        List<String> journal = Files.readAllLines(out.resolve("backtest-journal.csv"));
        assertTrue(journal.size() >= 2, "at least one trade");
        int entryCol = List.of(journal.get(0).split(",")).indexOf("entry_time");
        long lastEntry = 0;
        for (String line : journal.subList(1, journal.size())) {
            lastEntry = Math.max(lastEntry, java.time.Instant.parse(line.split(",")[entryCol]).toEpochMilli());
        }
        JsonObject fp = model.getAsJsonObject("footprint");
        JsonArray times = fp.getAsJsonArray("barTimes");
        long first = times.get(0).getAsLong();
        long last = times.get(times.size() - 1).getAsLong();
        assertTrue(first <= lastEntry && lastEntry < last + 300_000, "the footprint covers the last entry");
        assertTrue(last - first <= 3_600_000L, "an hour of bars: " + times.size());
        assertTrue(fp.get("title").getAsString().contains("last trade"), fp.get("title").getAsString());
        assertTrue(fp.getAsJsonArray("cells").size() > times.size(), "several rows per bar");

        // confirmation: the engine's signal rows first
        JsonArray conf = model.getAsJsonArray("confirmation");
        assertEquals("trend · confirmed signals", conf.get(0).getAsJsonObject().get("group").getAsString());
        assertEquals("signals", conf.get(0).getAsJsonObject().get("basis").getAsString());

        // the page in Chromium
        String dom = HtmlReportBrowserTest.run(dir.resolve("dom"), List.of(chrome, "--dump-dom", html.toUri().toString()));
        assertTrue(dom.contains("data-ready=\"true\""), "the page finished drawing");
        assertEquals("[]", HtmlReportBrowserTest.between(dom, "report-errors").trim(), "no errors in the page");
        JsonObject checks = JsonParser.parseString(HtmlReportBrowserTest.between(dom, "report-checks")).getAsJsonObject();
        for (String c : CHARTS) {
            JsonObject k = checks.getAsJsonObject(c);
            assertTrue(k != null, "chart " + c + " present: " + checks);
            assertTrue(k.get("painted").getAsInt() > 200 && k.get("colours").getAsInt() >= 3, c + " drew: " + k);
        }
        Path png = dir.resolve("report.png");
        HtmlReportBrowserTest.run(dir.resolve("shot"), List.of(chrome, "--window-size=1400,3900",
                "--screenshot=" + png, html.toUri().toString()));
        BufferedImage img = ImageIO.read(png.toFile());
        assertTrue(img != null, "screenshot taken");
        for (String c : CHARTS) {
            JsonObject k = checks.getAsJsonObject(c);
            int x0 = k.get("left").getAsInt(), y0 = k.get("top").getAsInt();
            int w = k.get("width").getAsInt(), h = k.get("height").getAsInt();
            if (y0 + h > img.getHeight()) continue; // below the screenshot; the page's own check covered it
            Map<Integer, Integer> colours = new HashMap<>();
            int total = 0;
            for (int y = y0; y < y0 + h; y += 2) {
                for (int x = x0; x < Math.min(x0 + w, img.getWidth()); x += 2) {
                    colours.merge(img.getRGB(x, y) & 0xFFFFFF, 1, Integer::sum);
                    total++;
                }
            }
            int background = colours.values().stream().max(Integer::compare).orElse(0);
            assertTrue(colours.size() >= 5 && 1 - (double) background / total > 0.01, c + " is not blank");
        }
        Path keep = Paths.get("target", "report-sample");
        Files.createDirectories(keep);
        Files.copy(html, keep.resolve("backtest-command-report.html"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(png, keep.resolve("backtest-command-report.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
