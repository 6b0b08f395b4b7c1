package io.orderflow.jforex.indicator;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.Shape;

import io.orderflow.flow.AggressorMethod;
import io.orderflow.flow.FootprintBar;
import io.orderflow.flow.FootprintSettings;
import io.orderflow.flow.ImbalanceZone;
import io.orderflow.flow.VolumeProxy;
import io.orderflow.market.InstrumentSpec;

/**
 * The footprint on the price chart (indicator {@code OF_FOOTPRINT}): for each bar on screen, its
 * price rows with sell x buy (or delta, or volume), diagonal imbalances coloured by side, rows of a
 * stacked imbalance marked at the column's edge, the bar's POC row outlined, and under the bars a
 * row with each bar's delta and volume. The rows are the core's {@link FootprintBar} of the bar's
 * ticks ({@link FootprintComputation}); side and volume are inferred from quotes
 * ({@link #name}).
 *
 * <p>Zoom: numbers are written only when the row is tall enough for the font and the column wide
 * enough for the widest number on screen; otherwise each row is a coloured block (heat map of
 * volume, or of delta when delta is shown), and when rows are under one pixel or columns under three
 * only the totals row is drawn ({@link #level}). A paint that runs past its budget draws the
 * remaining bars' totals only.
 *
 * <p>Output 0 is the bar's POC (middle of its row, a price, NaN until the bar is loaded or when it
 * has no tick); output 1 is drawn by {@link #draw} and holds NaN.
 *
 * <p>Threading: {@link #calculate} on the chart's indicator thread, {@link #draw} on the painting
 * thread; they share only the concurrent result cache.
 */
public final class FootprintLogic extends BarIndicatorLogic<FootprintBar> {
    /** Smallest font drawn, points. */
    static final int MIN_FONT = 8;
    /** Largest font drawn, points. */
    static final int MAX_FONT = 11;
    /** Height of the totals row when it shows the delta as a histogram (no room for numbers), pixels. */
    static final int DELTA_STRIP = 24;
    private static final Color CELL_BORDER = new Color(215, 215, 215);
    private final InstrumentSpec spec;
    private final AggressorMethod method;
    private final VolumeProxy proxy;
    private final FootprintSettings settings;
    private final FootprintStyle style;
    private volatile FootprintPaint lastPaint;
    // painting thread only: one font per size, kept (a new Font per paint defeats the glyph caches)
    private final Font[] fonts = new Font[MAX_FONT + 1];

    public FootprintLogic(InstrumentSpec spec, AggressorMethod method, VolumeProxy proxy, FootprintSettings settings,
                          FootprintStyle style, TickHistory history, AsyncBarResults.Executor executor,
                          AsyncBarResults.Progress progress, AsyncBarResults.Clock clock, long maxHistoryMs) {
        super(new FootprintComputation(method, proxy, settings), history, executor, progress, clock, maxHistoryMs);
        this.spec = spec;
        this.method = method;
        this.proxy = proxy;
        this.settings = settings;
        this.style = style;
    }

    @Override
    public int outputs() { return 2; }

    @Override
    protected void write(FootprintBar r, int j, double[][] out) {
        if (r.rowCount() > 0) out[0][j] = spec.toPrice(r.pocPrice() + settings.rowPoints() / 2.0);
    }

    /** The footprint of the bar starting at {@code startMs} as computed so far, or null. */
    public FootprintBar bar(long startMs) {
        return results.get(startMs);
    }

    public FootprintSettings settings() { return settings; }

    /** What the last {@link #draw} did (null before the first), for the status line and tests. */
    public FootprintPaint lastPaint() { return lastPaint; }

    /** The indicator's name with its inference, e.g. "Footprint (mid tick rule x tick count, rows 1 pip...)". */
    public String name() {
        return name(method, proxy, settings, spec);
    }

    public static String name(AggressorMethod method, VolumeProxy proxy, FootprintSettings s, InstrumentSpec spec) {
        return "Footprint (" + FlowChoices.provenance(method, proxy) + "; rows " + CellFormat.format(
                s.rowPoints() / spec.pipsToPoints(1)) + " pip, imbalance " + s.imbalanceRatio() + "x, min "
                + CellFormat.format(s.minImbalanceVolume()) + ", stacked " + s.stackedRows() + ")";
    }

    // ------------------------------------------------------------------ drawing

    /**
     * The level drawn for rows {@code rowPixels} high in columns {@code slotPixels} wide, when the
     * widest text on screen is {@code textWidth} pixels and a line of text {@code textHeight} high.
     */
    public static FootprintStyle.Level level(FootprintStyle.Level mostDetail, float rowPixels, float slotPixels,
                                             int textWidth, int textHeight) {
        FootprintStyle.Level fits;
        if (rowPixels >= textHeight && slotPixels >= textWidth + 4) fits = FootprintStyle.Level.NUMBERS;
        else if (rowPixels >= 1 && slotPixels >= 3) fits = FootprintStyle.Level.HEAT_MAP;
        else fits = FootprintStyle.Level.BAR_TOTALS;
        return fits.ordinal() >= mostDetail.ordinal() ? fits : mostDetail;
    }

    /** Row {@code i}'s text (or its sell and buy texts). */
    private String[] texts(FootprintBar b, int i) {
        switch (style.content) {
            case DELTA: return new String[] {CellFormat.format(b.delta(i))};
            case VOLUME: return new String[] {CellFormat.format(b.totalVolume(i))};
            default: return new String[] {CellFormat.format(b.sellVolume(i)), CellFormat.format(b.buyVolume(i))};
        }
    }

    /**
     * Draws the bars on screen (see the class comment). Bars not loaded yet and bars without ticks
     * draw nothing.
     *
     * @param text the output's colour (numbers, volume blocks)
     */
    public FootprintPaint draw(Graphics2D g, FootprintView view, Color text) {
        long t0 = System.nanoTime();
        FootprintPaint paint = new FootprintPaint();
        lastPaint = paint;
        int n = view.candleCount();
        int first = Math.max(0, view.firstVisibleIndex());
        int last = Math.min(n - 1, first + Math.max(1, view.visibleCount()) - 1);
        if (n == 0 || first > last) return paint;
        FootprintBar[] bars = new FootprintBar[last - first + 1];
        long rp = settings.rowPoints();
        double maxVolume = 0;
        double maxDelta = 0;
        long someRow = Long.MIN_VALUE;
        for (int i = first; i <= last; i++) {
            FootprintBar b = results.get(view.candleTime(i));
            if (b == null || b.rowCount() == 0) continue;
            bars[i - first] = b;
            someRow = b.pocPrice();
            for (int r = 0; r < b.rowCount(); r++) {
                maxVolume = Math.max(maxVolume, b.totalVolume(r));
                maxDelta = Math.max(maxDelta, Math.abs(b.delta(r)));
            }
        }
        if (someRow == Long.MIN_VALUE) return paint;
        float rowPixels = Math.abs(view.y(spec.toPrice(someRow + rp)) - view.y(spec.toPrice(someRow)));
        float slot = view.slotWidth();
        paint.rowPixels = rowPixels;
        Font before = g.getFont();
        Composite composite = g.getComposite();
        Shape clip = g.getClip();
        try {
            int size = Math.max(MIN_FONT, Math.min(MAX_FONT, (int) Math.floor(rowPixels) - 2));
            Font font = fonts[size];
            if (font == null) fonts[size] = font = new Font(Font.SANS_SERIF, Font.PLAIN, size);
            g.setFont(font);
            FontMetrics fm = g.getFontMetrics(font);
            int textHeight = fm.getAscent() + fm.getDescent();
            int widest = 0;
            if (style.mostDetail == FootprintStyle.Level.NUMBERS && rowPixels >= textHeight) {
                for (FootprintBar b : bars) {
                    if (b == null) continue;
                    for (int r = 0; r < b.rowCount(); r++) {
                        String[] t = texts(b, r);
                        int w = t.length == 2 ? 2 * Math.max(fm.stringWidth(t[0]), fm.stringWidth(t[1])) + 6
                                : fm.stringWidth(t[0]);
                        widest = Math.max(widest, w);
                    }
                }
            }
            FootprintStyle.Level level = level(style.mostDetail, rowPixels, slot, widest, textHeight);
            paint.level = level;
            // the totals row under the bars: two lines of text when they fit, else a delta block
            String[] totals = new String[2];
            int totalsWidest = 0;
            for (FootprintBar b : bars) {
                if (b == null) continue;
                totalsWidest = Math.max(totalsWidest, Math.max(fm.stringWidth(CellFormat.format(b.delta())),
                        fm.stringWidth(CellFormat.format(b.totalVolume()))));
            }
            boolean totalsText = slot >= totalsWidest + 4;
            int stripHeight = totalsText ? 2 * textHeight + 4 : DELTA_STRIP;
            int stripTop = view.height() - stripHeight;
            paint.totalsTop = stripTop;
            double maxBarDelta = 0;
            for (FootprintBar b : bars) if (b != null) maxBarDelta = Math.max(maxBarDelta, Math.abs(b.delta()));
            g.clipRect(0, 0, view.width(), stripTop);
            long rowsStart = System.nanoTime(); // the budget is for the rows (the text measurement above is bounded by the bars on screen)
            for (int i = first; i <= last; i++) {
                FootprintBar b = bars[i - first];
                if (b == null) continue;
                paint.bars++;
                if (level == FootprintStyle.Level.BAR_TOTALS) continue;
                if (System.nanoTime() - rowsStart > style.budgetNanos) {
                    paint.overBudget++;
                    continue;
                }
                drawRows(g, view, b, view.middle(i), slot, level, fm, text, maxVolume, maxDelta, rowPixels, stripTop, paint);
            }
            g.setClip(clip);
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.85f));
            g.setColor(new Color(245, 245, 245));
            g.fillRect(0, stripTop, view.width(), stripHeight);
            g.setComposite(AlphaComposite.SrcOver);
            for (int i = first; i <= last; i++) {
                FootprintBar b = bars[i - first];
                if (b == null) continue;
                float mid = view.middle(i);
                Color side = b.delta() >= 0 ? style.buy : style.sell;
                if (totalsText) {
                    totals[0] = CellFormat.format(b.delta());
                    totals[1] = CellFormat.format(b.totalVolume());
                    for (int k = 0; k < 2; k++) {
                        int w = fm.stringWidth(totals[k]);
                        int x = Math.round(mid - w / 2f);
                        int y = stripTop + 2 + k * textHeight;
                        g.setColor(k == 0 ? side : text);
                        g.drawString(totals[k], x, y + fm.getAscent());
                        paint.texts.add(new Rectangle(x, y, w, textHeight));
                    }
                } else {
                    // a delta histogram: up for buying, down for selling, the largest on screen full height
                    int w = Math.max(1, Math.round(slot * 0.8f));
                    int half = stripHeight / 2 - 1;
                    int bar = maxBarDelta > 0 ? Math.max(1, (int) Math.round(half * Math.abs(b.delta()) / maxBarDelta)) : 1;
                    int base = stripTop + stripHeight / 2;
                    g.setColor(side);
                    g.fillRect(Math.round(mid - w / 2f), b.delta() >= 0 ? base - bar : base, w, bar);
                }
            }
        } finally {
            g.setClip(clip);
            g.setFont(before);
            g.setComposite(composite);
        }
        paint.nanos = System.nanoTime() - t0;
        return paint;
    }

    private void drawRows(Graphics2D g, FootprintView view, FootprintBar b, float mid, float slot,
                          FootprintStyle.Level level, FontMetrics fm, Color text, double maxVolume, double maxDelta,
                          float rowPixels, int rowsBottom, FootprintPaint paint) {
        long rp = settings.rowPoints();
        int left = Math.round(mid - slot / 2f) + 1;
        int width = Math.max(1, Math.round(slot) - 2);
        int half = width / 2;
        int[] stacked = stackedRows(b);
        int pocTop = 0;
        int pocHeight = 0;
        for (int r = 0; r < b.rowCount(); r++) {
            long low = b.rowPrice(r);
            int top = Math.round(Math.min(view.y(spec.toPrice(low + rp)), view.y(spec.toPrice(low))));
            int bottom = Math.round(Math.max(view.y(spec.toPrice(low + rp)), view.y(spec.toPrice(low))));
            int h = Math.max(1, bottom - top);
            if (r == b.pocIndex()) {
                pocTop = top;
                pocHeight = h;
            }
            paint.cells++;
            // a cell of the column: light enough to read numbers over the candle behind it
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.75f));
            g.setColor(Color.WHITE);
            g.fillRect(left, top, width, h);
            g.setComposite(AlphaComposite.SrcOver);
            if (level == FootprintStyle.Level.NUMBERS) {
                g.setColor(CELL_BORDER);
                g.drawRect(left, top, width - 1, h - 1);
            }
            if (level == FootprintStyle.Level.HEAT_MAP) {
                if (style.content == FootprintStyle.Content.DELTA) {
                    double d = b.delta(r);
                    g.setComposite(alpha(maxDelta > 0 ? Math.abs(d) / maxDelta : 0));
                    g.setColor(d >= 0 ? style.buy : style.sell);
                } else {
                    g.setComposite(alpha(maxVolume > 0 ? b.totalVolume(r) / maxVolume : 0));
                    g.setColor(text);
                }
                g.fillRect(left, top, width, h);
                g.setComposite(AlphaComposite.SrcOver);
                if (width >= 6) {
                    // imbalances as the side's half in full colour
                    if (b.isSellImbalance(r)) {
                        g.setColor(style.sell);
                        g.fillRect(left, top, Math.max(1, width / 4), h);
                    }
                    if (b.isBuyImbalance(r)) {
                        g.setColor(style.buy);
                        g.fillRect(left + width - Math.max(1, width / 4), top, Math.max(1, width / 4), h);
                    }
                }
            } else {
                String[] t = texts(b, r);
                int baseline = top + (h + fm.getAscent() - fm.getDescent()) / 2;
                int textTop = baseline - fm.getAscent();
                int textHeight = fm.getAscent() + fm.getDescent();
                if (b.isSellImbalance(r)) tint(g, style.sell, left, top, half, h);
                if (b.isBuyImbalance(r)) tint(g, style.buy, left + half, top, width - half, h);
                if (textTop < 0 || textTop + textHeight > rowsBottom) {
                    // the number would be cut by the chart's top or the totals row: the cell stays without it
                    paint.unlabelled++;
                } else if (t.length == 2) {
                    int ws = fm.stringWidth(t[0]);
                    int xs = Math.round(mid) - 3 - ws;
                    g.setColor(b.isSellImbalance(r) ? style.sell.darker() : text);
                    g.drawString(t[0], xs, baseline);
                    paint.texts.add(new Rectangle(xs, textTop, ws, textHeight));
                    int wb = fm.stringWidth(t[1]);
                    int xb = Math.round(mid) + 3;
                    g.setColor(b.isBuyImbalance(r) ? style.buy.darker() : text);
                    g.drawString(t[1], xb, baseline);
                    paint.texts.add(new Rectangle(xb, textTop, wb, textHeight));
                } else {
                    double v = style.content == FootprintStyle.Content.DELTA ? b.delta(r) : b.totalVolume(r);
                    int w = fm.stringWidth(t[0]);
                    int x = Math.round(mid - w / 2f);
                    g.setColor(style.content == FootprintStyle.Content.DELTA ? (v >= 0 ? style.buy.darker()
                            : style.sell.darker()) : text);
                    g.drawString(t[0], x, baseline);
                    paint.texts.add(new Rectangle(x, textTop, w, textHeight));
                }
            }
            if (stacked[r] != 0) {
                // a stacked imbalance: a bar at the column's edge on the dominant side
                g.setColor(stacked[r] > 0 ? style.buy : style.sell);
                int w = Math.max(1, Math.min(3, width / 8));
                g.fillRect(stacked[r] > 0 ? left + width - w : left, top, w, h);
            }
        }
        if (pocHeight >= 3 || (pocHeight >= 1 && level == FootprintStyle.Level.NUMBERS)) {
            g.setColor(style.poc);
            g.drawRect(left, pocTop, width - 1, pocHeight - 1);
        }
    }

    /**
     * Per row of {@code b}: +1 inside a stacked buy-imbalance zone it formed (support), -1 inside a
     * stacked sell-imbalance zone (resistance), 0 otherwise.
     */
    static int[] stackedRows(FootprintBar b) {
        int[] s = new int[b.rowCount()];
        for (int z = 0; z < b.zoneCount(); z++) {
            ImbalanceZone zone = b.zone(z);
            for (int r = 0; r < b.rowCount(); r++) {
                long p = b.rowPrice(r);
                if (p >= zone.lowPrice() && p < zone.highEdge()) s[r] = zone.kind();
            }
        }
        return s;
    }

    private static AlphaComposite alpha(double share) {
        return AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) (0.12 + 0.78 * Math.max(0, Math.min(1, share))));
    }

    private static void tint(Graphics2D g, Color c, int x, int y, int w, int h) {
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.25f));
        g.setColor(c);
        g.fillRect(x, y, w, h);
        g.setComposite(AlphaComposite.SrcOver);
    }
}
