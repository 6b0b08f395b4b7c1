package io.orderflow.book;

import java.util.ArrayList;
import java.util.List;

import io.orderflow.market.Tick;

/**
 * Slow reference of {@link DepthBars}, from the definitions: imbalance and multi-level OFI written
 * out per update, depth events from {@link ReferenceDepthEventsTest#reference}, the evidence from
 * {@link ReferenceSpoofScore}. Each bar is a row of numbers in the column order of the
 * {@code depth} command's CSV (after {@code bar_start}); see {@link #COLUMNS}.
 */
public final class ReferenceDepthBars {
    public static final String[] COLUMNS = {"updates", "imbalance", "robust_imbalance", "ofi", "added_bid", "added_ask",
            "pulled_bid", "pulled_ask", "consumed_bid", "consumed_ask", "flashes_bid", "flashes_ask", "score_bid",
            "score_ask", "max_score", "flash_side", "flash_time", "flash_price", "flash_level", "flash_size_multiple",
            "flash_life_ms", "flash_drift_points"};
    /** Columns compared exactly (counts, sides, times, prices, levels); the others with a tolerance. */
    static final boolean[] EXACT = {true, false, false, false, false, false, false, false, false, false, true, true,
            false, false, false, true, true, true, true, false, true, false};

    /** One bar: its start, ms UTC, and the numbers of {@link #COLUMNS} (side: 0 none, 1 bid, 2 ask; NaN where empty). */
    public static final class Row {
        public final long startMs;
        public final double[] v;

        public Row(long startMs, double[] v) {
            this.startMs = startMs;
            this.v = v;
        }
    }

    private final long periodMs;
    private final int levels;
    private final ReferenceSpoofScore spoof;
    private long[][] prevP;
    private double[][] prevS;
    final List<Row> rows = new ArrayList<>();
    private long barStart = Long.MIN_VALUE;
    private double[] cur;

    public ReferenceDepthBars(long periodMs, int levels, SpoofSettings settings) {
        this.periodMs = periodMs;
        this.levels = levels;
        this.spoof = new ReferenceSpoofScore(settings);
    }

    public void onTick(Tick t) {
        long start = Math.floorDiv(t.timeMs(), periodMs) * periodMs;
        if (cur == null || start > barStart) {
            if (cur != null) rows.add(new Row(barStart, cur));
            barStart = start;
            cur = new double[COLUMNS.length];
            for (int i = 16; i < COLUMNS.length; i++) cur[i] = Double.NaN;
        }
        spoof.onTick(t);
        int n = Math.min(levels, t.levels());
        double b = 0, a = 0;
        for (int i = 0; i < n; i++) {
            b += t.bidVolume(i);
            a += t.askVolume(i);
        }
        // multi-level OFI: Cont-Kukanov-Stoikov e_n at each of the best N levels, a missing level
        // being a bid at minus infinity / an ask at plus infinity with no size
        long[][] p = new long[2][levels];
        double[][] q = new double[2][levels];
        for (int m = 0; m < levels; m++) {
            p[0][m] = m < t.levels() ? t.bidPrice(m) : Long.MIN_VALUE;
            p[1][m] = m < t.levels() ? t.askPrice(m) : Long.MAX_VALUE;
            q[0][m] = m < t.levels() ? t.bidVolume(m) : 0;
            q[1][m] = m < t.levels() ? t.askVolume(m) : 0;
        }
        double ofi = 0;
        if (prevP != null) {
            for (int m = 0; m < levels; m++) {
                double e = 0;
                if (p[0][m] >= prevP[0][m]) e += q[0][m];
                if (p[0][m] <= prevP[0][m]) e -= prevS[0][m];
                if (p[1][m] <= prevP[1][m]) e -= q[1][m];
                if (p[1][m] >= prevP[1][m]) e += prevS[1][m];
                ofi += e;
            }
        }
        prevP = p;
        prevS = q;

        double[] r = cur;
        r[0]++;
        r[1] = b + a > 0 ? (b - a) / (b + a) : 0;
        r[2] = spoof.robustImbalance();
        r[3] += ofi;
        for (int s = 0; s < 2; s++) {
            r[4 + s] += spoof.lastEvents[s][0];
            r[6 + s] += spoof.lastEvents[s][1];
            r[8 + s] += spoof.lastEvents[s][2];
        }
        for (ReferenceSpoofScore.Flash f : spoof.lastUpdateFlashes) {
            r[10 + f.side]++;
            r[15] = f.side + 1;
            r[16] = f.time;
            r[17] = f.price;
            r[18] = f.level;
            r[19] = f.multiple;
            r[20] = f.life;
            r[21] = f.drift;
        }
        r[12] = spoof.score(0);
        r[13] = spoof.score(1);
        r[14] = Math.max(r[14], Math.max(r[12], r[13]));
    }

    /** Closes the bar in progress. */
    public List<Row> finish() {
        if (cur != null) rows.add(new Row(barStart, cur));
        cur = null;
        return rows;
    }

    /** The same numbers read from a {@link DepthBar}. */
    static Row of(DepthBar bar) {
        double[] v = new double[COLUMNS.length];
        v[0] = bar.updates();
        v[1] = bar.imbalance();
        v[2] = bar.robustImbalance();
        v[3] = bar.ofi();
        io.orderflow.market.OfferSide[] sides = {io.orderflow.market.OfferSide.BID, io.orderflow.market.OfferSide.ASK};
        for (int s = 0; s < 2; s++) {
            v[4 + s] = bar.added(sides[s]);
            v[6 + s] = bar.pulled(sides[s]);
            v[8 + s] = bar.consumed(sides[s]);
            v[10 + s] = bar.flashes(sides[s]);
            v[12 + s] = bar.score(sides[s]);
        }
        v[14] = bar.maxScore();
        if (bar.flashSide() == null) {
            v[15] = 0;
            for (int i = 16; i < v.length; i++) v[i] = Double.NaN;
        } else {
            v[15] = bar.flashSide() == io.orderflow.market.OfferSide.BID ? 1 : 2;
            v[16] = bar.flashTimeMs();
            v[17] = bar.flashPricePoints();
            v[18] = bar.flashLevel();
            v[19] = bar.flashSizeMultiple();
            v[20] = bar.flashLifeMs();
            v[21] = bar.flashDriftPoints();
        }
        return new Row(bar.startMs(), v);
    }

    /** Null if equal within tolerance, else what differs. */
    public static String compare(Row expected, Row actual) {
        if (expected.startMs != actual.startMs) return "bar start " + expected.startMs + " vs " + actual.startMs;
        for (int i = 0; i < COLUMNS.length; i++) {
            double e = expected.v[i], a = actual.v[i];
            boolean bothNaN = Double.isNaN(e) && Double.isNaN(a);
            if (bothNaN) continue;
            boolean ok = EXACT[i] ? e == a : Math.abs(e - a) <= 1e-9 * Math.max(1, Math.abs(e));
            if (!ok) return COLUMNS[i] + ": reference " + e + ", got " + a;
        }
        return null;
    }
}
