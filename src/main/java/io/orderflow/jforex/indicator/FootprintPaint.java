package io.orderflow.jforex.indicator;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;

/**
 * What one footprint paint did (for the status line and tests): the level chosen, the bars and
 * cells drawn, the bars left at totals because the budget was spent, the text boxes written and
 * the paint's wall time. Built per paint on the painting thread.
 */
public final class FootprintPaint {
    FootprintStyle.Level level = FootprintStyle.Level.BAR_TOTALS;
    int bars;
    int cells;
    int overBudget;
    int unlabelled;
    long nanos;
    float rowPixels;
    int totalsTop = -1;
    final List<Rectangle> texts = new ArrayList<Rectangle>();

    public FootprintStyle.Level level() { return level; }

    /** Bars with at least one row that were drawn (rows or totals). */
    public int bars() { return bars; }

    /** Price-row cells drawn. */
    public int cells() { return cells; }

    /** Bars drawn as totals only because the paint budget was spent. */
    public int overBudget() { return overBudget; }

    /** Rows drawn without their number because it would be cut by the chart's top or the totals row. */
    public int unlabelled() { return unlabelled; }

    /** Wall time of the paint, ns. */
    public long nanos() { return nanos; }

    /** Height of one price row on screen, pixels. */
    public float rowPixels() { return rowPixels; }

    /** Top of the totals row under the bars (rows are not drawn below it), pixels; -1 when nothing was drawn. */
    public int totalsTop() { return totalsTop; }

    /** The boxes of every text drawn (pixels). */
    public List<Rectangle> texts() { return texts; }
}
