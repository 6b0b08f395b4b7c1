package io.orderflow.backtest.report;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import io.orderflow.backtest.ReplayObserver;
import io.orderflow.flow.FootprintBar;
import io.orderflow.market.Bar;
import io.orderflow.market.BarClock;
import io.orderflow.market.InstrumentSpec;
import io.orderflow.market.Tick;
import io.orderflow.profile.ValueArea;
import io.orderflow.profile.ValueAreaMethod;
import io.orderflow.profile.VolumeProfile;

/**
 * Fills a backtest report's order-flow parts from the project's calculators ({@link OrderFlowBars}),
 * as a {@link ReplayObserver} of the run: per bar of the replay (aligned one to one with the
 * report's price bars) the delta, the cumulative delta and the OFI; the composite volume profile of
 * the whole run with its POC and value area; and the footprint of one range of bars:
 * <ul>
 * <li>a range given to the constructor (bars overlapping it, at most {@value #MAX_FOOTPRINT_BARS});</li>
 * <li>otherwise the hour around the last trade entry ({@link #markTrade}: 30 minutes each side), or,
 * without trades, the busiest clock hour (most ticks).</li>
 * </ul>
 * Memory: a few numbers per bar (like the report's bars) plus the footprints of the last hour; per
 * tick O(1) without allocation. Single-threaded (the replay thread; {@link #markTrade} from the
 * strategy's callbacks on it).
 */
public final class OrderFlowReport implements ReplayObserver {
    /** Most bars a footprint shows. */
    public static final int MAX_FOOTPRINT_BARS = 600;
    private static final long HOUR_MS = 3_600_000L;

    private final InstrumentSpec spec;
    private final OrderFlowBars bars;
    private final long footprintFrom;
    private final long footprintTo;

    private final DoubleList delta = new DoubleList();
    private final DoubleList cumulative = new DoubleList();
    private final DoubleList ofi = new DoubleList();
    private final DoubleList imbalance = new DoubleList();

    // footprint selection
    private final List<FootprintBar> chosen = new ArrayList<>();
    private final ArrayDeque<FootprintBar> recent = new ArrayDeque<>();
    private List<FootprintBar> window;
    private String windowNote = "";
    private long pendingFrom = Long.MIN_VALUE;
    private long pendingTo;
    private String pendingNote;
    private boolean pendingIsTrade;
    private boolean tradeWindowTaken;
    private long hourStart = Long.MIN_VALUE;
    private long hourTicks;
    private long bestHourTicks;
    private long ticks;

    /**
     * @param spec     the instrument (prices, decimals)
     * @param settings the calculators' settings
     * @param clock    the replay's bar clock (e.g. {@code BarClock.fixed(300_000)} for 5-minute bars),
     *                 or null for bars that are not time bars
     * @param footprintFromMs start of the footprint range, or {@code Long.MIN_VALUE} for the automatic choice
     * @param footprintToMs   end (exclusive) of the footprint range
     */
    public OrderFlowReport(InstrumentSpec spec, OrderFlowBars.Settings settings, BarClock clock, long footprintFromMs,
                           long footprintToMs) {
        this.spec = spec;
        this.bars = new OrderFlowBars(settings, clock);
        this.footprintFrom = footprintFromMs;
        this.footprintTo = footprintToMs;
    }

    /** Automatic footprint range. */
    public OrderFlowReport(InstrumentSpec spec, OrderFlowBars.Settings settings, BarClock clock) {
        this(spec, settings, clock, Long.MIN_VALUE, Long.MIN_VALUE);
    }

    /** The calculators. */
    public OrderFlowBars bars() { return bars; }

    @Override
    public void onTick(Tick tick) {
        long t = tick.timeMs();
        long h = Math.floorDiv(t, HOUR_MS) * HOUR_MS;
        if (h != hourStart) {
            hourEnded();
            hourStart = h;
            hourTicks = 0;
        }
        hourTicks++;
        ticks++;
        bars.onTick(tick);
    }

    /** An entry filled: {@link #markTrade} at the fill's time. */
    @Override
    public void onFilled(String label, long timeMs, long pricePoints, double amount) {
        markTrade(timeMs);
    }

    /** A trade was entered at {@code timeMs}: the automatic footprint shows the hour around the last one. */
    public void markTrade(long timeMs) {
        if (footprintFrom != Long.MIN_VALUE) return;
        pending(timeMs - HOUR_MS / 2, timeMs + HOUR_MS / 2, "the hour around the last trade entry ("
                + hhmm(timeMs) + " UTC)", true);
    }

    private void hourEnded() {
        if (hourStart == Long.MIN_VALUE || footprintFrom != Long.MIN_VALUE || tradeWindowTaken
                || (pendingIsTrade && pendingFrom != Long.MIN_VALUE)) {
            return;
        }
        if (hourTicks > bestHourTicks) {
            bestHourTicks = hourTicks;
            pending(hourStart, hourStart + HOUR_MS, "the busiest hour (" + String.format(java.util.Locale.ROOT,
                    "%,d", hourTicks) + " ticks; no trade)", false);
        }
    }

    private void pending(long from, long to, String note, boolean trade) {
        pendingFrom = from;
        pendingTo = to;
        pendingNote = note;
        pendingIsTrade = trade;
    }

    @Override
    public void onBar(Bar bar) {
        OrderFlowBars.Row row = bars.closeBar(bar.endMs());
        delta.add(row.delta);
        cumulative.add(row.cumulativeDelta);
        ofi.add(row.ofi);
        imbalance.add(row.imbalanceMean);
        FootprintBar f = row.footprint;
        if (f == null) return;
        if (footprintFrom != Long.MIN_VALUE) {
            if (f.startMs() < footprintTo && f.endMs() > footprintFrom && chosen.size() < MAX_FOOTPRINT_BARS) chosen.add(f);
            return;
        }
        recent.addLast(f);
        while (recent.size() > MAX_FOOTPRINT_BARS
                || (recent.size() > 1 && recent.peekFirst().endMs() <= f.startMs() - 2 * HOUR_MS)) {
            recent.removeFirst();
        }
        if (pendingFrom != Long.MIN_VALUE && f.endMs() >= pendingTo) takeWindow();
    }

    private void takeWindow() {
        List<FootprintBar> w = new ArrayList<>();
        for (Iterator<FootprintBar> it = recent.iterator(); it.hasNext(); ) {
            FootprintBar f = it.next();
            if (f.startMs() < pendingTo && f.endMs() > pendingFrom) w.add(f);
        }
        if (!w.isEmpty()) {
            window = w;
            windowNote = pendingNote;
            if (pendingIsTrade) tradeWindowTaken = true;
        }
        pendingFrom = Long.MIN_VALUE;
    }

    @Override
    public void onEnd() {
        if (footprintFrom == Long.MIN_VALUE) {
            hourEnded();
            if (pendingFrom != Long.MIN_VALUE) takeWindow();
        }
    }

    /** Values per bar, aligned with the replay's bars. */
    public double[] delta() { return delta.toArray(); }

    public double[] cumulativeDelta() { return cumulative.toArray(); }

    public double[] ofi() { return ofi.toArray(); }

    public double[] imbalanceMean() { return imbalance.toArray(); }

    /** The footprint bars chosen (explicit range, last trade's hour or busiest hour). */
    public List<FootprintBar> footprintBars() {
        return footprintFrom != Long.MIN_VALUE ? chosen : window == null ? new ArrayList<FootprintBar>() : window;
    }

    /**
     * Adds the delta, cumulative-delta and OFI panes, the volume profile and the footprint to
     * {@code m}, whose bars must be the replay's bars.
     *
     * @throws IllegalStateException when the model's bars do not match the bars observed
     */
    public void fill(ReportModel m) {
        if (m.bars.size() != delta.size()) {
            throw new IllegalStateException("the report has " + m.bars.size() + " bars but " + delta.size()
                    + " were observed");
        }
        String how = bars.deltaProvenance();
        OrderFlowBars.Settings s = bars.settings();
        String reset = s.deltaReset().resets() ? "resets at each " + s.deltaReset() + " session start" : "never resets";
        m.panes.add(new ReportModel.SeriesPane("Delta per bar (buy − sell)", how + "; Dukascopy FX has no trades, so "
                + "the aggressor side is inferred from quote changes: an estimate, not traded volume")
                .add(new ReportModel.Series("delta", ReportModel.Style.HISTOGRAM, null, delta())));
        m.panes.add(new ReportModel.SeriesPane("Cumulative delta", how + "; " + reset)
                .add(new ReportModel.Series("cumulative delta", ReportModel.Style.LINE, null, cumulativeDelta())));
        m.panes.add(new ReportModel.SeriesPane("Order-flow imbalance (OFI) per bar",
                "Cont-Kukanov-Stoikov OFI of the best bid and ask and their quoted sizes, summed over the bar "
                        + "(millions of base currency)")
                .add(new ReportModel.Series("OFI", ReportModel.Style.HISTOGRAM, null, ofi())));

        VolumeProfile p = bars.compositeProfile();
        if (!p.isEmpty()) {
            ValueArea va = p.valueArea(s.valueAreaShare(), ValueAreaMethod.ONE_ROW);
            double rowPrice = spec.toPrice(s.rowPoints());
            ReportModel.VolumeProfileView vp = new ReportModel.VolumeProfileView("Volume profile, whole run (POC "
                    + price(va.pocPrice()) + ", value area " + price(va.lowPrice()) + "–" + price(va.highEdge()) + ")",
                    how + "; rows of " + s.rowPoints() + " points labelled by their lower edge; value area "
                    + Math.round(100 * s.valueAreaShare()) + " % grown one row at a time from the POC",
                    rowPrice, spec.toPrice(va.pocPrice()), spec.toPrice(va.highPrice()), spec.toPrice(va.lowPrice()));
            for (long r = p.lowPrice(); r <= p.highPrice(); r += s.rowPoints()) {
                double buy = p.buyVolumeAt(r);
                double sell = p.sellVolumeAt(r);
                if (p.volumeAt(r) > 0) vp.rows.add(new ReportModel.ProfileRow(spec.toPrice(r), buy, sell));
            }
            m.profile = vp;
        }

        List<FootprintBar> fps = footprintBars();
        if (!fps.isEmpty()) {
            long from = fps.get(0).startMs();
            long to = fps.get(fps.size() - 1).endMs();
            String which = footprintFrom != Long.MIN_VALUE ? "the chosen range" : windowNote;
            ReportModel.FootprintView fp = new ReportModel.FootprintView("Footprint " + Instant.ofEpochMilli(from).toString()
                    .replace("T", " ").replace(":00Z", "") + " – " + hhmm(to) + " UTC: " + which,
                    how + "; volume per row of " + s.rowPoints() + " points (lower edge shown), sell × buy",
                    spec.toPrice(s.rowPoints()));
            for (FootprintBar f : fps) {
                fp.barTimes.add(f.startMs());
                for (int i = 0; i < f.rowCount(); i++) {
                    if (f.totalVolume(i) > 0) {
                        fp.cells.add(new ReportModel.FootprintCell(f.startMs(), spec.toPrice(f.rowPrice(i)),
                                f.buyVolume(i), f.sellVolume(i)));
                    }
                }
            }
            m.footprint = fp;
        }
    }

    private String price(long points) {
        return java.math.BigDecimal.valueOf(points, spec.pointScale()).toPlainString();
    }

    private static String hhmm(long ms) {
        return Instant.ofEpochMilli(ms).toString().substring(11, 16);
    }

    /** A growable array of doubles. */
    private static final class DoubleList {
        private double[] a = new double[1024];
        private int n;

        void add(double v) {
            if (n == a.length) a = java.util.Arrays.copyOf(a, n * 2);
            a[n++] = v;
        }

        int size() { return n; }

        double[] toArray() { return java.util.Arrays.copyOf(a, n); }
    }
}
