package io.orderflow.flow;

/**
 * How a buy/sell side was inferred: part of the provenance of every delta value.
 *
 * <p>Two kinds of input exist. <b>Quote ticks</b> (Dukascopy FX: best bid/ask and the quoted size at
 * each, no trades) only allow inference from quote changes. <b>Trades with quotes</b> (exchanges such
 * as Binance) allow the classical trade-classification rules and, where the venue flags the
 * aggressor, the truth. Definitions follow the reference §b.4.
 */
public enum AggressorMethod {
    /**
     * Quote ticks: tick rule on the mid. Buy when the mid rose against the previous tick, sell when
     * it fell; an unchanged mid repeats the last non-zero sign (the "zero tick"). Unclassified until
     * the mid first moves.
     */
    MID_TICK_RULE("mid tick rule", Input.QUOTES),
    /**
     * Quote ticks: which side's price or size moved. (1) If the ask or bid price moved and the moves
     * do not cancel ({@code sign(Δask) + sign(Δbid) ≠ 0}) that sign decides: a rising quote is a buy,
     * a falling one a sell. (2) If both prices moved in opposite directions the mid's change decides.
     * (3) If neither price moved, the size change decides: {@code sign(Δbid size − Δask size)} — an
     * ask queue being taken or a bid queue growing is buying pressure (the Cont–Kukanov–Stoikov
     * order-flow sign at unchanged prices). Ties are unclassified. No memory beyond the previous
     * tick.
     */
    QUOTE_CHANGE("quote-change rule", Input.QUOTES),
    /**
     * Trades: tick rule. Buy if the price is above the previous trade's, sell if below; an equal
     * price repeats the last non-zero sign. Unclassified until the price first changes.
     */
    TICK_RULE("tick rule", Input.TRADES),
    /**
     * Trades: quote rule. Buy above the prevailing mid, sell below, unclassified at the mid or
     * without a quote.
     */
    QUOTE_RULE("quote rule", Input.TRADES),
    /**
     * Trades: Lee–Ready (1991). The quote rule; trades at the mid (or without a quote) by the tick
     * rule. Quotes are the prevailing ones (no 5-second lag: modern feeds are time-consistent).
     */
    LEE_READY("Lee-Ready", Input.TRADES),
    /**
     * Trades: Ellis–Michaely–O'Hara (2000). Buy at the ask, sell at the bid, the tick rule for every
     * other price (inside the spread, outside the quotes, or no quote).
     */
    EMO("EMO", Input.TRADES),
    /** Trades: the venue's own aggressor flag (Binance: buyer-is-maker). Unflagged trades stay unclassified. */
    TRUE_SIDE("true side", Input.TRADES),
    /**
     * Bars (either input): bulk volume classification (Easley, López de Prado, O'Hara 2012). A bar's
     * volume V is split at bar close into buy volume {@code V · F(ΔP / σ)} and sell volume the rest,
     * where ΔP is the bar's price change, σ the volume-weighted standard deviation of bar price
     * changes over a rolling window and F the standard normal (or Student-t) CDF. Nothing is
     * classified inside a bar.
     */
    BVC("BVC", Input.BARS);

    /** What a method classifies. */
    public enum Input {
        /** Quote ticks (best bid/ask and sizes). */
        QUOTES,
        /** Trades with the prevailing quote. */
        TRADES,
        /** Whole bars (works on either input's volume). */
        BARS
    }

    private final String label;
    private final Input input;

    AggressorMethod(String label, Input input) {
        this.label = label;
        this.input = input;
    }

    /** Short human-readable name, e.g. "mid tick rule". */
    public String label() { return label; }

    /** The input this method classifies. */
    public Input input() { return input; }

    /** True when the method can classify quote-only data (FX). */
    public boolean worksOnQuotes() { return input != Input.TRADES; }

    /** True when the method can classify trades. */
    public boolean worksOnTrades() { return input != Input.QUOTES; }

    /** Parses a name such as {@code lee-ready}, {@code MID_TICK_RULE} or {@code bvc}. */
    public static AggressorMethod parse(String text) {
        String s = text.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_').replace(' ', '_');
        if (s.equals("LR")) return LEE_READY;
        if (s.equals("TRUE")) return TRUE_SIDE;
        try {
            return valueOf(s);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("aggressor method '" + text + "': expected one of "
                    + java.util.Arrays.toString(values()), e);
        }
    }
}
