package io.orderflow.backtest.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.orderflow.backtest.BacktestConfig;
import io.orderflow.backtest.BacktestResult;
import io.orderflow.backtest.BacktestRun;
import io.orderflow.backtest.BarSpec;
import io.orderflow.backtest.TickSource;
import io.orderflow.backtest.broker.BrokerConfig;
import io.orderflow.backtest.io.ResultFiles;
import io.orderflow.backtest.testing.BreakoutStandIn;
import io.orderflow.backtest.testing.Ticks;
import io.orderflow.testing.TestData;

/**
 * Renders a report of a real EURUSD backtest, opens it in headless Chromium and checks that every
 * chart drew (the page's own canvas checks, and non-uniform regions of a screenshot) and that the
 * page logged no errors. Skipped without Chromium, failed under CI=true.
 */
@Tag("slow")
class HtmlReportBrowserTest {
    static final String[] CHARTS = {"price", "pane-0", "pane-1", "profile", "footprint", "equity"};

    @TempDir
    Path dir;

    static String chromium() {
        String env = System.getenv("CHROMIUM");
        List<String> candidates = new ArrayList<>();
        if (env != null && !env.isEmpty()) candidates.add(env);
        for (String name : new String[] {"chromium", "chromium-browser", "google-chrome"}) {
            for (String p : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
                candidates.add(Paths.get(p, name).toString());
            }
        }
        for (String c : candidates) if (Files.isExecutable(Paths.get(c))) return c;
        String msg = "headless Chromium not found (install Debian's package: apt-get install -y chromium; or set CHROMIUM)";
        if (TestData.underCi()) Assertions.fail("CI=true and " + msg);
        Assumptions.abort(msg);
        return null;
    }

    static String run(Path userData, List<String> args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(args.get(0), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--hide-scrollbars", "--user-data-dir=" + userData, "--window-size=1400,3400", "--virtual-time-budget=15000"));
        cmd.addAll(args.subList(1, args.size()));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "chromium finished");
        return new String(out, StandardCharsets.UTF_8);
    }

    static String between(String dom, String id) {
        Matcher m = Pattern.compile("<pre id=\"" + id + "\">(.*?)</pre>", Pattern.DOTALL).matcher(dom);
        assertTrue(m.find(), "element " + id + " in the DOM");
        return m.group(1).replace("&quot;", "\"").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">");
    }

    @Test
    void everyChartOfARealBacktestReportDrawsInChromiumWithoutErrors() throws Exception {
        String chrome = chromium();
        TickSource source = Ticks.eurusdTwoDays();
        BacktestConfig cfg = BacktestConfig.builder().bars(BarSpec.time(15 * 60_000L))
                .broker(BrokerConfig.builder().accountCurrency("USD").commissionUsdPerMillion(35).build()).build();
        TestOrderFlowProxies proxies = new TestOrderFlowProxies(source.instrument(), 5);
        BacktestResult r = BacktestRun.run(cfg, source, BreakoutStandIn::new,
                new BreakoutStandIn.Params(8, 100, 1.5, 0.5), proxies);
        assertTrue(r.trades().size() >= 5, "trades: " + r.trades().size());
        ReportModel m = ReportModels.fromResult(r, "EURUSD breakout stand-in");
        assertEquals(192, m.bars.size(), "two days of 15-minute bars");
        proxies.fill(m, 40, 56);
        List<Path> files = ResultFiles.writeAll(dir, "eurusd", r, m);
        Path html = files.get(3);
        String page = Files.readString(html);
        assertFalse(Pattern.compile("<(script|link|img)[^>]+(src|href)=", Pattern.CASE_INSENSITIVE).matcher(page).find(),
                "self-contained: no external script, style or image");

        String dom = run(dir.resolve("profile-dom"), List.of(chrome, "--dump-dom", html.toUri().toString()));
        assertTrue(dom.contains("data-ready=\"true\""), "the page finished drawing");
        assertEquals("[]", between(dom, "report-errors").trim(), "no errors in the page");
        JsonObject checks = JsonParser.parseString(between(dom, "report-checks")).getAsJsonObject();
        for (String c : CHARTS) {
            JsonObject k = checks.getAsJsonObject(c);
            assertTrue(k != null, "chart " + c + " present: " + checks);
            assertTrue(k.get("painted").getAsInt() > 200 && k.get("colours").getAsInt() >= 3, c + " drew: " + k);
        }

        // readable: value axes with more than two labels, all with the same decimals (the old panes mixed "0.0"
        // with "100"), no raw values; the profile's POC/VAH/VAL labels beside the bars, not over them (the
        // old POC label sat on the bars); notes in words, not object dumps (the old broker note was
        // "BrokerConfig{deposit=...}")
        for (String c : new String[] {"price", "pane-0", "pane-1", "equity"}) {
            com.google.gson.JsonArray labels = checks.getAsJsonObject(c).getAsJsonArray("labels");
            assertTrue(labels.size() > 2, c + ": more than two axis labels: " + labels);
            java.util.Set<Integer> decimals = new java.util.HashSet<>();
            for (com.google.gson.JsonElement e : labels) {
                String t = e.getAsJsonObject().get("text").getAsString();
                assertTrue(t.matches("-?[0-9][0-9,]*(\\.[0-9]+)?"), c + ": a plain number: '" + t + "'");
                decimals.add(t.contains(".") ? t.length() - t.indexOf('.') - 1 : 0);
            }
            assertEquals(1, decimals.size(), c + ": labels with the same decimals: " + labels);
        }
        JsonObject profile = checks.getAsJsonObject("profile");
        double dataLeft = profile.getAsJsonObject("data").get("x0").getAsDouble();
        double dataRight = profile.getAsJsonObject("data").get("x1").getAsDouble();
        int named = 0;
        for (com.google.gson.JsonElement e : profile.getAsJsonArray("labels")) {
            JsonObject l = e.getAsJsonObject();
            double lx = l.get("x").getAsDouble();
            double lw = l.get("w").getAsDouble();
            assertTrue(lx + lw <= dataLeft || lx >= dataRight, "profile label " + l + " beside the bars [" + dataLeft + ", " + dataRight + "]");
            if (l.get("text").getAsString().matches("(POC|VAH|VAL) .*")) named++;
        }
        assertEquals(3, named, "POC, VAH and VAL labelled: " + profile.getAsJsonArray("labels"));
        for (String note : m.notes) assertFalse(note.matches(".*[{}=].*"), "a note in words: " + note);
        assertFalse(dom.contains("Config{"), "no object dump on the page");

        Path png = dir.resolve("report.png");
        run(dir.resolve("profile-shot"), List.of(chrome, "--screenshot=" + png, html.toUri().toString()));
        BufferedImage img = ImageIO.read(png.toFile());
        assertTrue(img != null && img.getWidth() == 1400, "screenshot taken");
        for (String c : CHARTS) {
            JsonObject k = checks.getAsJsonObject(c);
            int x0 = k.get("left").getAsInt(), y0 = k.get("top").getAsInt();
            int w = k.get("width").getAsInt(), h = k.get("height").getAsInt();
            assertTrue(y0 + h <= img.getHeight(), c + " lies inside the screenshot " + k);
            Map<Integer, Integer> colours = new HashMap<>();
            int total = 0;
            for (int y = y0; y < y0 + h; y += 2) {
                for (int x = x0; x < x0 + w; x += 2) {
                    colours.merge(img.getRGB(x, y) & 0xFFFFFF, 1, Integer::sum);
                    total++;
                }
            }
            int background = colours.values().stream().max(Integer::compare).orElse(0);
            double drawnShare = 1 - (double) background / total;
            assertTrue(colours.size() >= 5 && drawnShare > 0.01,
                    c + ": region " + k + " is not uniform (" + colours.size() + " colours, " + drawnShare + " drawn)");
        }
        // keep a copy for people to look at when run locally
        Path keep = Paths.get("target", "report-sample");
        Files.createDirectories(keep);
        Files.copy(html, keep.resolve("eurusd-report.html"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(png, keep.resolve("eurusd-report.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
