package io.orderflow.flow;

/**
 * Per-bar buy volume, sell volume, delta and intrabar delta extremes, together with the
 * cumulative delta (a {@link CumulativeDelta} with its {@link DeltaReset}), from classified flow
 * events.
 *
 * <p>The cumulative delta inside a bar is its value at the bar's start (or at a reset inside the
 * bar, which restarts it at zero) plus the bar's running delta since then; the bar's delta is
 * folded into it at close. {@link #cumulativeDelta()} includes the bar in progress.
 *
 * <p>Push events with {@link #add}; {@link #closeBar} returns the bar's {@link DeltaBar} and starts
 * the next. A bar begins at {@link #beginBar} or, if not called, at its first event. The caller
 * decides bar boundaries (a time clock, tick/range bars, or the bars of a JForex chart); the
 * streaming and the batch paths of {@link TradeFlow} both drive this same class.
 *
 * <p>With {@link AggressorMethod#BVC} events arrive unclassified and the bar's volume is split at
 * close by a {@link BulkVolumeClassifier} on the bar's price change (close minus previous close;
 * the first bar uses close minus open); the cumulative delta then moves once per bar.
 *
 * <p>Units: prices points, volumes in the proxy's unit, times ms UTC. O(1) per event,
 * allocation-free; one {@link DeltaBar} per closed bar. Not thread-safe: single-threaded by
 * contract.
 */
public final class DeltaBarCalculator {
    private final AggressorMethod method;
    private final VolumeProxy proxy;
    private final CumulativeDelta cumulative;
    private final BulkVolumeClassifier bvc;

    private boolean barOpen;
    private long startMs;
    private int events;
    private long open;
    private long high;
    private long low;
    private long close;
    // [sell, unclassified, buy] volume of the bar, updated at side + 1: one branch-free update per event
    private final double[] sideVolume = new double[3];
    // ANDed with the side's signum: -1 keeps it, 0 (BVC) books every event as unclassified
    private final int sideMask;
    private double runningAtReset;
    // Extremes of the running delta over the events of the current segment: the bar's events since
    // its start or since a cumulative-delta reset inside it. The cumulative delta inside a segment is
    // cd = V + (running - runningAtReset) with V constant, a monotone function of running, so its
    // extremes over the segment are that function of these two: the per-event path compares only
    // the running delta.
    private double segmentMax;
    private double segmentMin;
    // extremes of the running delta and of the cumulative delta over the bar's earlier segments
    // (valid when foldedSegments)
    private boolean foldedSegments;
    private double foldedMax;
    private double foldedMin;
    private double foldedCdHigh;
    private double foldedCdLow;
    // cumulative delta at the bar's start: the extremes reported for a bar without events
    private double cdHigh;
    private double cdLow;
    private long lastEventMs;
    private long previousClose;
    private boolean hasPreviousClose;

    /**
     * For a per-event method (every method but BVC).
     *
     * @param method how the events' sides were inferred (recorded as provenance)
     * @param proxy  what the events' volumes are (recorded as provenance)
     * @param reset  when the cumulative delta restarts
     */
    public DeltaBarCalculator(AggressorMethod method, VolumeProxy proxy, DeltaReset reset) {
        if (method == AggressorMethod.BVC) {
            throw new IllegalArgumentException("for BVC use the constructor taking a BulkVolumeClassifier");
        }
        this.method = method;
        this.proxy = proxy;
        this.cumulative = new CumulativeDelta(reset);
        this.bvc = null;
        this.sideMask = -1;
    }

    /** For {@link AggressorMethod#BVC}: bars are split at close by {@code bvc}. */
    public DeltaBarCalculator(BulkVolumeClassifier bvc, VolumeProxy proxy, DeltaReset reset) {
        if (bvc == null) throw new NullPointerException("bvc");
        this.method = AggressorMethod.BVC;
        this.proxy = proxy;
        this.cumulative = new CumulativeDelta(reset);
        this.bvc = bvc;
        this.sideMask = 0;
    }

    /** Starts a bar at {@code startMs} (ms UTC). Any bar in progress is discarded. */
    public void beginBar(long startMs) {
        this.startMs = startMs;
        barOpen = true;
        events = 0;
        sideVolume[0] = 0;
        sideVolume[1] = 0;
        sideVolume[2] = 0;
        runningAtReset = 0;
        foldedSegments = false;
        cdHigh = cumulative.value();
        cdLow = cdHigh;
    }

    /**
     * Adds one event: {@code volume} at {@code price} (points) at {@code timeMs} on {@code side}
     * ({@link Aggressor}; ignored under BVC).
     */
    public void add(long timeMs, long price, double volume, int side) {
        CumulativeDelta cd = cumulative;
        if (timeMs >= cd.sessionEnd || timeMs < cd.sessionStart) {
            addFirstOrAtReset(timeMs, price, volume, side);
            return;
        }
        addInSession(timeMs, price, volume, side);
    }

    /**
     * {@link #add} for an event the caller knows to lie in the cumulative delta's current session
     * [{@link #cumulativeSessionStartMs()}, {@link #cumulativeSessionEndMs()}), so that only the
     * bar's first event takes the slow path.
     */
    void addInSession(long timeMs, long price, double volume, int side) {
        if (events == 0) {
            addFirstOrAtReset(timeMs, price, volume, side);
            return;
        }
        // Usual event: not the bar's first, no cumulative-delta reset.
        high = Math.max(high, price);
        low = Math.min(low, price);
        close = price;
        lastEventMs = timeMs;
        events++;
        double[] v = sideVolume;
        v[(Integer.signum(side) & sideMask) + 1] += volume;
        double running = v[2] - v[0];
        if (running > segmentMax) segmentMax = running;
        if (running < segmentMin) segmentMin = running;
    }

    /** {@link #add} for the bar's first event or an event at which the cumulative delta may reset (out of line). */
    private void addFirstOrAtReset(long timeMs, long price, double volume, int side) {
        if (!barOpen) beginBar(timeMs);
        boolean first = events == 0;
        if (first) {
            open = price;
            high = price;
            low = price;
        } else {
            high = Math.max(high, price);
            low = Math.min(low, price);
        }
        close = price;
        lastEventMs = timeMs;
        double runningBefore = sideVolume[2] - sideVolume[0];
        double valueBefore = cumulative.value();
        boolean reset = cumulative.advanceTo(timeMs);
        if (reset) {
            if (!first) foldSegment(valueBefore);
            runningAtReset = runningBefore;
        }
        sideVolume[(Integer.signum(side) & sideMask) + 1] += volume;
        double running = sideVolume[2] - sideVolume[0];
        if (first || reset) {
            segmentMax = running;
            segmentMin = running;
        } else {
            if (running > segmentMax) segmentMax = running;
            if (running < segmentMin) segmentMin = running;
        }
        events++;
    }

    /**
     * A reset inside the bar ends the segment: its extremes (cumulative delta at {@code value}
     * before the reset) join those of the bar's earlier segments, in event order.
     */
    private void foldSegment(double value) {
        double high = value + (segmentMax - runningAtReset);
        double low = value + (segmentMin - runningAtReset);
        if (!foldedSegments) {
            foldedSegments = true;
            foldedMax = segmentMax;
            foldedMin = segmentMin;
            foldedCdHigh = high;
            foldedCdLow = low;
        } else {
            if (segmentMax > foldedMax) foldedMax = segmentMax;
            if (segmentMin < foldedMin) foldedMin = segmentMin;
            if (high > foldedCdHigh) foldedCdHigh = high;
            if (low < foldedCdLow) foldedCdLow = low;
        }
    }

    /**
     * Closes the bar in progress at {@code endMs} (exclusive, ms UTC) and returns it; a bar with no
     * events is returned too (zero volume, previous close as prices). The next bar begins at
     * {@code endMs} unless {@link #beginBar} says otherwise.
     */
    public DeltaBar closeBar(long endMs) {
        if (!barOpen) beginBar(endMs);
        long o = open;
        long h = high;
        long l = low;
        long c = close;
        if (events == 0) {
            long p = hasPreviousClose ? previousClose : 0;
            o = p;
            h = p;
            l = p;
            c = p;
        }
        double b = sideVolume[2];
        double s = sideVolume[0];
        double u = sideVolume[1];
        double max = 0;
        double min = 0;
        double cdh = cdHigh;
        double cdl = cdLow;
        if (events > 0) {
            double value = cumulative.value();
            max = segmentMax;
            min = segmentMin;
            cdh = value + (segmentMax - runningAtReset);
            cdl = value + (segmentMin - runningAtReset);
            if (foldedSegments) {
                max = max > foldedMax ? max : foldedMax;
                min = min < foldedMin ? min : foldedMin;
                cdh = cdh > foldedCdHigh ? cdh : foldedCdHigh;
                cdl = cdl < foldedCdLow ? cdl : foldedCdLow;
            }
        }
        if (bvc != null && events > 0) {
            double change = c - (hasPreviousClose ? previousClose : o);
            double share = bvc.classify(change, u);
            if (!Double.isNaN(share)) {
                b = u * share;
                s = u - b;
                u = 0;
                max = b - s;
                min = max;
                cumulative.add(lastEventMs, b - s);
                cdh = cumulative.value();
                cdl = cdh;
            }
        } else if (events > 0) {
            cumulative.add(lastEventMs, (b - s) - runningAtReset);
        }
        DeltaBar bar = new DeltaBar(startMs, endMs, o, h, l, c, b, s, u, max, min, events, cumulative.value(), cdh, cdl,
                cumulative.isAnchored(), method, proxy);
        if (events > 0) {
            previousClose = c;
            hasPreviousClose = true;
        }
        beginBar(endMs);
        return bar;
    }

    /**
     * Advances the cumulative delta's clock (resets it if a session boundary passed without events).
     * Between bars only: inside a bar the events advance it.
     */
    public void advanceTo(long timeMs) {
        if (events == 0) cumulative.advanceTo(timeMs);
    }

    /**
     * Adds signed volume (buy positive) that belongs to no bar — flow between the bars of a batch
     * — to the cumulative delta. Between bars only.
     */
    public void addOutsideBar(long timeMs, double signedVolume) {
        cumulative.add(timeMs, signedVolume);
    }

    /** Start of the cumulative delta's current session, ms UTC (Long.MAX_VALUE before the first event). */
    long cumulativeSessionStartMs() { return cumulative.sessionStart; }

    /** End (exclusive) of the cumulative delta's current session, ms UTC (Long.MIN_VALUE before the first event). */
    long cumulativeSessionEndMs() { return cumulative.sessionEnd; }

    /** True while a bar is in progress. */
    public boolean isBarOpen() { return barOpen; }

    /** Start of the bar in progress, ms UTC. */
    public long barStartMs() { return startMs; }

    /** Buy volume so far in the bar in progress. */
    public double buyVolume() { return sideVolume[2]; }

    /** Sell volume so far in the bar in progress. */
    public double sellVolume() { return sideVolume[0]; }

    /** Unclassified volume so far in the bar in progress. */
    public double unclassifiedVolume() { return sideVolume[1]; }

    /** Delta so far in the bar in progress. */
    public double delta() { return sideVolume[2] - sideVolume[0]; }

    /** Events so far in the bar in progress. */
    public int events() { return events; }

    /** The cumulative delta now, including the bar in progress. */
    public double cumulativeDelta() {
        return cumulative.value() + ((sideVolume[2] - sideVolume[0]) - runningAtReset);
    }

    /**
     * Start of the cumulative delta's current session, ms UTC ({@code Long.MIN_VALUE} when it
     * never resets).
     */
    public long cumulativeDeltaSessionStartMs() { return cumulative.sessionStartMs(); }

    /** True once the cumulative delta has crossed a reset point (independent of the loading start). */
    public boolean isCumulativeDeltaAnchored() { return cumulative.isAnchored(); }

    /** When the cumulative delta restarts. */
    public DeltaReset deltaReset() { return cumulative.resetPolicy(); }

    /** How the sides are inferred (provenance of every bar). */
    public AggressorMethod method() { return method; }

    /** What counts as volume (provenance of every bar). */
    public VolumeProxy proxy() { return proxy; }

    /** Forgets everything, including the cumulative delta and the BVC window. */
    public void reset() {
        cumulative.reset();
        if (bvc != null) bvc.reset();
        hasPreviousClose = false;
        barOpen = false;
        events = 0;
        sideVolume[0] = 0;
        sideVolume[1] = 0;
        sideVolume[2] = 0;
        runningAtReset = 0;
        foldedSegments = false;
    }
}
