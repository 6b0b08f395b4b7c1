package io.orderflow.jforex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Rectangle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.dukascopy.api.Instrument;
import com.dukascopy.api.Period;
import com.dukascopy.api.indicators.OutputParameterInfo;

import io.orderflow.book.ReferenceSpoofScore;
import io.orderflow.book.SpoofSettings;
import io.orderflow.data.binance.BinanceBookBuilder;
import io.orderflow.data.depth.DepthRecorder;
import io.orderflow.data.depth.DepthRecordingReader;
import io.orderflow.data.depth.FlushPolicy;
import io.orderflow.data.ProblemLog;
import io.orderflow.jforex.harness.ChartEmulation;
import io.orderflow.jforex.harness.ChartEmulation.Attached;
import io.orderflow.jforex.harness.ChartPainter;
import io.orderflow.jforex.harness.ChartPainter.Picture;
import io.orderflow.jforex.harness.TickTape;
import io.orderflow.jforex.indicator.ManipulationLogic;
import io.orderflow.market.InstrumentSpec;
import io.orderflow.market.Instruments;
import io.orderflow.market.Tick;
import io.orderflow.testing.TestData;
import io.orderflow.testing.TestInstruments;

/**
 * The picture of OF_MANIPULATION as the chart draws it ({@link ChartPainter}: candles, then the
 * indicator's two arrow outputs from the output arrays of its last {@code calculate} on the
 * {@link ChartEmulation}) over a live depth recording made from real books: the Binance spot BTCUSDT
 * capture (2024-08-08 23:54 to 2024-08-09 00:05 UTC, every depth diff applied to the REST snapshot),
 * its levels merged onto the 0.1 grid of JForex's BTC/USD (bids rounded down, asks up, sizes summed,
 * only levels the 200 captured cent levels cover completely, ten per side as JForex delivers live)
 * and written as the strategy's recorder writes it, one {@code .ofd} file per UTC day, into the
 * chart's files folder. A BTC/USD chart of 10-second bars at two zooms.
 *
 * <p>Checks on the pixels: each bar's marker is at the x of the bar's middle and the y of the price of
 * the bar's last flash as the slow reference ({@link ReferenceSpoofScore}, run over each day's
 * recording as read back) finds it, within 2 pixels; up arrows for bid flashes, down arrows for ask
 * flashes; no marker of a side on bars without a flash of that side; with no recording nothing at all
 * and the message. The pictures go to {@code target/pictures}, the mid zoom also to {@code docs/img}
 * with {@code -Dorderflow.pictures.update=true} (see {@link IndicatorPicturesTest}).
 */
@Tag("slow")
class ManipulationPictureTest {
    static final InstrumentSpec BTCUSD = Instruments.of("BTCUSD");
    static final DateTimeFormatter HMS = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);
    /** Cent levels read from the capture per side; merged into {@link #LEVELS} BTC/USD levels. */
    static final int FINE_LEVELS = 200;
    static final int LEVELS = 10;
    /** BTCUSDT points (0.01) per BTC/USD point (0.1). */
    static final int FACTOR = 10;
    static final long BAR_MS = 10_000;
    /** Pixels a marker's middle may be away from where the chart puts the bar and the price. */
    static final double TOLERANCE = 2.0;

    @TempDir
    static Path files;
    @TempDir
    static Path empty;

    private static TickTape tape;
    /** Bar start -> {bid flash price, ask flash price} of the bar's last flashes (NaN: none), from the reference. */
    private static final Map<Long, double[]> expected = new HashMap<>();
    private static int flashes;
    private static int updates;

    @BeforeAll
    static void record() throws Exception {
        Path dir = TestData.require("binance/spot");
        InstrumentSpec cents = TestInstruments.of("btcusdt");
        Path depth = files.resolve("orderflow/depth");
        Files.createDirectories(depth);
        List<Tick> book = new ArrayList<>();
        Map<String, DepthRecorder> recorders = new TreeMap<>();
        new BinanceBookBuilder(cents, FINE_LEVELS, t -> {
            Tick m = regrid(t);
            if (m == null) return;
            book.add(m);
            String name = ManipulationLogic.fileName(BTCUSD.symbol(), m.timeMs());
            try {
                DepthRecorder rec = recorders.get(name);
                if (rec == null) {
                    rec = DepthRecorder.open(depth.resolve(name), BTCUSD, LEVELS, FlushPolicy.buffered(256, 1_000),
                            ProblemLog.failing());
                    recorders.put(name, rec);
                }
                rec.append(m);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, null, ProblemLog.failing()).read(List.of(dir.resolve("btcusdt_20240808.gz"), dir.resolve("btcusdt_20240809.gz")));
        for (DepthRecorder r : recorders.values()) r.close();
        assertEquals(List.of("BTCUSD-2024-08-08.ofd", "BTCUSD-2024-08-09.ofd"), new ArrayList<>(recorders.keySet()),
                "the capture crosses midnight: one file per day");
        updates = book.size();
        // the reference over each day's file as read back (the indicator analyses each file from its start)
        for (String name : recorders.keySet()) {
            ReferenceSpoofScore ref = new ReferenceSpoofScore(SpoofSettings.defaults());
            try (DepthRecordingReader in = DepthRecordingReader.open(depth.resolve(name), ProblemLog.failing())) {
                Tick t = new Tick(LEVELS);
                while (in.next(t)) ref.onTick(t);
            }
            for (ReferenceSpoofScore.Flash f : ref.flashes) {
                long bar = f.time - Math.floorMod(f.time, BAR_MS);
                expected.computeIfAbsent(bar, k -> new double[] {Double.NaN, Double.NaN})[f.side] = BTCUSD.toPrice(f.price);
            }
            flashes += ref.flashes.size();
        }
        int n = book.size();
        long[] time = new long[n], ask = new long[n], bid = new long[n];
        double[] av = new double[n], bv = new double[n];
        for (int i = 0; i < n; i++) {
            Tick k = book.get(i);
            time[i] = k.timeMs();
            ask[i] = k.ask();
            bid[i] = k.bid();
            av[i] = k.askVolume();
            bv[i] = k.bidVolume();
        }
        tape = TickTape.of(BTCUSD, time, ask, bid, av, bv);
    }

    /**
     * The cent book merged onto the 0.1 grid: bids down, asks up, sizes summed; a merged level counts
     * only when a cent level beyond it shows that all of its cent levels were read. Null when a side has
     * no complete level.
     */
    static Tick regrid(Tick t) {
        long[] ap = new long[LEVELS], bp = new long[LEVELS];
        double[] as = new double[LEVELS], bs = new double[LEVELS];
        int nb = merge(t, true, bp, bs);
        int na = merge(t, false, ap, as);
        int n = Math.min(nb, na);
        return n < 1 ? null : new Tick(LEVELS).setDepth(t.timeMs(), n, ap, as, bp, bs);
    }

    private static int merge(Tick t, boolean bid, long[] p, double[] s) {
        int n = 0;
        for (int i = 0; i < t.levels(); i++) {
            long fine = bid ? t.bidPrice(i) : t.askPrice(i);
            long coarse = bid ? Math.floorDiv(fine, FACTOR) : -Math.floorDiv(-fine, FACTOR);
            double size = bid ? t.bidVolume(i) : t.askVolume(i);
            if (n > 0 && p[n - 1] == coarse) {
                s[n - 1] += size;
                continue;
            }
            if (n == LEVELS) return n; // a cent level beyond the last merged one: all merged levels complete
            p[n] = coarse;
            s[n] = size;
            n++;
        }
        return n - 1; // the last merged level may go on beyond the cent levels read
    }

    static ChartEmulation chart(int visible, Path folder) {
        ChartEmulation chart = new ChartEmulation(tape, Instrument.BTCUSD, Period.TEN_SECS, tape.size(), visible, 0);
        chart.setFilesDir(folder.toFile());
        return chart;
    }

    static String title(Attached a) {
        return "OF_MANIPULATION - BTC/USD 10 s, " + HMS.format(Instant.ofEpochMilli(a.window[a.startIndex].getTime()))
                + "-" + HMS.format(Instant.ofEpochMilli(a.window[a.window.length - 1].getTime())) + " UTC, "
                + (a.window.length - a.startIndex) + " bars (depth: real Binance BTCUSDT books, 2024-08-08/09)";
    }

    /** Pixels of exactly colour {@code c} in the bar's slot (its edges left out) of the price panel, as a bounding box; null if none. */
    static Rectangle marker(Picture p, int i, Color c) {
        float mid = p.price.getMiddleOfCandle(i);
        float half = p.price.slot() / 2f;
        int x0 = Math.max(0, (int) Math.floor(mid - half) + 1);
        int x1 = Math.min(p.price.getChartWidth() - 1, (int) Math.ceil(mid + half) - 1);
        Rectangle box = null;
        for (int x = x0; x <= x1; x++) {
            for (int y = 0; y < p.price.getChartHeight(); y++) {
                if (!p.priceAt(x, y).equals(c)) continue;
                if (box == null) box = new Rectangle(x, y, 1, 1);
                else box.add(new Rectangle(x, y, 1, 1));
            }
        }
        return box;
    }

    /** Rows of the box: the y with the most pixels of colour {@code c} (the arrow's head is its widest row). */
    static int widestRow(Picture p, Rectangle box, Color c) {
        int best = box.y;
        int most = -1;
        for (int y = box.y; y < box.y + box.height; y++) {
            int n = 0;
            for (int x = box.x; x < box.x + box.width; x++) if (p.priceAt(x, y).equals(c)) n++;
            if (n > most) {
                most = n;
                best = y;
            }
        }
        return best;
    }

    /**
     * Null if bar {@code i} shows an arrow of colour {@code c} pointing {@code up} (or down) whose middle is
     * within {@link #TOLERANCE} pixels of the bar's middle and of {@code price}; else what is wrong.
     */
    static String arrowAt(Picture p, int i, Color c, boolean up, double price) {
        Rectangle box = marker(p, i, c);
        if (box == null) return "no marker";
        double cx = box.x + (box.width - 1) / 2.0;
        double cy = box.y + (box.height - 1) / 2.0;
        double x = p.price.getMiddleOfCandle(i);
        double y = p.price.getYForValue(price);
        // pixel (px, py) covers [px, px+1): its centre is px + 0.5
        if (Math.abs(cx + 0.5 - x) > TOLERANCE || Math.abs(cy + 0.5 - y) > TOLERANCE) {
            return String.format("marker centred at %.1f,%.1f, expected %.1f,%.1f (box %s)", cx + 0.5, cy + 0.5, x, y, box);
        }
        if (box.height < 6) return "not an arrow: " + box;
        boolean headOnTop = widestRow(p, box, c) < cy;
        if (headOnTop != up) return (up ? "expected an up arrow" : "expected a down arrow") + ": " + box;
        return null;
    }

    @Test
    void eachMarkerIsAtItsBarAndFlashPriceWithTheArrowOfItsSide() throws Exception {
        assertTrue(ChartPainter.arrowFont().canDisplay('\u21D1') && ChartPainter.arrowFont().canDisplay('\u21D3'),
                "a font with the arrows");
        String[] zooms = {"near", "mid"};
        int[] visible = {16, 60};
        for (int z = 0; z < zooms.length; z++) {
            ChartEmulation chart = chart(visible[z], files);
            Attached a = chart.attach("ManipulationIndicator");
            // one file is analysed per background job, started by a call; the chart calls again at every tick
            for (int k = 0; k < 3; k++) chart.scroll(0);
            assertTrue(a.context.consoleLines().isEmpty(), "nothing to explain: " + a.context.consoleLines());
            Picture p = ChartPainter.paint(a, Instrument.BTCUSD, Period.TEN_SECS, title(a));
            IndicatorPicturesTest.save(p, "manipulation-" + zooms[z] + ".png");
            Color[] colour = new Color[2];
            for (int k = 0; k < 2; k++) colour[k] = ChartPainter.colour(a.indicator.getOutputParameterInfo(k));
            assertEquals(OutputParameterInfo.DrawingStyle.ARROW_SYMBOL_UP, a.indicator.getOutputParameterInfo(0).getDrawingStyle());
            assertEquals(OutputParameterInfo.DrawingStyle.ARROW_SYMBOL_DOWN, a.indicator.getOutputParameterInfo(1).getDrawingStyle());
            int glyph = (int) Math.ceil(ChartPainter.arrowHeight()) + 1;
            int checked = 0, occluded = 0, offScreen = 0, none = 0, shiftedCaught = 0;
            int[] perSide = new int[2];
            for (int i = a.startIndex; i < a.window.length; i++) {
                long start = a.window[i].getTime();
                double[] e = expected.getOrDefault(start, new double[] {Double.NaN, Double.NaN});
                for (int k = 0; k < 2; k++) {
                    assertEquals(e[k], p.values[k][i], zooms[z] + ": output " + k + " of the bar at " + start
                            + " is the reference's flash price");
                    if (Double.isNaN(e[k])) {
                        assertNull(marker(p, i, colour[k]), zooms[z] + ": no " + (k == 0 ? "bid" : "ask")
                                + " marker on the bar at " + start + " (no flash)");
                        none++;
                        continue;
                    }
                    float y = p.price.getYForValue(e[k]);
                    if (y < glyph || y > p.price.getChartHeight() - glyph) {
                        offScreen++;
                        continue;
                    }
                    // the ask arrow is drawn after the bid arrow and may cover part of it: then what is left of the bid
                    // arrow is in the bar's slot and inside the glyph's box around the price
                    if (k == 0 && !Double.isNaN(e[1]) && Math.abs(p.price.getYForValue(e[1]) - y) < glyph) {
                        Rectangle box = marker(p, i, colour[0]);
                        assertNotNull(box, zooms[z] + ": bid marker under the ask marker on the bar at " + start);
                        assertTrue(box.y + 0.5 >= y - glyph / 2.0 - TOLERANCE && box.y + box.height - 0.5 <= y + glyph / 2.0 + TOLERANCE,
                                zooms[z] + ": bid marker " + box + " around y " + y + " on the bar at " + start);
                        occluded++;
                        continue;
                    }
                    assertNull(arrowAt(p, i, colour[k], k == 0, e[k]), zooms[z] + ": " + (k == 0 ? "bid" : "ask")
                            + " flash at " + e[k] + " on the bar at " + start);
                    // the same check fails for a price 3 pixels off and for the other side's arrow
                    double pixel = (p.price.getMaxPrice() - p.price.getMinPrice()) / p.price.getChartHeight();
                    if (arrowAt(p, i, colour[k], k == 0, e[k] + 3 * pixel) != null
                            && arrowAt(p, i, colour[k], k != 0, e[k]) != null) {
                        shiftedCaught++;
                    }
                    checked++;
                    perSide[k]++;
                }
            }
            System.out.printf("OF_MANIPULATION %s: %d bars, %d markers checked (%d bid, %d ask), %d sides without a flash,"
                            + " %d bid markers under an ask marker, %d off the panel; %d flashes in %d updates%n",
                    zooms[z], a.window.length - a.startIndex, checked, perSide[0], perSide[1], none, occluded, offScreen,
                    flashes, updates);
            assertEquals(checked, shiftedCaught, "the check fails for a price 3 pixels off and for the wrong arrow");
            assertTrue(perSide[0] >= visible[z] / 8 && perSide[1] >= visible[z] / 8, zooms[z] + ": markers of both sides: "
                    + perSide[0] + " bid, " + perSide[1] + " ask");
            assertTrue(none >= 2, zooms[z] + ": bars without a flash of a side are checked too: " + none);
            assertTrue(checked >= 0.6 * (checked + occluded + offScreen), zooms[z] + ": most markers checked in full: "
                    + checked + " of " + (checked + occluded + offScreen));
        }
    }

    @Test
    void withoutARecordingNothingIsDrawnAndTheMessageSaysWhy() throws Exception {
        ChartEmulation chart = chart(60, empty);
        Attached a = chart.attach("ManipulationIndicator");
        for (int k = 0; k < 3; k++) chart.scroll(0);
        Picture p = ChartPainter.paint(a, Instrument.BTCUSD, Period.TEN_SECS, "no recording");
        for (int k = 0; k < 2; k++) {
            Color c = ChartPainter.colour(a.indicator.getOutputParameterInfo(k));
            for (int i = a.startIndex; i < a.window.length; i++) {
                assertTrue(Double.isNaN(p.values[k][i]), "no value without a recording");
            }
            for (int x = 0; x < p.price.getChartWidth(); x++) {
                for (int y = 0; y < p.price.getChartHeight(); y++) {
                    assertTrue(!p.priceAt(x, y).equals(c), "nothing in the markers' colour at " + x + "," + y);
                }
            }
        }
        assertEquals(1, a.context.consoleLines().size(), "said once: " + a.context.consoleLines());
        String line = a.context.consoleLines().get(0);
        assertTrue(line.startsWith("[OF_MANIPULATION] no live depth recording of BTCUSD in "), line);
    }
}
