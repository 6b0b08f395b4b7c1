/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api.indicators;

import java.awt.Color;
import java.io.Serializable;

import com.dukascopy.api.indicators.OutputParameterInfo.DrawingStyle;

/** A horizontal level of an indicator (a working bean). Defaults: DASH_LINE, gray, width 1, alpha 1. */
public class LevelInfo implements Comparable<LevelInfo>, Serializable, Cloneable {

    private static final long serialVersionUID = 1L;

    private String label;
    private double value;
    private DrawingStyle drawingStyle = DrawingStyle.DASH_LINE;
    private Color color = Color.GRAY;
    private float opacityAlpha = 1f;
    private int lineWidth = 1;

    public LevelInfo() {
    }

    public LevelInfo(double value) {
        this.value = value;
    }

    public LevelInfo(String label, double value, DrawingStyle drawingStyle, Color color, int width, float alpha) {
        this.label = label;
        this.value = value;
        this.drawingStyle = drawingStyle;
        this.color = color;
        this.lineWidth = width;
        this.opacityAlpha = alpha;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public double getValue() {
        return value;
    }

    public void setValue(double value) {
        this.value = value;
    }

    public DrawingStyle getDrawingStyle() {
        return drawingStyle;
    }

    public void setDrawingStyle(DrawingStyle drawingStyle) {
        this.drawingStyle = drawingStyle;
    }

    /** Gray when unset. */
    public Color getColor() {
        return color == null ? Color.GRAY : color;
    }

    public void setColor(Color color) {
        this.color = color;
    }

    /** Clamped to [0, 1]. */
    public float getOpacityAlpha() {
        return Math.max(0f, Math.min(1f, opacityAlpha));
    }

    public void setOpacityAlpha(float opacityAlpha) {
        this.opacityAlpha = opacityAlpha;
    }

    public int getLineWidth() {
        return lineWidth;
    }

    public void setLineWidth(int lineWidth) {
        this.lineWidth = lineWidth;
    }

    /** By value. */
    @Override
    public int compareTo(LevelInfo other) {
        return other == null ? 1 : Double.compare(value, other.value);
    }

    @Override
    public LevelInfo clone() {
        try {
            return (LevelInfo) super.clone();
        } catch (CloneNotSupportedException impossible) {
            throw new AssertionError(impossible);
        }
    }
}
