package io.orderflow.strategy.readings;

import io.orderflow.book.OrderFlowImbalance;
import io.orderflow.book.QueueImbalance;
import io.orderflow.flow.AggressorMethod;
import io.orderflow.flow.DeltaBar;
import io.orderflow.flow.DeltaReset;
import io.orderflow.flow.FlowBar;
import io.orderflow.flow.FootprintBar;
import io.orderflow.flow.FootprintSettings;
import io.orderflow.flow.ImbalanceZone;
import io.orderflow.flow.TradeFlow;
import io.orderflow.flow.VolumeProxy;
import io.orderflow.market.Bar;
import io.orderflow.market.BarClock;
import io.orderflow.market.Tick;
import io.orderflow.profile.NakedPocs;
import io.orderflow.profile.SessionSummary;
import io.orderflow.profile.ValueArea;
import io.orderflow.profile.ValueAreaMethod;
import io.orderflow.profile.VolumeNodes;
import io.orderflow.profile.VolumeProfile;
import io.orderflow.strategy.config.StrategyConfig;
import io.orderflow.strategy.config.StrategyParams;

/**
 * The strategy's order-flow readings from the project's calculators: {@link TradeFlow}
 * ({@code io.orderflow.flow}: delta with provenance, session cumulative delta, footprint with
 * diagonal imbalances, stacked-imbalance zones, absorption and exhaustion, divergence; with
 * {@code io.orderflow.profile}: the session profile, developing value area, HVNs, naked POCs) and
 * {@link OrderFlowImbalance} / {@link QueueImbalance} ({@code io.orderflow.book}).
 *
 * <p>NOT COMPILED in the strategy branch (it lives in {@code src/wiring}): it needs the flow, profile
 * and book packages on main. Once they are merged, move it to {@code src/main/java} and construct the
 * engine with {@code new StrategyEngine(config, port, new ProjectOrderFlowSource(config))}.
 *
 * <p>What the strategy adds on top: delta and OFI z-scores ({@link RollingZScore} over
 * {@code orderflow.zWindow} bars), the cumulative-delta slope (least squares over
 * {@code orderflow.cumDeltaSlopeBars} bars of the session), and the nearest zone above and below
 * the close among stacked-imbalance zones, naked POCs and the previous session's value-area edges.
 * Prices reported as row centres (the calculators report row low edges).
 *
 * <p>Per tick O(1) and allocation-free (the calculators' contract); a bar close allocates the
 * calculators' bar results and the node list. Single-threaded.
 */
public final class ProjectOrderFlowSource implements OrderFlowSource {
    private final TradeFlow flow;
    private final OrderFlowImbalance ofi = new OrderFlowImbalance();
    private final RollingZScore deltaZ;
    private final RollingZScore ofiZ;
    private final BarClock clock;
    private final long rowPoints;
    private final int slopeBars;
    private final double[] cumAtClose;
    private final long[] sessionOfBar;
    private final double hvnFraction;

    private boolean barOpen;
    private double ofiAtBarStart;
    private double imbalanceSum;
    private int imbalanceCount;
    private long barIndex;

    public ProjectOrderFlowSource(StrategyConfig c) {
        rowPoints = Math.round(c.doubleValue(StrategyParams.OF_PROFILE_ROW_PIPS) * c.instrument().pointsPerPip());
        FootprintSettings fp = FootprintSettings.rows(rowPoints)
                .withImbalanceRatio(c.doubleValue(StrategyParams.OF_IMBALANCE_RATIO))
                .withIgnoreZeros(c.booleanValue(StrategyParams.OF_IGNORE_ZERO))
                .withStackedRows(c.intValue(StrategyParams.OF_STACKED_COUNT));
        flow = TradeFlow.forQuotes(AggressorMethod.MID_TICK_RULE, VolumeProxy.TICK_COUNT, rowPoints)
                .deltaReset(DeltaReset.at(c.sessionAnchor()))
                .footprint(fp)
                .zoneCapacity(c.intValue(StrategyParams.OF_MAX_ZONES))
                .sessionProfile(c.sessionAnchor())
                .profileRowPoints(rowPoints)
                .valueArea(c.doubleValue(StrategyParams.OF_VALUE_AREA_PERCENT) / 100.0, ValueAreaMethod.ONE_ROW)
                .developingValueArea(true)
                .divergenceLookback(c.intValue(StrategyParams.OF_DIVERGENCE_BARS))
                .build();
        int window = c.intValue(StrategyParams.OF_Z_WINDOW);
        deltaZ = new RollingZScore(window);
        ofiZ = new RollingZScore(window);
        clock = BarClock.fixed(c.barPeriodMs());
        slopeBars = c.intValue(StrategyParams.OF_CUM_DELTA_SLOPE_BARS);
        cumAtClose = new double[slopeBars];
        sessionOfBar = new long[slopeBars];
        hvnFraction = c.doubleValue(StrategyParams.OF_HVN_FRACTION);
    }

    @Override
    public void onTick(Tick tick) {
        if (!barOpen) {
            flow.beginBar(clock.barStart(tick.timeMs()));
            ofiAtBarStart = ofi.cumulative();
            barOpen = true;
        }
        flow.onTick(tick);
        ofi.onTick(tick);
        double depth = tick.bidVolume() + tick.askVolume();
        if (depth > 0) {
            imbalanceSum += QueueImbalance.of(tick.bidVolume(), tick.askVolume());
            imbalanceCount++;
        }
    }

    @Override
    public void onBar(Bar bar, OrderFlowSnapshot out) {
        FlowBar fb = flow.closeBar(bar.endMs());
        barOpen = false;
        DeltaBar d = fb.delta();
        out.barStartMs = bar.startMs();
        out.barEndMs = bar.endMs();
        out.ready = deltaZ.isFull();
        out.delta = d.delta();
        out.ofi = ofi.cumulative() - ofiAtBarStart;
        out.imbalance = imbalanceCount == 0 ? 0 : imbalanceSum / imbalanceCount;
        imbalanceSum = 0;
        imbalanceCount = 0;
        out.deltaZ = deltaZ.scoreAndAdd(out.delta);
        out.ofiZ = ofiZ.scoreAndAdd(out.ofi);
        out.cumDelta = d.cumulativeDelta();
        long session = flow.delta().cumulativeDelta().sessionStartMs();
        out.cumDeltaSlope = slope(out.cumDelta, session, out.delta);

        long close = Math.floorDiv(bar.bidClose() + bar.askClose(), 2);
        long half = rowPoints / 2;
        ValueArea va = fb.valueArea();
        out.hvnAboveCount = 0;
        out.hvnBelowCount = 0;
        if (va == null) {
            out.hasProfile = false;
            out.pocPoints = out.vahPoints = out.valPoints = 0;
        } else {
            out.hasProfile = true;
            out.pocPoints = va.pocPrice() + half;
            out.vahPoints = va.highPrice() + half;
            out.valPoints = va.lowPrice() + half;
            VolumeProfile p = flow.profile().profile();
            VolumeNodes nodes = p.nodes();
            double min = hvnFraction * p.volumeAt(va.pocPrice());
            for (int i = 0; i < nodes.highNodeCount() && out.hvnAboveCount < OrderFlowSnapshot.MAX_LEVELS; i++) {
                long n = nodes.highNode(i) + half;
                if (n > close && p.volumeAt(nodes.highNode(i)) >= min) out.hvnAbove[out.hvnAboveCount++] = n;
            }
            for (int i = nodes.highNodeCount() - 1; i >= 0 && out.hvnBelowCount < OrderFlowSnapshot.MAX_LEVELS; i--) {
                long n = nodes.highNode(i) + half;
                if (n < close && p.volumeAt(nodes.highNode(i)) >= min) out.hvnBelow[out.hvnBelowCount++] = n;
            }
        }
        nearestZones(close, out);

        FootprintBar f = fb.footprint();
        out.absorption = f == null ? 0 : f.absorptionAtLow() == f.absorptionAtHigh() ? 0 : f.absorptionAtLow() ? 1 : -1;
        out.exhaustion = f == null ? 0 : f.exhaustionAtLow() == f.exhaustionAtHigh() ? 0 : f.exhaustionAtLow() ? 1 : -1;
        out.divergence = fb.divergence();
        int slot = (int) (barIndex % slopeBars);
        cumAtClose[slot] = out.cumDelta;
        sessionOfBar[slot] = session;
        barIndex++;
    }

    /** Least-squares slope of cumulative delta over the last bars of this session (this bar included). */
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

    /** Nearest zone above and below the close among stacked imbalances, naked POCs and the prior value area. */
    private void nearestZones(long close, OrderFlowSnapshot out) {
        out.zoneAboveKind = ZoneKind.NONE;
        out.zoneBelowKind = ZoneKind.NONE;
        ImbalanceZone res = flow.zones().nearestResistanceAbove(close);
        if (res != null) above(out, close, ZoneKind.STACKED_SELL_IMBALANCE, res.lowPrice(), res.highEdge());
        ImbalanceZone sup = flow.zones().nearestSupportBelow(close);
        if (sup != null) below(out, close, ZoneKind.STACKED_BUY_IMBALANCE, sup.lowPrice(), sup.highEdge());
        NakedPocs naked = flow.profile().nakedPocs();
        long up = naked.nearestAbove(close);
        if (up != VolumeProfile.NO_PRICE) above(out, close, ZoneKind.PRIOR_POC, up, up + rowPoints);
        long down = naked.nearestBelow(close);
        if (down != VolumeProfile.NO_PRICE) below(out, close, ZoneKind.PRIOR_POC, down, down + rowPoints);
        SessionSummary last = flow.profile().lastSession();
        if (last != null) {
            ValueArea v = last.valueArea();
            place(out, close, ZoneKind.PRIOR_VALUE_HIGH, v.highPrice(), v.highEdge());
            place(out, close, ZoneKind.PRIOR_VALUE_LOW, v.lowPrice(), v.lowPrice() + rowPoints);
        }
    }

    private static void place(OrderFlowSnapshot out, long close, ZoneKind k, long low, long high) {
        if (low + high > 2 * close) above(out, close, k, low, high); else below(out, close, k, low, high);
    }

    private static void above(OrderFlowSnapshot out, long close, ZoneKind k, long low, long high) {
        if (out.zoneAboveKind == ZoneKind.NONE || low < out.zoneAboveLow) {
            out.zoneAboveKind = k;
            out.zoneAboveLow = low;
            out.zoneAboveHigh = high;
        }
    }

    private static void below(OrderFlowSnapshot out, long close, ZoneKind k, long low, long high) {
        if (out.zoneBelowKind == ZoneKind.NONE || high > out.zoneBelowHigh) {
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
        imbalanceSum = 0;
        imbalanceCount = 0;
        barIndex = 0;
    }

    @Override
    public String provenance() {
        return "delta: " + AggressorMethod.MID_TICK_RULE.label() + " x " + VolumeProxy.TICK_COUNT.label()
                + " (io.orderflow.flow.TradeFlow); OFI: Cont-Kukanov-Stoikov level 1 (io.orderflow.book); "
                + "profile, footprint, zones: io.orderflow.flow/profile";
    }
}
