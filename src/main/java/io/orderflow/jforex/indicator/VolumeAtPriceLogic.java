package io.orderflow.jforex.indicator;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.orderflow.flow.AggressorMethod;
import io.orderflow.flow.VolumeProxy;
import io.orderflow.market.InstrumentSpec;
import io.orderflow.market.SessionAnchor;
import io.orderflow.profile.ValueArea;
import io.orderflow.profile.ValueAreaMethod;

/**
 * Volume at price on the price chart (indicator {@code OF_VAP}): a histogram of volume per price row
 * for the session of the last bar on screen, or for the bars on screen, with its point of control
 * (POC), value area high and low (VAH, VAL) and the stacked-imbalance support and resistance zones
 * still unbroken. Volume is the chosen proxy of each quote tick, placed at the aggressor side's
 * price (ask for a buy, bid for a sell, as the footprint does).
 *
 * <p>Outputs (lines, prices as decimals): 0 the developing session POC (middle of its row), 1 VAH
 * (top of the value area's highest row), 2 VAL (bottom of its lowest row) — as of each bar's close,
 * with the bars of the session so far; NaN until every bar of the session is loaded. Output 3 is
 * drawn by the indicator ({@link #draw}).
 *
 * <p>Sessions count whole bars: a bar belongs to the session in which it starts.
 */
public final class VolumeAtPriceLogic extends BarIndicatorLogic<VapBar> {
    /** What the drawn histogram covers. */
    public enum Mode {
        /** The trading session (FX day or UTC day) of the last bar on screen. */
        SESSION,
        /** The bars on screen. */
        VISIBLE_RANGE
    }

    private final InstrumentSpec spec;
    private final long rowPoints;
    private final SessionAnchor anchor;
    private final double valueAreaShare;
    private final Mode mode;
    private final boolean showZones;
    private final double widthShare;
    private volatile long periodMs;
    // chart thread only: the newest session's final bars summed, and the developing lines of final bars
    private final PriceProfile work;
    private final PriceProfile prefix;
    private long prefixSession = Long.MIN_VALUE;
    private long prefixLast = Long.MIN_VALUE;
    private final java.util.Map<Long, double[]> lines = new java.util.HashMap<>();

    public VolumeAtPriceLogic(InstrumentSpec spec, AggressorMethod method, VolumeProxy proxy, long rowPoints,
                              double imbalanceRatio, int stackedRows, SessionAnchor anchor, double valueAreaShare,
                              Mode mode, boolean showZones, double widthShare, TickHistory history,
                              AsyncBarResults.Executor executor, AsyncBarResults.Progress progress,
                              AsyncBarResults.Clock clock, long maxHistoryMs) {
        super(new VapComputation(method, proxy, rowPoints, imbalanceRatio, stackedRows), history, executor, progress,
                clock, maxHistoryMs);
        this.spec = spec;
        this.rowPoints = rowPoints;
        this.anchor = anchor;
        this.valueAreaShare = valueAreaShare;
        this.mode = mode;
        this.showZones = showZones;
        this.widthShare = widthShare;
        this.work = new PriceProfile(rowPoints);
        this.prefix = new PriceProfile(rowPoints);
    }

    @Override
    public int outputs() { return 4; }

    @Override
    protected void write(VapBar r, int j, double[][] outputs) {
        // the developing values need the whole session: see calculate
    }

    /**
     * Fills the developing session POC, VAH and VAL for the chart bars {@code from..to}. The bars of
     * the session before {@code from} are taken from the clock (every period-aligned bar from the
     * session start, {@link #sessionBarsBefore}), not from the chart's arrays, which cover only the
     * visible window and a margin.
     */
    @Override
    public int calculate(long[] starts, int count, long periodMs, int from, int to, double[][] outputs) {
        int n = to - from + 1;
        for (double[] o : outputs) Arrays.fill(o, 0, Math.min(o.length, Math.max(0, n)), Double.NaN);
        if (n <= 0) return 0;
        this.periodMs = periodMs;
        // the chart's margin (bars before from) is looked up too, so it is loaded before it scrolls into view
        long[] before = sessionBarsBefore(starts[0], periodMs);
        int first = before.length;
        int m = first + to + 1;
        long[] s = new long[m];
        System.arraycopy(before, 0, s, 0, first);
        System.arraycopy(starts, 0, s, first, to + 1);
        from = first + from; // index of the first output bar in s
        long[] e = new long[m];
        BarTimes.ends(s, m, to + 1 < count ? starts[to + 1] : -1, periodMs, e);
        Object[] r = new Object[m];
        int missing = results.lookup(s, e, m, r);
        long lastSession = anchor.sessionStart(s[m - 1]);
        // the newest session's final bars are summed once (prefix) and their lines kept: per call
        // only the bars after the prefix are added and only lines not known yet are computed
        boolean usePrefix = prefixSession == lastSession;
        for (int k = Math.max(0, from); usePrefix && k < m && s[k] <= prefixLast; k++) {
            if (s[k] >= lastSession && !lines.containsKey(s[k])) usePrefix = false; // scrolled back: recompute
        }
        if (!usePrefix && prefixSession != lastSession) {
            prefix.clear();
            prefixSession = lastSession;
            prefixLast = Long.MIN_VALUE;
        }
        boolean extend = usePrefix || prefixLast == Long.MIN_VALUE;
        long current = Long.MIN_VALUE;
        long nextSession = Long.MIN_VALUE;
        boolean complete = true;
        boolean allFinal = true;
        for (int k = 0; k < m; k++) {
            if (current == Long.MIN_VALUE || s[k] >= nextSession) {
                current = anchor.sessionStart(s[k]);
                nextSession = anchor.nextSessionStart(s[k]);
                work.clear();
                complete = true;
                allFinal = true;
            }
            boolean newest = current == lastSession;
            boolean inPrefix = newest && usePrefix && s[k] <= prefixLast;
            boolean fin = r[k] != null && results.isFinal(s[k], e[k]);
            if (r[k] == null) complete = false;
            allFinal &= fin;
            if (inPrefix) {
                if (k + 1 == m || s[k + 1] > prefixLast) work.copyFrom(prefix);
            } else {
                if (r[k] != null) work.add((VapBar) r[k]);
                if (newest && extend && allFinal && s[k] > prefixLast) {
                    prefix.add((VapBar) r[k]);
                    prefixLast = s[k];
                } else if (newest) {
                    extend = false;
                }
            }
            int j = k - from;
            if (j < 0 || !complete) continue;
            double[] known = allFinal ? lines.get(s[k]) : null;
            if (known == null) {
                if (work.isEmpty()) continue;
                ValueArea va = work.valueArea(valueAreaShare, ValueAreaMethod.ONE_ROW);
                known = new double[] {spec.toPrice(va.pocPrice() + rowPoints / 2.0), spec.toPrice(va.highEdge()),
                        spec.toPrice(va.lowPrice())};
                if (allFinal) {
                    if (lines.size() > AsyncBarResults.MAX_CACHED_BARS) lines.clear();
                    lines.put(s[k], known);
                }
            }
            outputs[0][j] = known[0];
            outputs[1][j] = known[1];
            outputs[2][j] = known[2];
        }
        return missing;
    }

    /**
     * The start times of the bars of {@code barStartMs}'s session that start before it: every
     * multiple of the period (UTC-aligned, as JForex's time bars) from the first one at or after the
     * session start. None for periods of a day or more (the bar is the session).
     */
    long[] sessionBarsBefore(long barStartMs, long periodMs) {
        if (periodMs <= 0 || periodMs >= 86_400_000L) return new long[0];
        long session = anchor.sessionStart(barStartMs);
        long t = session - Math.floorMod(session, periodMs);
        if (t < session) t += periodMs;
        int k = (int) Math.max(0, (barStartMs - t + periodMs - 1) / periodMs);
        long[] out = new long[k];
        for (int i = 0; i < k; i++) out[i] = t + i * periodMs;
        return out;
    }

    // ------------------------------------------------------------------ drawing

    /** Colours of the drawing (the output's colour is the histogram's). */
    static final Color POC = new Color(230, 120, 0);
    static final Color SUPPORT = new Color(0, 150, 70);
    static final Color RESISTANCE = new Color(200, 40, 40);

    /** The bars the histogram covers now: chart indices {@code [first, last]}. */
    int[] profileRange(ChartView view) {
        int n = view.candleCount();
        if (n == 0) return null;
        int last = Math.min(n - 1, view.firstVisibleIndex() + Math.max(1, view.visibleCount()) - 1);
        int first;
        if (mode == Mode.VISIBLE_RANGE) {
            first = Math.max(0, view.firstVisibleIndex());
        } else {
            long session = anchor.sessionStart(view.candleTime(last));
            first = last;
            while (first > 0 && anchor.sessionStart(view.candleTime(first - 1)) == session) first--;
        }
        return first <= last ? new int[] {first, last} : null;
    }

    /** The summed profile of the chart bars {@code first..last} (bars not loaded yet are left out). */
    PriceProfile profile(ChartView view, int first, int last) {
        PriceProfile p = new PriceProfile(rowPoints);
        long period = periodMs;
        if (mode == Mode.SESSION && period > 0) {
            // the session's bars from the clock: the chart's candles may start inside the session
            for (long t : sessionBarsBefore(view.candleTime(last), period)) {
                VapBar b = results.get(t);
                if (b != null) p.add(b);
            }
            first = last;
        }
        for (int i = first; i <= last; i++) {
            VapBar b = results.get(view.candleTime(i));
            if (b != null) p.add(b);
        }
        return p;
    }

    /**
     * Stacked-imbalance zones formed by the chart bars up to {@code last} that no later bar up to
     * {@code last} traded through (below a support's low, at or above a resistance's top), as
     * {kind, low, high edge, formation time}.
     */
    List<long[]> aliveZones(ChartView view, int last) {
        List<long[]> out = new ArrayList<>();
        long laterLow = Long.MAX_VALUE;
        long laterHigh = Long.MIN_VALUE;
        for (int i = last; i >= 0; i--) {
            VapBar b = results.get(view.candleTime(i));
            if (b == null) continue;
            for (int z = 0; z < b.zoneCount(); z++) {
                boolean broken = b.zoneKind(z) > 0 ? laterLow < b.zoneLow(z) : laterHigh >= b.zoneHighEdge(z);
                if (!broken) out.add(new long[] {b.zoneKind(z), b.zoneLow(z), b.zoneHighEdge(z), b.startMs()});
            }
            if (b.events() > 0) {
                laterLow = Math.min(laterLow, b.low());
                laterHigh = Math.max(laterHigh, b.high());
            }
        }
        return out;
    }

    /**
     * Draws the histogram at the right edge of the chart ({@code widthShare} of its width for the
     * largest row), the value area darker, the POC row highlighted with VAH/VAL lines, and the live
     * zones as translucent bands from the bar that formed them. Nothing is drawn while no bar of the
     * range is loaded.
     *
     * @return the number of rows drawn
     */
    public int draw(Graphics2D g, ChartView view, Color color) {
        int[] range = profileRange(view);
        if (range == null) return 0;
        Composite before = g.getComposite();
        try {
            if (showZones) {
                for (long[] z : aliveZones(view, range[1])) {
                    float y1 = view.y(spec.toPrice(z[2]));
                    float y2 = view.y(spec.toPrice(z[1]));
                    int x = Math.max(0, view.x(z[3]));
                    g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.18f));
                    g.setColor(z[0] > 0 ? SUPPORT : RESISTANCE);
                    g.fillRect(x, Math.round(Math.min(y1, y2)), Math.max(1, view.width() - x),
                            Math.max(1, Math.round(Math.abs(y2 - y1))));
                }
            }
            PriceProfile p = profile(view, range[0], range[1]);
            if (p.isEmpty()) return 0;
            ValueArea va = p.valueArea(valueAreaShare, ValueAreaMethod.ONE_ROW);
            double max = p.maxVolume();
            int maxWidth = Math.max(10, (int) (view.width() * widthShare));
            int right = view.width();
            for (int i = 0; i < p.rows(); i++) {
                double v = p.volume(i);
                if (v <= 0) continue;
                long low = p.rowPrice(i);
                float yTop = view.y(spec.toPrice(low + rowPoints));
                float yBottom = view.y(spec.toPrice(low));
                int h = Math.max(1, Math.round(Math.abs(yBottom - yTop)) - 1);
                int w = Math.max(1, (int) Math.round(maxWidth * v / max));
                boolean inValueArea = low >= va.lowPrice() && low <= va.highPrice();
                g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, inValueArea ? 0.75f : 0.35f));
                g.setColor(low == va.pocPrice() ? POC : color);
                g.fillRect(right - w, Math.round(Math.min(yTop, yBottom)), w, h);
            }
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.9f));
            g.setColor(POC);
            int yPoc = Math.round(view.y(spec.toPrice(va.pocPrice() + rowPoints / 2.0)));
            g.drawLine(right - maxWidth, yPoc, right - 1, yPoc);
            g.setColor(color);
            int yVah = Math.round(view.y(spec.toPrice(va.highEdge())));
            int yVal = Math.round(view.y(spec.toPrice(va.lowPrice())));
            g.drawLine(right - maxWidth, yVah, right - 1, yVah);
            g.drawLine(right - maxWidth, yVal, right - 1, yVal);
            return p.rows();
        } finally {
            g.setComposite(before);
        }
    }

    public Mode mode() { return mode; }

    public long rowPoints() { return rowPoints; }
}
