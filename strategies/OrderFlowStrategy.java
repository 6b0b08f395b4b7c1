package jforex;

import java.beans.PropertyChangeEvent;
import java.beans.PropertyChangeListener;
import java.io.File;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import com.dukascopy.api.Configurable;
import com.dukascopy.api.IAccount;
import com.dukascopy.api.IBar;
import com.dukascopy.api.IChart;
import com.dukascopy.api.IConnectionStatusMessage;
import com.dukascopy.api.IConsole;
import com.dukascopy.api.IContext;
import com.dukascopy.api.IEngine;
import com.dukascopy.api.IHistory;
import com.dukascopy.api.IIndicators;
import com.dukascopy.api.IMessage;
import com.dukascopy.api.IOrder;
import com.dukascopy.api.IStrategy;
import com.dukascopy.api.ITick;
import com.dukascopy.api.Instrument;
import com.dukascopy.api.JFException;
import com.dukascopy.api.Library;
import com.dukascopy.api.Period;
import com.dukascopy.api.indicators.IIndicator;

import io.orderflow.jforex.DailyDepthRecorder;
import io.orderflow.jforex.HostLog;
import io.orderflow.jforex.IndicatorCatalog;
import io.orderflow.jforex.JForexConfigResolver;
import io.orderflow.jforex.OrderView;
import io.orderflow.jforex.PlatformInstrument;
import io.orderflow.jforex.PlatformDiagnostics;
import io.orderflow.jforex.PlatformOrders;
import io.orderflow.jforex.QuoteConversion;
import io.orderflow.jforex.RunMode;
import io.orderflow.jforex.StrategyHost;
import io.orderflow.jforex.TickGapGuard;
import io.orderflow.jforex.Times;
import io.orderflow.jforex.TradeJournalFile;
import io.orderflow.market.InstrumentSpec;
import io.orderflow.strategy.config.ParameterTable;
import io.orderflow.strategy.config.StrategyConfig;

/**
 * Order-flow strategy for JForex: the project's strategy engine (trend/breakout and reversion
 * setups, confirmed by order flow, with ATR or zone stops and risk-based sizing) trading one
 * instrument through {@code IEngine}. All logic lives in the plugin jar
 * ({@code io.orderflow.jforex.StrategyHost}); this class only translates between the platform's
 * types and the jar's.
 *
 * <p>Install: put {@code jforex-orderflow.jar} into the strategies {@code files} folder, this file
 * into the strategies folder, compile it in the platform (see install.md). Parameters: one field
 * per key of the JSON configuration (the key is the field's label); an optional JSON file from the
 * files folder replaces every key it contains. Run it in the Historical Tester with real ticks
 * ("every tick"), then on a demo account; a LIVE account needs {@code allowLiveAccount}.
 */
@Library("jforex-orderflow.jar")
public class OrderFlowStrategy implements IStrategy {

    // ------------------------------------------------------------------ platform parameters

    @Configurable(value = "instrument", description = "Instrument to trade (the JSON key 'instrument' replaces it)")
    public Instrument instrument = Instrument.EURUSD;

    @Configurable(value = "bars.period",
            description = "Length of the bars the strategy evaluates, 10 seconds to one day (built from ticks)")
    public Period barsPeriod = Period.FIVE_MINS;

    @Configurable(value = "JSON configuration file", fileType = "*.json", obligatory = false,
            description = "Optional; the list shows the *.json files of the Strategies folder (a relative name is looked up there, then in its files folder). Every key it contains replaces the parameter of the same name")
    public File configFile = null;

    @Configurable(value = "warm-up hours",
            description = "History replayed through the strategy before it trades (no orders), hours; 0 = none")
    public int warmUpHours = 24;

    @Configurable(value = "slippage pips", stepSize = 0.1,
            description = "Accepted slippage of market orders, pips; negative = the platform's default")
    public double slippagePips = 3.0;

    @Configurable(value = "pause entries", modifiable = true,
            description = "While on, no new positions are opened; open ones are still managed (can be switched while running)")
    public boolean entriesPaused = false;

    @Configurable(value = "attach indicators to the chart",
            description = "Adds the order-flow indicators to an open chart of the instrument (installed ones, or .jfx files in the files folder)")
    public boolean attachIndicators = true;

    @Configurable(value = "indicators folder", obligatory = false,
            description = "Where the platform compiled the indicators (their .jfx files); empty = the Indicators folder beside the Strategies folder")
    public File indicatorsFolder = null;

    @Configurable(value = "write trade journal",
            description = "One CSV row per closed trade in <files>/orderflow/")
    public boolean writeJournal = true;

    @Configurable(value = "record live depth",
            description = "Live only: every tick with its depth levels to <files>/orderflow/depth/<SYMBOL>-<day>.ofd, for backtesting depth measures later")
    public boolean recordDepth = false;

    @Configurable(value = "depth levels to record",
            description = "Levels per side written when recording depth (JForex gives up to 10 live)")
    public int depthLevels = 10;

    @Configurable(value = "write diagnostics report",
            description = "Writes the platform facts the strategy assumes (Java, API, account, instrument scales, depth, tick gaps) to <files>/orderflow/diagnostics-<SYMBOL>-<mode>-<time>.txt and the Messages panel; send it with any problem report")
    public boolean writeDiagnostics = true;

    @Configurable(value = "backfill skipped ticks",
            description = "Live only: when the platform may have skipped ticks while the strategy waited for history, fetch them from history before the next tick")
    public boolean backfillSkippedTicks = true;

    @Configurable(value = "allow LIVE account",
            description = "The strategy refuses to run on a real-money account unless this is on")
    public boolean allowLiveAccount = false;

    // ------------------------------------------------------------------ strategy parameters (JSON keys)
    // The block below is generated from the parameter table io.orderflow.strategy.config.ParameterTable by
    // src/test/java/io/orderflow/jforex/ConfigurableBlock.java; how to regenerate it: docs/development.md

    // BEGIN GENERATED: configuration keys (ConfigurableBlock; do not edit by hand)
    @Configurable(value = "session.anchor",
            description = "Trading-day boundary: fx (17:00 New York), utc, or HH:mm@Zone/Id; restarts the session volume profile, the daily loss limit and (by default) cumulative delta; at most 64 characters")
    public String sessionAnchor = "fx";

    @Configurable(value = "ta.priceSide",
            description = "Bar prices given to ta4j (BID as on JForex charts, ASK, or MID)")
    public io.orderflow.strategy.config.PriceSide taPriceSide = io.orderflow.strategy.config.PriceSide.BID;

    @Configurable(value = "ta.maxBars", stepSize = 1,
            description = "Bars kept in the ta4j series and in the order-flow histories (bounded memory); at least twice the longest lookback; range 60..100000")
    public int taMaxBars = 200;

    @Configurable(value = "ta.warmupBars", stepSize = 1,
            description = "Closed bars before the first signal may fire (indicators settle); range 0..100000")
    public int taWarmupBars = 60;

    @Configurable(value = "ta.atrPeriod", stepSize = 1,
            description = "ATR period in bars (stops, tolerances, zone clearance); range 2..1000")
    public int taAtrPeriod = 14;

    @Configurable(value = "account.quoteToAccountRate", stepSize = 0.1,
            description = "Account-currency value of one unit of the quote currency; 0 = derive it (1 when the quote currency is the account currency, 1/price when the base currency is); required otherwise; range 0..1000000000")
    public double accountQuoteToAccountRate = 0.0;

    @Configurable(value = "risk.riskPercent", stepSize = 0.1,
            description = "Risk per trade in % of equity: amount = risk / (stop distance x quote-to-account rate); range 0.01..10")
    public double riskRiskPercent = 0.5;

    @Configurable(value = "risk.maxTotalRiskPercent", stepSize = 0.1,
            description = "Cap on the summed initial risk of all open and pending positions, % of equity; range 0.01..100")
    public double riskMaxTotalRiskPercent = 2.0;

    @Configurable(value = "risk.maxOpenPositions", stepSize = 1,
            description = "Most positions open or pending on the instrument at once; range 1..50")
    public int riskMaxOpenPositions = 1;

    @Configurable(value = "risk.maxAmount", stepSize = 0.1,
            description = "Largest order amount in JForex units (millions of base currency); range 0.001..10000")
    public double riskMaxAmount = 5.0;

    @Configurable(value = "risk.dailyLossLimitPercent", stepSize = 0.1,
            description = "Loss for the trading day (realised + open, % of equity at the day's start) that closes every position and stops entries until the next day; 0 = off; range 0..100")
    public double riskDailyLossLimitPercent = 2.0;

    @Configurable(value = "risk.maxSpreadPips", stepSize = 0.1,
            description = "No entry while the spread is wider than this, pips; 0 = off; range 0..10000")
    public double riskMaxSpreadPips = 2.0;

    @Configurable(value = "risk.maxTickAgeSeconds", stepSize = 1,
            description = "Stale-data guard: no entry when the last tick is older than this at the bar close, seconds; 0 = off; range 0..86400")
    public int riskMaxTickAgeSeconds = 120;

    @Configurable(value = "risk.minStopPips", stepSize = 0.1,
            description = "Smallest stop distance, pips (a closer stop is widened to this); range 0.1..10000")
    public double riskMinStopPips = 3.0;

    @Configurable(value = "risk.maxStopAtr", stepSize = 0.1,
            description = "Widest zone stop in ATR; a wider zone stop falls back to the ATR stop; range 0.1..100")
    public double riskMaxStopAtr = 4.0;

    @Configurable(value = "risk.noEntryMinutesBeforeWeeklyClose", stepSize = 1,
            description = "No entries this many minutes before the weekly close (Friday 17:00 New York); range 0..10080")
    public int riskNoEntryMinutesBeforeWeeklyClose = 120;

    @Configurable(value = "session.flatAtSessionEnd",
            description = "Close every position shortly before each trading-day end")
    public boolean sessionFlatAtSessionEnd = false;

    @Configurable(value = "session.flatAtWeeklyClose",
            description = "Close every position shortly before the weekly close")
    public boolean sessionFlatAtWeeklyClose = true;

    @Configurable(value = "session.flatMinutesBeforeEnd", stepSize = 1,
            description = "How many minutes before the session (or weekly) end the flat rules act; entries stop then too when a flat rule is on; range 0..1440")
    public int sessionFlatMinutesBeforeEnd = 10;

    @Configurable(value = "exits.breakEvenAtR", stepSize = 0.1,
            description = "Move the stop to the entry price once the close is this many R in profit; 0 = off; range 0..100")
    public double exitsBreakEvenAtR = 0.0;

    @Configurable(value = "exits.maxBarsInTrade", stepSize = 1,
            description = "Close a position after this many closed bars; 0 = off; range 0..1000000")
    public int exitsMaxBarsInTrade = 0;

    @Configurable(value = "trend.enabled",
            description = "Trade the trend/breakout setup")
    public boolean trendEnabled = true;

    @Configurable(value = "trend.trigger",
            description = "Technical trigger: EMA cross or Donchian channel breakout")
    public io.orderflow.strategy.config.TrendTrigger trendTrigger = io.orderflow.strategy.config.TrendTrigger.EMA_CROSS;

    @Configurable(value = "trend.emaFast", stepSize = 1,
            description = "Fast EMA period, bars; range 2..1000")
    public int trendEmaFast = 9;

    @Configurable(value = "trend.emaSlow", stepSize = 1,
            description = "Slow EMA period, bars (greater than trend.emaFast); range 3..5000")
    public int trendEmaSlow = 21;

    @Configurable(value = "trend.donchianPeriod", stepSize = 1,
            description = "Donchian channel length, bars (the breakout level excludes the current bar); range 2..5000")
    public int trendDonchianPeriod = 20;

    @Configurable(value = "trend.adxPeriod", stepSize = 1,
            description = "ADX period, bars; range 2..1000")
    public int trendAdxPeriod = 14;

    @Configurable(value = "trend.adxMin", stepSize = 0.1,
            description = "Technical filter: ADX at the signal bar at least this; 0 = off; range 0..100")
    public double trendAdxMin = 20.0;

    @Configurable(value = "trend.macdFilter",
            description = "Technical filter: MACD line above 0 for longs, below 0 for shorts")
    public boolean trendMacdFilter = false;

    @Configurable(value = "trend.macdFast", stepSize = 1,
            description = "MACD fast EMA, bars; range 2..1000")
    public int trendMacdFast = 12;

    @Configurable(value = "trend.macdSlow", stepSize = 1,
            description = "MACD slow EMA, bars (greater than trend.macdFast); range 3..5000")
    public int trendMacdSlow = 26;

    @Configurable(value = "trend.orderFlowConfirmation",
            description = "Take a trend signal only when order flow confirms it (off: take every technical signal; the verdict is still recorded in the confirmation statistics)")
    public boolean trendOrderFlowConfirmation = true;

    @Configurable(value = "trend.confirm.zScore", stepSize = 0.1,
            description = "Delta or OFI z-score (over orderflow.zWindow bars) at least this in the trade's direction; range 0..20")
    public double trendConfirmZScore = 1.0;

    @Configurable(value = "trend.confirm.useDelta",
            description = "Bar delta may supply the z-score confirmation")
    public boolean trendConfirmUseDelta = true;

    @Configurable(value = "trend.confirm.useOfi",
            description = "Bar OFI may supply the z-score confirmation")
    public boolean trendConfirmUseOfi = true;

    @Configurable(value = "trend.confirm.requireCumDeltaSlope",
            description = "Cumulative-delta slope must point in the trade's direction")
    public boolean trendConfirmRequireCumDeltaSlope = true;

    @Configurable(value = "trend.confirm.valueSide",
            description = "Close must be on the trade's side of the session POC, or outside the value area")
    public io.orderflow.strategy.config.ValueSide trendConfirmValueSide = io.orderflow.strategy.config.ValueSide.POC;

    @Configurable(value = "trend.confirm.zoneClearanceAtr", stepSize = 0.1,
            description = "No opposing zone (resistance for a long, support for a short) closer than this many ATR ahead; 0 = off; range 0..100")
    public double trendConfirmZoneClearanceAtr = 1.0;

    @Configurable(value = "trend.confirm.divergenceFilter",
            description = "Contradiction filter: a price/delta divergence (orderflow.divergenceBars) against the trade disputes the signal")
    public boolean trendConfirmDivergenceFilter = true;

    @Configurable(value = "trend.stop.mode",
            description = "Trend stop: ATR multiple or beyond the nearest zone")
    public io.orderflow.strategy.config.StopMode trendStopMode = io.orderflow.strategy.config.StopMode.ATR;

    @Configurable(value = "trend.stop.atrMultiple", stepSize = 0.1,
            description = "Trend stop distance in ATR (ATR mode and fallback); range 0.1..100")
    public double trendStopAtrMultiple = 2.0;

    @Configurable(value = "trend.stop.zoneBufferAtr", stepSize = 0.01,
            description = "Trend zone stop: distance beyond the zone edge, ATR; range 0..10")
    public double trendStopZoneBufferAtr = 0.25;

    @Configurable(value = "trend.target.mode",
            description = "Trend target: R multiple, next HVN/POC, or none")
    public io.orderflow.strategy.config.TargetMode trendTargetMode = io.orderflow.strategy.config.TargetMode.R_MULTIPLE;

    @Configurable(value = "trend.target.rMultiple", stepSize = 0.1,
            description = "Trend target distance in R (R mode and fallback); range 0.1..100")
    public double trendTargetRMultiple = 2.0;

    @Configurable(value = "trend.target.minR", stepSize = 0.1,
            description = "Trend profile target: the level must be at least this many R away; range 0..100")
    public double trendTargetMinR = 1.0;

    @Configurable(value = "reversion.enabled",
            description = "Trade the reversion setup")
    public boolean reversionEnabled = true;

    @Configurable(value = "reversion.atValueArea",
            description = "Reversion locations include the session value-area edges (long at VAL, short at VAH)")
    public boolean reversionAtValueArea = true;

    @Configurable(value = "reversion.atZones",
            description = "Reversion locations include active S/R zones (long at support, short at resistance)")
    public boolean reversionAtZones = true;

    @Configurable(value = "reversion.touchToleranceAtr", stepSize = 0.01,
            description = "The bar must reach within this many ATR of the level; range 0..10")
    public double reversionTouchToleranceAtr = 0.25;

    @Configurable(value = "reversion.oscillator",
            description = "ta4j oscillator for the technical signal")
    public io.orderflow.strategy.config.Oscillator reversionOscillator = io.orderflow.strategy.config.Oscillator.RSI;

    @Configurable(value = "reversion.rsiPeriod", stepSize = 1,
            description = "RSI period, bars; range 2..1000")
    public int reversionRsiPeriod = 14;

    @Configurable(value = "reversion.rsiOversold", stepSize = 0.1,
            description = "RSI at or below this allows a long; range 0..50")
    public double reversionRsiOversold = 30.0;

    @Configurable(value = "reversion.rsiOverbought", stepSize = 0.1,
            description = "RSI at or above this allows a short; range 50..100")
    public double reversionRsiOverbought = 70.0;

    @Configurable(value = "reversion.bbPeriod", stepSize = 1,
            description = "Bollinger period, bars; range 2..1000")
    public int reversionBbPeriod = 20;

    @Configurable(value = "reversion.bbK", stepSize = 0.1,
            description = "Bollinger band width in standard deviations; range 0.1..10")
    public double reversionBbK = 2.0;

    @Configurable(value = "reversion.percentBLow", stepSize = 0.1,
            description = "%B at or below this allows a long; range -2..0.5")
    public double reversionPercentBLow = 0.0;

    @Configurable(value = "reversion.percentBHigh", stepSize = 0.1,
            description = "%B at or above this allows a short; range 0.5..3")
    public double reversionPercentBHigh = 1.0;

    @Configurable(value = "reversion.orderFlowConfirmation",
            description = "Take a reversion signal only on absorption or an imbalance reversal (off: take every technical signal; the verdict is still recorded)")
    public boolean reversionOrderFlowConfirmation = true;

    @Configurable(value = "reversion.confirm.absorption",
            description = "Absorption (or exhaustion) against the move confirms")
    public boolean reversionConfirmAbsorption = true;

    @Configurable(value = "reversion.confirm.imbalanceReversal",
            description = "An imbalance reversal confirms: delta or OFI z-score flips from beyond -z to beyond +z (long)")
    public boolean reversionConfirmImbalanceReversal = true;

    @Configurable(value = "reversion.confirm.zScore", stepSize = 0.1,
            description = "z-score both sides of an imbalance reversal must reach; range 0..20")
    public double reversionConfirmZScore = 1.0;

    @Configurable(value = "reversion.cooldownBars", stepSize = 1,
            description = "Bars after a reversion signal before the next one in the same direction; range 0..100000")
    public int reversionCooldownBars = 3;

    @Configurable(value = "reversion.stop.mode",
            description = "Reversion stop: beyond the level traded against, or ATR multiple")
    public io.orderflow.strategy.config.StopMode reversionStopMode = io.orderflow.strategy.config.StopMode.ZONE;

    @Configurable(value = "reversion.stop.atrMultiple", stepSize = 0.1,
            description = "Reversion stop distance in ATR (ATR mode and fallback); range 0.1..100")
    public double reversionStopAtrMultiple = 1.5;

    @Configurable(value = "reversion.stop.zoneBufferAtr", stepSize = 0.01,
            description = "Reversion zone stop: distance beyond the level's far edge, ATR; range 0..10")
    public double reversionStopZoneBufferAtr = 0.25;

    @Configurable(value = "reversion.target.mode",
            description = "Reversion target: next HVN/POC, R multiple, or none")
    public io.orderflow.strategy.config.TargetMode reversionTargetMode = io.orderflow.strategy.config.TargetMode.PROFILE;

    @Configurable(value = "reversion.target.rMultiple", stepSize = 0.1,
            description = "Reversion target in R (R mode and fallback); range 0.1..100")
    public double reversionTargetRMultiple = 1.5;

    @Configurable(value = "reversion.target.minR", stepSize = 0.1,
            description = "Reversion profile target: the level must be at least this many R away; range 0..100")
    public double reversionTargetMinR = 1.0;

    @Configurable(value = "orderflow.aggressorRule",
            description = "How a quote tick's side is inferred (FX has no trades): mid tick rule (mid up = buy, down = sell, unchanged = previous side), quote-change rule (the quote or, at unchanged prices, the queue that moved), or BVC (each bar's volume split by its price change; no footprint sides)")
    public io.orderflow.strategy.config.AggressorRule orderflowAggressorRule = io.orderflow.strategy.config.AggressorRule.MID_TICK_RULE;

    @Configurable(value = "orderflow.volumeProxy",
            description = "What counts as a tick's volume (the unit of delta, footprint and profile): 1 per tick, the change in quoted size at the touch, or ask + bid size (millions)")
    public io.orderflow.strategy.config.QuoteVolume orderflowVolumeProxy = io.orderflow.strategy.config.QuoteVolume.TICK_COUNT;

    @Configurable(value = "orderflow.bvcWindowBars", stepSize = 1,
            description = "BVC only: bars in the volume-weighted standard deviation of bar price changes; range 2..10000")
    public int orderflowBvcWindowBars = 100;

    @Configurable(value = "orderflow.cumDeltaReset",
            description = "When cumulative delta restarts from 0: session (at session.anchor), never, fx (17:00 New York), utc, or HH:mm@Zone/Id; at most 64 characters")
    public String orderflowCumDeltaReset = "session";

    @Configurable(value = "orderflow.zWindow", stepSize = 1,
            description = "Bars in the rolling mean and standard deviation behind the delta and OFI z-scores; range 5..10000")
    public int orderflowZWindow = 50;

    @Configurable(value = "orderflow.cumDeltaSlopeBars", stepSize = 1,
            description = "Bars in the least-squares slope of cumulative delta (bars since its last reset at most); range 2..1000")
    public int orderflowCumDeltaSlopeBars = 5;

    @Configurable(value = "orderflow.profileRowPips", stepSize = 0.1,
            description = "Session volume-profile row height, pips (a whole number of points): POC, value area, nodes, naked POCs; range 0.1..1000")
    public double orderflowProfileRowPips = 1.0;

    @Configurable(value = "orderflow.valueAreaPercent", stepSize = 0.1,
            description = "Share of the session's volume inside the value area, %; range 10..100")
    public double orderflowValueAreaPercent = 70.0;

    @Configurable(value = "orderflow.valueAreaMethod",
            description = "How the value area grows from the POC: ONE_ROW compares the next row above and below (ties up), TWO_ROWS the next two rows each side (ties down)")
    public io.orderflow.profile.ValueAreaMethod orderflowValueAreaMethod = io.orderflow.profile.ValueAreaMethod.ONE_ROW;

    @Configurable(value = "orderflow.hvnSmoothingRows", stepSize = 1,
            description = "High-volume nodes: rows of the centred moving average that smooths the profile first (odd; 1 = none); range 1..51")
    public int orderflowHvnSmoothingRows = 3;

    @Configurable(value = "orderflow.hvnRadiusRows", stepSize = 1,
            description = "High-volume nodes: a node is the largest smoothed row within this many rows each side; range 1..100")
    public int orderflowHvnRadiusRows = 2;

    @Configurable(value = "orderflow.hvnMeanFactor", stepSize = 0.1,
            description = "High-volume nodes: a node's smoothed volume is at least this multiple of the mean smoothed row; range 0..100")
    public double orderflowHvnMeanFactor = 1.0;

    @Configurable(value = "orderflow.footprintRowPoints", stepSize = 1,
            description = "Footprint row height in points of the instrument (EURUSD: 10 points = 1 pip); 0 = the profile row (orderflow.profileRowPips); range 0..1000000")
    public int orderflowFootprintRowPoints = 0;

    @Configurable(value = "orderflow.imbalanceRatio", stepSize = 0.1,
            description = "Diagonal imbalance: buy volume at a row at least this times the sell volume one row below (and mirror); range 1.01..1000")
    public double orderflowImbalanceRatio = 3.0;

    @Configurable(value = "orderflow.imbalanceMinVolume", stepSize = 0.1,
            description = "Diagonal imbalance: the larger volume must be at least this (unit of orderflow.volume); 0 = any; range 0..1000000000000")
    public double orderflowImbalanceMinVolume = 0.0;

    @Configurable(value = "orderflow.imbalanceIgnoreZeros",
            description = "A diagonal against an empty row is not an imbalance")
    public boolean orderflowImbalanceIgnoreZeros = true;

    @Configurable(value = "orderflow.stackedCount", stepSize = 1,
            description = "Adjacent imbalanced rows that make a stacked-imbalance zone; range 2..100")
    public int orderflowStackedCount = 3;

    @Configurable(value = "orderflow.maxZones", stepSize = 1,
            description = "Stacked-imbalance zones kept alive at once (the oldest is dropped first); range 1..1000")
    public int orderflowMaxZones = 32;

    @Configurable(value = "orderflow.zoneMaxAgeBars", stepSize = 1,
            description = "Zones and levels older than this many bars (counted in time) are ignored; a stacked zone also dies when price trades through it, a naked POC when price trades at it; range 1..1000000")
    public int orderflowZoneMaxAgeBars = 288;

    @Configurable(value = "orderflow.absorptionExtremeRows", stepSize = 1,
            description = "Absorption: footprint rows at each end of the bar that are examined; range 1..50")
    public int orderflowAbsorptionExtremeRows = 2;

    @Configurable(value = "orderflow.absorptionFactor", stepSize = 0.1,
            description = "Absorption: buying in the top rows (selling in the bottom rows) at least this times their share of the bar's mean row volume, with the close below (above) those rows; range 0.01..100")
    public double orderflowAbsorptionFactor = 2.0;

    @Configurable(value = "orderflow.exhaustionFactor", stepSize = 0.01,
            description = "Exhaustion: the top row's buying (bottom row's selling) at most this times the mean row volume and below the row next to it; range 0..10")
    public double orderflowExhaustionFactor = 0.25;

    @Configurable(value = "orderflow.divergenceBars", stepSize = 1,
            description = "Divergence: a new high (low) of the last N bars while the running sum of bar deltas is below its N-bar high (above its low); range 3..10000")
    public int orderflowDivergenceBars = 20;

    @Configurable(value = "manipulation.filter",
            description = "Manipulation filter: a signal is unconfirmed (check spoofed-book) when the book pressure on its side looks faked: the manipulation score of the bid side (long) or ask side (short) at the bar close is at least manipulation.maxScore. Needs depth beyond level 1 (live); on one level it never fails")
    public boolean manipulationFilter = false;

    @Configurable(value = "manipulation.maxScore", stepSize = 0.1,
            description = "Manipulation filter: the side's score (0..1: repeated one-sided large size pulled before the price reached it, with the mid drifting its way) from which a signal is disputed; range 0.01..1")
    public double manipulationMaxScore = 0.5;

    @Configurable(value = "stats.maxTrackedSignals", stepSize = 1,
            description = "Signals whose outcome is followed at once; beyond that the oldest is closed at market and counted; range 1..1000000")
    public int statsMaxTrackedSignals = 256;

    @Configurable(value = "execution.labelPrefix",
            description = "Order label prefix: letters and digits, starting with a letter; at most 12 characters")
    public String executionLabelPrefix = "OF";

    // END GENERATED

    // ------------------------------------------------------------------ state

    private IContext context;
    private IEngine engine;
    private IHistory history;
    private IConsole console;
    private Thread strategyThread;
    private Instrument traded;
    private Instrument conversionInstrument;
    private QuoteConversion conversion;
    private StrategyHost host;
    private DailyDepthRecorder depth;
    private PropertyChangeListener pauseListener;
    private IAccount.AccountState lastAccountState;
    private HostLog log;
    private IChart indicatorChart;
    private boolean conversionStale;
    private static final long CONVERSION_STALE_MS = 5 * 60 * 1000L;
    private final List<IIndicator> attachedIndicators = new ArrayList<IIndicator>();
    private RunMode mode;
    private String currency;
    /** True from a start before the instrument's first tick until that tick (warm-up and journal wait for it). */
    private boolean waitingForFirstTick;
    private PlatformDiagnostics diagnostics;
    private File diagnosticsFile;

    @Override
    public void onStart(final IContext context) throws JFException {
        this.context = context;
        this.engine = context.getEngine();
        this.history = context.getHistory();
        this.console = context.getConsole();
        this.strategyThread = Thread.currentThread();
        mode = RunMode.of(engine.getType().name());
        IAccount account = context.getAccount();
        if (account.isGlobal()) {
            // IOrder: close() and setStopLossPrice/setTakeProfitPrice are "not applicable for Global accounts";
            // the strategy manages every position by its own stop, target and close, so it cannot run there
            throw new JFException("OrderFlowStrategy: account " + account.getAccountId() + " is a Global account, where "
                    + "JForex does not allow closing a position or changing its stop-loss and take-profit; "
                    + "run the strategy on a hedging (non-Global) account");
        }
        currency = account.getAccountCurrency().getCurrencyCode();

        StrategyConfig config;
        boolean rateFromPlatform;
        try {
            Map<String, Object> converted = new LinkedHashMap<String, Object>();
            converted.put(ParameterTable.INSTRUMENT.path(), instrument.name());
            converted.put(ParameterTable.BARS_PERIOD_SECONDS.path(),
                    JForexConfigResolver.barSeconds(barsPeriod.getInterval(), barsPeriod.toString()));
            Map<String, Object> platform = new LinkedHashMap<String, Object>();
            platform.put(ParameterTable.ACCOUNT_CURRENCY.path(), currency);
            platform.put(ParameterTable.ACCOUNT_INITIAL_EQUITY.path(), account.getEquity());
            JForexConfigResolver.Resolved resolved = JForexConfigResolver.resolve(this, converted, jsonFile(), platform,
                    new JForexConfigResolver.RateSource() {
                        @Override
                        public double rate(InstrumentSpec spec, String account) throws Exception {
                            return startRate(spec, account);
                        }
                    },
                    new JForexConfigResolver.InstrumentSource() {
                        @Override
                        public InstrumentSpec spec(String symbol) {
                            Instrument i = Instrument.valueOf(symbol);
                            return i == null ? null : runtimeSpec(i);
                        }
                    });
            config = resolved.config();
            rateFromPlatform = resolved.rateFromPlatform();
            traded = Instrument.valueOf(config.instrument().symbol());
            if (traded == null) throw new JFException("the platform has no instrument " + config.instrument().symbol());
            log = new Console(config.instrument().symbol());
            host = new StrategyHost(config, mode, new Orders(), log, StrategyHost.Options.of(slippagePips, allowLiveAccount));
            for (String note : resolved.notes()) console.getInfo().println("[OF] " + note);
        } catch (JFException e) {
            throw e;
        } catch (Exception e) {
            throw new JFException("OrderFlowStrategy: " + e.getMessage(), e);
        }

        Set<Instrument> subscribed = new HashSet<Instrument>();
        subscribed.add(traded);
        InstrumentSpec spec = config.instrument();
        if (rateFromPlatform) {
            // a cross without a configured rate: follow the conversion instrument's live quotes
            conversionInstrument = conversionInstrument(spec, currency);
            conversion = QuoteConversion.of(spec, currency, conversionInstrument.toString(),
                    config.doubleValue(ParameterTable.ACCOUNT_QUOTE_TO_ACCOUNT_RATE));
            host.setQuoteToAccountRate(conversion);
            subscribed.add(conversionInstrument);
        }
        context.setSubscribedInstruments(subscribed, true);
        if (conversion != null) {
            ITick last = history.getLastTick(conversionInstrument);   // subscribed: the platform may be asked now
            if (last != null) conversion.onQuote(last.getTime(), last.getBid(), last.getAsk());
        }

        if (writeDiagnostics) startDiagnostics(account);

        if (recordDepth) {
            if (mode.isRealTime()) {
                depth = new DailyDepthRecorder(new File(context.getFilesDir(), "orderflow/depth"), spec, depthLevels, log);
                host.setTickTap(depth);
            } else {
                log.warn("depth is not recorded in the Historical Tester: its ticks carry one level");
            }
        }

        // IHistory.getTimeOfLastTick: "Returns -1 if no tick was received yet" -- then wait for the first one
        long lastTick = history.getTimeOfLastTick(traded);
        if (lastTick < 0) {
            waitingForFirstTick = true;
            console.getInfo().println("[OF " + spec.symbol() + "] no tick of " + traded
                    + " received yet: the warm-up and the trade journal wait for the first tick");
        } else {
            beginTrading(lastTick, lastTick);
        }
        host.recover(activeOrders());
        host.setEntriesPaused(entriesPaused);
        pauseListener = new PropertyChangeListener() {
            @Override
            public void propertyChange(final PropertyChangeEvent event) {
                // called on a platform thread: hand the change to the strategy thread
                context.executeTask(new Callable<Void>() {
                    @Override
                    public Void call() {
                        host.setEntriesPaused(Boolean.TRUE.equals(event.getNewValue()));
                        return null;
                    }
                });
            }
        };
        context.addConfigurationChangeListener("entriesPaused", pauseListener);
        if (attachIndicators) attachIndicators();
        console.getInfo().println("[OF " + spec.symbol() + "] started in " + mode + ": " + barsPeriodText(config)
                + " bars, risk " + config.doubleValue(ParameterTable.RISK_PERCENT) + "% per trade, labels "
                + host.labelStem() + "..., files folder " + context.getFilesDir());
    }

    /**
     * Opens the journal (named, in the tester, after {@code journalMs}) and replays the look-back up
     * to {@code warmUpToMs}: called at start with the last tick's time, or at the first tick (when
     * the strategy started before it) with that tick's time and the millisecond before it.
     */
    private void beginTrading(long journalMs, long warmUpToMs) throws JFException {
        if (writeJournal) openJournal(journalMs);
        warmUp(warmUpToMs);
    }

    private void openJournal(long lastTickMs) {
        File dir = new File(context.getFilesDir(), "orderflow");
        String name = host.labelStem() + mode + (mode == RunMode.TEST ? "_" + Times.compact(lastTickMs) : "")
                + "_journal.csv";
        try {
            TradeJournalFile journal = TradeJournalFile.open(new File(dir, name), currency);
            host.setJournal(journal);
            console.getInfo().println("[OF] trade journal: " + journal.file().getAbsolutePath());
        } catch (Exception e) {
            console.getErr().println("[OF] no trade journal: " + e.getMessage());
        }
    }

    /**
     * Replays the ticks of the look-back (up to {@code to}, inclusive) through the engine, one hour
     * per history request, without orders. Live, the requests take time during which the platform
     * may skip ticks: the wait is reported to the host, whose gap check then fetches them.
     */
    private void warmUp(long to) throws JFException {
        if (warmUpHours <= 0) return;
        long hour = 3600000L;
        long from = to - warmUpHours * hour + 1;
        host.beginWarmUp();
        try {
            for (long a = from; a <= to; a += hour) {
                long b = Math.min(to, a + hour - 1);
                List<ITick> ticks = history.getTicks(traded, a, b);
                for (ITick t : ticks) host.warmUpTick(t.getTime(), t.getAsk(), t.getBid(), t.getAskVolume(), t.getBidVolume());
            }
        } finally {
            host.endWarmUp();
            waited();
        }
    }

    /** The strategy thread has just waited for the platform: live ticks may have been skipped meanwhile. */
    private void waited() {
        if (backfillSkippedTicks) host.markBusy(context.getTime());
    }

    @Override
    public void onTick(Instrument instrument, ITick tick) throws JFException {
        if (instrument == traded) {
            long time = tick.getTime();
            if (waitingForFirstTick) {
                waitingForFirstTick = false;
                beginTrading(time, time - 1);
            }
            if (diagnostics != null && diagnostics.sampling()) sample(tick);
            if (host.needsBackfill(time) && !backfillBefore(tick)) return;
            if (depth != null || manipulationFilter) { // live depth for the recorder and the manipulation filter
                host.onDepthTick(tick.getTime(), tick.getAsks(), tick.getAskVolumes(), tick.getBids(), tick.getBidVolumes());
            } else {
                host.onTick(tick.getTime(), tick.getAsk(), tick.getBid(), tick.getAskVolume(), tick.getBidVolume());
            }
        } else if (instrument == conversionInstrument) {
            if (!conversion.onQuote(tick.getTime(), tick.getBid(), tick.getAsk()) && conversion.refusedQuotes() == 1) {
                log.warn("bad quote of " + conversionInstrument + " ignored (bid " + tick.getBid() + ", ask "
                        + tick.getAsk() + "); the conversion keeps " + conversion);
            }
        }
    }

    /**
     * Fetches from history the ticks the platform may have skipped before {@code tick} and feeds
     * them through the engine. Returns false when {@code tick} itself had been fed already.
     */
    private boolean backfillBefore(ITick tick) throws JFException {
        List<ITick> ticks = history.getTicks(traded, host.backfillFrom(), tick.getTime());
        boolean isNew = host.backfillBeforeLive(new HistoryRows(ticks), tick.getTime(), tick.getAsk(), tick.getBid(),
                tick.getAskVolume(), tick.getBidVolume());
        waited();
        return isNew;
    }

    @Override
    public void onBar(Instrument instrument, Period period, IBar askBar, IBar bidBar) throws JFException {
        if (instrument == traded && (Period.TEN_SECS.equals(period) || Period.ONE_MIN.equals(period))) {
            long end = bidBar.getTime() + period.getInterval();
            if (host.barNeedsBackfill(end)) {
                // the bar may have been queued behind skipped ticks of its own: fetch them before it closes
                // ("to" may not be after the last tick: the platform refuses that)
                long to = Math.min(end - 1, history.getTimeOfLastTick(traded));
                if (to >= host.backfillFrom()) {
                    host.backfillUpTo(new HistoryRows(history.getTicks(traded, host.backfillFrom(), to)), to);
                    waited();
                }
            }
            host.onBarTimer(end);
            if (conversion != null && Period.ONE_MIN.equals(period)) warnIfConversionStale(end);
        }
    }

    /** One warning when the conversion instrument has been silent for more than five minutes, one when it is back. */
    private void warnIfConversionStale(long now) {
        boolean stale = conversion.isStale(now, CONVERSION_STALE_MS);
        if (stale && !conversionStale) {
            log.warn("no good quote of " + conversionInstrument + " for more than " + CONVERSION_STALE_MS / 60000
                    + " minutes: sizing uses " + conversion);
        } else if (!stale && conversionStale) {
            log.info("quotes of " + conversionInstrument + " again: " + conversion);
        }
        conversionStale = stale;
    }

    @Override
    public void onMessage(IMessage message) throws JFException {
        if (message instanceof IConnectionStatusMessage) {
            host.onConnectionStatus(((IConnectionStatusMessage) message).isConnected(), message.getContent(),
                    message.getCreationTime());
            // ticks of a disconnected time never reached onTick: fetch them before the next one
            if (backfillSkippedTicks) host.checkNextTick();
            return;
        }
        IOrder order = message.getOrder();
        if (order != null && order.getInstrument() != traded) return;
        List<String> reasons = new ArrayList<String>();
        for (IMessage.Reason r : message.getReasons()) reasons.add(r.name());
        host.onMessage(message.getType().name(), reasons, message.getContent(), message.getCreationTime(),
                order == null ? null : view(order));
    }

    @Override
    public void onAccount(IAccount account) throws JFException {
        IAccount.AccountState state = account.getAccountState();
        if (state != lastAccountState && state != null && state != IAccount.AccountState.OK
                && state != IAccount.AccountState.OK_NO_MARGIN_CALL) {
            console.getWarn().println("[OF] account state " + state + ", use of leverage " + account.getUseOfLeverage() + "%");
        }
        lastAccountState = state;
    }

    @Override
    public void onStop() throws JFException {
        if (pauseListener != null) context.removeConfigurationChangeListener("entriesPaused", pauseListener);
        detachIndicators();
        if (host != null) host.onStop();
        if (depth != null) depth.close();
        if (diagnostics != null) {
            diagnostics.fact("stopped", Times.utc(System.currentTimeMillis()));
            writeDiagnostics("at stop");
        }
    }

    // ------------------------------------------------------------------ diagnostics

    /** Collects the platform facts the strategy assumes, writes the report and shows it in the Messages panel. */
    private void startDiagnostics(IAccount account) {
        diagnostics = new PlatformDiagnostics(mode);
        diagnostics.fact("started", Times.utc(System.currentTimeMillis()))
                .fact("java", System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ", "
                        + System.getProperty("java.vm.name") + ")")
                .fact("JForex API version", apiVersion())
                .fact("engine type", engine.getType() + " (run mode " + engine.getRunMode() + ")")
                .fact("account", "currency " + currency + ", global " + account.isGlobal() + ", leverage "
                        + account.getLeverage())
                .fact("instrument", traded + ": pip value " + traded.getPipValue() + ", pip scale " + traded.getPipScale()
                        + ", tick scale " + traded.getTickScale())
                .fact("amounts", "minimum " + traded.getMinTradeAmount() + ", increment " + traded.getTradeAmountIncrement()
                        + ", amount per contract " + traded.getAmountPerContract()
                        + " (Instrument.getMinTradeAmount/getTradeAmountIncrement: contracts, as this platform reports them;"
                        + " the strategy sends amounts in millions)")
                .fact("strategy", barsPeriod + " platform period, warm-up " + warmUpHours + " h, backfill skipped ticks "
                        + backfillSkippedTicks)
                .fact("files folder", context.getFilesDir() == null ? null : context.getFilesDir().getAbsolutePath());
        diagnosticsFile = new File(new File(context.getFilesDir(), "orderflow"),
                PlatformDiagnostics.fileName(traded.name(), mode, System.currentTimeMillis()));
        writeDiagnostics("at start");
        for (String line : diagnostics.lines()) console.getInfo().println("[OF diag] " + line);
    }

    /** The API version from the API jar's manifest, when it names one. */
    private static String apiVersion() {
        Package p = IStrategy.class.getPackage();
        String v = p == null ? null : p.getImplementationVersion();
        if (v == null && p != null) v = p.getSpecificationVersion();
        return v == null ? "unknown (the API jar's manifest names no version)" : v;
    }

    private void sample(ITick tick) {
        // ITick.getAsks()/getBids() may copy their arrays: only for the first ticks
        if (diagnostics.observeTick(tick.getTime(), tick.getAsks().length, tick.getBids().length)) {
            writeDiagnostics("after the first " + PlatformDiagnostics.SAMPLE_TICKS + " ticks");
            console.getInfo().println("[OF diag] depth levels seen live: " + diagnostics.depthSeen());
            console.getInfo().println("[OF diag] real ticks: " + diagnostics.realTicks());
        }
    }

    private void writeDiagnostics(String when) {
        diagnostics.fact("report written", when);
        diagnostics.gaps(mode.isRealTime() ? host.gaps().summary() : "not checked: the tester delivers every tick");
        try {
            diagnostics.write(diagnosticsFile);
        } catch (Exception e) {
            console.getErr().println("[OF] diagnostics report not written: " + e.getMessage());
            return;
        }
        if ("at start".equals(when)) console.getInfo().println("[OF] diagnostics report: " + diagnosticsFile.getAbsolutePath());
    }

    // ------------------------------------------------------------------ helpers

    /**
     * The JSON file: an absolute path as given; a relative name in the files folder (the only folder
     * the platform's sandbox lets a strategy read), else in the Strategies folder, whose files the
     * platform lists for a {@code fileType} parameter ({@code Configurable}: "files from strategy
     * directory"). Where the sandbox refuses to read the Strategies folder the message says to copy the
     * file into the files folder.
     */
    private File jsonFile() throws JFException {
        if (configFile == null || configFile.getPath().trim().isEmpty()) return null;
        if (configFile.isAbsolute()) return configFile;
        File files = context.getFilesDir();
        File inFiles = new File(files, configFile.getPath());
        if (inFiles.isFile()) return inFiles;
        File strategies = files == null ? null : files.getParentFile();
        if (strategies != null) {
            File listed = new File(strategies, configFile.getPath());
            try {
                if (listed.isFile()) return listed;
            } catch (SecurityException e) {
                throw new JFException("OrderFlowStrategy: the configuration file " + configFile + " is not in the files folder "
                        + files + ", and the platform does not let the strategy read " + listed + " (" + e.getMessage()
                        + "): copy it into the files folder");
            }
        }
        return inFiles;
    }

    private static String barsPeriodText(StrategyConfig config) {
        int s = config.intValue(ParameterTable.BARS_PERIOD_SECONDS);
        return s % 60 == 0 ? (s / 60) + "-minute" : s + "-second";
    }

    private static Instrument conversionInstrument(InstrumentSpec spec, String account) throws JFException {
        for (String pair : QuoteConversion.candidates(spec, account)) {
            Instrument i = Instrument.fromString(pair);
            if (i != null) return i;
        }
        throw new JFException("no instrument converts " + spec.quote() + " into " + account
                + "; set 'account.quoteToAccountRate'");
    }

    /**
     * The conversion rate at start. IHistory.getLastTick throws "when instrument is not active (not
     * opened in platform)", so the traded and the conversion instrument are subscribed first (waiting
     * for the subscription), then the conversion instrument's last tick is read.
     */
    private double startRate(InstrumentSpec spec, String account) throws JFException {
        Instrument i = conversionInstrument(spec, account);
        Set<Instrument> both = new HashSet<Instrument>();
        both.add(i);
        Instrument tradedNow = Instrument.valueOf(spec.symbol());
        if (tradedNow != null) both.add(tradedNow);
        both.addAll(context.getSubscribedInstruments());
        context.setSubscribedInstruments(both, true);
        ITick t = history.getLastTick(i);
        if (t == null) throw new JFException("no quote of " + i + " yet");
        QuoteConversion q = QuoteConversion.of(spec, account, i.toString(), 0);
        if (!q.onQuote(t.getBid(), t.getAsk())) {
            throw new JFException("the last quote of " + i + " is not usable (bid " + t.getBid() + ", ask " + t.getAsk() + ")");
        }
        return q.rate(0);
    }

    /** The traded instrument as the running platform describes it (scales, minimum amount and its step). */
    private static InstrumentSpec runtimeSpec(Instrument i) {
        return PlatformInstrument.spec(i.name(), i.getPrimaryJFCurrency().getCurrencyCode(),
                i.getSecondaryJFCurrency().getCurrencyCode(), i.getType() == null ? "" : i.getType().name(),
                i.getPipValue(), i.getPipScale(), i.getTickScale(), i.getMinTradeAmount(), i.getTradeAmountIncrement(),
                i.getAmountPerContract());
    }

    private List<OrderView> activeOrders() throws JFException {
        List<OrderView> out = new ArrayList<OrderView>();
        for (IOrder o : engine.getOrders(traded)) out.add(view(o));
        return out;
    }

    private static OrderView view(IOrder o) {
        return new OrderView(o.getId(), o.getLabel(), o.isLong(), o.getState().name(), o.getAmount(), o.getOpenPrice(),
                o.getClosePrice(), o.getStopLossPrice(), o.getTakeProfitPrice(), o.getCreationTime(), o.getFillTime(),
                o.getCloseTime(), o.getProfitLossInAccountCurrency(), o.getCommission(), o.getComment());
    }

    /**
     * The platform's Indicators folder: the parameter when set, else {@code Indicators} beside
     * {@code Strategies} (the files folder is {@code Strategies/files}) as in the default layout. The
     * platform compiles an indicator's {@code .java} into a {@code .jfx} next to it.
     */
    private File indicatorsFolder() {
        if (indicatorsFolder != null && !indicatorsFolder.getPath().trim().isEmpty()) return indicatorsFolder;
        File files = context.getFilesDir();
        File strategies = files == null ? null : files.getParentFile();
        File root = strategies == null ? null : strategies.getParentFile();
        return root == null ? null : new File(root, "Indicators");
    }

    /**
     * Adds the order-flow indicators to the instrument's chart. Custom indicators "must be registered
     * first" (wiki "Use Custom Indicator in Strategies"): each is registered from its compiled
     * {@code .jfx} in the Indicators folder ({@code IIndicators.registerCustomIndicator(File)}), then
     * looked up by the name the registration returns. What was added is removed again in onStop.
     */
    private void attachIndicators() {
        IChart chart = context.getChart(traded);
        if (chart == null) return;
        IIndicators indicators = context.getIndicators();
        File folder = indicatorsFolder();
        List<String> added = new ArrayList<String>();
        List<String> missing = new ArrayList<String>();
        for (IndicatorCatalog entry : IndicatorCatalog.values()) {
            File jfx = folder == null ? null : new File(folder, entry.jfxFileName());
            boolean present;
            try {
                present = jfx != null && jfx.isFile();
            } catch (SecurityException e) {
                // the platform's sandbox grants the files folder only: let the platform itself look
                present = jfx != null;
            }
            if (!present) {
                missing.add(entry.jfxFileName());
                continue;
            }
            try {
                String name = indicators.registerCustomIndicator(jfx);
                IIndicator indicator = indicators.getIndicator(name == null ? entry.indicatorName() : name);
                if (indicator == null) {
                    console.getWarn().println("[OF] indicator " + entry.indicatorName() + " not attached: " + jfx
                            + " registered as " + name + " but the platform returns no indicator by that name");
                    continue;
                }
                chart.add(indicator);
                attachedIndicators.add(indicator);
                added.add(entry.indicatorName());
            } catch (Exception e) {
                console.getWarn().println("[OF] indicator " + entry.indicatorName() + " not attached: " + e.getMessage());
            }
        }
        if (!attachedIndicators.isEmpty()) indicatorChart = chart;
        console.getInfo().println("[OF] indicators on the chart: " + (added.isEmpty() ? "none" : added.toString())
                + (missing.isEmpty() ? "" : "; not compiled in " + folder + ": " + missing));
    }

    /** Removes the indicators this strategy added to the chart ({@code IChartPanel.removeIndicator}). */
    private void detachIndicators() {
        if (indicatorChart == null) return;
        for (IIndicator indicator : attachedIndicators) {
            try {
                indicatorChart.removeIndicator(indicator);
            } catch (Exception e) {
                console.getWarn().println("[OF] indicator not removed from the chart: " + e.getMessage());
            }
        }
        attachedIndicators.clear();
        indicatorChart = null;
    }

    /** The platform's order functions for the traded instrument. */
    private final class Orders implements PlatformOrders {
        @Override
        public void submit(String label, boolean buy, double amount, double slippagePips, double stopPrice,
                           double targetPrice, String comment) throws JFException {
            engine.submitOrder(label, traded, buy ? IEngine.OrderCommand.BUY : IEngine.OrderCommand.SELL, amount, 0,
                    slippagePips, stopPrice, targetPrice, 0, comment);
        }

        @Override
        public void setStopLoss(String label, double price) throws JFException {
            active(label).setStopLossPrice(price);
        }

        @Override
        public void setTakeProfit(String label, double price) throws JFException {
            active(label).setTakeProfitPrice(price);
        }

        @Override
        public void close(String label) throws JFException {
            active(label).close();
        }

        private IOrder active(String label) throws JFException {
            IOrder o = engine.getOrder(label);
            if (o == null) throw new JFException("no active order " + label);
            return o;
        }

        @Override
        public List<OrderView> activeOrders() throws JFException {
            return OrderFlowStrategy.this.activeOrders();
        }

        @Override
        public OrderView order(String label) throws JFException {
            IOrder o = engine.getOrder(label);
            return o == null ? null : view(o);
        }

        @Override
        public OrderView historicalOrder(String id) throws JFException {
            IOrder o = history.getHistoricalOrderById(id);
            waited();
            return o == null ? null : view(o);
        }

        @Override
        public boolean isStrategyThread() {
            return Thread.currentThread() == strategyThread;
        }

        @Override
        public void runOnStrategyThread(final Runnable task) {
            context.executeTask(new Callable<Void>() {
                @Override
                public Void call() {
                    task.run();
                    return null;
                }
            });
        }
    }

    /** A history answer as the host reads it. */
    private static final class HistoryRows implements TickGapGuard.TickRows {
        private final List<ITick> ticks;

        HistoryRows(List<ITick> ticks) {
            this.ticks = ticks;
        }

        @Override
        public int size() { return ticks.size(); }

        @Override
        public long time(int i) { return ticks.get(i).getTime(); }

        @Override
        public double ask(int i) { return ticks.get(i).getAsk(); }

        @Override
        public double bid(int i) { return ticks.get(i).getBid(); }

        @Override
        public double askVolume(int i) { return ticks.get(i).getAskVolume(); }

        @Override
        public double bidVolume(int i) { return ticks.get(i).getBidVolume(); }
    }

    /** Log lines into the platform's Messages panel. */
    private final class Console implements HostLog {
        private final String prefix;

        Console(String symbol) {
            this.prefix = "[OF " + symbol + "] ";
        }

        @Override
        public void info(String line) {
            console.getOut().println(prefix + line);
        }

        @Override
        public void warn(String line) {
            console.getWarn().println(prefix + line);
        }

        @Override
        public void error(String line) {
            console.getErr().println(prefix + line);
        }
    }
}
