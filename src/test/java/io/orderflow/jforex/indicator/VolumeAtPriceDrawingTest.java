package io.orderflow.jforex.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.FutureTask;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.orderflow.backtest.testing.Ticks;
import io.orderflow.flow.AggressorMethod;
import io.orderflow.flow.DeltaReset;
import io.orderflow.flow.FlowBar;
import io.orderflow.flow.FootprintSettings;
import io.orderflow.flow.ImbalanceZone;
import io.orderflow.flow.TradeFlow;
import io.orderflow.flow.VolumeProxy;
import io.orderflow.jforex.harness.TickTape;
import io.orderflow.market.BarClock;
import io.orderflow.market.InstrumentSpec;
import io.orderflow.market.SessionAnchor;
import io.orderflow.market.Tick;
import io.orderflow.profile.ValueArea;
import io.orderflow.profile.ValueAreaMethod;

/**
 * The volume-at-price drawing on real EURUSD ticks: the zones it draws are exactly the core's live
 * stacked-imbalance zones, and the histogram is painted where the core's session profile puts its
 * POC and value area.
 */
class VolumeAtPriceDrawingTest {
    private static TickTape tape;
    private static long[] starts;

    @BeforeAll
    static void load() throws Exception {
        tape = TickTape.load(Ticks.eurusdTwoDays());
        List<Long> s = new ArrayList<>();
        for (int i = 0; i < tape.size(); i++) {
            long m = tape.time(i) - Math.floorMod(tape.time(i), 60_000L);
            if (s.isEmpty() || s.get(s.size() - 1) != m) s.add(m);
        }
        starts = s.stream().mapToLong(Long::longValue).toArray();
    }

    /** The logic with a synchronous executor over the tape (the background work is not under test here). */
    static VolumeAtPriceLogic logic(VolumeAtPriceLogic.Mode mode) {
        return logic(mode, 3.0, 3);
    }

    static VolumeAtPriceLogic logic(VolumeAtPriceLogic.Mode mode, double ratio, int stacked) {
        InstrumentSpec spec = tape.spec();
        TickHistory history = new TickHistory() {
            @Override
            public void ticks(long from, long to, io.orderflow.market.TickColumns into) {
                Tick t = new Tick(1);
                for (int i = tape.indexAtOrAfter(from); i < tape.size() && tape.time(i) <= to; i++) into.add(tape.tick(i, t));
            }

            @Override
            public long lastTickTime() {
                return tape.time(tape.size() - 1);
            }
        };
        VolumeAtPriceLogic l = new VolumeAtPriceLogic(spec, AggressorMethod.MID_TICK_RULE, VolumeProxy.TICK_COUNT, 10, ratio, stacked,
                SessionAnchor.FX_NEW_YORK, 0.70, mode, true, 0.25, history, job -> {
                    FutureTask<Void> f = new FutureTask<>(job);
                    f.run();
                    return f;
                }, null, AsyncBarResults.SYSTEM_CLOCK, 60 * 86_400_000L);
        l.setSynchronous(true); // the drawing is under test, not the loading
        double[][] out = new double[4][starts.length];
        l.calculate(starts, starts.length, 60_000, 0, starts.length - 1, out);
        assertEquals(0, l.calculate(starts, starts.length, 60_000, 0, starts.length - 1, out), "all bars computed");
        return l;
    }

    static ChartView view(int first, int count, double low, double high) {
        return new ChartView() {
            @Override
            public int candleCount() { return starts.length; }

            @Override
            public long candleTime(int index) { return starts[index]; }

            @Override
            public int firstVisibleIndex() { return first; }

            @Override
            public int visibleCount() { return count; }

            @Override
            public float y(double price) { return (float) ((high - price) / (high - low) * 600); }

            @Override
            public int x(long timeMs) { return (int) ((timeMs - starts[first]) / 60_000L * 800 / count); }

            @Override
            public int width() { return 800; }

            @Override
            public int height() { return 600; }
        };
    }

    @Test
    void theZonesDrawnAreTheCoresLiveStackedImbalanceZonesAtEveryHour() {
        // a lenient setting so that two days form zones (ratio 1.5, two stacked rows)
        VolumeAtPriceLogic l = logic(VolumeAtPriceLogic.Mode.SESSION, 1.5, 2);
        TradeFlow core = TradeFlow.forQuotes(AggressorMethod.MID_TICK_RULE, VolumeProxy.TICK_COUNT, 10)
                .deltaReset(DeltaReset.NEVER).sessionProfile(null)
                .footprint(FootprintSettings.rows(10).withImbalanceRatio(1.5).withStackedRows(2)).zoneCapacity(100_000)
                .timeBars(BarClock.fixed(60_000), b -> { }).build();
        Tick t = new Tick(1);
        int i = 0;
        int compared = 0;
        int withZones = 0;
        ChartView v = view(0, starts.length, 1.13, 1.15);
        for (int bar = 59; bar < starts.length; bar += 60) {
            long end = starts[bar] + 60_000;
            for (; i < tape.size() && tape.time(i) < end; i++) core.onTick(tape.tick(i, t));
            core.flush(); // close the bar at its end, without a tick of the next bar
            Set<String> expected = new HashSet<>();
            for (ImbalanceZone z : core.zones().alive()) {
                if (z.createdMs() <= end) expected.add(z.kind() + ":" + z.lowPrice() + ":" + z.highEdge());
            }
            Set<String> drawn = new HashSet<>();
            for (long[] z : l.aliveZones(v, bar)) drawn.add(z[0] + ":" + z[1] + ":" + z[2]);
            assertEquals(expected, drawn, "alive zones after bar " + bar);
            compared++;
            if (!expected.isEmpty()) withZones++;
        }
        assertTrue(compared > 40);
        assertTrue(withZones > compared / 2, "zones formed at some hours: " + withZones + " of " + compared
                + " (broken " + core.zones().broken() + ")");
    }

    @Test
    void theHistogramIsPaintedAtTheSessionProfilesPocAndValueArea() {
        VolumeAtPriceLogic l = logic(VolumeAtPriceLogic.Mode.SESSION);
        int first = starts.length - 240;
        // the core's session profile at the last bar
        TradeFlow core = TradeFlow.forQuotes(AggressorMethod.MID_TICK_RULE, VolumeProxy.TICK_COUNT, 10)
                .deltaReset(DeltaReset.NEVER).sessionProfile(SessionAnchor.FX_NEW_YORK)
                .valueArea(0.70, ValueAreaMethod.ONE_ROW).timeBars(BarClock.fixed(60_000), b -> { }).build();
        Tick t = new Tick(1);
        for (int i = 0; i < tape.size(); i++) core.onTick(tape.tick(i, t));
        ValueArea va = core.profile().valueArea();
        InstrumentSpec spec = tape.spec();
        double low = spec.toPrice(core.profile().profile().lowPrice()) - 0.0005;
        double high = spec.toPrice(core.profile().profile().highPrice()) + 0.0005;
        ChartView v = view(first, 240, low, high);

        BufferedImage img = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 800, 600);
        int rows = l.draw(g, v, new Color(90, 110, 160));
        g.dispose();
        assertEquals(core.profile().profile().rowCount(), rows, "one row per occupied profile row");

        int yPocRow = Math.round(v.y(spec.toPrice(va.pocPrice() + 5.0)));
        int poc = img.getRGB(795, yPocRow + 1);
        Color c = new Color(poc);
        assertTrue(c.getRed() > c.getBlue() + 60, "the POC row is orange at the right edge: " + c);
        int widestX = 800 - (int) (800 * 0.25) + 2;
        assertNotEquals(Color.WHITE.getRGB(), img.getRGB(widestX, yPocRow + 1), "the POC row is the widest");
        int yAbove = Math.round(v.y(spec.toPrice(va.highEdge()))) - 15;
        int yInside = Math.round(v.y(spec.toPrice((va.highEdge() + va.lowPrice()) / 2.0)));
        assertTrue(yAbove > 0);
        assertNotEquals(Color.WHITE.getRGB(), img.getRGB(799, yInside), "rows inside the value area are painted");
    }

    @Test
    void barTimesEndAtTheNextBarOrThePeriod() {
        long[] s = {0, 60_000, 300_000};
        long[] e = new long[3];
        BarTimes.ends(s, 3, -1, 60_000, e);
        assertEquals(60_000, e[0]);
        assertEquals(120_000, e[1], "a gap after the bar is not counted into it");
        assertEquals(360_000, e[2], "the last bar lasts one period");
        long day = 86_400_000L;
        long[] d = {0, day + 3_600_000L};
        long[] de = new long[2];
        BarTimes.ends(d, 2, -1, day, de);
        assertEquals(day + 3_600_000L, de[0], "daily bars end at the next one (23 or 25 hours at DST changes)");
    }
}
