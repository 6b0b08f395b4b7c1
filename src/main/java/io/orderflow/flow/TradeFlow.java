package io.orderflow.flow;

import java.io.IOException;

import io.orderflow.market.BarClock;
import io.orderflow.market.SessionAnchor;
import io.orderflow.market.Tick;
import io.orderflow.market.TickCursor;
import io.orderflow.profile.NakedPocs;
import io.orderflow.profile.SessionVolumeProfile;
import io.orderflow.profile.ValueArea;
import io.orderflow.profile.ValueAreaMethod;
import io.orderflow.profile.VolumeProfile;

/**
 * The full trade-flow update in one place: aggressor inference, per-bar delta, cumulative delta,
 * footprint with imbalances and zones, and the session volume profile, fed by quote ticks (FX) or
 * by trades with quotes (exchanges).
 *
 * <h2>Inputs</h2>
 * Built {@link #forQuotes for quotes}, every {@link #onTick}/{@link #onQuote} is a flow event,
 * classified by {@link AggressorMethod#MID_TICK_RULE}, {@link AggressorMethod#QUOTE_CHANGE} or
 * {@link AggressorMethod#BVC}, sized by a quote {@link VolumeProxy} and placed at a
 * {@link QuotePrice}. Built {@link #forTrades for trades}, quotes only update the prevailing bid
 * and ask and every {@link #onTrade} is a flow event, classified by a trade rule (or the venue's
 * flag, or BVC) and sized by {@link VolumeProxy#TRADED_SIZE} or {@link VolumeProxy#TICK_COUNT}.
 *
 * <h2>Bars — streaming and batch share one arithmetic</h2>
 * <ul>
 *   <li>Streaming with a {@link Builder#timeBars time-bar clock}: bars close by themselves when the
 *   first event of a later period arrives, and go to the {@link FlowBarListener}.</li>
 *   <li>Streaming with bars decided by the caller (tick, range or chart bars):
 *   {@link #beginBar}, events, {@link #closeBar}.</li>
 *   <li>Batch over a bar range (a JForex indicator that receives bars and loads each bar's ticks):
 *   {@link #computeBars(long[], long[], int, TickCursor)} or the array overload. It drives the same
 *   calls; events outside every bar still update classification, cumulative delta, zones and the
 *   profile, but no bar.</li>
 * </ul>
 *
 * <h2>One row update per event</h2>
 * When the footprint and the session profile have the same row height (the default), the profile
 * does not get its own row update per event: it collects the footprint's rows when it is read
 * ({@link #profile()} and its getters), when a bar closes or is discarded, and at a session
 * boundary, so every read sees every event so far (see {@link SessionVolumeProfile}). Events
 * between two bar or session ends skip those checks: one time-window test per event decides.
 *
 * <h2>Units and threading</h2>
 * Prices in points, times ms UTC (non-decreasing), volumes in the proxy's unit. Per event O(1) and
 * allocation-free (measured by {@code TradeFlowBenchmark}); a bar close allocates its result and
 * costs O(rows). Not thread-safe: single-threaded by contract (JForex calls strategies and
 * indicators on one thread).
 */
public final class TradeFlow {
    private final boolean quoteInput;
    private final AggressorMethod method;
    private final VolumeProxy proxy;
    private final QuoteTickClassifier quoteClassifier;
    private final QuoteVolumeProxy quoteVolume;
    private final TradeClassifier tradeClassifier;
    private final boolean tickCountTrades;
    private final QuotePrice quotePrice;
    private final boolean priceAtAggressorSide;
    private final DeltaBarCalculator delta;
    private final Footprint footprint;
    private final ImbalanceZones zones;
    private final SessionVolumeProfile profile;
    /** The profile takes its volume from the footprint (same rows) instead of per event. */
    private final boolean profileFromFootprint;
    private final boolean developingValueArea;
    private final DeltaDivergence divergence;
    private final BarClock clock;
    private final FlowBarListener listener;

    private final LaggedQuote quote;
    private long autoBarEnd = Long.MIN_VALUE;
    // Events at times in [fastFrom, fastUntil) lie in the bar in progress, the cumulative delta's
    // session and the (deferred) profile's session of the event before: they skip those checks.
    // Empty whenever anything else may have moved (bar or session ends, outside bars, reset).
    private long fastFrom = Long.MAX_VALUE;
    private long fastUntil = Long.MIN_VALUE;
    private final NakedPocs nakedPocs;
    private boolean outsideBars;
    private int lastSide;
    private double lastVolume;
    private long lastPrice;
    private long lastTimeMs;

    private TradeFlow(Builder b) {
        this.quoteInput = b.quoteInput;
        this.method = b.method;
        this.proxy = b.proxy;
        boolean bvc = b.method == AggressorMethod.BVC;
        this.quoteClassifier = b.quoteInput && !bvc ? QuoteTickClassifier.create(b.method) : null;
        this.quoteVolume = b.quoteInput ? new QuoteVolumeProxy(b.proxy) : null;
        this.tradeClassifier = !b.quoteInput && !bvc ? TradeClassifier.create(b.method) : null;
        this.tickCountTrades = b.proxy == VolumeProxy.TICK_COUNT;
        this.quotePrice = b.quotePrice;
        this.priceAtAggressorSide = b.quotePrice == QuotePrice.AGGRESSOR_SIDE;
        this.delta = bvc ? new DeltaBarCalculator(new BulkVolumeClassifier(b.bvcWindowBars, b.bvcDegreesOfFreedom),
                b.proxy, b.deltaReset) : new DeltaBarCalculator(b.method, b.proxy, b.deltaReset);
        this.footprint = b.footprint != null ? new Footprint(b.footprint, b.footprintExpectedRows) : null;
        this.zones = b.footprint != null && b.zoneCapacity > 0 ? new ImbalanceZones(b.zoneCapacity) : null;
        this.profile = b.profileAnchor != null ? new SessionVolumeProfile(b.profileAnchor, b.profileRowPoints,
                b.valueAreaShare, b.valueAreaMethod, b.profileExpectedRows, b.nakedPocCapacity) : null;
        this.profileFromFootprint = profile != null && footprint != null && b.footprint.rowPoints() == b.profileRowPoints;
        if (profileFromFootprint) profile.deferTo(footprint);
        this.nakedPocs = profile != null ? profile.nakedPocs() : null;
        this.developingValueArea = b.developingValueArea;
        this.divergence = b.divergenceLookback > 0 ? new DeltaDivergence(b.divergenceLookback) : null;
        this.clock = b.clock;
        this.listener = b.listener;
        this.quote = new LaggedQuote(b.quoteLagMs, b.quoteLagMs == 0 ? 1 : b.quoteLagCapacity);
        if (clock == null) autoBarEnd = Long.MAX_VALUE;
    }

    /**
     * A builder for quote-tick input (Dukascopy FX).
     *
     * @param method    {@link AggressorMethod#MID_TICK_RULE}, {@link AggressorMethod#QUOTE_CHANGE} or {@link AggressorMethod#BVC}
     * @param proxy     {@link VolumeProxy#TICK_COUNT}, {@link VolumeProxy#QUOTED_SIZE_CHANGE} or {@link VolumeProxy#TOP_OF_BOOK_SIZE}
     * @param rowPoints footprint and profile row height in points (e.g. 10 = one pip on EURUSD)
     */
    public static Builder forQuotes(AggressorMethod method, VolumeProxy proxy, long rowPoints) {
        if (!method.worksOnQuotes()) throw new IllegalArgumentException(method + " does not work on quote ticks");
        if (!proxy.worksOnQuotes()) throw new IllegalArgumentException(proxy + " is not a quote-tick volume proxy");
        return new Builder(true, method, proxy, rowPoints);
    }

    /**
     * A builder for trade input (exchanges with prints).
     *
     * @param method    a trade rule, {@link AggressorMethod#TRUE_SIDE} or {@link AggressorMethod#BVC}
     * @param proxy     {@link VolumeProxy#TRADED_SIZE} or {@link VolumeProxy#TICK_COUNT}
     * @param rowPoints footprint and profile row height in points
     */
    public static Builder forTrades(AggressorMethod method, VolumeProxy proxy, long rowPoints) {
        if (!method.worksOnTrades()) throw new IllegalArgumentException(method + " does not work on trades");
        if (!proxy.worksOnTrades()) throw new IllegalArgumentException(proxy + " is not a trade volume");
        return new Builder(false, method, proxy, rowPoints);
    }

    // ---------------------------------------------------------------- events

    /** A quote tick: a flow event for quote input, the prevailing quote for trade input. */
    public void onTick(Tick tick) {
        onQuote(tick.timeMs(), tick.ask(), tick.bid(), tick.askVolume(), tick.bidVolume());
    }

    /**
     * A quote: best ask and bid (points) and their sizes at {@code timeMs}. For quote input a flow
     * event; for trade input the quote the next trades are classified against.
     */
    public void onQuote(long timeMs, long askPoints, long bidPoints, double askSize, double bidSize) {
        if (!quoteInput) {
            quote.onQuote(timeMs, bidPoints, askPoints);
            return;
        }
        int side = quoteClassifier != null ? quoteClassifier.classify(askPoints, bidPoints, askSize, bidSize) : 0;
        double volume = quoteVolume.volume(askPoints, bidPoints, askSize, bidSize);
        long price;
        if (priceAtAggressorSide) {
            price = side > 0 ? askPoints : bidPoints;
            if (side == 0) price = (askPoints + bidPoints) >> 1;
        }
        else price = quotePrice.of(side, askPoints, bidPoints);
        flow(timeMs, price, volume, side);
    }

    /** A trade (trade input only). */
    public void onTrade(Trade trade) {
        onTrade(trade.timeMs(), trade.price(), trade.size(), trade.trueSide());
    }

    /**
     * A trade at {@code pricePoints} of {@code size} at {@code timeMs}; {@code trueSide} is the
     * venue's flag ({@link Aggressor}, 0 when none), used only by {@link AggressorMethod#TRUE_SIDE}.
     */
    public void onTrade(long timeMs, long pricePoints, double size, int trueSide) {
        if (quoteInput) throw new IllegalStateException("this TradeFlow was built for quote ticks, not trades");
        quote.advanceTo(timeMs);
        int side = tradeClassifier != null ? tradeClassifier.classify(pricePoints, trueSide, quote.bid(), quote.ask()) : 0;
        flow(timeMs, pricePoints, tickCountTrades ? 1 : size, side);
    }

    private void flow(long timeMs, long price, double volume, int side) {
        lastSide = side;
        lastVolume = volume;
        lastPrice = price;
        lastTimeMs = timeMs;
        if (timeMs >= fastUntil || timeMs < fastFrom) {
            flowChecked(timeMs, price, volume, side);
            return;
        }
        // the usual event: same bar, same sessions as the one before (see flowChecked)
        delta.addInSession(timeMs, price, volume, side);
        if (footprint != null) footprint.add(price, volume, side);
        if (profileFromFootprint) nakedPocs.onPrice(price);
        else if (profile != null) profile.add(timeMs, price, volume, side);
        if (zones != null) zones.onPrice(timeMs, price);
    }

    /** An event that may end the bar or a session, or come first: every check, then the new fast window. */
    private void flowChecked(long timeMs, long price, double volume, int side) {
        if (timeMs >= autoBarEnd) rollAutoBar(timeMs);
        if (outsideBars) {
            delta.addOutsideBar(timeMs, Integer.signum(side) * volume);
            if (profile != null) profile.add(timeMs, price, volume, side);
        } else if (profileFromFootprint) {
            // the profile collects this volume from the footprint's rows when read or at a bar or
            // session end; its session check runs before the footprint holds the event
            profile.onDeferredEvent(timeMs, price);
            delta.add(timeMs, price, volume, side);
            footprint.add(price, volume, side);
        } else {
            delta.add(timeMs, price, volume, side);
            if (footprint != null) footprint.add(price, volume, side);
            if (profile != null) profile.add(timeMs, price, volume, side);
        }
        if (zones != null) zones.onPrice(timeMs, price);
        if (outsideBars) {
            noFastWindow();
            return;
        }
        long from = delta.cumulativeSessionStartMs();
        long until = Math.min(autoBarEnd, delta.cumulativeSessionEndMs());
        if (profileFromFootprint) {
            from = Math.max(from, profile.sessionStartMs());
            until = Math.min(until, profile.sessionEndMs());
        }
        fastFrom = from;
        fastUntil = until;
    }

    private void noFastWindow() {
        fastFrom = Long.MAX_VALUE;
        fastUntil = Long.MIN_VALUE;
    }

    private void rollAutoBar(long timeMs) {
        if (autoBarEnd != Long.MIN_VALUE) {
            FlowBar bar = closeBar(autoBarEnd);
            if (listener != null) listener.onBar(bar);
        }
        long start = clock.barStart(timeMs);
        beginBar(start);
        autoBarEnd = clock.barEnd(start);
    }

    // ---------------------------------------------------------------- bars

    /**
     * With a time-bar clock: closes the bar in progress (if any) and delivers it to the listener,
     * e.g. at the end of a replay. The next event starts a new bar.
     */
    public void flush() {
        if (clock == null) throw new IllegalStateException("flush() is for time bars; use closeBar(endMs)");
        noFastWindow();
        if (autoBarEnd != Long.MIN_VALUE) {
            FlowBar bar = closeBar(autoBarEnd);
            autoBarEnd = Long.MIN_VALUE;
            if (listener != null) listener.onBar(bar);
        }
    }

    /** Starts a bar at {@code startMs} (ms UTC), discarding any bar in progress. */
    public void beginBar(long startMs) {
        noFastWindow();
        delta.beginBar(startMs);
        if (profileFromFootprint) profile.moveDeferred(); // the discarded bar's events stay in the profile
        if (footprint != null) footprint.clear();
    }

    /**
     * Closes the bar in progress at {@code endMs} (exclusive, ms UTC) and returns its result; the
     * zones its footprint formed start living. A bar without events is returned too.
     */
    public FlowBar closeBar(long endMs) {
        noFastWindow();
        long start = delta.barStartMs();
        DeltaBar d = delta.closeBar(endMs);
        FootprintBar f = null;
        if (footprint != null) {
            if (profileFromFootprint) profile.moveDeferred();
            f = footprint.closeBar(start, endMs);
            if (zones != null) zones.addAll(f);
        }
        long poc = FlowBar.NO_PRICE;
        ValueArea va = null;
        if (profile != null && !profile.profile().isEmpty()) {
            if (developingValueArea) {
                va = profile.valueArea();
                poc = va.pocPrice();
            } else {
                poc = profile.pocPrice();
            }
        }
        int div = divergence != null ? divergence.onBar(d) : 0;
        return new FlowBar(d, f, poc, va, div);
    }

    /**
     * Batch: the results of the bars {@code [barStarts[i], barEnds[i])} (ascending, not
     * overlapping) from a cursor of ticks in time order — for quote input. One result per bar, in
     * order, also for bars without ticks.
     */
    public FlowBar[] computeBars(long[] barStarts, long[] barEnds, int bars, TickCursor ticks) throws IOException {
        checkBatch(barStarts, barEnds, bars);
        noFastWindow();
        FlowBar[] out = new FlowBar[bars];
        Tick t = new Tick(1);
        int b = 0;
        boolean open = false;
        while (ticks.next(t)) {
            long time = t.timeMs();
            while (b < bars && time >= barEnds[b]) {
                if (!open) beginBar(barStarts[b]);
                out[b] = closeBar(barEnds[b]);
                b++;
                open = false;
            }
            if (b < bars && time >= barStarts[b]) {
                if (!open) {
                    beginBar(barStarts[b]);
                    open = true;
                }
                outsideBars = false;
            } else if (!outsideBars) {
                outsideBars = true;
                noFastWindow(); // the next event must not take the in-bar path
            }
            onQuote(time, t.ask(), t.bid(), t.askVolume(), t.bidVolume());
        }
        outsideBars = false;
        for (; b < bars; b++) {
            if (!open) beginBar(barStarts[b]);
            out[b] = closeBar(barEnds[b]);
            open = false;
        }
        return out;
    }

    /**
     * Batch over arrays of ticks {@code 0..ticks-1} (time ms UTC, ask and bid in points, ask and bid
     * sizes): as {@link #computeBars(long[], long[], int, TickCursor)}.
     */
    public FlowBar[] computeBars(long[] barStarts, long[] barEnds, int bars, final long[] times, final long[] asks,
                                 final long[] bids, final double[] askSizes, final double[] bidSizes, final int ticks) {
        TickCursor cursor = new TickCursor() {
            private int i;

            @Override
            public boolean next(Tick into) {
                if (i >= ticks) return false;
                into.set(times[i], asks[i], bids[i], askSizes[i], bidSizes[i]);
                i++;
                return true;
            }

            @Override
            public void close() {
            }
        };
        try {
            return computeBars(barStarts, barEnds, bars, cursor);
        } catch (IOException e) {
            throw new IllegalStateException("array cursor cannot fail", e);
        }
    }

    private void checkBatch(long[] starts, long[] ends, int bars) {
        if (clock != null) throw new IllegalStateException("batch bars need a TradeFlow built without timeBars(...)");
        if (!quoteInput) throw new IllegalStateException("batch over ticks needs quote input; feed trades with beginBar/onTrade/closeBar");
        for (int i = 0; i < bars; i++) {
            if (ends[i] <= starts[i] || (i > 0 && starts[i] < ends[i - 1])) {
                throw new IllegalArgumentException("bar " + i + " [" + starts[i] + ", " + ends[i]
                        + ") is empty or overlaps the previous bar");
            }
        }
    }

    // ---------------------------------------------------------------- state

    /** The per-bar delta calculator (bar in progress and its cumulative delta). */
    public DeltaBarCalculator delta() { return delta; }

    /** The cumulative delta now. */
    public double cumulativeDelta() { return delta.cumulativeDelta(); }

    /**
     * The footprint of the bar in progress, or null when off. Read it; closing or clearing it is
     * this object's job (with equal rows it also holds volume the session profile has not collected yet).
     */
    public Footprint footprint() { return footprint; }

    /** Live stacked-imbalance zones, or null when off. */
    public ImbalanceZones zones() { return zones; }

    /** The session volume profile (developing POC/VA, last session, naked POCs), or null when off. */
    public SessionVolumeProfile profile() { return profile; }

    /** How sides are inferred. */
    public AggressorMethod method() { return method; }

    /** What counts as volume. */
    public VolumeProxy proxy() { return proxy; }

    /** True for quote-tick input. */
    public boolean isQuoteInput() { return quoteInput; }

    /** Side of the last flow event ({@link Aggressor}). */
    public int lastSide() { return lastSide; }

    /** Volume of the last flow event. */
    public double lastVolume() { return lastVolume; }

    /** Price (points) of the last flow event. */
    public long lastPrice() { return lastPrice; }

    /** Time (ms UTC) of the last flow event. */
    public long lastTimeMs() { return lastTimeMs; }

    /** Forgets everything: classifier state, bars, cumulative delta, zones, profile. */
    public void reset() {
        if (quoteClassifier != null) quoteClassifier.reset();
        if (quoteVolume != null) quoteVolume.reset();
        if (tradeClassifier != null) tradeClassifier.reset();
        delta.reset();
        if (footprint != null) footprint.clear();
        if (zones != null) zones.clear();
        if (profile != null) profile.reset();
        if (divergence != null) divergence.reset();
        quote.reset();
        autoBarEnd = clock == null ? Long.MAX_VALUE : Long.MIN_VALUE;
        outsideBars = false;
        noFastWindow();
        lastSide = 0;
        lastVolume = 0;
        lastPrice = 0;
        lastTimeMs = 0;
    }

    /**
     * Settings of a {@link TradeFlow}. Defaults: cumulative delta and session profile on the FX day
     * (17:00 New York); footprint with {@link FootprintSettings} defaults on the same rows; 70%
     * one-row value area computed at every bar close; divergence lookback 20 bars; BVC window 100
     * bars with the normal CDF; quote flow at {@link QuotePrice#AGGRESSOR_SIDE}. Not thread-safe.
     */
    public static final class Builder {
        private final boolean quoteInput;
        private final AggressorMethod method;
        private final VolumeProxy proxy;
        private final long rowPoints;
        private QuotePrice quotePrice = QuotePrice.AGGRESSOR_SIDE;
        private DeltaReset deltaReset = DeltaReset.FX_DAY;
        private FootprintSettings footprint;
        private int footprintExpectedRows = 64;
        private int zoneCapacity = ImbalanceZones.DEFAULT_CAPACITY;
        private SessionAnchor profileAnchor = SessionAnchor.FX_NEW_YORK;
        private long profileRowPoints;
        private int profileExpectedRows = SessionVolumeProfile.DEFAULT_EXPECTED_ROWS;
        private double valueAreaShare = VolumeProfile.DEFAULT_VALUE_AREA_SHARE;
        private ValueAreaMethod valueAreaMethod = ValueAreaMethod.ONE_ROW;
        private int nakedPocCapacity = SessionVolumeProfile.DEFAULT_NAKED_POC_CAPACITY;
        private boolean developingValueArea = true;
        private int divergenceLookback = 20;
        private int bvcWindowBars = BulkVolumeClassifier.DEFAULT_WINDOW_BARS;
        private double bvcDegreesOfFreedom;
        private BarClock clock;
        private FlowBarListener listener;
        private long quoteLagMs;
        private int quoteLagCapacity = 4096;

        private Builder(boolean quoteInput, AggressorMethod method, VolumeProxy proxy, long rowPoints) {
            if (rowPoints < 1) throw new IllegalArgumentException("rowPoints must be >= 1, was " + rowPoints);
            this.quoteInput = quoteInput;
            this.method = method;
            this.proxy = proxy;
            this.rowPoints = rowPoints;
            this.footprint = FootprintSettings.rows(rowPoints);
            this.profileRowPoints = rowPoints;
        }

        /** Where quote-tick flow is placed (quote input). */
        public Builder quotePrice(QuotePrice v) { quotePrice = v; return this; }

        /** When cumulative delta restarts. */
        public Builder deltaReset(DeltaReset v) { deltaReset = v; return this; }

        /** Footprint settings (their row height may differ from the profile's), or null for none. */
        public Builder footprint(FootprintSettings v) { footprint = v; return this; }

        /** Rows one footprint bar is sized for. */
        public Builder footprintExpectedRows(int v) { footprintExpectedRows = v; return this; }

        /** Live zones kept (0 = no zone tracking). */
        public Builder zoneCapacity(int v) { zoneCapacity = v; return this; }

        /** Session anchor of the volume profile, or null for no profile. */
        public Builder sessionProfile(SessionAnchor v) { profileAnchor = v; return this; }

        /** Profile row height in points (defaults to the builder's row height). */
        public Builder profileRowPoints(long v) { profileRowPoints = v; return this; }

        /** Rows one session's profile is sized for. */
        public Builder profileExpectedRows(int v) { profileExpectedRows = v; return this; }

        /** Value-area share and growth convention. */
        public Builder valueArea(double share, ValueAreaMethod m) {
            valueAreaShare = share;
            valueAreaMethod = m;
            return this;
        }

        /** Earlier sessions' POCs kept as naked POCs. */
        public Builder nakedPocCapacity(int v) { nakedPocCapacity = v; return this; }

        /** Whether each bar close computes the developing value area (O(session rows) per bar). */
        public Builder developingValueArea(boolean v) { developingValueArea = v; return this; }

        /** Delta-divergence lookback in bars (0 = off). */
        public Builder divergenceLookback(int v) { divergenceLookback = v; return this; }

        /** BVC: σ window in bars and Student-t degrees of freedom (0 = normal CDF). */
        public Builder bvc(int windowBars, double degreesOfFreedom) {
            bvcWindowBars = windowBars;
            bvcDegreesOfFreedom = degreesOfFreedom;
            return this;
        }

        /**
         * Trade input: classify each trade against the quote in force {@code lagMs} before it (see
         * {@link LaggedQuote}; 0, the default, is the latest quote received). Quotes and trades must
         * then share one clock.
         */
        public Builder quoteLag(long lagMs, int capacity) {
            quoteLagMs = lagMs;
            quoteLagCapacity = capacity;
            return this;
        }

        /** Close time bars by themselves on {@code clock}, delivering them to {@code listener}. */
        public Builder timeBars(BarClock clock, FlowBarListener listener) {
            this.clock = clock;
            this.listener = listener;
            return this;
        }

        /** A new TradeFlow with these settings. */
        public TradeFlow build() {
            if (deltaReset == null) throw new IllegalArgumentException("deltaReset must not be null (use DeltaReset.NEVER)");
            if (quotePrice == null) throw new IllegalArgumentException("quotePrice must not be null");
            if (valueAreaMethod == null) throw new IllegalArgumentException("valueAreaMethod must not be null");
            if (profileRowPoints < 1) throw new IllegalArgumentException("profileRowPoints must be >= 1");
            if (divergenceLookback < 0) throw new IllegalArgumentException("divergenceLookback must be >= 0");
            return new TradeFlow(this);
        }

        /** Row height given to {@link TradeFlow#forQuotes}/{@link TradeFlow#forTrades}, points. */
        public long rowPoints() { return rowPoints; }
    }
}
