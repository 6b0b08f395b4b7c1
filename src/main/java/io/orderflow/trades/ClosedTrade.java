package io.orderflow.trades;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;

import io.orderflow.execution.CloseReason;
import io.orderflow.execution.EntryTags;
import io.orderflow.execution.TradeSide;

/**
 * One closed position: what the journal writes as one row. Immutable; thread-safe.
 *
 * <p>Units: times ms UTC; prices in integer points of the instrument ({@link #price(long)} gives the
 * exact decimal); amount in JForex units (millions of base currency for FX); money in the account
 * currency; MAE/MFE in points (never negative). Stop and target are 0 when none was set.
 *
 * <p>{@link #rMultiple()} is the net profit and loss divided by the money at risk at entry
 * ({@code |entry − initial stop| × units × point size}, converted at the fill), NaN without an
 * initial stop.
 *
 * <p>What the entry was (setup, order-flow verdict, failed checks, extra tags) is {@link #entryTags()}:
 * the entry intent's typed {@link EntryTags} (or those the JForex host read back from an adopted
 * order's comment) plus the extra tags added by {@code SimulatedBroker.tag}. Statistics and reports
 * read the typed accessors; {@link #tags()} is only the journal's {@code tags} column rendering of it
 * ({@link EntryTags#asMap()}).
 */
public final class ClosedTrade {
    private final String label;
    private final String instrument;
    private final int pointScale;
    private final TradeSide side;
    private final double amount;
    private final long entryTimeMs;
    private final long entryPrice;
    private final long exitTimeMs;
    private final long exitPrice;
    private final long initialStop;
    private final long initialTarget;
    private final long finalStop;
    private final long finalTarget;
    private final CloseReason closeReason;
    private final String closeNote;
    private final double grossProfitLoss;
    private final double commission;
    private final double riskAtEntry;
    private final long maePoints;
    private final long mfePoints;
    private final String reason;
    private final EntryTags entryTags;
    private final Map<String, String> tags;

    /** Built by {@link OpenTrade#close} only: one bookkeeping makes every journal row. */
    ClosedTrade(String label, String instrument, int pointScale, TradeSide side, double amount,
                       long entryTimeMs, long entryPrice, long exitTimeMs, long exitPrice,
                       long initialStop, long initialTarget, long finalStop, long finalTarget,
                       CloseReason closeReason, String closeNote, double grossProfitLoss, double commission,
                       double riskAtEntry, long maePoints, long mfePoints, String reason, EntryTags entryTags) {
        this.label = label;
        this.instrument = instrument;
        this.pointScale = pointScale;
        this.side = side;
        this.amount = amount;
        this.entryTimeMs = entryTimeMs;
        this.entryPrice = entryPrice;
        this.exitTimeMs = exitTimeMs;
        this.exitPrice = exitPrice;
        this.initialStop = initialStop;
        this.initialTarget = initialTarget;
        this.finalStop = finalStop;
        this.finalTarget = finalTarget;
        this.closeReason = closeReason;
        this.closeNote = closeNote == null ? "" : closeNote;
        this.grossProfitLoss = grossProfitLoss;
        this.commission = commission;
        this.riskAtEntry = riskAtEntry;
        this.maePoints = maePoints;
        this.mfePoints = mfePoints;
        this.reason = reason == null ? "" : reason;
        this.entryTags = entryTags == null ? EntryTags.NONE : entryTags;
        this.tags = Collections.unmodifiableSortedMap(this.entryTags.asMap());
    }

    public String label() { return label; }

    /** Instrument symbol, e.g. EURUSD. */
    public String instrument() { return instrument; }

    /** Decimals of one point of the instrument (to print prices exactly). */
    public int pointScale() { return pointScale; }

    public TradeSide side() { return side; }

    /** Amount in JForex units (millions of base currency for FX). */
    public double amount() { return amount; }

    public long entryTimeMs() { return entryTimeMs; }

    /** Fill price of the entry in points (ask for longs, bid for shorts, slippage included). */
    public long entryPrice() { return entryPrice; }

    public long exitTimeMs() { return exitTimeMs; }

    /** Fill price of the exit in points (bid for longs, ask for shorts). */
    public long exitPrice() { return exitPrice; }

    /** Stop-loss at entry, points (0 = none). */
    public long initialStop() { return initialStop; }

    /** Take-profit at entry, points (0 = none). */
    public long initialTarget() { return initialTarget; }

    /** Stop-loss when the position closed (after MODIFYs), points (0 = none). */
    public long finalStop() { return finalStop; }

    /** Take-profit when the position closed, points (0 = none). */
    public long finalTarget() { return finalTarget; }

    public CloseReason closeReason() { return closeReason; }

    /** Extra words on the close, e.g. "end of data" or the EXIT intent's reason. */
    public String closeNote() { return closeNote; }

    /** Profit and loss of the price move, before commission, account currency. */
    public double grossProfitLoss() { return grossProfitLoss; }

    /** Commission of both sides, account currency (positive number). */
    public double commission() { return commission; }

    /** Net profit and loss: gross minus commission, account currency. */
    public double profitLoss() { return grossProfitLoss - commission; }

    /** Money at risk at entry (initial stop distance), account currency; 0 without a stop. */
    public double riskAtEntry() { return riskAtEntry; }

    /** Net profit and loss in multiples of the risk at entry; NaN without an initial stop. */
    public double rMultiple() { return riskAtEntry > 0 ? profitLoss() / riskAtEntry : Double.NaN; }

    /** Maximum adverse excursion from the entry price, points ({@link OpenTrade}'s excursion rule). */
    public long maePoints() { return maePoints; }

    /** Maximum favourable excursion from the entry price, points. */
    public long mfePoints() { return mfePoints; }

    /** Setup and reason text of the entry intent. */
    public String reason() { return reason; }

    /** What the entry was: setup, order-flow verdict, failed checks and extra tags, typed. */
    public EntryTags entryTags() { return entryTags; }

    /**
     * The journal's {@code tags} column: {@link #entryTags()} rendered as {@link EntryTags#asMap()},
     * sorted by key (unmodifiable). For writing the journal; read the typed fields from {@link #entryTags()}.
     */
    public Map<String, String> tags() { return tags; }

    /** Milliseconds in the market. */
    public long durationMs() { return exitTimeMs - entryTimeMs; }

    /** The exact decimal price of {@code points} for this instrument. */
    public BigDecimal price(long points) { return BigDecimal.valueOf(points, pointScale); }

    /** True when the net profit and loss is positive. */
    public boolean isWin() { return profitLoss() > 0; }

    @Override
    public String toString() {
        return "ClosedTrade{" + label + " " + side + " " + amount + " " + price(entryPrice) + "@" + entryTimeMs + " -> "
                + price(exitPrice) + "@" + exitTimeMs + " " + closeReason + " pl=" + profitLoss() + "}";
    }
}
