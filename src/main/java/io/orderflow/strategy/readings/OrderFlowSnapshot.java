package io.orderflow.strategy.readings;

/**
 * The order-flow readings of one closed bar, as the setups read them. A mutable flyweight filled by
 * an {@link OrderFlowSource}; the engine keeps one instance and copies what it needs into bounded
 * primitive histories.
 *
 * <p>Units: prices in points (0 = none); delta and cumulative delta in the unit of the volume proxy
 * (ticks, or millions of quoted size; see {@link OrderFlowSource#provenance()}); OFI in quoted-size
 * units (millions for Dukascopy FX); z-scores dimensionless; slope in delta units per bar. Signs:
 * positive = buying pressure / bullish. Not thread-safe.
 */
public final class OrderFlowSnapshot {
    /** How many profile levels above and below the close are reported. */
    public static final int MAX_LEVELS = 4;

    /** Bar start, ms UTC. */
    public long barStartMs;
    /** Bar end (exclusive), ms UTC. */
    public long barEndMs;
    /** True once the z-score windows are full; before that z-scores are 0 and confirmations fail. */
    public boolean ready;

    /** Delta of the bar (buy − sell estimate). */
    public double delta;
    /** Delta's z-score against the previous {@code orderflow.zWindow} bars. */
    public double deltaZ;
    /** Cumulative delta at the bar close (since its last reset, {@code orderflow.cumDeltaReset}). */
    public double cumDelta;
    /** Least-squares slope of cumulative delta over the last bars since its reset, per bar. */
    public double cumDeltaSlope;
    /** Cont–Kukanov–Stoikov order-flow imbalance summed over the bar. */
    public double ofi;
    /** OFI's z-score against the previous {@code orderflow.zWindow} bars. */
    public double ofiZ;
    /** Mean level-1 queue imbalance (bid size − ask size)/(sum) over the bar's ticks, −1..1. */
    public double imbalance;

    /** True when the session profile has volume (POC/VAH/VAL valid). */
    public boolean hasProfile;
    /** Developing session point of control, points (row centre). */
    public long pocPoints;
    /** Developing session value-area high, points (top row's centre). */
    public long vahPoints;
    /** Developing session value-area low, points (bottom row's centre). */
    public long valPoints;
    /**
     * True once the high-volume nodes below are filled for this bar: they are computed on demand
     * ({@link OrderFlowSource#fillHighVolumeNodes}, when a profile target is planned); false after
     * each bar close.
     */
    public boolean hvnFilled;
    /** High-volume nodes in rows above the close's row, nearest first, points (row centres). */
    public final long[] hvnAbove = new long[MAX_LEVELS];
    /** Entries used in {@link #hvnAbove}. */
    public int hvnAboveCount;
    /** High-volume nodes in rows below the close's row, nearest first, points (row centres). */
    public final long[] hvnBelow = new long[MAX_LEVELS];
    /** Entries used in {@link #hvnBelow}. */
    public int hvnBelowCount;

    /** Kind of the nearest active zone whose middle is above the close (resistance), or NONE. */
    public ZoneKind zoneAboveKind = ZoneKind.NONE;
    /** Low edge of that zone, points. */
    public long zoneAboveLow;
    /** High edge of that zone, points. */
    public long zoneAboveHigh;
    /** Kind of the nearest active zone whose middle is at or below the close (support), or NONE. */
    public ZoneKind zoneBelowKind = ZoneKind.NONE;
    /** Low edge of that zone, points. */
    public long zoneBelowLow;
    /** High edge of that zone, points. */
    public long zoneBelowHigh;

    /**
     * From the bar's footprint: +1 selling absorbed at the low (bullish), −1 buying absorbed at the
     * high (bearish), 0 none or both.
     */
    public int absorption;
    /**
     * From the bar's footprint: +1 selling dried up into the low (bullish), −1 buying dried up into
     * the high (bearish), 0 none or both.
     */
    public int exhaustion;
    /**
     * +1 bullish divergence (a new N-bar low while the running sum of bar deltas is above its N-bar
     * low), −1 the bearish mirror, 0 none.
     */
    public int divergence;

    /**
     * Manipulation score of the bid side at the bar's close, 0..1 ({@code io.orderflow.book.SpoofScore}):
     * evidence that large bids were added away from the touch and pulled before the price reached
     * them, repeatedly and one-sidedly. 0 when the filter is off or the ticks carry one level.
     */
    public double spoofBid;
    /** The same for the ask side. */
    public double spoofAsk;
    /** Most depth levels of any tick in the bar (1 in history and the tester; up to 10 live). */
    public int depthLevels;

    /** Clears every field to "nothing known". */
    public void clear() {
        barStartMs = barEndMs = 0;
        ready = false;
        delta = deltaZ = cumDelta = cumDeltaSlope = ofi = ofiZ = imbalance = 0;
        hasProfile = false;
        pocPoints = vahPoints = valPoints = 0;
        hvnFilled = false;
        hvnAboveCount = hvnBelowCount = 0;
        zoneAboveKind = zoneBelowKind = ZoneKind.NONE;
        zoneAboveLow = zoneAboveHigh = zoneBelowLow = zoneBelowHigh = 0;
        absorption = exhaustion = divergence = 0;
        spoofBid = spoofAsk = 0;
        depthLevels = 0;
    }

    /** Copies every field from {@code o}. */
    public void copyFrom(OrderFlowSnapshot o) {
        barStartMs = o.barStartMs;
        barEndMs = o.barEndMs;
        ready = o.ready;
        delta = o.delta;
        deltaZ = o.deltaZ;
        cumDelta = o.cumDelta;
        cumDeltaSlope = o.cumDeltaSlope;
        ofi = o.ofi;
        ofiZ = o.ofiZ;
        imbalance = o.imbalance;
        hasProfile = o.hasProfile;
        pocPoints = o.pocPoints;
        vahPoints = o.vahPoints;
        valPoints = o.valPoints;
        hvnFilled = o.hvnFilled;
        System.arraycopy(o.hvnAbove, 0, hvnAbove, 0, MAX_LEVELS);
        hvnAboveCount = o.hvnAboveCount;
        System.arraycopy(o.hvnBelow, 0, hvnBelow, 0, MAX_LEVELS);
        hvnBelowCount = o.hvnBelowCount;
        zoneAboveKind = o.zoneAboveKind;
        zoneAboveLow = o.zoneAboveLow;
        zoneAboveHigh = o.zoneAboveHigh;
        zoneBelowKind = o.zoneBelowKind;
        zoneBelowLow = o.zoneBelowLow;
        zoneBelowHigh = o.zoneBelowHigh;
        absorption = o.absorption;
        exhaustion = o.exhaustion;
        divergence = o.divergence;
        spoofBid = o.spoofBid;
        spoofAsk = o.spoofAsk;
        depthLevels = o.depthLevels;
    }

    @Override
    public String toString() {
        return "OrderFlow{" + barStartMs + " delta=" + delta + " z=" + deltaZ + " cd=" + cumDelta + " slope="
                + cumDeltaSlope + " ofi=" + ofi + " z=" + ofiZ + " imb=" + imbalance + (hasProfile ? " poc=" + pocPoints
                + " va=" + valPoints + ".." + vahPoints : "") + " above=" + zoneAboveKind + " below=" + zoneBelowKind
                + " abs=" + absorption + " exh=" + exhaustion + " div=" + divergence
                + (depthLevels > 1 ? " spoof=" + spoofBid + "/" + spoofAsk : "") + (ready ? "" : " (warming up)")
                + "}";
    }
}
