package io.orderflow.jforex;

import org.junit.jupiter.api.Tag;

import static io.orderflow.jforex.IndicatorParityTest.at;
import static io.orderflow.jforex.IndicatorParityTest.coreFlow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.dukascopy.api.IBar;
import com.dukascopy.api.Instrument;
import com.dukascopy.api.Period;
import com.dukascopy.api.indicators.IDrawingIndicator;
import com.dukascopy.api.indicators.OutputParameterInfo;

import io.orderflow.backtest.testing.Ticks;
import io.orderflow.flow.AggressorMethod;
import io.orderflow.flow.DeltaReset;
import io.orderflow.flow.FlowBar;
import io.orderflow.flow.FootprintBar;
import io.orderflow.flow.TradeFlow;
import io.orderflow.flow.VolumeProxy;
import io.orderflow.jforex.harness.ChartDrawingSupport;
import io.orderflow.jforex.harness.ChartEmulation;
import io.orderflow.jforex.harness.ChartEmulation.Attached;
import io.orderflow.jforex.harness.ChartPainter;
import io.orderflow.jforex.harness.ChartPainter.Picture;
import io.orderflow.jforex.harness.FakeBar;
import io.orderflow.jforex.harness.TickTape;
import io.orderflow.jforex.indicator.FootprintLogic;
import io.orderflow.jforex.indicator.FootprintPaint;
import io.orderflow.jforex.indicator.FootprintStyle;

/**
 * Every indicator painted as the chart paints it ({@link ChartPainter}: candles, then each output from
 * the output arrays of the indicator's last {@code calculate} on the strict {@link ChartEmulation},
 * drawn outputs through the indicator's own {@code drawOutput}) for real EURUSD minute bars up to
 * 2019-02-05 14:00 UTC at three zoom levels, with checks of what the pictures show. The pictures go
 * to {@code target/pictures}; with {@code -Dorderflow.pictures.update=true} also to {@code docs/img}
 * (the README's pictures):
 * <pre>ORDERFLOW_DATA=... mvn -B -q test -Dtest=IndicatorPicturesTest -Dorderflow.pictures.update=true</pre>
 */
@Tag("slow")
class IndicatorPicturesTest {
    static final Path BASE = Paths.get(System.getProperty("orderflow.basedir", ".")).toAbsolutePath();
    static final Color POC = new Color(230, 120, 0);
    static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);
    /** Bars on screen at each zoom. */
    static final int NEAR = 16;
    static final int MID = 60;
    static final int FAR = 360;
    static final String[] ZOOMS = {"near", "mid", "far"};
    static final int[] VISIBLE = {NEAR, MID, FAR};
    /** The pictures committed under docs/img: file name -> drawn over the chart. */
    static final Map<String, Boolean> COMMITTED = new java.util.LinkedHashMap<>();

    static {
        for (String z : ZOOMS) COMMITTED.put("footprint-" + z + ".png", true);
        COMMITTED.put("vap-mid.png", true);
        COMMITTED.put("delta-mid.png", false);
        COMMITTED.put("cumdelta-mid.png", false);
        COMMITTED.put("imbalance-mid.png", false);
        COMMITTED.put("ofi-mid.png", false);
        COMMITTED.put("manipulation-mid.png", true); // ManipulationPictureTest
    }

    private static TickTape eurusd;
    private static int now;

    @BeforeAll
    static void load() throws Exception {
        eurusd = TickTape.load(Ticks.eurusdTwoDays());
        now = at(eurusd, "2019-02-05T14:00:00Z");
    }

    /** The indicator on a chart of {@code visible} minute bars, fed ticks until every closed bar on screen is loaded. */
    static Attached chart(int visible, String cls, Object... options) throws Exception {
        ChartEmulation chart = new ChartEmulation(eurusd, Instrument.EURUSD, Period.ONE_MIN, now, visible, 30);
        Attached a = chart.attach(cls, options);
        for (int k = 0; k < 500 && !loaded(a); k++) chart.advanceTo(chart.history().now() + 1);
        assertTrue(loaded(a), cls + ": every closed bar on screen loaded");
        return a;
    }

    static boolean loaded(Attached a) {
        double[] o = a.outputs[0];
        for (int j = 0; j < o.length - 1; j++) if (Double.isNaN(o[j])) return false;
        return true;
    }

    static String title(Attached a, String name) {
        IBar[] w = a.window;
        return name + " - EURUSD 1 min, 2019-02-05 " + HM.format(Instant.ofEpochMilli(w[a.startIndex].getTime())) + "-"
                + HM.format(Instant.ofEpochMilli(w[w.length - 1].getTime())) + " UTC, " + (w.length - a.startIndex)
                + " bars (real Dukascopy ticks)";
    }

    static void save(Picture p, String file) throws IOException {
        Path target = BASE.resolve("target/pictures");
        Files.createDirectories(target);
        ImageIO.write(p.image, "png", target.resolve(file).toFile());
        if (Boolean.getBoolean("orderflow.pictures.update") && COMMITTED.containsKey(file)) {
            ImageIO.write(p.image, "png", BASE.resolve("docs/img").resolve(file).toFile());
        }
    }

    static FootprintLogic logic(Attached a) throws Exception {
        return FootprintParityTest.logic(a);
    }

    static Attached footprint(int visible) throws Exception {
        return chart(visible, "FootprintIndicator", 1.0, 3.0, 0.0, 3, 0, 0, 0, 0, null, null, null, 2);
    }

    static boolean overlap(List<Rectangle> boxes) {
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) if (boxes.get(i).intersects(boxes.get(j))) return true;
        }
        return false;
    }

    /**
     * Where the core puts each closed bar's POC row, the picture has the POC outline (its left edge,
     * in the POC colour); returns how many bars were checked.
     */
    static int assertPocOutlined(Picture p, Attached a, FootprintPaint paint) {
        Map<Long, FlowBar> core = coreFlow(eurusd, 60_000, TradeFlow.forQuotes(AggressorMethod.MID_TICK_RULE,
                VolumeProxy.TICK_COUNT, 10).deltaReset(DeltaReset.NEVER)
                .footprint(io.orderflow.flow.FootprintSettings.rows(10)));
        ChartDrawingSupport s = p.price;
        float slot = s.getCandleWidthInPixels() + s.getSpaceBetweenCandlesInPixels();
        int checked = 0;
        for (int i = a.startIndex; i < a.window.length - 1; i++) {
            FootprintBar f = core.get(a.window[i].getTime()).footprint();
            double lo = eurusd.spec().toPrice(f.pocPrice());
            double hi = eurusd.spec().toPrice(f.pocPrice() + 10);
            int top = Math.round(Math.min(s.getYForValue(hi), s.getYForValue(lo)));
            int bottom = Math.round(Math.max(s.getYForValue(hi), s.getYForValue(lo)));
            if (bottom > paint.totalsTop() || top < 0) continue; // under the totals row
            int left = Math.round(s.getMiddleOfCandle(i) - slot / 2f) + 1;
            int y = (top + bottom) / 2;
            assertEquals(POC, p.priceAt(left, y), "POC outline of bar " + a.window[i].getTime() + " at x " + left + " y " + y);
            // and not on the rows above and below (unless they too are the POC's)
            assertFalse(POC.equals(p.priceAt(left, top - 3)) && POC.equals(p.priceAt(left, bottom + 3)),
                    "the outline is one row tall");
            checked++;
        }
        return checked;
    }

    @Test
    void theFootprintAtThreeZoomLevels() throws Exception {
        FootprintStyle.Level[] expected = {FootprintStyle.Level.NUMBERS, FootprintStyle.Level.HEAT_MAP,
                FootprintStyle.Level.BAR_TOTALS};
        for (int z = 0; z < 3; z++) {
            Attached a = footprint(VISIBLE[z]);
            // the first paint of a fresh JVM loads fonts and glyphs: reported, then painted again as the chart
            // repaints at every tick
            ChartPainter.paint(a, Instrument.EURUSD, Period.ONE_MIN, "");
            FootprintPaint cold = logic(a).lastPaint();
            for (int k = 0; k < 5; k++) ChartPainter.paint(a, Instrument.EURUSD, Period.ONE_MIN, "");
            System.out.printf("footprint %s: paints %.1f ms (%d over budget), then %.1f ms (%d over budget)%n", ZOOMS[z],
                    cold.nanos() / 1e6, cold.overBudget(), logic(a).lastPaint().nanos() / 1e6, logic(a).lastPaint().overBudget());
            // a paint that ran out of its time budget (a busy machine) shows some bars' totals only: the chart
            // repaints at the next tick; the picture is the first complete paint
            Picture p = null;
            int incomplete = 0;
            for (int k = 0; k < 5; k++) {
                p = ChartPainter.paint(a, Instrument.EURUSD, Period.ONE_MIN, title(a, "OF_FOOTPRINT footprint"));
                if (logic(a).lastPaint().overBudget() == 0) break;
                incomplete++;
            }
            save(p, "footprint-" + ZOOMS[z] + ".png");
            FootprintLogic l = logic(a);
            FootprintPaint paint = l.lastPaint();
            if (incomplete > 0) System.out.printf("footprint %s: %d paints over budget before a complete one%n", ZOOMS[z], incomplete);
            assertNotNull(paint);
            assertEquals(expected[z], paint.level(), ZOOMS[z] + ": level at " + paint.rowPixels() + " px rows, "
                    + p.price.slot() + " px columns");
            assertEquals(a.window.length - a.startIndex, paint.bars(), "every bar on screen drawn");
            assertEquals(0, paint.overBudget(), "within the paint budget");
            assertFalse(overlap(paint.texts()), ZOOMS[z] + ": no text overlaps another");
            for (Rectangle r : paint.texts()) {
                assertTrue(r.x >= 0 && r.x + r.width <= p.price.getChartWidth(), "text inside the chart: " + r);
            }
            if (z == 0) {
                assertEquals(2 * (paint.cells() - paint.unlabelled()) + 2 * paint.bars(), paint.texts().size(),
                        "sell and buy numbers in every row that is not cut, delta and volume under every bar");
            }
            if (z < 2) {
                int checked = assertPocOutlined(p, a, paint);
                assertTrue(checked >= (VISIBLE[z] - 1) / 2, ZOOMS[z] + ": POC checked on " + checked + " bars");
            } else {
                assertEquals(0, paint.cells(), "far: no rows, totals only");
            }
            // the paint's time, repainted (the chart repaints on every tick and scroll)
            long[] ns = new long[21];
            for (int k = 0; k < ns.length; k++) {
                BufferedImage img = new BufferedImage(ChartPainter.WIDTH, ChartPainter.PRICE_HEIGHT, BufferedImage.TYPE_INT_RGB);
                Graphics2D g = img.createGraphics();
                ((IDrawingIndicator) a.indicator).drawOutput(g, 1, p.values[1], Color.DARK_GRAY, null, p.price,
                        new ArrayList<>(), new HashMap<>());
                g.dispose();
                ns[k] = l.lastPaint().nanos();
            }
            Arrays.sort(ns);
            System.out.printf("footprint %s: first paint %.1f ms (%d bars over budget); %s, %d bars, %d cells, %d texts,"
                    + " rows %.1f px, columns %.1f px; drawOutput median %.2f ms, max %.2f ms of %d; calculate mean %.0f us over %d calls%n",
                    ZOOMS[z], cold.nanos() / 1e6, cold.overBudget(), paint.level(), paint.bars(), paint.cells(), paint.texts().size(), paint.rowPixels(),
                    p.price.slot(), ns[ns.length / 2] / 1e6, ns[ns.length - 1] / 1e6, ns.length, a.meanMicros(), a.calls());
        }
    }

    /** "Show: delta" writes one number per row; "Detail: heat map at most" draws no number at the near zoom. */
    @Test
    void theOptionsChooseWhatEachRowShowsAndTheMostDetail() throws Exception {
        Attached delta = chart(NEAR, "FootprintIndicator", 1.0, 3.0, 0.0, 3, 1, 0, 0, 0, null, null, null, 2);
        ChartPainter.paint(delta, Instrument.EURUSD, Period.ONE_MIN, "delta");
        FootprintPaint p = logic(delta).lastPaint();
        assertEquals(FootprintStyle.Level.NUMBERS, p.level());
        assertEquals(p.cells() - p.unlabelled() + 2 * p.bars(), p.texts().size(), "one number per row, two per bar"
                + " in the totals row (rows cut by the chart's edge or the totals row excepted)");
        assertTrue(p.unlabelled() < p.cells() / 4, "most rows labelled: " + p.unlabelled() + " of " + p.cells());
        Attached heat = chart(NEAR, "FootprintIndicator", 1.0, 3.0, 0.0, 3, 0, 1, 0, 0, null, null, null, 2);
        ChartPainter.paint(heat, Instrument.EURUSD, Period.ONE_MIN, "heat");
        FootprintPaint h = logic(heat).lastPaint();
        assertEquals(FootprintStyle.Level.HEAT_MAP, h.level());
        assertEquals(2 * h.bars(), h.texts().size(), "only the totals row has numbers");
    }

    /** Bars without ticks (before the data) and bars not computed draw nothing; a real bar between them draws its column only. */
    @Test
    void emptyBarsDrawNothing() throws Exception {
        Attached a = footprint(NEAR);
        IBar real = a.window[a.window.length - 3];
        long t = real.getTime();
        // the hour before the tape's first tick has no ticks: those bars are computed empty
        long empty = Instant.parse("2019-02-03T23:00:00Z").toEpochMilli();
        IBar[] candles = {new FakeBar(empty, 1.1450, 1.1450, 1.1450, 1.1450, 0), real,
                new FakeBar(t + 3_600_000L * 30, 1.1450, 1.1450, 1.1450, 1.1450, 0)};
        FootprintLogic l = logic(a);
        l.setSynchronous(true);
        double[][] out = new double[2][3];
        l.calculate(new long[] {empty, empty + 60_000}, 2, 60_000, 0, 0, out);
        a.context.runQueued(true); // the chart's background executor
        assertNotNull(l.bar(empty), "the empty bar is computed");
        assertEquals(0, l.bar(empty).rowCount(), "and has no rows");
        ChartDrawingSupport s = new ChartDrawingSupport(candles, 0, 3, 300, 400, real.getLow() - 0.0003,
                real.getHigh() + 0.0003, true, Instrument.EURUSD, Period.ONE_MIN, false);
        BufferedImage img = new BufferedImage(300, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 300, 400);
        ((IDrawingIndicator) a.indicator).drawOutput(g, 1, new double[3], Color.DARK_GRAY, null, s, new ArrayList<>(),
                new HashMap<>());
        g.dispose();
        FootprintPaint paint = l.lastPaint();
        assertEquals(1, paint.bars(), "only the real bar is drawn");
        int painted = 0;
        for (int x = 0; x < 300; x++) {
            for (int y = 0; y < 400; y++) {
                boolean white = img.getRGB(x, y) == Color.WHITE.getRGB();
                // the totals row is a band across the chart; above it only the real bar's column has paint
                if (y < paint.totalsTop() && (x < 100 || x >= 200)) assertTrue(white, "nothing at " + x + "," + y);
                if (!white && x >= 100 && x < 200 && y < paint.totalsTop()) painted++;
            }
        }
        assertTrue(painted > 100, "the real bar's column is drawn: " + painted + " pixels");
    }

    /** Line and histogram indicators in their own panel, at the three zooms: each visible value is where the chart puts it. */
    @Test
    void theLineIndicatorsShowTheirOutputArrays() throws Exception {
        Object[][] specs = {
                {"delta", "OrderFlowDeltaIndicator", "OF_DELTA order-flow delta", new Object[] {0, 0, 2}},
                {"cumdelta", "CumulativeDeltaIndicator", "OF_CUMDELTA cumulative delta", new Object[] {0, 0, 0, 2}},
                {"imbalance", "TickImbalanceIndicator", "OF_IMBALANCE tick and level-1 imbalance", new Object[] {5, 2}},
                {"ofi", "OfiIndicator", "OF_OFI order-flow imbalance", new Object[] {false, 2}}};
        for (Object[] spec : specs) {
            for (int z = 0; z < 3; z++) {
                Attached a = chart(VISIBLE[z], (String) spec[1], (Object[]) spec[3]);
                Picture p = ChartPainter.paint(a, Instrument.EURUSD, Period.ONE_MIN, title(a, (String) spec[2]));
                save(p, spec[0] + "-" + ZOOMS[z] + ".png");
                assertNotNull(p.panel, spec[1] + " draws in its own panel");
                int checked = 0;
                int matched = 0;
                for (int k = 0; k < a.outputs.length; k++) {
                    OutputParameterInfo o = a.indicator.getOutputParameterInfo(k);
                    boolean histogram = o.getDrawingStyle() == OutputParameterInfo.DrawingStyle.HISTOGRAM;
                    if (!histogram && o.getDrawingStyle() != OutputParameterInfo.DrawingStyle.LINE) continue;
                    boolean last = k == lastDrawn(a);
                    for (int i = a.startIndex; i < a.window.length; i++) {
                        double v = p.values[k][i];
                        if (Double.isNaN(v)) continue;
                        // the pixel holding the value's point (a line of width 1.5 with round joins covers it)
                        int x = (int) Math.floor(p.panel.getMiddleOfCandle(i));
                        int y = (int) Math.floor(p.panel.getYForValue(v));
                        int zero = Math.round(p.panel.getYForValue(0.0));
                        if (histogram) {
                            if (Math.abs(y - zero) < 3) continue;
                            Color c = p.panelAt(x, (y + zero) / 2);
                            checked++;
                            if (c.equals(ChartPainter.colour(o)) || c.equals(o.getColor2()) || !last && !c.equals(Color.WHITE)) matched++;
                        } else {
                            if (y <= 0 || y >= p.panel.getChartHeight() - 1) continue;
                            checked++;
                            Color c = p.panelAt(x, y);
                            if (c.equals(ChartPainter.colour(o)) || !last && !c.equals(Color.WHITE)) matched++;
                        }
                    }
                }
                assertTrue(checked > VISIBLE[z] / 2, spec[1] + " " + ZOOMS[z] + ": values checked " + checked);
                assertTrue(matched >= 0.9 * checked, spec[1] + " " + ZOOMS[z] + ": " + matched + " of " + checked
                        + " values drawn where the chart puts them");
            }
        }
    }

    static int lastDrawn(Attached a) {
        int last = -1;
        for (int k = 0; k < a.outputs.length; k++) {
            if (a.indicator.getOutputParameterInfo(k).getDrawingStyle() != OutputParameterInfo.DrawingStyle.NONE) last = k;
        }
        return last;
    }

    /** Volume at price over the chart: its histogram at the right edge with the POC row in orange, at the three zooms. */
    @Test
    void volumeAtPriceDrawsItsProfile() throws Exception {
        for (int z = 0; z < 3; z++) {
            Attached a = chart(VISIBLE[z], "VolumeAtPriceIndicator", 0, 0, 1.0, 70, 0, 0, 3.0, 3, true, 25, 2);
            Picture p = ChartPainter.paint(a, Instrument.EURUSD, Period.ONE_MIN, title(a, "OF_VAP volume at price"));
            save(p, "vap-" + ZOOMS[z] + ".png");
            int width = p.price.getChartWidth();
            int painted = 0;
            for (int y = 0; y < ChartPainter.PRICE_HEIGHT; y++) if (!p.priceAt(width - 2, y).equals(Color.WHITE)) painted++;
            assertTrue(painted > ChartPainter.PRICE_HEIGHT / 4, ZOOMS[z] + ": the profile is drawn at the right edge: " + painted);
            // the session POC (output 0 of the last closed bar, middle of its row) is the orange row when on screen
            double poc = p.values[0][a.window.length - 2];
            assertFalse(Double.isNaN(poc));
            int y = Math.round(p.price.getYForValue(poc));
            if (y > 2 && y < ChartPainter.PRICE_HEIGHT - 2) {
                Color c = p.priceAt(width - 2, y + 1);
                assertTrue(c.getRed() > c.getBlue() + 60 && c.getGreen() < c.getRed(), ZOOMS[z] + ": POC row orange: " + c);
            }
        }
    }
}
