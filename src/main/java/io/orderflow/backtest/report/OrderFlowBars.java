package io.orderflow.backtest.report;

import io.orderflow.book.OrderFlowImbalance;
import io.orderflow.book.QueueImbalance;
import io.orderflow.flow.AggressorMethod;
import io.orderflow.flow.DeltaBar;
import io.orderflow.flow.DeltaReset;
import io.orderflow.flow.FlowBar;
import io.orderflow.flow.FootprintBar;
import io.orderflow.flow.FootprintSettings;
import io.orderflow.flow.ImbalanceZone;
import io.orderflow.flow.ImbalanceZones;
import io.orderflow.flow.TradeFlow;
import io.orderflow.flow.VolumeProxy;
import io.orderflow.market.BarClock;
import io.orderflow.market.SessionAnchor;
import io.orderflow.market.Tick;
import io.orderflow.profile.ValueArea;
import io.orderflow.profile.ValueAreaMethod;
import io.orderflow.profile.VolumeProfile;

/**
 * Per-bar order-flow readings of quote ticks from the project's calculators, for bars the caller
 * decides (time bars of a {@link BarClock}, or any bars closed with {@link #closeBar}):
 * <ul>
 * <li>{@link TradeFlow} ({@code io.orderflow.flow}/{@code profile}): buy, sell and unclassified
 * volume and delta by the chosen {@link AggressorMethod} and {@link VolumeProxy}, cumulative delta
 * with its reset, the bar's footprint with stacked-imbalance zones, and the developing POC and value
 * area of the session profile;</li>
 * <li>{@link OrderFlowImbalance} ({@code io.orderflow.book}): the Cont–Kukanov–Stoikov OFI summed over
 * the bar's ticks (level 1, quoted sizes);</li>
 * <li>{@link QueueImbalance}: the level-1 queue imbalance (bid size − ask size) / (sum), averaged
 * over the bar's ticks and at its last tick.</li>
 * </ul>
 * Besides, every flow event goes into a composite {@link VolumeProfile} of everything fed (for a
 * report's range profile), and the bid OHLC and tick count of each bar are kept.
 *
 * <p>Units: prices in points, times ms UTC, volumes in the proxy's unit (tick count: ticks), OFI in
 * the quoted size unit (millions for Dukascopy FX). Profile prices are the lower edges of rows of
 * {@link Settings#rowPoints} points. Per tick O(1), no allocation; a bar close allocates its
 * {@link Row} and the calculators' bar results. Single-threaded.
 */
public final class OrderFlowBars {
    /** What to compute. Immutable; {@code with…} methods return copies. */
    public static final class Settings {
        private final AggressorMethod method;
        private final VolumeProxy proxy;
        private final long rowPoints;
        private final DeltaReset deltaReset;
        private final SessionAnchor profileSession;
        private final double valueAreaShare;
        private final double imbalanceRatio;
        private final int stackedRows;

        private Settings(AggressorMethod method, VolumeProxy proxy, long rowPoints, DeltaReset deltaReset,
                         SessionAnchor profileSession, double valueAreaShare, double imbalanceRatio, int stackedRows) {
            if (!method.worksOnQuotes()) throw new IllegalArgumentException(method.label() + " does not work on quote ticks");
            if (!proxy.worksOnQuotes()) throw new IllegalArgumentException(proxy.label() + " is not a quote-tick volume");
            if (rowPoints < 1) throw new IllegalArgumentException("row height must be >= 1 point, was " + rowPoints);
            if (!(valueAreaShare > 0 && valueAreaShare <= 1)) {
                throw new IllegalArgumentException("value-area share must be in (0, 1], was " + valueAreaShare);
            }
            this.method = method;
            this.proxy = proxy;
            this.rowPoints = rowPoints;
            this.deltaReset = deltaReset;
            this.profileSession = profileSession;
            this.valueAreaShare = valueAreaShare;
            this.imbalanceRatio = imbalanceRatio;
            this.stackedRows = stackedRows;
        }

        /**
         * Defaults: mid tick rule × tick count, cumulative delta and session profile on the FX day
         * (17:00 New York), 70 % value area, footprint imbalance ratio 3 with 3 stacked rows.
         */
        public static Settings defaults(long rowPoints) {
            return new Settings(AggressorMethod.MID_TICK_RULE, VolumeProxy.TICK_COUNT, rowPoints, DeltaReset.FX_DAY,
                    SessionAnchor.FX_NEW_YORK, VolumeProfile.DEFAULT_VALUE_AREA_SHARE,
                    FootprintSettings.DEFAULT_IMBALANCE_RATIO, FootprintSettings.DEFAULT_STACKED_ROWS);
        }

        public Settings withMethod(AggressorMethod v) {
            return new Settings(v, proxy, rowPoints, deltaReset, profileSession, valueAreaShare, imbalanceRatio, stackedRows);
        }

        public Settings withProxy(VolumeProxy v) {
            return new Settings(method, v, rowPoints, deltaReset, profileSession, valueAreaShare, imbalanceRatio, stackedRows);
        }

        public Settings withDeltaReset(DeltaReset v) {
            return new Settings(method, proxy, rowPoints, v, profileSession, valueAreaShare, imbalanceRatio, stackedRows);
        }

        /** The session of the developing profile (POC/VA per bar). */
        public Settings withProfileSession(SessionAnchor v) {
            return new Settings(method, proxy, rowPoints, deltaReset, v, valueAreaShare, imbalanceRatio, stackedRows);
        }

        public Settings withValueAreaShare(double v) {
            return new Settings(method, proxy, rowPoints, deltaReset, profileSession, v, imbalanceRatio, stackedRows);
        }

        public Settings withImbalance(double ratio, int stacked) {
            return new Settings(method, proxy, rowPoints, deltaReset, profileSession, valueAreaShare, ratio, stacked);
        }

        public AggressorMethod method() { return method; }

        public VolumeProxy proxy() { return proxy; }

        /** Footprint and profile row height, points. */
        public long rowPoints() { return rowPoints; }

        public DeltaReset deltaReset() { return deltaReset; }

        public SessionAnchor profileSession() { return profileSession; }

        public double valueAreaShare() { return valueAreaShare; }

        public double imbalanceRatio() { return imbalanceRatio; }

        public int stackedRows() { return stackedRows; }
    }

    /** The readings of one bar. Immutable. Prices in points ({@link #NO_PRICE} when none). */
    public static final class Row {
        /** No price (no profile yet, no zone). */
        public static final long NO_PRICE = Long.MIN_VALUE;

        public final long startMs;
        public final long endMs;
        public final int ticks;
        public final long bidOpen, bidHigh, bidLow, bidClose;
        public final double buyVolume, sellVolume, unclassifiedVolume;
        /** buy − sell. */
        public final double delta;
        /** Highest and lowest running delta inside the bar. */
        public final double maxDelta, minDelta;
        /** Cumulative delta at the bar's close (since the last reset). */
        public final double cumulativeDelta;
        /** OFI summed over the bar's ticks. */
        public final double ofi;
        /** Mean level-1 queue imbalance over the bar's ticks, and at its last tick (NaN without ticks). */
        public final double imbalanceMean, imbalanceClose;
        /** Developing session profile at the close: POC row, lowest and highest value-area rows (lower edges). */
        public final long poc, valueAreaLow, valueAreaHigh;
        /** Stacked-imbalance zones alive at the close. */
        public final int zonesActive;
        /** Nearest support zone at or below the mid close, and resistance at or above it: [low, high) edges. */
        public final long supportLow, supportHigh, resistanceLow, resistanceHigh;
        /** The bar's footprint: volume per row by side, imbalances, zones, absorption, exhaustion. */
        public final FootprintBar footprint;

        Row(long startMs, long endMs, int ticks, long bidOpen, long bidHigh, long bidLow, long bidClose, DeltaBar d,
            double ofi, double imbalanceMean, double imbalanceClose, ValueArea va, int zonesActive, ImbalanceZone support,
            ImbalanceZone resistance, FootprintBar footprint) {
            this.startMs = startMs;
            this.endMs = endMs;
            this.ticks = ticks;
            this.bidOpen = bidOpen;
            this.bidHigh = bidHigh;
            this.bidLow = bidLow;
            this.bidClose = bidClose;
            this.buyVolume = d.buyVolume();
            this.sellVolume = d.sellVolume();
            this.unclassifiedVolume = d.unclassifiedVolume();
            this.delta = d.delta();
            this.maxDelta = d.maxDelta();
            this.minDelta = d.minDelta();
            this.cumulativeDelta = d.cumulativeDelta();
            this.ofi = ofi;
            this.imbalanceMean = imbalanceMean;
            this.imbalanceClose = imbalanceClose;
            this.poc = va == null ? NO_PRICE : va.pocPrice();
            this.valueAreaLow = va == null ? NO_PRICE : va.lowPrice();
            this.valueAreaHigh = va == null ? NO_PRICE : va.highPrice();
            this.zonesActive = zonesActive;
            this.supportLow = support == null ? NO_PRICE : support.lowPrice();
            this.supportHigh = support == null ? NO_PRICE : support.highEdge();
            this.resistanceLow = resistance == null ? NO_PRICE : resistance.lowPrice();
            this.resistanceHigh = resistance == null ? NO_PRICE : resistance.highEdge();
            this.footprint = footprint;
        }
    }

    private final Settings settings;
    private final BarClock clock;
    private final TradeFlow flow;
    private final OrderFlowImbalance ofi = new OrderFlowImbalance();
    private final VolumeProfile composite;

    private boolean barOpen;
    private long barStartMs;
    private double ofiAtBarStart;
    private double imbalanceSum;
    private double imbalanceLast = Double.NaN;
    private int ticks;
    private long bidOpen, bidHigh, bidLow, bidClose;
    private long midClose2;

    /**
     * @param clock the bars' clock: a bar in progress starts at {@code clock.barStart(first tick)};
     *              null for bars decided by the caller (a bar then starts at its first tick)
     */
    public OrderFlowBars(Settings settings, BarClock clock) {
        this.settings = settings;
        this.clock = clock;
        FootprintSettings fp = FootprintSettings.rows(settings.rowPoints)
                .withImbalanceRatio(settings.imbalanceRatio).withStackedRows(settings.stackedRows);
        this.flow = TradeFlow.forQuotes(settings.method, settings.proxy, settings.rowPoints)
                .deltaReset(settings.deltaReset)
                .footprint(fp)
                .sessionProfile(settings.profileSession)
                .profileRowPoints(settings.rowPoints)
                .valueArea(settings.valueAreaShare, ValueAreaMethod.ONE_ROW)
                .developingValueArea(settings.profileSession != null)
                .build();
        this.composite = new VolumeProfile(settings.rowPoints, 1024);
    }

    public Settings settings() { return settings; }

    /** Adds one tick to the bar in progress (starting one if none is open). */
    public void onTick(Tick tick) {
        long t = tick.timeMs();
        long bid = tick.bid();
        if (!barOpen) {
            barOpen = true;
            barStartMs = clock == null ? t : clock.barStart(t);
            flow.beginBar(barStartMs);
            ofiAtBarStart = ofi.cumulative();
            imbalanceSum = 0;
            ticks = 0;
            bidOpen = bid;
            bidHigh = bid;
            bidLow = bid;
        }
        flow.onTick(tick);
        ofi.onTick(tick);
        composite.add(flow.lastPrice(), flow.lastVolume(), flow.lastSide());
        double imb = QueueImbalance.of(tick.bidVolume(), tick.askVolume());
        imbalanceSum += imb;
        imbalanceLast = imb;
        ticks++;
        if (bid > bidHigh) bidHigh = bid;
        if (bid < bidLow) bidLow = bid;
        bidClose = bid;
        midClose2 = tick.ask() + bid;
    }

    /** True while a bar has ticks and is not closed. */
    public boolean isBarOpen() { return barOpen; }

    /** Start of the bar in progress, ms UTC. */
    public long barStartMs() { return barStartMs; }

    /**
     * Closes the bar in progress at {@code endMs} (exclusive) and returns its readings; a bar
     * without ticks (none was open) gives a row of zeros and NaN imbalances.
     */
    public Row closeBar(long endMs) {
        if (!barOpen) {
            flow.beginBar(endMs);
            bidOpen = bidHigh = bidLow = bidClose = 0;
            ticks = 0;
            imbalanceSum = 0;
            ofiAtBarStart = ofi.cumulative();
            barStartMs = endMs;
        }
        FlowBar fb = flow.closeBar(endMs);
        long mid = Math.floorDiv(midClose2, 2);
        ImbalanceZones zones = flow.zones();
        ImbalanceZone support = zones == null || ticks == 0 ? null : zones.nearestSupportBelow(mid);
        ImbalanceZone resistance = zones == null || ticks == 0 ? null : zones.nearestResistanceAbove(mid);
        Row row = new Row(barStartMs, endMs, ticks, bidOpen, bidHigh, bidLow, bidClose, fb.delta(),
                ofi.cumulative() - ofiAtBarStart, ticks == 0 ? Double.NaN : imbalanceSum / ticks,
                ticks == 0 ? Double.NaN : imbalanceLast, fb.valueArea(), zones == null ? 0 : zones.size(), support,
                resistance, fb.footprint());
        barOpen = false;
        return row;
    }

    /** The calculators (for readings not in {@link Row}: naked POCs, the last session, live zones...). */
    public TradeFlow flow() { return flow; }

    /** Volume at price of every tick fed, by aggressor side (the composite profile of the whole run). */
    public VolumeProfile compositeProfile() { return composite; }

    /** "mid tick rule × tick count". */
    public String deltaProvenance() {
        return settings.method.label() + " × " + settings.proxy.label();
    }
}
