package io.orderflow.strategy.readings;

import io.orderflow.market.Bar;
import io.orderflow.market.SessionTracker;
import io.orderflow.market.Tick;
import io.orderflow.strategy.config.StrategyConfig;
import io.orderflow.strategy.config.StrategyParams;

/**
 * The strategy's own, minimal order-flow calculators on level-1 quotes, composed into the per-bar
 * readings the setups need. Written so that the project's full calculators ({@code io.orderflow.flow},
 * {@code io.orderflow.profile}, {@code io.orderflow.book}) can replace it behind
 * {@link OrderFlowSource} without touching the setups.
 *
 * <p>Provenance: see {@link #provenance()}. In short: delta = mid tick rule in ticks; OFI = CKS on
 * level 1 in quoted size; session profile, footprint and stacks count one unit per tick at the mid;
 * cumulative delta, the profile and its derived zones reset at {@code session.anchor}. Absorption:
 * a bar whose delta z-score is at least {@code orderflow.absorptionZScore} in one direction while
 * its mid closes at or against its open. Exhaustion: a new {@code orderflow.divergenceBars}-bar
 * extreme made with a delta z-score in the move's direction below {@code orderflow.exhaustionZScore}.
 * Divergence: a new extreme of the mid while the session's cumulative delta stays short of its own
 * extreme over the same bars.
 *
 * <p>Per tick O(1) and allocation-free; per bar O(profile rows + lookback). Single-threaded.
 */
public final class BasicOrderFlowSource implements OrderFlowSource {
    private final QuoteFlowAccumulator flow = new QuoteFlowAccumulator();
    private final RollingZScore deltaZ;
    private final RollingZScore ofiZ;
    private final SessionTracker session;
    private final SessionProfile profile;
    private final BarFootprint footprint;
    private final ZoneBook zones;
    private final double imbalanceRatio;
    private final boolean ignoreZeros;
    private final int stackedCount;
    private final int slopeBars;
    private final int lookback;
    private final double absorptionZ;
    private final double exhaustionZ;

    // per-bar histories (ring of size hist), index = barIndex % hist
    private final int hist;
    private final long[] high2;
    private final long[] low2;
    private final double[] cumAtClose;
    private final long[] sessionOfBar;

    private double cumDelta;
    private long barIndex;
    private long previousClose;
    private boolean hasPreviousClose;
    private final BarFootprint.StackSink stackSink = new BarFootprint.StackSink() {
        @Override
        public void onStack(ZoneKind kind, long lowPoints, long highPoints) {
            zones.add(kind, lowPoints, highPoints, barIndex);
        }
    };

    public BasicOrderFlowSource(StrategyConfig config) {
        long rowPoints = Math.round(config.doubleValue(StrategyParams.OF_PROFILE_ROW_PIPS)
                * config.instrument().pointsPerPip());
        int window = config.intValue(StrategyParams.OF_Z_WINDOW);
        deltaZ = new RollingZScore(window);
        ofiZ = new RollingZScore(window);
        session = new SessionTracker(config.sessionAnchor());
        profile = new SessionProfile(rowPoints, config.doubleValue(StrategyParams.OF_VALUE_AREA_PERCENT),
                config.doubleValue(StrategyParams.OF_HVN_FRACTION), config.intValue(StrategyParams.OF_HVN_RADIUS_ROWS),
                4096);
        footprint = new BarFootprint(rowPoints, 1024);
        zones = new ZoneBook(config.intValue(StrategyParams.OF_MAX_ZONES),
                config.intValue(StrategyParams.OF_ZONE_MAX_AGE_BARS));
        imbalanceRatio = config.doubleValue(StrategyParams.OF_IMBALANCE_RATIO);
        ignoreZeros = config.booleanValue(StrategyParams.OF_IGNORE_ZERO);
        stackedCount = config.intValue(StrategyParams.OF_STACKED_COUNT);
        slopeBars = config.intValue(StrategyParams.OF_CUM_DELTA_SLOPE_BARS);
        lookback = config.intValue(StrategyParams.OF_DIVERGENCE_BARS);
        absorptionZ = config.doubleValue(StrategyParams.OF_ABSORPTION_Z);
        exhaustionZ = config.doubleValue(StrategyParams.OF_EXHAUSTION_Z);
        hist = Math.max(lookback, slopeBars) + 1;
        high2 = new long[hist];
        low2 = new long[hist];
        cumAtClose = new double[hist];
        sessionOfBar = new long[hist];
    }

    @Override
    public void onTick(Tick tick) {
        if (session.advance(tick.timeMs())) {
            if (!profile.isEmpty()) addPriorSessionZones();
            profile.clear();
            cumDelta = 0;
        }
        flow.onTick(tick);
        int sign = flow.lastSign();
        cumDelta += sign;
        long mid = Math.floorDiv(tick.midTimes2(), 2);
        profile.add(mid, 1);
        footprint.add(mid, sign, 1);
    }

    /** A session ended: its POC and value-area edges become zones (one row each). */
    private void addPriorSessionZones() {
        profile.compute();
        long r = profile.rowPoints();
        long poc = profile.poc();
        long vah = profile.valueAreaHigh();
        long val = profile.valueAreaLow();
        zones.add(ZoneKind.PRIOR_POC, poc - r / 2, poc - r / 2 + r, barIndex);
        zones.add(ZoneKind.PRIOR_VALUE_HIGH, vah - r / 2, vah - r / 2 + r, barIndex);
        zones.add(ZoneKind.PRIOR_VALUE_LOW, val - r / 2, val - r / 2 + r, barIndex);
    }

    @Override
    public void onBar(Bar bar, OrderFlowSnapshot out) {
        out.barStartMs = bar.startMs();
        out.barEndMs = bar.endMs();
        out.ready = deltaZ.isFull();
        double d = flow.delta();
        double o = flow.ofi();
        out.delta = d;
        out.ofi = o;
        out.imbalance = flow.meanImbalance();
        out.deltaZ = deltaZ.scoreAndAdd(d);
        out.ofiZ = ofiZ.scoreAndAdd(o);
        out.cumDelta = cumDelta;
        long sessionStart = session.sessionStart();
        out.cumDeltaSlope = slope(sessionStart);

        long close2 = bar.bidClose() + bar.askClose();
        long close = Math.floorDiv(close2, 2);
        if (hasPreviousClose) zones.update(barIndex, previousClose, close);
        footprint.scanStacks(imbalanceRatio, ignoreZeros, stackedCount, stackSink);
        footprint.clear();

        if (profile.isEmpty()) {
            out.hasProfile = false;
            out.pocPoints = out.vahPoints = out.valPoints = 0;
            out.hvnAboveCount = out.hvnBelowCount = 0;
        } else {
            profile.compute();
            out.hasProfile = true;
            out.pocPoints = profile.poc();
            out.vahPoints = profile.valueAreaHigh();
            out.valPoints = profile.valueAreaLow();
            out.hvnAboveCount = profile.nodes(close, +1, out.hvnAbove);
            out.hvnBelowCount = profile.nodes(close, -1, out.hvnBelow);
        }
        zones.nearest(close, out);

        long open2 = bar.bidOpen() + bar.askOpen();
        long hi2 = bar.bidHigh() + bar.askHigh();
        long lo2 = bar.bidLow() + bar.askLow();
        int absorption = 0;
        if (out.ready) {
            if (out.deltaZ <= -absorptionZ && close2 >= open2) absorption = 1;
            else if (out.deltaZ >= absorptionZ && close2 <= open2) absorption = -1;
        }
        out.absorption = absorption;
        extremes(hi2, lo2, sessionStart, out);

        int slot = (int) (barIndex % hist);
        high2[slot] = hi2;
        low2[slot] = lo2;
        cumAtClose[slot] = cumDelta;
        sessionOfBar[slot] = sessionStart;
        barIndex++;
        previousClose = close;
        hasPreviousClose = true;
        flow.startBar();
    }

    /** Least-squares slope of cumulative delta over the last bars of this session, this bar included. */
    private double slope(long sessionStart) {
        // points: x = 0..n-1 (oldest first), y = cumulative delta at those closes; this bar is x = n-1
        int n = 1;
        while (n < slopeBars && n <= barIndex && sessionOfBar[(int) ((barIndex - n) % hist)] == sessionStart) n++;
        if (n < 2) return flow.delta();
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (int k = 0; k < n; k++) {
            double y = k == n - 1 ? cumDelta : cumAtClose[(int) ((barIndex - (n - 1 - k)) % hist)];
            sx += k;
            sy += y;
            sxx += (double) k * k;
            sxy += k * y;
        }
        return (n * sxy - sx * sy) / (n * sxx - sx * sx);
    }

    private void extremes(long hi2, long lo2, long sessionStart, OrderFlowSnapshot out) {
        out.exhaustion = 0;
        out.divergence = 0;
        if (barIndex < lookback) return;
        long maxHigh = Long.MIN_VALUE;
        long minLow = Long.MAX_VALUE;
        double maxCum = Double.NEGATIVE_INFINITY;
        double minCum = Double.POSITIVE_INFINITY;
        int sameSession = 0;
        for (int k = 1; k <= lookback; k++) {
            int s = (int) ((barIndex - k) % hist);
            if (high2[s] > maxHigh) maxHigh = high2[s];
            if (low2[s] < minLow) minLow = low2[s];
            if (sessionOfBar[s] == sessionStart) {
                sameSession++;
                if (cumAtClose[s] > maxCum) maxCum = cumAtClose[s];
                if (cumAtClose[s] < minCum) minCum = cumAtClose[s];
            }
        }
        boolean newHigh = hi2 > maxHigh;
        boolean newLow = lo2 < minLow;
        if (newHigh == newLow) return; // neither, or an outside bar: no verdict
        if (out.ready) {
            if (newHigh && out.deltaZ < exhaustionZ) out.exhaustion = -1;
            if (newLow && -out.deltaZ < exhaustionZ) out.exhaustion = 1;
        }
        if (sameSession >= 2) {
            if (newHigh && cumDelta < maxCum) out.divergence = -1;
            if (newLow && cumDelta > minCum) out.divergence = 1;
        }
    }

    @Override
    public void reset() {
        flow.reset();
        deltaZ.reset();
        ofiZ.reset();
        session.reset();
        profile.clear();
        footprint.clear();
        zones.clear();
        cumDelta = 0;
        barIndex = 0;
        hasPreviousClose = false;
    }

    @Override
    public String provenance() {
        return "delta: mid tick rule, one per tick whose mid rose (+) or fell (-), unchanged mids unclassified "
                + "(an estimate: Dukascopy FX has no trade prints); OFI: Cont-Kukanov-Stoikov on level-1 quotes, "
                + "quoted size; imbalance: mean level-1 queue imbalance; profile, footprint and stacked "
                + "imbalances: one unit per tick at the mid; resets at the session anchor";
    }

    /** Ticks whose mid did not change in the bar in progress (for provenance reports). */
    public int unclassifiedTicksInBar() { return flow.unclassified(); }
}
