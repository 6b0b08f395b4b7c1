/*
 * Test-only facade of the real JForex API (see /work/shared/docs/jforex-api.md); signatures are facts, never packaged.
 */
package com.dukascopy.api.indicators;

import java.awt.Color;
import java.awt.Graphics;
import java.awt.Point;
import java.awt.Shape;
import java.awt.Stroke;
import java.util.List;
import java.util.Map;

/** Draws outputs marked drawnByIndicator. Implemented by us: complete, the Point/Stroke form (jforex-api.md 2.1). */
public interface IDrawingIndicator {

    /** Returns the last drawn point (for the last-value marker) or null. */
    Point drawOutput(Graphics g, int outputIdx, Object values, Color color, Stroke stroke,
            IIndicatorDrawingSupport indicatorDrawingSupport, List<Shape> shapes, Map<Color, List<Point>> handles);
}
