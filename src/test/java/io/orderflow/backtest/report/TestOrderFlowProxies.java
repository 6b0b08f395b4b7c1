package io.orderflow.backtest.report;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import io.orderflow.backtest.ReplayObserver;
import io.orderflow.market.Bar;
import io.orderflow.market.InstrumentSpec;
import io.orderflow.market.Tick;

/**
 * Simple stand-ins for the analytics, computed here from the replayed ticks so the report can be
 * tested before the real calculators exist: a tick-rule delta (up-ticks minus down-ticks of the mid
 * per bar), its running sum, a profile of up/down-tick counts per price row of the bid, and a
 * footprint of the same counts per bar and row.
 */
final class TestOrderFlowProxies implements ReplayObserver {
    final InstrumentSpec spec;
    final long rowPoints;
    final List<Long> barStarts = new ArrayList<>();
    final List<Double> delta = new ArrayList<>();
    /** row price (points) -> {up, down} over the whole run. */
    final TreeMap<Long, long[]> profile = new TreeMap<>();
    /** per bar: row -> {up, down}. */
    final List<TreeMap<Long, long[]>> footprint = new ArrayList<>();
    private TreeMap<Long, long[]> current = new TreeMap<>();
    private long lastMid2 = -1;
    private int barDelta;

    TestOrderFlowProxies(InstrumentSpec spec, long rowPoints) {
        this.spec = spec;
        this.rowPoints = rowPoints;
    }

    @Override
    public void onTick(Tick t) {
        long mid2 = t.ask() + t.bid();
        int dir = lastMid2 < 0 || mid2 == lastMid2 ? 0 : mid2 > lastMid2 ? 1 : -1;
        lastMid2 = mid2;
        if (dir == 0) return;
        barDelta += dir;
        long row = Math.floorDiv(t.bid(), rowPoints) * rowPoints;
        profile.computeIfAbsent(row, k -> new long[2])[dir > 0 ? 0 : 1]++;
        current.computeIfAbsent(row, k -> new long[2])[dir > 0 ? 0 : 1]++;
    }

    @Override
    public void onBar(Bar bar) {
        barStarts.add(bar.startMs());
        delta.add((double) barDelta);
        footprint.add(current);
        current = new TreeMap<>();
        barDelta = 0;
    }

    /** Index of the row of greatest total, and the value area (70 %) grown from it towards the larger neighbour. */
    long[] pocAndValueArea() {
        List<Long> rows = new ArrayList<>(profile.keySet());
        long[] totals = new long[rows.size()];
        long all = 0;
        int poc = 0;
        for (int i = 0; i < rows.size(); i++) {
            long[] v = profile.get(rows.get(i));
            totals[i] = v[0] + v[1];
            all += totals[i];
            if (totals[i] > totals[poc]) poc = i;
        }
        int lo = poc, hi = poc;
        long inside = totals[poc];
        while (inside < 0.7 * all) {
            long below = lo > 0 ? totals[lo - 1] : -1;
            long above = hi < rows.size() - 1 ? totals[hi + 1] : -1;
            if (above >= below) inside += totals[++hi]; else inside += totals[--lo];
        }
        return new long[] {rows.get(poc), rows.get(hi), rows.get(lo)};
    }

    /** Fills the model's panes, profile and a footprint of bars [from, to). */
    void fill(ReportModel m, int from, int to) {
        double[] d = new double[m.bars.size()];
        double[] cum = new double[m.bars.size()];
        java.util.Arrays.fill(d, Double.NaN);
        java.util.Arrays.fill(cum, Double.NaN);
        double sum = 0;
        for (int i = 0; i < m.bars.size() && i < delta.size(); i++) {
            if (barStarts.get(i) != m.bars.get(i).time) throw new IllegalStateException("bars out of step at " + i);
            d[i] = delta.get(i);
            sum += d[i];
            cum[i] = sum;
        }
        m.panes.add(new ReportModel.SeriesPane("Delta", "test proxy: up-ticks minus down-ticks of the mid per bar")
                .add(new ReportModel.Series("delta", ReportModel.Style.HISTOGRAM, null, d)));
        m.panes.add(new ReportModel.SeriesPane("Cumulative delta", "running sum of the delta proxy")
                .add(new ReportModel.Series("cumulative delta", ReportModel.Style.LINE, null, cum)));
        long[] pva = pocAndValueArea();
        ReportModel.VolumeProfileView p = new ReportModel.VolumeProfileView("Tick profile (whole run)",
                "test proxy: up/down-tick counts per " + rowPoints + "-point row of the bid", spec.toPrice(rowPoints),
                spec.toPrice(pva[0]), spec.toPrice(pva[1]), spec.toPrice(pva[2]));
        profile.forEach((row, v) -> p.rows.add(new ReportModel.ProfileRow(spec.toPrice(row), v[0], v[1])));
        m.profile = p;
        ReportModel.FootprintView f = new ReportModel.FootprintView("Footprint", "test proxy: up × down ticks per row and bar",
                spec.toPrice(rowPoints));
        for (int i = from; i < to; i++) {
            long start = barStarts.get(i);
            f.barTimes.add(start);
            footprint.get(i).forEach((row, v) -> f.cells.add(new ReportModel.FootprintCell(start, spec.toPrice(row), v[0], v[1])));
        }
        m.footprint = f;
    }
}
