package io.orderflow.backtest.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.orderflow.market.SessionAnchor;

/**
 * The windows of a walk-forward validation, counted in trading days ({@link TradingDays}).
 *
 * <p><b>Rolling</b>: window k has in-sample days {@code [k·OOS, k·OOS + IS)} and out-of-sample
 * days {@code [k·OOS + IS, (k + 1)·OOS + IS)}. <b>Anchored</b>: the in-sample part always starts at
 * the first day, {@code [0, k·OOS + IS)}. Either way the out-of-sample parts follow each other
 * without gap or overlap; only complete windows are made, and days left after the last one are
 * counted in {@link #unusedDays()}. A window's times run from the start of its first day to the
 * start of the day after (weekends between days belong to the earlier part). Immutable; thread-safe.
 */
public final class WalkForwardPlan {
    /** One window: in-sample [isStart, oosStart), out-of-sample [oosStart, oosEnd), ms UTC. */
    public static final class Window {
        private final int index;
        private final List<TradingDays.Day> inSample;
        private final List<TradingDays.Day> outOfSample;
        private final long isStart;
        private final long oosStart;
        private final long oosEnd;

        Window(int index, List<TradingDays.Day> inSample, List<TradingDays.Day> outOfSample, long isStart, long oosStart,
               long oosEnd) {
            this.index = index;
            this.inSample = Collections.unmodifiableList(inSample);
            this.outOfSample = Collections.unmodifiableList(outOfSample);
            this.isStart = isStart;
            this.oosStart = oosStart;
            this.oosEnd = oosEnd;
        }

        /** From 0. */
        public int index() { return index; }

        public List<TradingDays.Day> inSampleDays() { return inSample; }

        public List<TradingDays.Day> outOfSampleDays() { return outOfSample; }

        public long inSampleStartMs() { return isStart; }

        /** End of the in-sample part = start of the out-of-sample part. */
        public long outOfSampleStartMs() { return oosStart; }

        public long outOfSampleEndMs() { return oosEnd; }

        @Override
        public String toString() {
            return "window " + (index + 1) + ": in-sample " + inSample.get(0) + ".." + inSample.get(inSample.size() - 1)
                    + ", out-of-sample " + outOfSample.get(0) + ".." + outOfSample.get(outOfSample.size() - 1);
        }
    }

    private final List<TradingDays.Day> days;
    private final List<Window> windows;
    private final int inSampleDays;
    private final int outOfSampleDays;
    private final boolean anchored;

    private WalkForwardPlan(List<TradingDays.Day> days, List<Window> windows, int inSampleDays, int outOfSampleDays,
                            boolean anchored) {
        this.days = days;
        this.windows = Collections.unmodifiableList(windows);
        this.inSampleDays = inSampleDays;
        this.outOfSampleDays = outOfSampleDays;
        this.anchored = anchored;
    }

    /**
     * Plans the windows over [fromMs, toMs).
     *
     * @throws IllegalArgumentException when a length is below 1 or one window is longer than the range
     */
    public static WalkForwardPlan of(long fromMs, long toMs, SessionAnchor anchor, int inSampleDays,
                                     int outOfSampleDays, boolean anchored) {
        if (inSampleDays < 1) throw new IllegalArgumentException("the in-sample length must be >= 1 trading day, was " + inSampleDays);
        if (outOfSampleDays < 1) {
            throw new IllegalArgumentException("the out-of-sample length must be >= 1 trading day, was " + outOfSampleDays);
        }
        List<TradingDays.Day> days = TradingDays.of(fromMs, toMs, anchor);
        if (days.isEmpty()) throw new IllegalArgumentException("the range holds no trading day (Monday to Friday, sessions from "
                + anchor + ")");
        if (inSampleDays + outOfSampleDays > days.size()) {
            throw new IllegalArgumentException("one window (" + inSampleDays + " in-sample + " + outOfSampleDays
                    + " out-of-sample trading days) is longer than the range, which has " + days.size() + " trading day(s) ("
                    + days.get(0) + " to " + days.get(days.size() - 1) + "); shorten the windows or lengthen the range");
        }
        List<Window> windows = new ArrayList<>();
        for (int k = 0; ; k++) {
            int oosFrom = inSampleDays + k * outOfSampleDays;
            int oosTo = oosFrom + outOfSampleDays;
            if (oosTo > days.size()) break;
            int isFrom = anchored ? 0 : k * outOfSampleDays;
            long oosEnd = oosTo < days.size() ? days.get(oosTo).startMs() : days.get(days.size() - 1).endMs();
            windows.add(new Window(k, new ArrayList<>(days.subList(isFrom, oosFrom)),
                    new ArrayList<>(days.subList(oosFrom, oosTo)), days.get(isFrom).startMs(), days.get(oosFrom).startMs(),
                    oosEnd));
        }
        return new WalkForwardPlan(days, windows, inSampleDays, outOfSampleDays, anchored);
    }

    /** Every trading day of the range. */
    public List<TradingDays.Day> days() { return days; }

    public List<Window> windows() { return windows; }

    public int inSampleDays() { return inSampleDays; }

    public int outOfSampleDays() { return outOfSampleDays; }

    public boolean anchored() { return anchored; }

    /** Trading days after the last complete window (not traded out-of-sample). */
    public int unusedDays() {
        return days.size() - inSampleDays - windows.size() * outOfSampleDays;
    }
}
