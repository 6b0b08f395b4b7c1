package io.orderflow.strategy.readings;

import java.util.List;

import io.orderflow.book.OrderFlowImbalance;
import io.orderflow.book.QueueImbalance;
import io.orderflow.book.SpoofScore;
import io.orderflow.flow.AggressorMethod;
import io.orderflow.flow.DeltaBar;
import io.orderflow.flow.FlowBar;
import io.orderflow.flow.FootprintBar;
import io.orderflow.flow.FootprintSettings;
import io.orderflow.flow.ImbalanceZone;
import io.orderflow.flow.TradeFlow;
import io.orderflow.flow.VolumeProxy;
import io.orderflow.market.Bar;
import io.orderflow.market.BarClock;
import io.orderflow.market.OfferSide;
import io.orderflow.market.Tick;
import io.orderflow.profile.NakedPocs;
import io.orderflow.profile.SessionSummary;
import io.orderflow.profile.ValueArea;
import io.orderflow.profile.ValueAreaMethod;
import io.orderflow.profile.VolumeNodes;
import io.orderflow.strategy.config.AggressorRule;
import io.orderflow.strategy.config.ParameterTable;
import io.orderflow.strategy.config.QuoteVolume;
import io.orderflow.strategy.config.StrategyConfig;

/**
 * The strategy's order-flow readings from the project's calculators — the engine's default
 * {@link OrderFlowSource}.
 *
 * <p>What comes from where:
 * <ul>
 * <li>{@link TradeFlow} ({@code io.orderflow.flow}): each tick's side by {@code orderflow.aggressorRule}
 * and volume by {@code orderflow.volumeProxy}, placed at the aggressor's side of the quote (buy at the
 * ask, sell at the bid, unclassified at the mid); the bar's delta; cumulative delta restarting at
 * {@code orderflow.cumDeltaReset}; the bar's footprint in rows of {@code orderflow.footprintRowPoints}
 * with diagonal imbalances, stacked-imbalance zones (alive until price trades through them, at most
 * {@code orderflow.maxZones}), absorption and exhaustion; divergence against the running sum of bar
 * deltas over {@code orderflow.divergenceBars} bars.</li>
 * <li>Its session volume profile ({@code io.orderflow.profile}) at {@code session.anchor}, rows of
 * {@code orderflow.profileRowPips}: the developing POC and value area ({@code orderflow.valueAreaPercent},
 * {@code orderflow.valueAreaMethod}), high-volume nodes, naked POCs of earlier sessions and the last
 * finished session's value area.</li>
 * <li>{@link OrderFlowImbalance} and {@link QueueImbalance} ({@code io.orderflow.book}): the bar's OFI
 * and mean level-1 queue imbalance.</li>
 * </ul>
 *
 * <p>What this class adds: delta and OFI z-scores ({@link RollingZScore} over {@code orderflow.zWindow}
 * bars), the least-squares slope of cumulative delta over the last {@code orderflow.cumDeltaSlopeBars}
 * bars since its last reset, the choice of the nearest level above and below the close (a level
 * whose middle is above the close is resistance, otherwise support; the nearest resistance has the
 * lowest low, the nearest support the highest top; on a tie the first of: stacked zones oldest first,
 * naked POCs oldest first, prior VAH, prior VAL), the age limit {@code orderflow.zoneMaxAgeBars}
 * (a zone's age runs from its bar's end, a session level's from its session's end, in bars of
 * {@code bars.periodSeconds}), and absorption/exhaustion/divergence as +1 (bullish), −1, 0. The
 * high-volume nodes are computed on demand ({@link #fillHighVolumeNodes}). Profile
 * prices are reported as row centres (the calculators report row low edges); the close is the
 * bar's mid close {@code floor((bid close + ask close) / 2)}.
 *
 * <p>Per tick O(1) and allocation-free (the calculators' contract; a session boundary allocates one
 * summary). A bar close costs O(rows) and allocates the calculators' bar results
 * ({@link #lastFlowBar()}); the nodes cost O(session rows) and their list when asked for.
 * Single-threaded (the strategy thread).
 */
public final class ProjectOrderFlowSource implements OrderFlowSource {
    private final TradeFlow flow;
    private final OrderFlowImbalance ofi = new OrderFlowImbalance();
    private final RollingZScore deltaZ;
    private final RollingZScore ofiZ;
    private final BarClock clock;
    private final long profileRowPoints;
    private final long maxAgeMs;
    private final int slopeBars;
    private final double[] cumAtClose;
    private final long[] sessionOfBar;
    private final int hvnSmoothingRows;
    private final int hvnRadiusRows;
    private final double hvnMeanFactor;
    private final String provenance;

    private boolean barOpen;
    /** True from a bar close until the next tick: the session profile is the bar close's. */
    private boolean atBarClose;
    private long lastClose;
    private double barOfi;
    private double imbalanceSum;
    private int imbalanceCount;
    private long barIndex;
    private FlowBar lastFlowBar;
    /** The manipulation evidence, only with {@code manipulation.filter} on; fed ticks with depth only. */
    private final SpoofScore spoof;
    private int barDepthLevels;

    /** The calculators configured by {@code c}'s {@code orderflow.*} and {@code session.anchor} keys. */
    public ProjectOrderFlowSource(StrategyConfig c) {
        AggressorMethod method = c.enumValue(ParameterTable.OF_AGGRESSOR_RULE, AggressorRule.class).method();
        VolumeProxy proxy = c.enumValue(ParameterTable.OF_VOLUME_PROXY, QuoteVolume.class).proxy();
        profileRowPoints = c.profileRowPoints();
        long footprintRowPoints = c.footprintRowPoints();
        FootprintSettings fp = FootprintSettings.rows(footprintRowPoints)
                .withImbalanceRatio(c.doubleValue(ParameterTable.OF_IMBALANCE_RATIO))
                .withMinImbalanceVolume(c.doubleValue(ParameterTable.OF_IMBALANCE_MIN_VOLUME))
                .withIgnoreZeros(c.booleanValue(ParameterTable.OF_IGNORE_ZERO))
                .withStackedRows(c.intValue(ParameterTable.OF_STACKED_COUNT))
                .withExtremeRows(c.intValue(ParameterTable.OF_ABSORPTION_EXTREME_ROWS))
                .withAbsorptionFactor(c.doubleValue(ParameterTable.OF_ABSORPTION_FACTOR))
                .withExhaustionFactor(c.doubleValue(ParameterTable.OF_EXHAUSTION_FACTOR));
        ValueAreaMethod vaMethod = c.enumValue(ParameterTable.OF_VALUE_AREA_METHOD, ValueAreaMethod.class);
        flow = TradeFlow.forQuotes(method, proxy, footprintRowPoints)
                .deltaReset(c.cumulativeDeltaReset())
                .footprint(fp)
                .zoneCapacity(c.intValue(ParameterTable.OF_MAX_ZONES))
                .sessionProfile(c.sessionAnchor())
                .profileRowPoints(profileRowPoints)
                .valueArea(c.doubleValue(ParameterTable.OF_VALUE_AREA_PERCENT) / 100.0, vaMethod)
                .developingValueArea(true)
                .divergenceLookback(c.intValue(ParameterTable.OF_DIVERGENCE_BARS))
                .bvc(c.intValue(ParameterTable.OF_BVC_WINDOW_BARS), 0)
                .build();
        int window = c.intValue(ParameterTable.OF_Z_WINDOW);
        deltaZ = new RollingZScore(window);
        ofiZ = new RollingZScore(window);
        clock = BarClock.fixed(c.barPeriodMs());
        maxAgeMs = c.intValue(ParameterTable.OF_ZONE_MAX_AGE_BARS) * c.barPeriodMs();
        slopeBars = c.intValue(ParameterTable.OF_CUM_DELTA_SLOPE_BARS);
        cumAtClose = new double[slopeBars];
        sessionOfBar = new long[slopeBars];
        hvnSmoothingRows = c.intValue(ParameterTable.OF_HVN_SMOOTHING_ROWS);
        hvnRadiusRows = c.intValue(ParameterTable.OF_HVN_RADIUS_ROWS);
        hvnMeanFactor = c.doubleValue(ParameterTable.OF_HVN_MEAN_FACTOR);
        spoof = c.booleanValue(ParameterTable.MANIPULATION_FILTER) ? new SpoofScore() : null;
        provenance = "delta: " + method.label() + " x " + proxy.label() + " (io.orderflow.flow; an estimate: "
                + "Dukascopy FX has no trade prints), buys at the ask, sells at the bid; cumulative delta "
                + (c.cumulativeDeltaReset().resets() ? "resets at " + c.cumulativeDeltaReset() : "never resets")
                + "; footprint rows " + footprintRowPoints + " points; session profile "
                + c.sessionAnchor() + ", rows " + profileRowPoints + " points, value area "
                + percent(c.doubleValue(ParameterTable.OF_VALUE_AREA_PERCENT)) + "% " + vaMethod
                + "; OFI: Cont-Kukanov-Stoikov on level 1, quoted size (io.orderflow.book); "
                + "imbalance: mean level-1 queue imbalance"
                + (spoof == null ? "" : "; manipulation: SpoofScore on ticks with depth (io.orderflow.book), "
                        + "scores at the bar close");
    }

    private static String percent(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    @Override
    public void onTick(Tick tick) {
        atBarClose = false;
        if (!barOpen) {
            flow.beginBar(clock.barStart(tick.timeMs()));
            barOpen = true;
        }
        flow.onTick(tick);
        double bidSize = tick.bidVolume();
        double askSize = tick.askVolume();
        barOfi += ofi.onQuote(tick.bid(), bidSize, tick.ask(), askSize);
        if (bidSize + askSize > 0) {
            imbalanceSum += QueueImbalance.of(bidSize, askSize);
            imbalanceCount++;
        }
        int levels = tick.levels();
        if (levels > barDepthLevels) barDepthLevels = levels;
        if (spoof != null && levels > 1) spoof.onTick(tick);
    }

    @Override
    public void onBar(Bar bar, OrderFlowSnapshot out) {
        if (!barOpen) flow.beginBar(bar.startMs());
        FlowBar fb = flow.closeBar(bar.endMs());
        barOpen = false;
        lastFlowBar = fb;
        DeltaBar d = fb.delta();
        out.barStartMs = bar.startMs();
        out.barEndMs = bar.endMs();
        out.ready = deltaZ.isFull();
        out.delta = d.delta();
        out.ofi = barOfi;
        out.imbalance = imbalanceCount == 0 ? 0 : imbalanceSum / imbalanceCount;
        barOfi = 0;
        imbalanceSum = 0;
        imbalanceCount = 0;
        out.deltaZ = deltaZ.scoreAndAdd(out.delta);
        out.ofiZ = ofiZ.scoreAndAdd(out.ofi);
        out.cumDelta = d.cumulativeDelta();
        long session = flow.delta().cumulativeDeltaSessionStartMs();
        out.cumDeltaSlope = slope(out.cumDelta, session, out.delta);

        long close = Math.floorDiv(bar.bidClose() + bar.askClose(), 2);
        lastClose = close;
        atBarClose = true;
        profile(fb.valueArea(), out);
        nearestZones(close, bar.endMs() - maxAgeMs, out);

        FootprintBar f = fb.footprint();
        out.absorption = sign(f.absorptionAtLow(), f.absorptionAtHigh());
        out.exhaustion = sign(f.exhaustionAtLow(), f.exhaustionAtHigh());
        out.divergence = fb.divergence();
        out.depthLevels = barDepthLevels;
        barDepthLevels = 0;
        out.spoofBid = spoof == null ? 0 : spoof.score(OfferSide.BID);
        out.spoofAsk = spoof == null ? 0 : spoof.score(OfferSide.ASK);

        int slot = (int) (barIndex % slopeBars);
        cumAtClose[slot] = out.cumDelta;
        sessionOfBar[slot] = session;
        barIndex++;
    }

    /** +1 for a bullish flag alone, −1 for a bearish flag alone, 0 for none or both. */
    private static int sign(boolean bullish, boolean bearish) {
        return bullish == bearish ? 0 : bullish ? 1 : -1;
    }

    /**
     * Least-squares slope of cumulative delta over the last bars since its reset (this bar included);
     * for a single bar, its delta.
     */
    private double slope(double cum, long session, double barDelta) {
        int n = 1;
        while (n < slopeBars && n <= barIndex && sessionOfBar[(int) ((barIndex - n) % slopeBars)] == session) n++;
        if (n < 2) return barDelta;
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (int k = 0; k < n; k++) {
            double y = k == n - 1 ? cum : cumAtClose[(int) ((barIndex - (n - 1 - k)) % slopeBars)];
            sx += k;
            sy += y;
            sxx += (double) k * k;
            sxy += k * y;
        }
        return (n * sxy - sx * sy) / (n * sxx - sx * sx);
    }

    /** POC and value area as row centres; the high-volume nodes wait for {@link #fillHighVolumeNodes}. */
    private void profile(ValueArea va, OrderFlowSnapshot out) {
        out.hvnFilled = false;
        out.hvnAboveCount = 0;
        out.hvnBelowCount = 0;
        if (va == null) {
            out.hasProfile = false;
            out.pocPoints = out.vahPoints = out.valPoints = 0;
            return;
        }
        long half = profileRowPoints / 2;
        out.hasProfile = true;
        out.pocPoints = va.pocPrice() + half;
        out.vahPoints = va.highPrice() + half;
        out.valPoints = va.lowPrice() + half;
    }

    /**
     * The session profile's high-volume nodes in rows above and below the last close's row, nearest
     * first, as row centres (up to {@link OrderFlowSnapshot#MAX_LEVELS} each side).
     */
    @Override
    public void fillHighVolumeNodes(OrderFlowSnapshot out) {
        if (!atBarClose) {
            throw new IllegalStateException("high-volume nodes are known only between a bar close and the next tick");
        }
        out.hvnAboveCount = 0;
        out.hvnBelowCount = 0;
        out.hvnFilled = true;
        if (flow.profile().profile().isEmpty()) return;
        long half = profileRowPoints / 2;
        long close = lastClose;
        VolumeNodes nodes = flow.profile().profile().nodes(hvnSmoothingRows, hvnRadiusRows, hvnMeanFactor,
                VolumeNodes.DEFAULT_LVN_FACTOR);
        int n = nodes.highNodeCount();
        for (int i = 0; i < n && out.hvnAboveCount < OrderFlowSnapshot.MAX_LEVELS; i++) {
            long low = nodes.highNode(i);
            if (low > close) out.hvnAbove[out.hvnAboveCount++] = low + half;
        }
        for (int i = n - 1; i >= 0 && out.hvnBelowCount < OrderFlowSnapshot.MAX_LEVELS; i--) {
            long low = nodes.highNode(i);
            if (low + profileRowPoints <= close) out.hvnBelow[out.hvnBelowCount++] = low + half;
        }
    }

    /** The nearest level above and below the close among the live levels created at or after {@code oldestMs}. */
    private void nearestZones(long close, long oldestMs, OrderFlowSnapshot out) {
        out.zoneAboveKind = ZoneKind.NONE;
        out.zoneAboveLow = out.zoneAboveHigh = 0;
        out.zoneBelowKind = ZoneKind.NONE;
        out.zoneBelowLow = out.zoneBelowHigh = 0;
        List<ImbalanceZone> alive = flow.zones().alive();
        for (int i = 0, n = alive.size(); i < n; i++) {
            ImbalanceZone z = alive.get(i);
            if (z.createdMs() < oldestMs) continue;
            place(out, close, z.isSupport() ? ZoneKind.STACKED_BUY_IMBALANCE : ZoneKind.STACKED_SELL_IMBALANCE,
                    z.lowPrice(), z.highEdge());
        }
        NakedPocs naked = flow.profile().nakedPocs();
        for (int i = 0, n = naked.size(); i < n; i++) {
            if (naked.sessionEndMs(i) < oldestMs) continue;
            long low = naked.price(i);
            place(out, close, ZoneKind.NAKED_POC, low, low + profileRowPoints);
        }
        SessionSummary last = flow.profile().lastSession();
        if (last != null && last.endMs() >= oldestMs) {
            ValueArea v = last.valueArea();
            place(out, close, ZoneKind.PRIOR_VALUE_HIGH, v.highPrice(), v.highEdge());
            place(out, close, ZoneKind.PRIOR_VALUE_LOW, v.lowPrice(), v.lowPrice() + profileRowPoints);
        }
    }

    private static void place(OrderFlowSnapshot out, long close, ZoneKind k, long low, long high) {
        if (low + high > 2 * close) {
            if (out.zoneAboveKind == ZoneKind.NONE || low < out.zoneAboveLow) {
                out.zoneAboveKind = k;
                out.zoneAboveLow = low;
                out.zoneAboveHigh = high;
            }
        } else if (out.zoneBelowKind == ZoneKind.NONE || high > out.zoneBelowHigh) {
            out.zoneBelowKind = k;
            out.zoneBelowLow = low;
            out.zoneBelowHigh = high;
        }
    }

    @Override
    public void reset() {
        flow.reset();
        ofi.reset();
        deltaZ.reset();
        ofiZ.reset();
        barOpen = false;
        atBarClose = false;
        barOfi = 0;
        imbalanceSum = 0;
        imbalanceCount = 0;
        barIndex = 0;
        lastFlowBar = null;
        barDepthLevels = 0;
        if (spoof != null) spoof.reset();
    }

    @Override
    public String provenance() { return provenance; }

    /**
     * The calculators (read them; do not feed them): the bar in progress, the live zones, the session
     * profile and naked POCs, the cumulative delta.
     */
    public TradeFlow tradeFlow() { return flow; }

    /**
     * Everything the calculators computed for the last closed bar (delta with provenance, footprint,
     * developing value area), or null.
     */
    public FlowBar lastFlowBar() { return lastFlowBar; }
}
