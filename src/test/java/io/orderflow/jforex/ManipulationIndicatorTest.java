package io.orderflow.jforex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.dukascopy.api.Instrument;
import com.dukascopy.api.Period;

import io.orderflow.book.ReferenceSpoofScore;
import io.orderflow.book.SpoofSettings;
import io.orderflow.data.depth.DepthRecorder;
import io.orderflow.data.depth.FlushPolicy;
import io.orderflow.data.ProblemLog;
import io.orderflow.jforex.harness.ChartEmulation;
import io.orderflow.jforex.harness.ChartEmulation.Attached;
import io.orderflow.jforex.harness.TickTape;
import io.orderflow.jforex.indicator.ManipulationLogic;
import io.orderflow.market.InstrumentSpec;
import io.orderflow.market.Instruments;
import io.orderflow.market.Tick;
import io.orderflow.testing.Seeds;

/**
 * OF_MANIPULATION under the chart emulation: it reads the strategy's live depth recording from the
 * files folder and marks, per bar, the price of the last bid and ask flash — equal to the slow
 * reference of the evidence run over the same recording; without a recording, or with a one-level
 * one, it draws nothing and says why.
 */
class ManipulationIndicatorTest {
    private static final long T0 = 1_723_161_600_000L; // 2024-08-09 00:00 UTC
    private static final InstrumentSpec EURUSD = Instruments.of("EURUSD");

    @TempDir
    Path files;

    /** Seeded EURUSD depth with planted bid spoofs (pulled after a few updates while the price drifts up). */
    private static List<Tick> book(long seed, int levels) {
        Random r = Seeds.random(seed);
        List<Tick> out = new ArrayList<>();
        long best = 110_000;
        int spoofLeft = 0;
        long spoofPrice = 0;
        boolean spoofBid = true;
        for (int u = 0; u < 6_000; u++) {
            long time = T0 + u * 200L;
            int m = r.nextInt(10);
            if (m == 0) best++;
            if (m == 1) best--;
            if (spoofLeft > 0 && r.nextInt(3) == 0) best += spoofBid ? 1 : -1;
            long[] bp = new long[levels], ap = new long[levels];
            double[] bs = new double[levels], as = new double[levels];
            for (int i = 0; i < levels; i++) {
                bp[i] = best - i;
                ap[i] = best + 2 + i;
                bs[i] = 0.5 + r.nextDouble();
                as[i] = 0.5 + r.nextDouble();
            }
            if (levels > 4 && spoofLeft == 0 && r.nextInt(30) == 0) {
                spoofBid = r.nextInt(5) != 0;
                spoofPrice = spoofBid ? bp[4] : ap[4];
                spoofLeft = 3 + r.nextInt(8);
            }
            if (spoofLeft > 0) {
                spoofLeft--;
                for (int i = 0; i < levels; i++) {
                    if (spoofBid && bp[i] == spoofPrice) bs[i] = 12;
                    if (!spoofBid && ap[i] == spoofPrice) as[i] = 12;
                }
            }
            out.add(new Tick(levels).setDepth(time, levels, ap, as, bp, bs));
        }
        return out;
    }

    private static TickTape tape(List<Tick> book) {
        int n = book.size();
        long[] t = new long[n], a = new long[n], b = new long[n];
        double[] av = new double[n], bv = new double[n];
        for (int i = 0; i < n; i++) {
            Tick k = book.get(i);
            t[i] = k.timeMs();
            a[i] = k.ask();
            b[i] = k.bid();
            av[i] = k.askVolume();
            bv[i] = k.bidVolume();
        }
        return TickTape.of(EURUSD, t, a, b, av, bv);
    }

    private Path record(List<Tick> book, int levels) throws Exception {
        Path dir = files.resolve("orderflow/depth");
        Files.createDirectories(dir);
        Path f = dir.resolve(ManipulationLogic.fileName("EURUSD", T0));
        try (DepthRecorder rec = DepthRecorder.open(f, EURUSD, levels, FlushPolicy.everyRecord(), ProblemLog.failing())) {
            for (Tick t : book) rec.append(t);
        }
        return f;
    }

    private ChartEmulation chart(TickTape tape) {
        ChartEmulation chart = new ChartEmulation(tape, Instrument.EURUSD, Period.ONE_MIN, tape.size(), 25, 0);
        chart.setFilesDir(files.toFile());
        return chart;
    }

    @Test
    void marksEachBarsLastFlashAtItsPriceAsTheReferenceFinds() throws Exception {
        List<Tick> book = book(7, 10);
        record(book, 10);
        ReferenceSpoofScore ref = new ReferenceSpoofScore(SpoofSettings.defaults());
        for (Tick t : book) ref.onTick(t);
        Map<Long, double[]> expected = new HashMap<>(); // bar start -> {bid price, ask price}
        for (ReferenceSpoofScore.Flash f : ref.flashes) {
            long bar = f.time - Math.floorMod(f.time, 60_000L);
            double[] v = expected.computeIfAbsent(bar, k -> new double[] {Double.NaN, Double.NaN});
            v[f.side] = EURUSD.toPrice(f.price);
        }
        ChartEmulation chart = chart(tape(book));
        Attached a = chart.attach("ManipulationIndicator");
        chart.scroll(0); // the analysis ran in the background after the first call; the chart calls again
        int bars = 0, marked = 0, bidMarks = 0, askMarks = 0;
        for (com.dukascopy.api.IBar bar : chart.bars()) {
            long start = bar.getTime();
            if (!a.shown.containsKey(start)) continue;
            bars++;
            double[] e = expected.getOrDefault(start, new double[] {Double.NaN, Double.NaN});
            assertEquals(e[0], a.shown(start, 0), "bid flash of the bar at " + start);
            assertEquals(e[1], a.shown(start, 1), "ask flash of the bar at " + start);
            if (!Double.isNaN(e[0]) || !Double.isNaN(e[1])) marked++;
            if (!Double.isNaN(e[0])) bidMarks++;
            if (!Double.isNaN(e[1])) askMarks++;
        }
        System.out.printf("OF_MANIPULATION: %d bars shown, %d with a marker (%d bid, %d ask), %d flashes in the recording%n",
                bars, marked, bidMarks, askMarks, ref.flashes.size());
        assertEquals(20, bars);
        assertTrue(bidMarks >= 5 && askMarks >= 1, "the planted spoofs are marked");
        assertTrue(a.context.consoleLines().isEmpty(), "nothing to explain: " + a.context.consoleLines());
    }

    @Test
    void withoutARecordingItDrawsNothingAndSaysWhy() throws Exception {
        ChartEmulation chart = chart(tape(book(8, 10)));
        Attached a = chart.attach("ManipulationIndicator");
        chart.scroll(0);
        for (double[] v : a.shown.values()) {
            assertTrue(Double.isNaN(v[0]) && Double.isNaN(v[1]), "no marker without a recording");
        }
        assertEquals(1, a.context.consoleLines().size(), "said once: " + a.context.consoleLines());
        String line = a.context.consoleLines().get(0);
        assertTrue(line.startsWith("[OF_MANIPULATION] no live depth recording of EURUSD in "), line);
        assertTrue(line.contains("history and the Historical Tester carry one price level"), line);
    }

    @Test
    void aOneLevelRecordingIsNamedAsSuch() throws Exception {
        List<Tick> book = book(9, 1);
        record(book, 1);
        ChartEmulation chart = chart(tape(book));
        Attached a = chart.attach("ManipulationIndicator");
        chart.scroll(0);
        for (double[] v : a.shown.values()) assertTrue(Double.isNaN(v[0]) && Double.isNaN(v[1]));
        assertEquals(1, a.context.consoleLines().size(), a.context.consoleLines().toString());
        assertTrue(a.context.consoleLines().get(0).contains("hold one price level per tick"), a.context.consoleLines().toString());
    }

    /** OF_IMBALANCE on history (one level per tick, ITick Javadoc): an empty book-imbalance line and a note, not zeros. */
    @Test
    void theImbalanceIndicatorSaysWhenTheTickHasOneLevel() throws Exception {
        List<Tick> book = book(10, 10);
        TickTape tape = tape(book);
        ChartEmulation chart = new ChartEmulation(tape, Instrument.EURUSD, Period.ONE_MIN, tape.size() - 300, 25, 0);
        Attached a = chart.attach("TickImbalanceIndicator", 5, 1);
        chart.advanceTo(tape.size());
        for (double[] v : a.shown.values()) assertTrue(Double.isNaN(v[2]), "no book imbalance from one level");
        long notes = a.context.consoleLines().stream()
                .filter(l -> l.startsWith("[OF_IMBALANCE] the newest tick carries one price level")).count();
        assertEquals(1, notes, a.context.consoleLines().toString());
    }

    @Test
    void fileNamesAreTheRecordersOwn() {
        assertEquals("EURUSD-2024-08-09.ofd", ManipulationLogic.fileName("EURUSD", T0 + 86_399_999L));
        assertEquals("EURUSD-2024-08-10.ofd", ManipulationLogic.fileName("EURUSD", T0 + 86_400_000L));
    }
}
