package io.orderflow.bench;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import io.orderflow.market.TickColumns;
import io.orderflow.data.DirectoryBi5Source;
import io.orderflow.data.DukascopyTickStream;
import io.orderflow.data.ProblemLog;
import io.orderflow.flow.AggressorMethod;
import io.orderflow.flow.FootprintSettings;
import io.orderflow.flow.VolumeProxy;
import io.orderflow.jforex.indicator.AsyncBarResults;
import io.orderflow.jforex.indicator.FootprintLogic;
import io.orderflow.jforex.indicator.FootprintStyle;
import io.orderflow.jforex.indicator.FootprintView;
import io.orderflow.jforex.indicator.TickHistory;
import io.orderflow.jforex.indicator.VolumeAtPriceLogic;
import io.orderflow.market.InstrumentSpec;
import io.orderflow.market.Instruments;
import io.orderflow.market.SessionAnchor;
import io.orderflow.market.Tick;
import io.orderflow.testing.TestData;

/**
 * One paint of the footprint indicator ({@code FootprintLogic.draw}, what {@code drawOutput} does)
 * on real EURUSD minute bars of 2019-02-05 08:00–14:00 UTC, at the three zooms of the README's
 * pictures (16, 60 and 360 bars on an 830 x 400 pixel price panel, the visible bars' range with 5 %
 * room). Compared in the same run with {@code clear} (filling the panel: the floor of any paint) and
 * {@code volumeAtPrice} (the volume-at-price indicator's paint of the same view, the other drawing
 * indicator). The bars' footprints are computed once in the setup. Scores: µs per paint.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FootprintDrawBenchmark {
    static final int WIDTH = 830;
    static final int HEIGHT = 400;

    @Param({"16", "60", "360"})
    public int visible;

    private long[] starts;
    private double[] highs;
    private double[] lows;
    private FootprintLogic footprint;
    private VolumeAtPriceLogic vap;
    private FootprintView view;
    private BufferedImage image;
    private Graphics2D g;

    @Setup(Level.Trial)
    public void load() throws Exception {
        Path root = TestData.root().resolve("dukascopy/bi5");
        if (!Files.exists(root)) throw new IllegalStateException("real data not found at " + root + " (set ORDERFLOW_DATA)");
        InstrumentSpec spec = Instruments.of("EURUSD");
        long from = Instant.parse("2019-02-05T06:00:00Z").toEpochMilli();
        long end = Instant.parse("2019-02-05T14:00:00Z").toEpochMilli();
        final TickColumns ticks = new TickColumns();
        try (DukascopyTickStream s = new DukascopyTickStream(new DirectoryBi5Source(root), spec, from, end,
                ProblemLog.failing())) {
            Tick t = new Tick(1);
            while (s.next(t)) ticks.add(t);
        }
        List<Long> st = new ArrayList<>();
        List<double[]> hl = new ArrayList<>();
        Tick t = new Tick(1);
        for (int i = 0; i < ticks.size(); i++) {
            ticks.load(i, t);
            if (t.timeMs() < end - 360 * 60_000L) continue;
            long m = t.timeMs() - Math.floorMod(t.timeMs(), 60_000L);
            double bid = spec.toPrice(t.bid());
            if (st.isEmpty() || st.get(st.size() - 1) != m) {
                st.add(m);
                hl.add(new double[] {bid, bid});
            }
            double[] x = hl.get(hl.size() - 1);
            x[0] = Math.max(x[0], bid);
            x[1] = Math.min(x[1], bid);
        }
        int n = st.size();
        starts = new long[n];
        highs = new double[n];
        lows = new double[n];
        for (int i = 0; i < n; i++) {
            starts[i] = st.get(i);
            highs[i] = hl.get(i)[0];
            lows[i] = hl.get(i)[1];
        }
        final long last = ticks.timeMs(ticks.size() - 1);
        TickHistory history = new TickHistory() {
            @Override
            public void ticks(long a, long b, TickColumns into) {
                Tick x = new Tick(1);
                for (int i = 0; i < ticks.size(); i++) {
                    long tm = ticks.timeMs(i);
                    if (tm >= a && tm <= b) into.add(ticks.load(i, x));
                }
            }

            @Override
            public long lastTickTime() { return last; }
        };
        footprint = new FootprintLogic(spec, AggressorMethod.MID_TICK_RULE, VolumeProxy.TICK_COUNT, FootprintSettings.rows(10),
                new FootprintStyle(FootprintStyle.Content.SELL_BUY, FootprintStyle.Level.NUMBERS, new Color(0, 150, 70),
                        new Color(200, 40, 40), new Color(230, 120, 0), FootprintStyle.DEFAULT_BUDGET_MS),
                history, job -> {
                    FutureTask<Void> f = new FutureTask<>(job);
                    f.run();
                    return f;
                }, null, AsyncBarResults.SYSTEM_CLOCK, 2 * 86_400_000L);
        footprint.setSynchronous(true);
        footprint.calculate(starts, n, 60_000, 0, n - 1, new double[2][n]);
        if (footprint.calculate(starts, n, 60_000, 0, n - 1, new double[2][n]) != 0) throw new IllegalStateException("not all bars");
        vap = new VolumeAtPriceLogic(spec, AggressorMethod.MID_TICK_RULE, VolumeProxy.TICK_COUNT, 10, 3.0, 3,
                SessionAnchor.UTC_MIDNIGHT, 0.7, VolumeAtPriceLogic.Mode.VISIBLE_RANGE, true, 0.25, history, job -> {
                    FutureTask<Void> f = new FutureTask<>(job);
                    f.run();
                    return f;
                }, null, AsyncBarResults.SYSTEM_CLOCK, 2 * 86_400_000L);
        vap.setSynchronous(true);
        vap.calculate(starts, n, 60_000, 0, n - 1, new double[4][n]);
        image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        final int first = n - visible;
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        for (int i = first; i < n; i++) {
            lo = Math.min(lo, lows[i]);
            hi = Math.max(hi, highs[i]);
        }
        final double room = (hi - lo) * 0.05;
        final double min = lo - room;
        final double max = hi + room;
        final float slot = (float) WIDTH / visible;
        view = new FootprintView() {
            @Override
            public int candleCount() { return starts.length; }

            @Override
            public long candleTime(int index) { return starts[index]; }

            @Override
            public int firstVisibleIndex() { return first; }

            @Override
            public int visibleCount() { return visible; }

            @Override
            public float y(double price) { return (float) ((max - price) / (max - min) * HEIGHT); }

            @Override
            public int x(long timeMs) { return Math.round((timeMs - starts[first]) / 60_000f * slot); }

            @Override
            public int width() { return WIDTH; }

            @Override
            public int height() { return HEIGHT; }

            @Override
            public float middle(int index) { return (index - first + 0.5f) * slot; }

            @Override
            public float slotWidth() { return slot; }
        };
    }

    @TearDown(Level.Trial)
    public void done() {
        g.dispose();
    }

    @Benchmark
    public int clear() {
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        return image.getRGB(1, 1);
    }

    @Benchmark
    public int footprint() {
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        return footprint.draw(g, view, Color.DARK_GRAY).cells();
    }

    @Benchmark
    public int volumeAtPrice() {
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        return vap.draw(g, view, new Color(90, 110, 160));
    }
}
