/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api.indicators;

import java.awt.Color;

import com.dukascopy.api.Instrument;

/**
 * Describes an indicator output (a working bean). The deprecated int flags are compile-time constants that
 * javac inlines into callers, so their values are those of the real API.
 */
public class OutputParameterInfo {

    /** @deprecated use {@link DrawingStyle#LINE} */
    @Deprecated
    public static final int LINE = 0x00000001;
    /** @deprecated use {@link DrawingStyle#DOT_LINE} */
    @Deprecated
    public static final int DOT_LINE = 0x00000002;
    /** @deprecated use {@link DrawingStyle#DASH_LINE} */
    @Deprecated
    public static final int DASH_LINE = 0x00000004;
    /** @deprecated use {@link DrawingStyle#DOTS} */
    @Deprecated
    public static final int DOT = 0x00000008;
    /** @deprecated use {@link DrawingStyle#HISTOGRAM} */
    @Deprecated
    public static final int HISTO = 0x00000010;
    /** @deprecated use {@link DrawingStyle#PATTERN_BOOL} */
    @Deprecated
    public static final int PATTERN_BOOL = 0x00000020;
    /** @deprecated use {@link DrawingStyle#PATTERN_BULL_BEAR} */
    @Deprecated
    public static final int PATTERN_BULL_BEAR = 0x00000040;
    /** @deprecated use {@link DrawingStyle#PATTERN_STRENGTH} */
    @Deprecated
    public static final int PATTERN_STRENGTH = 0x00000080;

    /** How an output is drawn; some styles carry the old flag value, the others 0. */
    public enum DrawingStyle {
        NONE(0),
        LINE(0x00000001),
        DASH_LINE(0x00000004),
        FINE_DASHED_LINE(0),
        DOT_LINE(0x00000002),
        DASHDOT_LINE(0),
        DASHDOTDOT_LINE(0),
        LONG_AND_SHORT_DASH_LINE(0),
        LEVEL_LINE(0),
        LEVEL_DASH_LINE(0),
        LEVEL_FINE_DASHED_LINE(0),
        LEVEL_DOT_LINE(0),
        LEVEL_DASHDOT_LINE(0),
        LEVEL_DASHDOTDOT_LINE(0),
        LEVEL_LONG_AND_SHORT_DASH_LINE(0),
        DOTS(0x00000008),
        HISTOGRAM(0x00000010),
        ARROW_SYMBOL_UP(0),
        ARROW_SYMBOL_DOWN(0),
        PATTERN_BOOL(0x00000020),
        PATTERN_BULL_BEAR(0x00000040),
        PATTERN_STRENGTH(0x00000080),
        CANDLES(0);

        /** The styles drawn as (non-level) lines. */
        public static final DrawingStyle[] LINE_STYLE = {
            LINE, DASH_LINE, FINE_DASHED_LINE, DOT_LINE, DASHDOT_LINE, DASHDOTDOT_LINE, LONG_AND_SHORT_DASH_LINE
        };

        private final int flag;

        DrawingStyle(int flag) {
            this.flag = flag;
        }

        /** The first style (in declaration order) sharing a bit with the flags; NONE when none does. */
        public static DrawingStyle fromFlagValue(int flag) {
            for (DrawingStyle style : values()) {
                if ((style.flag & flag) > 0) {
                    return style;
                }
            }
            return NONE;
        }

        public int getFlagValue() {
            return flag;
        }

        public boolean isOutputAsLine() {
            for (DrawingStyle style : LINE_STYLE) {
                if (style == this) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Output array kinds: DOUBLE (NaN = none), INT (Integer.MIN_VALUE = none), OBJECT, CANDLE (IBar). */
    public enum Type {
        DOUBLE, INT, OBJECT, CANDLE
    }

    private String name;
    private Type type;
    private Instrument instrument;
    private DrawingStyle drawingStyle;
    private Color color;
    private Color color2;
    private char arrowSymbol;
    private boolean histogramTwoColor = true;
    private int shift;
    private int lineWidth;
    private boolean drawnByIndicator;
    private boolean gapAtNaN;
    private boolean showValueOnChart = true;
    private boolean showPopupInfo = true;
    private boolean showOutput = true;
    private float opacityAlpha = 1f;
    private int displayOrder = -1;

    public OutputParameterInfo() {
    }

    /** Deprecated in the real javadoc only (not annotated): prefer the DrawingStyle constructor. */
    public OutputParameterInfo(String name, Type type, int flags) {
        this.name = name;
        this.type = type;
        this.drawingStyle = DrawingStyle.fromFlagValue(flags);
    }

    public OutputParameterInfo(String name, Type type, DrawingStyle drawingStyle) {
        this(name, type, drawingStyle, true);
    }

    /** Arrow styles get a default arrow character (U+21D1 up, U+21D3 down). */
    public OutputParameterInfo(String name, Type type, DrawingStyle drawingStyle, boolean lastValueOnChart) {
        this.name = name;
        this.type = type;
        this.drawingStyle = drawingStyle;
        if (drawingStyle == DrawingStyle.ARROW_SYMBOL_UP) {
            arrowSymbol = '\u21D1';
        } else if (drawingStyle == DrawingStyle.ARROW_SYMBOL_DOWN) {
            arrowSymbol = '\u21D3';
        }
        this.showValueOnChart = lastValueOnChart;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Type getType() {
        return type;
    }

    public void setType(Type type) {
        this.type = type;
    }

    public Instrument getInstrument() {
        return instrument;
    }

    public void setInstrument(Instrument instrument) {
        this.instrument = instrument;
    }

    /** Deprecated in the real javadoc only (not annotated): prefer getDrawingStyle(). */
    public int getFlags() {
        return drawingStyle == null ? 0 : drawingStyle.getFlagValue();
    }

    /** Deprecated in the real javadoc only (not annotated): prefer setDrawingStyle(DrawingStyle). */
    public void setFlags(int flags) {
        this.drawingStyle = DrawingStyle.fromFlagValue(flags);
    }

    public DrawingStyle getDrawingStyle() {
        return drawingStyle;
    }

    public void setDrawingStyle(DrawingStyle drawingStyle) {
        this.drawingStyle = drawingStyle;
    }

    public Color getColor() {
        return color;
    }

    public void setColor(Color color) {
        this.color = color;
    }

    /** Trend-down colour; defaults to getColor(). */
    public Color getColor2() {
        if (color2 == null) {
            color2 = getColor();
        }
        return color2;
    }

    public void setColor2(Color color2) {
        this.color2 = color2;
    }

    public char getArrowSymbol() {
        return arrowSymbol;
    }

    public void setArrowSymbol(char arrowSymbol) {
        this.arrowSymbol = arrowSymbol;
    }

    public boolean isHistogramTwoColor() {
        return histogramTwoColor;
    }

    public void setHistogramTwoColor(boolean histogramTwoColor) {
        this.histogramTwoColor = histogramTwoColor;
    }

    public int getShift() {
        return shift;
    }

    public void setShift(int shift) {
        this.shift = shift;
    }

    public boolean isDrawnByIndicator() {
        return drawnByIndicator;
    }

    /** True: the indicator draws this output itself (IDrawingIndicator). */
    public void setDrawnByIndicator(boolean drawnByIndicator) {
        this.drawnByIndicator = drawnByIndicator;
    }

    public boolean isGapAtNaN() {
        return gapAtNaN;
    }

    public void setGapAtNaN(boolean gapAtNaN) {
        this.gapAtNaN = gapAtNaN;
    }

    public boolean isShowValueOnChart() {
        return showValueOnChart;
    }

    public void setShowValueOnChart(boolean showValueOnChart) {
        this.showValueOnChart = showValueOnChart;
    }

    public boolean isShowPopupInfo() {
        return showPopupInfo;
    }

    public void setShowPopupInfo(boolean showPopupInfo) {
        this.showPopupInfo = showPopupInfo;
    }

    public boolean isShowOutput() {
        return showOutput;
    }

    public void setShowOutput(boolean showOutput) {
        this.showOutput = showOutput;
    }

    public float getOpacityAlpha() {
        return opacityAlpha;
    }

    public void setOpacityAlpha(float alpha) {
        this.opacityAlpha = alpha;
    }

    public int getLineWidth() {
        return lineWidth;
    }

    public void setLineWidth(int lineWidth) {
        this.lineWidth = lineWidth;
    }

    /** -1 when not defined. */
    public int getDisplayOrder() {
        return displayOrder;
    }

    public void setDisplayOrder(int displayOrder) {
        this.displayOrder = displayOrder;
    }
}
