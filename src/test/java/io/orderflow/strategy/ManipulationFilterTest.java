package io.orderflow.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.orderflow.book.ReferenceSpoofScore;
import io.orderflow.book.SpoofSettings;
import io.orderflow.execution.TradeSide;
import io.orderflow.market.Bar;
import io.orderflow.market.Tick;
import io.orderflow.strategy.config.StrategyConfig;
import io.orderflow.strategy.readings.OrderFlowSnapshot;
import io.orderflow.strategy.readings.ProjectOrderFlowSource;
import io.orderflow.strategy.setup.Checks;
import io.orderflow.strategy.setup.ManipulationCheck;
import io.orderflow.strategy.setup.TrendSetup;
import io.orderflow.testing.SpoofedBook;

/**
 * The manipulation filter: the readings carry each side's score at the bar close (equal to the slow
 * reference of the evidence after the bar's last tick), and a signal on the side whose pressure the
 * evidence says is faked fails the check spoofed-book, only with the filter on, and never on one level.
 */
class ManipulationFilterTest {
    private static final long T0 = 1_723_161_600_000L;
    private static final long MIN = 60_000;

    private static StrategyConfig config(boolean filter) {
        return StrategyConfig.builder().set("manipulation.filter", filter).set("bars.periodSeconds", 60).build();
    }

    /** Closes 1-minute bars over {@code ticks}; returns the snapshots and, per bar, the reference scores. */
    private static List<double[]> run(ProjectOrderFlowSource source, List<Tick> ticks, List<ReferenceSpoofScore> refOut) {
        ReferenceSpoofScore ref = new ReferenceSpoofScore(SpoofSettings.defaults());
        refOut.add(ref);
        List<double[]> bars = new ArrayList<>();
        OrderFlowSnapshot out = new OrderFlowSnapshot();
        long barStart = ticks.get(0).timeMs() - Math.floorMod(ticks.get(0).timeMs(), MIN);
        Tick last = null;
        for (Tick t : ticks) {
            if (t.timeMs() >= barStart + MIN) {
                source.onBar(bar(barStart, last), out);
                bars.add(new double[] {out.spoofBid, out.spoofAsk, out.depthLevels, ref.score(0), ref.score(1)});
                barStart = t.timeMs() - Math.floorMod(t.timeMs(), MIN);
            }
            source.onTick(t);
            if (t.levels() > 1) ref.onTick(t);
            last = t;
        }
        return bars;
    }

    private static Bar bar(long start, Tick close) {
        return new Bar(start, start + MIN, close.bid(), close.bid(), close.bid(), close.bid(), close.ask(), close.ask(),
                close.ask(), close.ask(), 1, 1, 1);
    }

    @Test
    void theReadingsCarryTheScoresOfTheReferenceAtEachBarClose() {
        List<Tick> book = SpoofedBook.generate(3, T0, 14_400, 250, 10); // an hour
        List<ReferenceSpoofScore> refs = new ArrayList<>();
        List<double[]> on = run(new ProjectOrderFlowSource(config(true)), book, refs);
        int high = 0;
        for (int i = 0; i < on.size(); i++) {
            double[] b = on.get(i);
            assertEquals(b[3], b[0], 1e-9, "bid score at the close of bar " + i);
            assertEquals(b[4], b[1], 1e-9, "ask score at the close of bar " + i);
            assertEquals(10, (int) b[2], "depth levels of bar " + i);
            if (Math.max(b[0], b[1]) >= 0.5) high++;
        }
        assertTrue(high >= 5, "the planted spoofing phases reach the default threshold: " + high + " bars");

        List<double[]> off = run(new ProjectOrderFlowSource(config(false)), book, new ArrayList<>());
        for (double[] b : off) assertTrue(b[0] == 0 && b[1] == 0, "no evidence computed with the filter off");

        List<double[]> level1 = run(new ProjectOrderFlowSource(config(true)), SpoofedBook.generate(3, T0, 14_400, 250, 1),
                new ArrayList<>());
        for (double[] b : level1) assertTrue(b[0] == 0 && b[1] == 0 && b[2] == 1, "one level: no evidence");
        System.out.printf("manipulation readings: %d bars, %d with a side's score >= 0.5%n", on.size(), high);
    }

    @Test
    void theCheckFailsOnTheSideWhosePressureLooksFakedOnlyWithTheFilterOn() {
        OrderFlowSnapshot f = new OrderFlowSnapshot();
        f.ready = true;
        f.deltaZ = 5;
        f.ofiZ = 5;
        f.cumDeltaSlope = 1;
        f.spoofBid = 0.6;
        f.spoofAsk = 0.49;
        f.depthLevels = 10;
        StrategyConfig on = StrategyConfig.builder().set("manipulation.filter", true)
                .set("trend.confirm.valueSide", "NONE").set("trend.confirm.divergenceFilter", false).build();
        assertEquals(Checks.SPOOFED_BOOK, new ManipulationCheck(on).failed(TradeSide.LONG, f));
        assertEquals(0, new ManipulationCheck(on).failed(TradeSide.SHORT, f), "0.49 < 0.5 on the ask");
        assertEquals(0, new ManipulationCheck(config(false)).failed(TradeSide.LONG, f), "off by default");
        assertEquals(Checks.SPOOFED_BOOK, new TrendSetup(on).failedChecks(TradeSide.LONG, f, 0, Double.NaN),
                "otherwise confirmed: the evidence alone disputes the long");
        f.spoofAsk = 0.5;
        f.deltaZ = -5;
        f.ofiZ = -5;
        f.cumDeltaSlope = -1;
        assertEquals(Checks.SPOOFED_BOOK, new TrendSetup(on).failedChecks(TradeSide.SHORT, f, 0, Double.NaN),
                "the threshold is inclusive");
        assertEquals("spoofed-book", Checks.describe(Checks.SPOOFED_BOOK));
        StrategyConfig strict = StrategyConfig.builder().set("manipulation.filter", true).set("manipulation.maxScore", 0.7)
                .build();
        f.spoofBid = 0.69;
        assertEquals(0, new ManipulationCheck(strict).failed(TradeSide.LONG, f));
    }
}
