package io.orderflow.jforex.harness;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.GeneralPath;
import java.awt.image.BufferedImage;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.dukascopy.api.IBar;
import com.dukascopy.api.Instrument;
import com.dukascopy.api.Period;
import com.dukascopy.api.indicators.IDrawingIndicator;
import com.dukascopy.api.indicators.IIndicator;
import com.dukascopy.api.indicators.IndicatorInfo;
import com.dukascopy.api.indicators.OutputParameterInfo;

/**
 * Paints an indicator the way the chart does (test harness, headless): the candles of the chart's
 * input window, then each output from the output arrays of the indicator's last {@code calculate}
 * (an {@link ChartEmulation.Attached}) — outputs marked {@code drawnByIndicator} through the
 * indicator's own {@code IDrawingIndicator.drawOutput} with a {@link ChartDrawingSupport}, the others
 * as the chart draws their {@code DrawingStyle}: lines through the candle middles (broken at NaN
 * when {@code gapAtNaN}), histograms from zero in the output's colour (its second colour below
 * zero), dotted and dashed lines dotted and dashed, arrow styles as their arrow character at each
 * value ({@code ARROW_SYMBOL_UP}/{@code _DOWN}: "Draws arrow symbol at non NaN or no Integer.MIN_VALUE
 * values", and the character is {@code getArrowSymbol()}, by default U+21D1 up and U+21D3 down, set by
 * the {@code OutputParameterInfo(name, type, drawingStyle)} constructor — {@code OutputParameterInfo.java},
 * API 2.13.63; where in the glyph the value sits is not documented: here the middle of the glyph's
 * outline is the candle's middle and the value's y). Over-chart indicators ({@code IndicatorInfo.isOverChart})
 * draw on the price panel; the others in their own panel under it, scaled to their visible values.
 * Axes: prices at the right, times under the panels, the panel's values at its right; labels never
 * overlap each other. Not thread-safe.
 */
public final class ChartPainter {
    public static final int WIDTH = 900;
    public static final int AXIS = 70;
    public static final int TITLE = 20;
    public static final int PRICE_HEIGHT = 400;
    public static final int TIME_AXIS = 18;
    public static final int PANEL_HEIGHT = 160;
    /** Room at the top of an indicator panel for the output names (no value is drawn under them). */
    public static final int LEGEND = 16;
    public static final Color BACKGROUND = Color.WHITE;
    private static final Color GRID = new Color(236, 236, 236);
    private static final Color LABEL = new Color(90, 90, 90);
    /** Pixel size of the font arrow symbols are drawn in (bold sans serif). */
    public static final int ARROW_FONT = 12;
    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);

    /** A painted chart and the mappings it used. */
    public static final class Picture {
        public final BufferedImage image;
        /** Price panel mapping (pixels relative to {@link #priceOrigin}). */
        public final ChartDrawingSupport price;
        /** The indicator's own panel, or null for an over-chart indicator. */
        public final ChartDrawingSupport panel;
        public final Point priceOrigin;
        public final Point panelOrigin;
        /** Full-window output values (NaN before the first visible bar's margin values), per output. */
        public final double[][] values;

        Picture(BufferedImage image, ChartDrawingSupport price, ChartDrawingSupport panel, Point priceOrigin,
                Point panelOrigin, double[][] values) {
            this.image = image;
            this.price = price;
            this.panel = panel;
            this.priceOrigin = priceOrigin;
            this.panelOrigin = panelOrigin;
            this.values = values;
        }

        /** The colour at a point of the price panel. */
        public Color priceAt(int x, int y) { return new Color(image.getRGB(priceOrigin.x + x, priceOrigin.y + y)); }

        /** The colour at a point of the indicator panel. */
        public Color panelAt(int x, int y) { return new Color(image.getRGB(panelOrigin.x + x, panelOrigin.y + y)); }
    }

    private ChartPainter() {
    }

    /** The colour an output is drawn in (dark grey when the indicator sets none). */
    public static Color colour(OutputParameterInfo o) {
        return o.getColor() == null ? Color.DARK_GRAY : o.getColor();
    }

    /** The picture's height for an indicator drawn over the chart or in its own panel. */
    public static int height(boolean overChart) {
        return TITLE + PRICE_HEIGHT + TIME_AXIS + (overChart ? 0 : PANEL_HEIGHT + TIME_AXIS);
    }

    /** Paints {@code a}'s last calculate; {@code lastInProgress}: the newest bar is still forming. */
    public static Picture paint(ChartEmulation.Attached a, Instrument instrument, Period period, String title) {
        IIndicator ind = a.indicator;
        IndicatorInfo info = ind.getIndicatorInfo();
        IBar[] candles = a.window;
        int first = a.startIndex;
        int visible = candles.length - first;
        int outputs = info.getNumberOfOutputs();
        double[][] values = new double[outputs][candles.length];
        for (int k = 0; k < outputs; k++) {
            Arrays.fill(values[k], Double.NaN);
            System.arraycopy(a.outputs[k], 0, values[k], first, visible);
        }
        boolean over = info.isOverChart();
        int plotWidth = WIDTH - AXIS;
        BufferedImage img = new BufferedImage(WIDTH, height(over), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(BACKGROUND);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        Font small = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
        g.setColor(Color.BLACK);
        g.drawString(title, 6, 15);

        double[] range = ChartDrawingSupport.priceRange(candles, first, visible);
        ChartDrawingSupport price = new ChartDrawingSupport(candles, first, visible, plotWidth, PRICE_HEIGHT, range[0],
                range[1], true, instrument, period, true);
        Point priceOrigin = new Point(0, TITLE);
        g.setFont(small);
        Graphics2D p = (Graphics2D) g.create(priceOrigin.x, priceOrigin.y, plotWidth, PRICE_HEIGHT);
        List<Double> priceTicks = niceTicks(range[0], range[1], 6);
        grid(p, price, priceTicks, plotWidth);
        candles(p, price, candles, first, visible);
        ChartDrawingSupport panel = null;
        Point panelOrigin = null;
        if (over) {
            outputs(p, ind, info, values, price);
        }
        p.dispose();
        axisLabels(g, priceOrigin, price, priceTicks, plotWidth, PRICE_HEIGHT, instrument.getPipScale() + 1);
        timeLabels(g, price, candles, first, visible, TITLE + PRICE_HEIGHT);
        if (!over) {
            double lo = Double.MAX_VALUE;
            double hi = -Double.MAX_VALUE;
            for (int k = 0; k < outputs; k++) {
                OutputParameterInfo o = ind.getOutputParameterInfo(k);
                if (o.getDrawingStyle() == OutputParameterInfo.DrawingStyle.NONE) continue;
                boolean histogram = o.getDrawingStyle() == OutputParameterInfo.DrawingStyle.HISTOGRAM;
                for (int i = first; i < candles.length; i++) {
                    double v = values[k][i];
                    if (Double.isNaN(v)) continue;
                    lo = Math.min(lo, histogram ? Math.min(0, v) : v);
                    hi = Math.max(hi, histogram ? Math.max(0, v) : v);
                }
            }
            if (lo > hi) {
                lo = -1;
                hi = 1;
            }
            double room = Math.max(1e-9, (hi - lo) * 0.08);
            int legendTop = TITLE + PRICE_HEIGHT + TIME_AXIS;
            panelOrigin = new Point(0, legendTop + LEGEND);
            int h = PANEL_HEIGHT - LEGEND;
            panel = new ChartDrawingSupport(candles, first, visible, plotWidth, h, lo - room, hi + room, false,
                    instrument, period, true);
            g.setColor(new Color(200, 200, 200));
            g.drawLine(0, legendTop - 1, WIDTH, legendTop - 1);
            Graphics2D legend = (Graphics2D) g.create(0, legendTop, plotWidth, LEGEND);
            legend.setFont(small);
            legend(legend, ind, outputs);
            legend.dispose();
            Graphics2D q = (Graphics2D) g.create(panelOrigin.x, panelOrigin.y, plotWidth, h);
            q.setFont(small);
            List<Double> ticks = niceTicks(lo - room, hi + room, 4);
            grid(q, panel, ticks, plotWidth);
            outputs(q, ind, info, values, panel);
            q.dispose();
            axisLabels(g, panelOrigin, panel, ticks, plotWidth, h, -1);
            timeLabels(g, panel, candles, first, visible, panelOrigin.y + h);
        }
        g.dispose();
        return new Picture(img, price, panel, priceOrigin, panelOrigin, values);
    }

    private static void grid(Graphics2D g, ChartDrawingSupport s, List<Double> ticks, int width) {
        g.setColor(GRID);
        for (double v : ticks) {
            int y = Math.round(s.getYForValue(v));
            g.drawLine(0, y, width, y);
        }
    }

    private static void candles(Graphics2D g, ChartDrawingSupport s, IBar[] candles, int first, int visible) {
        float w = s.getCandleWidthInPixels();
        for (int i = first; i < first + visible && i < candles.length; i++) {
            IBar b = candles[i];
            boolean up = b.getClose() >= b.getOpen();
            int x = Math.round(s.getMiddleOfCandle(i));
            g.setColor(up ? new Color(170, 200, 180) : new Color(220, 180, 180));
            g.drawLine(x, Math.round(s.getYForValue(b.getHigh())), x, Math.round(s.getYForValue(b.getLow())));
            int top = Math.round(s.getYForValue(Math.max(b.getOpen(), b.getClose())));
            int bottom = Math.round(s.getYForValue(Math.min(b.getOpen(), b.getClose())));
            int bw = Math.max(1, Math.round(w));
            g.fillRect(Math.round(x - bw / 2f), top, bw, Math.max(1, bottom - top));
        }
    }

    private static void outputs(Graphics2D g, IIndicator ind, IndicatorInfo info, double[][] values, ChartDrawingSupport s) {
        for (int k = 0; k < info.getNumberOfOutputs(); k++) {
            OutputParameterInfo o = ind.getOutputParameterInfo(k);
            Color c = colour(o);
            if (o.isDrawnByIndicator()) {
                List<Shape> shapes = new ArrayList<>();
                Map<Color, List<Point>> handles = new HashMap<>();
                Graphics2D d = (Graphics2D) g.create();
                ((IDrawingIndicator) ind).drawOutput(d, k, values[k], c, new BasicStroke(1f), s, shapes, handles);
                d.dispose();
                continue;
            }
            OutputParameterInfo.DrawingStyle style = o.getDrawingStyle();
            if (style == OutputParameterInfo.DrawingStyle.NONE) continue;
            int first = s.getIndexOfFirstCandleOnScreen();
            int last = Math.min(values[k].length - 1, first + s.getNumberOfCandlesOnScreen() - 1);
            if (style == OutputParameterInfo.DrawingStyle.ARROW_SYMBOL_UP
                    || style == OutputParameterInfo.DrawingStyle.ARROW_SYMBOL_DOWN) {
                arrows(g, o, c, values[k], s, first, last);
                continue;
            }
            if (style == OutputParameterInfo.DrawingStyle.HISTOGRAM) {
                Color below = o.getColor2() == null ? c : o.getColor2();
                int zero = Math.round(s.getYForValue(0.0));
                int w = Math.max(1, Math.round(s.getCandleWidthInPixels()));
                for (int i = first; i <= last; i++) {
                    double v = values[k][i];
                    if (Double.isNaN(v)) continue;
                    int y = Math.round(s.getYForValue(v));
                    g.setColor(v >= 0 ? c : below);
                    int x = Math.round(s.getMiddleOfCandle(i) - w / 2f);
                    g.fillRect(x, Math.min(y, zero), w, Math.max(1, Math.abs(zero - y)));
                }
                continue;
            }
            Stroke stroke = style == OutputParameterInfo.DrawingStyle.DOT_LINE
                    ? new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {2f, 3f}, 0f)
                    : style == OutputParameterInfo.DrawingStyle.DASH_LINE
                    ? new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f)
                    : new BasicStroke(1.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
            Graphics2D d = (Graphics2D) g.create();
            d.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            d.setStroke(stroke);
            d.setColor(c);
            GeneralPath path = new GeneralPath();
            boolean open = false;
            for (int i = first; i <= last; i++) {
                double v = values[k][i];
                if (Double.isNaN(v)) {
                    if (o.isGapAtNaN()) open = false;
                    continue;
                }
                float x = s.getMiddleOfCandle(i);
                float y = s.getYForValue(v);
                if (open) path.lineTo(x, y);
                else path.moveTo(x, y);
                open = true;
            }
            d.draw(path);
            d.dispose();
        }
    }

    /** Font of the arrow symbols. */
    public static Font arrowFont() {
        return new Font(Font.SANS_SERIF, Font.BOLD, ARROW_FONT);
    }

    /** Height in pixels of the outline of the default up arrow (U+21D1) in {@link #arrowFont()}. */
    public static double arrowHeight() {
        java.awt.font.FontRenderContext frc = new java.awt.font.FontRenderContext(null, false, false);
        return arrowFont().createGlyphVector(frc, "\u21D1").getVisualBounds().getHeight();
    }

    /**
     * The output's arrow character, outline filled without anti-aliasing in the output's colour,
     * centred on (middle of the candle, y of the value) at every non-NaN value on screen.
     */
    private static void arrows(Graphics2D g, OutputParameterInfo o, Color c, double[] values, ChartDrawingSupport s,
                               int first, int last) {
        char symbol = o.getArrowSymbol();
        if (symbol == 0) return; // a style set after construction without a character: nothing to draw
        Font font = arrowFont();
        if (!font.canDisplay(symbol)) {
            throw new IllegalStateException("no font on this machine draws the arrow U+"
                    + Integer.toHexString(symbol).toUpperCase(java.util.Locale.ROOT) + " of output " + o.getName());
        }
        java.awt.font.GlyphVector glyph = font.createGlyphVector(g.getFontRenderContext(), String.valueOf(symbol));
        java.awt.geom.Rectangle2D box = glyph.getVisualBounds();
        Graphics2D d = (Graphics2D) g.create();
        d.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        d.setColor(c);
        for (int i = first; i <= last; i++) {
            double v = values[i];
            if (Double.isNaN(v)) continue;
            float x = s.getMiddleOfCandle(i) - (float) box.getCenterX();
            float y = s.getYForValue(v) - (float) box.getCenterY();
            d.fill(glyph.getOutline(x, y));
        }
        d.dispose();
    }

    private static void legend(Graphics2D g, IIndicator ind, int outputs) {
        FontMetrics fm = g.getFontMetrics();
        int x = 6;
        for (int k = 0; k < outputs; k++) {
            OutputParameterInfo o = ind.getOutputParameterInfo(k);
            if (o.getDrawingStyle() == OutputParameterInfo.DrawingStyle.NONE) continue;
            String name = o.getName();
            int w = fm.stringWidth(name);
            g.setColor(o.getColor() == null ? Color.DARK_GRAY : o.getColor());
            g.fillRect(x, 1 + fm.getHeight() / 2 - 3, 8, 6);
            g.setColor(LABEL);
            g.drawString(name, x + 11, 1 + fm.getAscent());
            x += w + 24;
        }
    }

    /** Labels of {@code ticks} at the right of a panel; decimals -1: as few as the step needs. */
    private static void axisLabels(Graphics2D g, Point origin, ChartDrawingSupport s, List<Double> ticks, int plotWidth,
                                   int height, int decimals) {
        g.setColor(BACKGROUND);
        g.fillRect(plotWidth, origin.y, AXIS, height);
        g.setColor(new Color(200, 200, 200));
        g.drawLine(plotWidth, origin.y, plotWidth, origin.y + height);
        FontMetrics fm = g.getFontMetrics();
        int d = decimals >= 0 ? decimals : decimalsFor(ticks);
        g.setColor(LABEL);
        for (double v : ticks) {
            int y = origin.y + Math.round(s.getYForValue(v));
            if (y - fm.getAscent() / 2 < origin.y || y + fm.getAscent() / 2 > origin.y + height) continue;
            g.drawString(String.format(java.util.Locale.ROOT, "%." + d + "f", v), plotWidth + 4, y + fm.getAscent() / 2 - 1);
        }
    }

    private static int decimalsFor(List<Double> ticks) {
        if (ticks.size() < 2) return 0;
        double step = Math.abs(ticks.get(1) - ticks.get(0));
        return Math.max(0, (int) Math.ceil(-Math.log10(step) + 1e-9));
    }

    /** Times under a panel, HH:mm UTC, at least 70 pixels apart. */
    private static void timeLabels(Graphics2D g, ChartDrawingSupport s, IBar[] candles, int first, int visible, int y) {
        FontMetrics fm = g.getFontMetrics();
        g.setColor(LABEL);
        int lastRight = Integer.MIN_VALUE;
        long step = s.getPeriod().getInterval();
        long[] steps = {1, 5, 10, 15, 30, 60, 120, 240};
        long every = step;
        for (long m : steps) {
            every = m * 60_000L;
            if (every / step * s.slot() >= 70) break;
        }
        for (int i = first; i < first + visible && i < candles.length; i++) {
            long t = candles[i].getTime();
            if (t % every != 0) continue;
            String text = HM.format(Instant.ofEpochMilli(t));
            int w = fm.stringWidth(text);
            int x = Math.round(s.getMiddleOfCandle(i) - w / 2f);
            if (x < 0 || x + w > s.getChartWidth() || x < lastRight + 8) continue;
            g.drawString(text, x, y + fm.getAscent() + 2);
            lastRight = x + w;
        }
    }

    /** About {@code count} round values (1, 2 or 5 times a power of ten apart) inside {@code [lo, hi]}. */
    public static List<Double> niceTicks(double lo, double hi, int count) {
        double raw = (hi - lo) / count;
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = raw / mag < 1.5 ? mag : raw / mag < 3 ? 2 * mag : raw / mag < 7 ? 5 * mag : 10 * mag;
        List<Double> out = new ArrayList<>();
        for (double v = Math.ceil(lo / step) * step; v <= hi + 1e-12; v += step) out.add(Math.round(v / step) * step);
        return out;
    }
}
