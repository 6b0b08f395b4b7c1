package io.orderflow.trades;

import java.util.Objects;

import io.orderflow.execution.CloseReason;
import io.orderflow.execution.EntryTags;
import io.orderflow.execution.OrderIntent;
import io.orderflow.execution.TradeSide;
import io.orderflow.market.InstrumentSpec;

/**
 * The bookkeeping of one position from its entry order to its close, the same for the simulated
 * broker ({@code backtest.broker.SimulatedBroker}) and the JForex host ({@code jforex.StrategyHost}):
 * entry, amount, stop and target (initial and current), money at risk at entry, excursions,
 * commission, reason and tags; {@link #close} turns it into the journal's {@link ClosedTrade}. The
 * hosts keep only what is theirs (order states, queues, platform ids) next to it.
 *
 * <p><b>Excursions</b> (one rule for both hosts). MAE and MFE are the largest adverse and favourable
 * moves, in points, from the entry fill price to the prices the position was <em>marked at</em>:
 * every tick the position lives through from the tick that fills it contributes one price — the
 * price it would close at on that tick (bid for a long, ask for a short; {@link #mark}) when it stays
 * open, its exit fill price (slippage included; {@link #close}) on the tick that closes it. The quote
 * of the closing tick is not marked: the platform reports the close before the strategy sees that
 * tick, and the exit fill is what the position actually got on it. Both are never negative.
 *
 * <p><b>Risk at entry</b>: {@code |entry − initial stop| × point size × amount × 1,000,000 × quote→account
 * rate at the fill}, 0 without a stop; a partial close ({@link #reduceTo}) scales it with the amount, so
 * that the closed trade's R multiple is that of the amount it reports.
 *
 * <p><b>Commission</b>: what the host {@link #charge}s to this position (entry side, exit side, or the
 * platform's total at the close), summed.
 *
 * <p>Units: prices in integer points of the instrument (0 = none for stop and target), amounts in
 * JForex units (millions of base currency for FX), times ms UTC, money in the account currency.
 * Threading: one thread (the replay or strategy thread); not thread-safe. {@link #mark} is O(1) and
 * allocation-free (per tick); the rest runs once per order.
 */
public final class OpenTrade {
    private final String label;
    private final String instrument;
    private final int pointScale;
    private final double pointSize;
    private final TradeSide side;
    private final int sign;
    private final String reason;
    private EntryTags entryTags;
    private double amount;
    private long stop;
    private long target;
    private long initialStop;
    private long initialTarget;
    private boolean filled;
    private boolean closed;
    private long entryTimeMs;
    private long entryPrice;
    private double riskAtEntry;
    private double commission;
    private long maePoints;
    private long mfePoints;

    /**
     * A position ordered but not filled yet.
     *
     * @param amount JForex units as ordered (the fill may change it)
     * @param stop   stop-loss price, points, 0 = none
     * @param target take-profit price, points, 0 = none
     * @param reason the entry's text for people (journal column {@code reason})
     * @param tags   what the entry is (journal column {@code tags})
     */
    public OpenTrade(String label, InstrumentSpec instrument, TradeSide side, double amount, long stop, long target,
                     String reason, EntryTags tags) {
        this.label = Objects.requireNonNull(label, "label");
        this.instrument = instrument.symbol();
        this.pointScale = instrument.pointScale();
        this.pointSize = instrument.pointSize();
        this.side = Objects.requireNonNull(side, "side");
        this.sign = side.sign();
        this.amount = amount;
        this.stop = stop;
        this.target = target;
        this.reason = reason == null ? "" : reason;
        this.entryTags = tags == null ? EntryTags.NONE : tags;
    }

    /** The position an ENTER intent asks for, on {@code instrument}. */
    public static OpenTrade entering(OrderIntent enter, InstrumentSpec instrument) {
        if (enter.kind() != OrderIntent.Kind.ENTER) throw new IllegalArgumentException("not an ENTER intent: " + enter);
        return new OpenTrade(enter.label(), instrument, enter.side(), enter.amount(), enter.stopPoints(),
                enter.targetPoints(), enter.reason(), enter.tags());
    }

    /**
     * The entry was filled: at {@code pricePoints} for {@code amount} at {@code timeMs}. The current stop
     * and target become the initial ones, the risk at entry is fixed (converted with
     * {@code quoteToAccount}, account currency per unit of quote currency at the fill) and the
     * excursions start at 0.
     *
     * @throws IllegalStateException when filled already
     */
    public void fill(long timeMs, long pricePoints, double amount, double quoteToAccount) {
        if (filled) throw new IllegalStateException(label + " is filled already");
        filled = true;
        entryTimeMs = timeMs;
        entryPrice = pricePoints;
        this.amount = amount;
        initialStop = stop;
        initialTarget = target;
        riskAtEntry = stop == 0 ? 0 : Math.abs(pricePoints - stop) * pointSize * (amount * 1_000_000d) * quoteToAccount;
        maePoints = 0;
        mfePoints = 0;
    }

    /** Stop and target are now as given (points, 0 = none): a confirmed change. */
    public void levels(long stopPoints, long targetPoints) {
        this.stop = stopPoints;
        this.target = targetPoints;
    }

    /**
     * Marks the position on a tick it stays open through, at the price it would close at now: the bid
     * for a long, the ask for a short (points); widens MAE/MFE. O(1), no allocation.
     */
    public void mark(long bid, long ask) {
        markAt(sign > 0 ? bid : ask);
    }

    private void markAt(long price) {
        long move = sign * (price - entryPrice);
        if (move > mfePoints) mfePoints = move;
        if (-move > maePoints) maePoints = -move;
    }

    /** A partial close left {@code amount} open (JForex units, less than before): the risk at entry shrinks in proportion. */
    public void reduceTo(double amount) {
        if (this.amount > 0) riskAtEntry *= amount / this.amount;
        this.amount = amount;
    }

    /** Adds {@code money} (account currency, positive) to the commission of this position. */
    public void charge(double money) {
        commission += money;
    }

    /**
     * Adds the extra tag {@code key=value} to the entry's tags (replacing one of the same key):
     * {@link EntryTags#with}, so the same checks apply. Once per call, not per tick.
     *
     * @throws IllegalArgumentException for an empty key, a null value, or one of the entry's typed keys
     */
    public void tag(String key, String value) {
        entryTags = entryTags.with(key, value);
    }

    /**
     * The position closed at {@code exitPrice} (points; the fill, slippage included) at {@code timeMs}:
     * marks the exit price ({@link OpenTrade the excursion rule}) and returns the journal row, with
     * {@code grossProfitLoss} (account currency, before commission) and the commission charged so far.
     *
     * @throws IllegalStateException when not filled or closed already
     */
    public ClosedTrade close(long timeMs, long exitPrice, CloseReason reason, String note, double grossProfitLoss) {
        if (!filled) throw new IllegalStateException(label + " was never filled");
        if (closed) throw new IllegalStateException(label + " is closed already");
        closed = true;
        markAt(exitPrice);
        return new ClosedTrade(label, instrument, pointScale, side, amount, entryTimeMs, entryPrice, timeMs, exitPrice,
                initialStop, initialTarget, stop, target, reason, note, grossProfitLoss, commission, riskAtEntry,
                maePoints, mfePoints, this.reason, entryTags);
    }

    public String label() { return label; }

    public TradeSide side() { return side; }

    /** +1 for a long, −1 for a short. */
    public int sign() { return sign; }

    /** Amount in JForex units: as ordered until the fill, then as filled (lowered by {@link #reduceTo}). */
    public double amount() { return amount; }

    /** Units of base currency: {@link #amount()} × 1,000,000. */
    public double units() { return amount * 1_000_000d; }

    /** Current stop-loss, points (0 = none). */
    public long stop() { return stop; }

    /** Current take-profit, points (0 = none). */
    public long target() { return target; }

    /** Stop-loss at the fill, points (0 = none or not filled). */
    public long initialStop() { return initialStop; }

    /** Take-profit at the fill, points (0 = none or not filled). */
    public long initialTarget() { return initialTarget; }

    public boolean isFilled() { return filled; }

    /** Fill time, ms UTC (0 before the fill). */
    public long entryTimeMs() { return entryTimeMs; }

    /** Fill price, points (0 before the fill). */
    public long entryPrice() { return entryPrice; }

    /** Money at risk at entry, account currency; 0 without a stop or before the fill. */
    public double riskAtEntry() { return riskAtEntry; }

    /** Commission charged so far, account currency. */
    public double commission() { return commission; }

    /** Maximum adverse excursion so far, points (≥ 0). */
    public long maePoints() { return maePoints; }

    /** Maximum favourable excursion so far, points (≥ 0). */
    public long mfePoints() { return mfePoints; }

    /** The entry's text for people. */
    public String reason() { return reason; }

    /**
     * What the entry is, as the intent (or the adopted order's comment) said, with the extra tags
     * {@link #tag} added since; the closed trade carries it on ({@link ClosedTrade#entryTags()}).
     */
    public EntryTags entryTags() { return entryTags; }

    @Override
    public String toString() {
        return "OpenTrade{" + label + " " + side + " " + amount + (filled ? " @" + entryPrice : " pending")
                + " SL " + stop + " TP " + target + " MAE " + maePoints + " MFE " + mfePoints + "}";
    }
}
