package io.orderflow.strategy.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.orderflow.profile.ValueAreaMethod;

/**
 * The parameter table: every parameter of the strategy, with its default, range and meaning — the
 * single source for the JSON loader, the documentation table and the JForex {@code @Configurable}
 * field list. The keys only; a set of values for them is a {@link StrategyConfig}.
 *
 * <p>Units are in the descriptions: pips are the instrument's pip ({@code InstrumentSpec.pipSize()}),
 * ATR is the ta4j ATR of the bar series, R is the initial risk of a trade (entry to stop), bars are
 * bars of {@link #BARS_PERIOD_SECONDS}. Thread-safe (constants).
 */
public final class ParameterTable {
    private static final List<Param> ALL = new ArrayList<>();

    // ---- market and bars
    public static final Param INSTRUMENT = add(Param.ofString("instrument", "EURUSD", 16,
            "Instrument symbol (EURUSD, GBPJPY, ...); must be one the project knows"));
    public static final Param BARS_PERIOD_SECONDS = add(Param.ofInt("bars.periodSeconds", 300, 10, 86_400,
            "Length of the time bars the strategy evaluates, in seconds (bars are built from ticks, epoch-aligned)"));
    public static final Param SESSION_ANCHOR = add(Param.ofString("session.anchor", "fx", 64,
            "Trading-day boundary: fx (17:00 New York), utc, or HH:mm@Zone/Id; restarts the session volume "
                    + "profile, the daily loss limit and (by default) cumulative delta"));

    // ---- ta4j series
    public static final Param TA_PRICE_SIDE = add(Param.ofEnum("ta.priceSide", PriceSide.BID,
            "Bar prices given to ta4j (BID as on JForex charts, ASK, or MID)"));
    public static final Param TA_MAX_BARS = add(Param.ofInt("ta.maxBars", 200, 60, 100_000,
            "Bars kept in the ta4j series and in the order-flow histories (bounded memory); at least twice "
                    + "the longest lookback"));
    public static final Param TA_WARMUP_BARS = add(Param.ofInt("ta.warmupBars", 60, 0, 100_000,
            "Closed bars before the first signal may fire (indicators settle)"));
    public static final Param TA_ATR_PERIOD = add(Param.ofInt("ta.atrPeriod", 14, 2, 1_000,
            "ATR period in bars (stops, tolerances, zone clearance)"));

    // ---- account
    public static final Param ACCOUNT_CURRENCY = add(Param.ofString("account.currency", "USD", 3,
            "Account currency (3 letters)"));
    public static final Param ACCOUNT_INITIAL_EQUITY = add(Param.ofDouble("account.initialEquity", 100_000, 1,
            1e12, "Equity at start in the account currency (offline; JForex pushes the real equity)"));
    public static final Param ACCOUNT_QUOTE_TO_ACCOUNT_RATE = add(Param.ofDouble("account.quoteToAccountRate", 0, 0,
            1e9, "Account-currency value of one unit of the quote currency; 0 = derive it (1 when the quote "
                    + "currency is the account currency, 1/price when the base currency is); required otherwise"));

    // ---- risk
    public static final Param RISK_PERCENT = add(Param.ofDouble("risk.riskPercent", 0.5, 0.01, 10,
            "Risk per trade in % of equity: amount = risk / (stop distance x quote-to-account rate)"));
    public static final Param RISK_MAX_TOTAL_PERCENT = add(Param.ofDouble("risk.maxTotalRiskPercent", 2.0, 0.01, 100,
            "Cap on the summed initial risk of all open and pending positions, % of equity"));
    public static final Param RISK_MAX_OPEN_POSITIONS = add(Param.ofInt("risk.maxOpenPositions", 1, 1, 50,
            "Most positions open or pending on the instrument at once"));
    public static final Param RISK_MAX_AMOUNT = add(Param.ofDouble("risk.maxAmount", 5, 0.001, 10_000,
            "Largest order amount in JForex units (millions of base currency)"));
    public static final Param RISK_DAILY_LOSS_PERCENT = add(Param.ofDouble("risk.dailyLossLimitPercent", 2.0, 0, 100,
            "Loss for the trading day (realised + open, % of equity at the day's start) that closes every "
                    + "position and stops entries until the next day; 0 = off"));
    public static final Param RISK_MAX_SPREAD_PIPS = add(Param.ofDouble("risk.maxSpreadPips", 2.0, 0, 10_000,
            "No entry while the spread is wider than this, pips; 0 = off"));
    public static final Param RISK_MAX_TICK_AGE_SECONDS = add(Param.ofInt("risk.maxTickAgeSeconds", 120, 0, 86_400,
            "Stale-data guard: no entry when the last tick is older than this at the bar close, seconds; 0 = off"));
    public static final Param RISK_MIN_STOP_PIPS = add(Param.ofDouble("risk.minStopPips", 3, 0.1, 10_000,
            "Smallest stop distance, pips (a closer stop is widened to this)"));
    public static final Param RISK_MAX_STOP_ATR = add(Param.ofDouble("risk.maxStopAtr", 4, 0.1, 100,
            "Widest zone stop in ATR; a wider zone stop falls back to the ATR stop"));
    public static final Param RISK_NO_ENTRY_BEFORE_WEEKLY_CLOSE = add(Param.ofInt(
            "risk.noEntryMinutesBeforeWeeklyClose", 120, 0, 10_080,
            "No entries this many minutes before the weekly close (Friday 17:00 New York)"));

    // ---- session rules
    public static final Param SESSION_FLAT_AT_END = add(Param.ofBoolean("session.flatAtSessionEnd", false,
            "Close every position shortly before each trading-day end"));
    public static final Param SESSION_FLAT_AT_WEEKLY_CLOSE = add(Param.ofBoolean("session.flatAtWeeklyClose", true,
            "Close every position shortly before the weekly close"));
    public static final Param SESSION_FLAT_MINUTES = add(Param.ofInt("session.flatMinutesBeforeEnd", 10, 0, 1_440,
            "How many minutes before the session (or weekly) end the flat rules act; entries stop then too "
                    + "when a flat rule is on"));

    // ---- exits
    public static final Param EXITS_BREAK_EVEN_AT_R = add(Param.ofDouble("exits.breakEvenAtR", 0, 0, 100,
            "Move the stop to the entry price once the close is this many R in profit; 0 = off"));
    public static final Param EXITS_MAX_BARS = add(Param.ofInt("exits.maxBarsInTrade", 0, 0, 1_000_000,
            "Close a position after this many closed bars; 0 = off"));

    // ---- trend / breakout setup
    public static final Param TREND_ENABLED = add(Param.ofBoolean("trend.enabled", true,
            "Trade the trend/breakout setup"));
    public static final Param TREND_TRIGGER = add(Param.ofEnum("trend.trigger", TrendTrigger.EMA_CROSS,
            "Technical trigger: EMA cross or Donchian channel breakout"));
    public static final Param TREND_EMA_FAST = add(Param.ofInt("trend.emaFast", 9, 2, 1_000,
            "Fast EMA period, bars"));
    public static final Param TREND_EMA_SLOW = add(Param.ofInt("trend.emaSlow", 21, 3, 5_000,
            "Slow EMA period, bars (greater than trend.emaFast)"));
    public static final Param TREND_DONCHIAN_PERIOD = add(Param.ofInt("trend.donchianPeriod", 20, 2, 5_000,
            "Donchian channel length, bars (the breakout level excludes the current bar)"));
    public static final Param TREND_ADX_PERIOD = add(Param.ofInt("trend.adxPeriod", 14, 2, 1_000,
            "ADX period, bars"));
    public static final Param TREND_ADX_MIN = add(Param.ofDouble("trend.adxMin", 20, 0, 100,
            "Technical filter: ADX at the signal bar at least this; 0 = off"));
    public static final Param TREND_MACD_FILTER = add(Param.ofBoolean("trend.macdFilter", false,
            "Technical filter: MACD line above 0 for longs, below 0 for shorts"));
    public static final Param TREND_MACD_FAST = add(Param.ofInt("trend.macdFast", 12, 2, 1_000,
            "MACD fast EMA, bars"));
    public static final Param TREND_MACD_SLOW = add(Param.ofInt("trend.macdSlow", 26, 3, 5_000,
            "MACD slow EMA, bars (greater than trend.macdFast)"));
    public static final Param TREND_OF_CONFIRMATION = add(Param.ofBoolean("trend.orderFlowConfirmation", true,
            "Take a trend signal only when order flow confirms it (off: take every technical signal; the "
                    + "verdict is still recorded in the confirmation statistics)"));
    public static final Param TREND_CONFIRM_Z = add(Param.ofDouble("trend.confirm.zScore", 1.0, 0, 20,
            "Delta or OFI z-score (over orderflow.zWindow bars) at least this in the trade's direction"));
    public static final Param TREND_CONFIRM_USE_DELTA = add(Param.ofBoolean("trend.confirm.useDelta", true,
            "Bar delta may supply the z-score confirmation"));
    public static final Param TREND_CONFIRM_USE_OFI = add(Param.ofBoolean("trend.confirm.useOfi", true,
            "Bar OFI may supply the z-score confirmation"));
    public static final Param TREND_CONFIRM_CUM_DELTA_SLOPE = add(Param.ofBoolean(
            "trend.confirm.requireCumDeltaSlope", true,
            "Cumulative-delta slope must point in the trade's direction"));
    public static final Param TREND_CONFIRM_VALUE_SIDE = add(Param.ofEnum("trend.confirm.valueSide", ValueSide.POC,
            "Close must be on the trade's side of the session POC, or outside the value area"));
    public static final Param TREND_CONFIRM_ZONE_CLEARANCE_ATR = add(Param.ofDouble(
            "trend.confirm.zoneClearanceAtr", 1.0, 0, 100,
            "No opposing zone (resistance for a long, support for a short) closer than this many ATR ahead; 0 = off"));
    public static final Param TREND_CONFIRM_DIVERGENCE_FILTER = add(Param.ofBoolean(
            "trend.confirm.divergenceFilter", true,
            "Contradiction filter: a price/delta divergence (orderflow.divergenceBars) against the trade disputes "
                    + "the signal"));
    public static final Param TREND_STOP_MODE = add(Param.ofEnum("trend.stop.mode", StopMode.ATR,
            "Trend stop: ATR multiple or beyond the nearest zone"));
    public static final Param TREND_STOP_ATR = add(Param.ofDouble("trend.stop.atrMultiple", 2.0, 0.1, 100,
            "Trend stop distance in ATR (ATR mode and fallback)"));
    public static final Param TREND_STOP_ZONE_BUFFER_ATR = add(Param.ofDouble("trend.stop.zoneBufferAtr", 0.25, 0, 10,
            "Trend zone stop: distance beyond the zone edge, ATR"));
    public static final Param TREND_TARGET_MODE = add(Param.ofEnum("trend.target.mode", TargetMode.R_MULTIPLE,
            "Trend target: R multiple, next HVN/POC, or none"));
    public static final Param TREND_TARGET_R = add(Param.ofDouble("trend.target.rMultiple", 2.0, 0.1, 100,
            "Trend target distance in R (R mode and fallback)"));
    public static final Param TREND_TARGET_MIN_R = add(Param.ofDouble("trend.target.minR", 1.0, 0, 100,
            "Trend profile target: the level must be at least this many R away"));

    // ---- reversion setup
    public static final Param REV_ENABLED = add(Param.ofBoolean("reversion.enabled", true,
            "Trade the reversion setup"));
    public static final Param REV_AT_VALUE_AREA = add(Param.ofBoolean("reversion.atValueArea", true,
            "Reversion locations include the session value-area edges (long at VAL, short at VAH)"));
    public static final Param REV_AT_ZONES = add(Param.ofBoolean("reversion.atZones", true,
            "Reversion locations include active S/R zones (long at support, short at resistance)"));
    public static final Param REV_TOUCH_TOLERANCE_ATR = add(Param.ofDouble("reversion.touchToleranceAtr", 0.25, 0, 10,
            "The bar must reach within this many ATR of the level"));
    public static final Param REV_OSCILLATOR = add(Param.ofEnum("reversion.oscillator", Oscillator.RSI,
            "ta4j oscillator for the technical signal"));
    public static final Param REV_RSI_PERIOD = add(Param.ofInt("reversion.rsiPeriod", 14, 2, 1_000,
            "RSI period, bars"));
    public static final Param REV_RSI_OVERSOLD = add(Param.ofDouble("reversion.rsiOversold", 30, 0, 50,
            "RSI at or below this allows a long"));
    public static final Param REV_RSI_OVERBOUGHT = add(Param.ofDouble("reversion.rsiOverbought", 70, 50, 100,
            "RSI at or above this allows a short"));
    public static final Param REV_BB_PERIOD = add(Param.ofInt("reversion.bbPeriod", 20, 2, 1_000,
            "Bollinger period, bars"));
    public static final Param REV_BB_K = add(Param.ofDouble("reversion.bbK", 2.0, 0.1, 10,
            "Bollinger band width in standard deviations"));
    public static final Param REV_PERCENT_B_LOW = add(Param.ofDouble("reversion.percentBLow", 0.0, -2, 0.5,
            "%B at or below this allows a long"));
    public static final Param REV_PERCENT_B_HIGH = add(Param.ofDouble("reversion.percentBHigh", 1.0, 0.5, 3,
            "%B at or above this allows a short"));
    public static final Param REV_OF_CONFIRMATION = add(Param.ofBoolean("reversion.orderFlowConfirmation", true,
            "Take a reversion signal only on absorption or an imbalance reversal (off: take every technical "
                    + "signal; the verdict is still recorded)"));
    public static final Param REV_CONFIRM_ABSORPTION = add(Param.ofBoolean("reversion.confirm.absorption", true,
            "Absorption (or exhaustion) against the move confirms"));
    public static final Param REV_CONFIRM_IMBALANCE_REVERSAL = add(Param.ofBoolean(
            "reversion.confirm.imbalanceReversal", true,
            "An imbalance reversal confirms: delta or OFI z-score flips from beyond -z to beyond +z (long)"));
    public static final Param REV_CONFIRM_Z = add(Param.ofDouble("reversion.confirm.zScore", 1.0, 0, 20,
            "z-score both sides of an imbalance reversal must reach"));
    public static final Param REV_COOLDOWN_BARS = add(Param.ofInt("reversion.cooldownBars", 3, 0, 100_000,
            "Bars after a reversion signal before the next one in the same direction"));
    public static final Param REV_STOP_MODE = add(Param.ofEnum("reversion.stop.mode", StopMode.ZONE,
            "Reversion stop: beyond the level traded against, or ATR multiple"));
    public static final Param REV_STOP_ATR = add(Param.ofDouble("reversion.stop.atrMultiple", 1.5, 0.1, 100,
            "Reversion stop distance in ATR (ATR mode and fallback)"));
    public static final Param REV_STOP_ZONE_BUFFER_ATR = add(Param.ofDouble("reversion.stop.zoneBufferAtr", 0.25, 0,
            10, "Reversion zone stop: distance beyond the level's far edge, ATR"));
    public static final Param REV_TARGET_MODE = add(Param.ofEnum("reversion.target.mode", TargetMode.PROFILE,
            "Reversion target: next HVN/POC, R multiple, or none"));
    public static final Param REV_TARGET_R = add(Param.ofDouble("reversion.target.rMultiple", 1.5, 0.1, 100,
            "Reversion target in R (R mode and fallback)"));
    public static final Param REV_TARGET_MIN_R = add(Param.ofDouble("reversion.target.minR", 1.0, 0, 100,
            "Reversion profile target: the level must be at least this many R away"));

    // ---- order-flow readings (io.orderflow.flow, io.orderflow.profile, io.orderflow.book)
    public static final Param OF_AGGRESSOR_RULE = add(Param.ofEnum("orderflow.aggressorRule",
            AggressorRule.MID_TICK_RULE,
            "How a quote tick's side is inferred (FX has no trades): mid tick rule (mid up = buy, down = sell, "
                    + "unchanged = previous side), quote-change rule (the quote or, at unchanged prices, the queue "
                    + "that moved), or BVC (each bar's volume split by its price change; no footprint sides)"));
    public static final Param OF_VOLUME_PROXY = add(Param.ofEnum("orderflow.volumeProxy", QuoteVolume.TICK_COUNT,
            "What counts as a tick's volume (the unit of delta, footprint and profile): 1 per tick, the change "
                    + "in quoted size at the touch, or ask + bid size (millions)"));
    public static final Param OF_BVC_WINDOW_BARS = add(Param.ofInt("orderflow.bvcWindowBars", 100, 2, 10_000,
            "BVC only: bars in the volume-weighted standard deviation of bar price changes"));
    public static final Param OF_CUM_DELTA_RESET = add(Param.ofString("orderflow.cumDeltaReset", "session", 64,
            "When cumulative delta restarts from 0: session (at session.anchor), never, fx (17:00 New York), "
                    + "utc, or HH:mm@Zone/Id"));
    public static final Param OF_Z_WINDOW = add(Param.ofInt("orderflow.zWindow", 50, 5, 10_000,
            "Bars in the rolling mean and standard deviation behind the delta and OFI z-scores"));
    public static final Param OF_CUM_DELTA_SLOPE_BARS = add(Param.ofInt("orderflow.cumDeltaSlopeBars", 5, 2, 1_000,
            "Bars in the least-squares slope of cumulative delta (bars since its last reset at most)"));
    public static final Param OF_PROFILE_ROW_PIPS = add(Param.ofDouble("orderflow.profileRowPips", 1.0, 0.1, 1_000,
            "Session volume-profile row height, pips (a whole number of points): POC, value area, nodes, naked POCs"));
    public static final Param OF_VALUE_AREA_PERCENT = add(Param.ofDouble("orderflow.valueAreaPercent", 70, 10, 100,
            "Share of the session's volume inside the value area, %"));
    public static final Param OF_VALUE_AREA_METHOD = add(Param.ofEnum("orderflow.valueAreaMethod",
            ValueAreaMethod.ONE_ROW,
            "How the value area grows from the POC: ONE_ROW compares the next row above and below (ties up), "
                    + "TWO_ROWS the next two rows each side (ties down)"));
    public static final Param OF_HVN_SMOOTHING_ROWS = add(Param.ofInt("orderflow.hvnSmoothingRows", 3, 1, 51,
            "High-volume nodes: rows of the centred moving average that smooths the profile first (odd; 1 = none)"));
    public static final Param OF_HVN_RADIUS_ROWS = add(Param.ofInt("orderflow.hvnRadiusRows", 2, 1, 100,
            "High-volume nodes: a node is the largest smoothed row within this many rows each side"));
    public static final Param OF_HVN_MEAN_FACTOR = add(Param.ofDouble("orderflow.hvnMeanFactor", 1.0, 0, 100,
            "High-volume nodes: a node's smoothed volume is at least this multiple of the mean smoothed row"));
    public static final Param OF_FOOTPRINT_ROW_POINTS = add(Param.ofInt("orderflow.footprintRowPoints", 0, 0,
            1_000_000, "Footprint row height in points of the instrument (EURUSD: 10 points = 1 pip); 0 = the "
                    + "profile row (orderflow.profileRowPips)"));
    public static final Param OF_IMBALANCE_RATIO = add(Param.ofDouble("orderflow.imbalanceRatio", 3.0, 1.01, 1_000,
            "Diagonal imbalance: buy volume at a row at least this times the sell volume one row below (and mirror)"));
    public static final Param OF_IMBALANCE_MIN_VOLUME = add(Param.ofDouble("orderflow.imbalanceMinVolume", 0, 0,
            1e12, "Diagonal imbalance: the larger volume must be at least this (unit of orderflow.volume); 0 = any"));
    public static final Param OF_IGNORE_ZERO = add(Param.ofBoolean("orderflow.imbalanceIgnoreZeros", true,
            "A diagonal against an empty row is not an imbalance"));
    public static final Param OF_STACKED_COUNT = add(Param.ofInt("orderflow.stackedCount", 3, 2, 100,
            "Adjacent imbalanced rows that make a stacked-imbalance zone"));
    public static final Param OF_MAX_ZONES = add(Param.ofInt("orderflow.maxZones", 32, 1, 1_000,
            "Stacked-imbalance zones kept alive at once (the oldest is dropped first)"));
    public static final Param OF_ZONE_MAX_AGE_BARS = add(Param.ofInt("orderflow.zoneMaxAgeBars", 288, 1, 1_000_000,
            "Zones and levels older than this many bars (counted in time) are ignored; a stacked zone also dies "
                    + "when price trades through it, a naked POC when price trades at it"));
    public static final Param OF_ABSORPTION_EXTREME_ROWS = add(Param.ofInt("orderflow.absorptionExtremeRows", 2, 1, 50,
            "Absorption: footprint rows at each end of the bar that are examined"));
    public static final Param OF_ABSORPTION_FACTOR = add(Param.ofDouble("orderflow.absorptionFactor", 2.0, 0.01, 100,
            "Absorption: buying in the top rows (selling in the bottom rows) at least this times their share of "
                    + "the bar's mean row volume, with the close below (above) those rows"));
    public static final Param OF_EXHAUSTION_FACTOR = add(Param.ofDouble("orderflow.exhaustionFactor", 0.25, 0, 10,
            "Exhaustion: the top row's buying (bottom row's selling) at most this times the mean row volume and "
                    + "below the row next to it"));
    public static final Param OF_DIVERGENCE_BARS = add(Param.ofInt("orderflow.divergenceBars", 20, 3, 10_000,
            "Divergence: a new high (low) of the last N bars while the running sum of bar deltas is below its "
                    + "N-bar high (above its low)"));

    // ---- manipulation filter (needs live depth: JForex live, or a depth recording)
    public static final Param MANIPULATION_FILTER = add(Param.ofBoolean("manipulation.filter", false,
            "Manipulation filter: a signal is unconfirmed (check spoofed-book) when the book pressure on its side "
                    + "looks faked: the manipulation score of the bid side (long) or ask side (short) at the bar close "
                    + "is at least manipulation.maxScore. Needs depth beyond level 1 (live); on one level it never fails"));
    public static final Param MANIPULATION_MAX_SCORE = add(Param.ofDouble("manipulation.maxScore", 0.5, 0.01, 1,
            "Manipulation filter: the side's score (0..1: repeated one-sided large size pulled before the price "
                    + "reached it, with the mid drifting its way) from which a signal is disputed"));

    // ---- statistics and execution
    public static final Param STATS_MAX_OPEN_SIGNALS = add(Param.ofInt("stats.maxTrackedSignals", 256, 1, 1_000_000,
            "Signals whose outcome is followed at once; beyond that the oldest is closed at market and counted"));
    public static final Param EXEC_LABEL_PREFIX = add(Param.ofString("execution.labelPrefix", "OF", 12,
            "Order label prefix: letters and digits, starting with a letter"));

    private static final Map<String, Param> BY_PATH;

    static {
        Map<String, Param> m = new LinkedHashMap<>();
        for (Param p : ALL) {
            if (m.put(p.path(), p) != null) throw new IllegalStateException("duplicate parameter " + p.path());
        }
        BY_PATH = Collections.unmodifiableMap(m);
    }

    private ParameterTable() {
    }

    private static Param add(Param p) {
        ALL.add(p);
        return p;
    }

    /** Every parameter in documentation order. */
    public static List<Param> all() {
        return Collections.unmodifiableList(ALL);
    }

    /** The parameter at {@code path}, or null. */
    public static Param find(String path) {
        return BY_PATH.get(path);
    }

    /** The parameter named by a dotted key ({@code trend.emaFast}) or a JForex field name ({@code trendEmaFast}), or null. */
    public static Param findByKeyOrField(String key) {
        Param p = BY_PATH.get(key);
        if (p != null) return p;
        for (Param q : ALL) {
            if (q.jforexField().equals(key)) return q;
        }
        return null;
    }

    /**
     * A value written as text (a command-line value, a grid axis) as the type the parameter
     * {@code key} expects: see {@link Param#parseText}. An unknown key gives the trimmed text back,
     * so that {@link StrategyConfig.Builder#set(String, Object)} reports it with the known keys.
     *
     * @throws ConfigException when the text is not of the parameter's type
     */
    public static Object parseValue(String key, String text) {
        Param p = findByKeyOrField(key);
        return p == null ? text.trim() : p.parseText(text);
    }

    /** True when {@code prefix} (e.g. {@code trend.confirm}) is a section holding parameters. */
    public static boolean isSection(String prefix) {
        String p = prefix + ".";
        for (String k : BY_PATH.keySet()) {
            if (k.startsWith(p)) return true;
        }
        return false;
    }

    /** The keys directly under {@code section} ("" for the top level), for error messages. */
    public static List<String> keysUnder(String section) {
        List<String> out = new ArrayList<>();
        String p = section.isEmpty() ? "" : section + ".";
        for (String k : BY_PATH.keySet()) {
            if (!k.startsWith(p)) continue;
            String rest = k.substring(p.length());
            int dot = rest.indexOf('.');
            String name = dot < 0 ? rest : rest.substring(0, dot);
            if (!out.contains(name)) out.add(name);
        }
        return out;
    }
}
