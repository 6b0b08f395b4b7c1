package io.orderflow.jforex;

import io.orderflow.market.InstrumentSpec;
import io.orderflow.strategy.risk.QuoteToAccountRate;

/**
 * The live value of the traded instrument's quote currency in the account currency, for a cross
 * whose currencies are both not the account's (GBPJPY on a USD account): read from the mid of a
 * second instrument the strategy subscribes to — {@code quote/account} (rate = mid, e.g. AUDUSD for
 * AUD) or {@code account/quote} (rate = 1 / mid, e.g. USDJPY for JPY).
 *
 * <p>Until the first quote of the conversion instrument arrives the fallback rate is used (the
 * configuration's {@code account.quoteToAccountRate}, or the rate at start). Single-threaded: the
 * strategy thread updates and reads it; no allocation.
 */
public final class QuoteConversion implements QuoteToAccountRate {
    private final String symbol;
    private final boolean inverse;
    private double rate;
    private long lastQuoteMs = Long.MIN_VALUE;
    private long refused;

    private QuoteConversion(String symbol, boolean inverse, double fallback) {
        this.symbol = symbol;
        this.inverse = inverse;
        this.rate = fallback;
    }

    /**
     * True when {@code instrument} needs a conversion instrument on an account in {@code account}
     * (neither its base nor its quote currency is the account currency).
     */
    public static boolean needed(InstrumentSpec instrument, String account) {
        return !instrument.quote().equals(account) && !instrument.base().equals(account);
    }

    /** Candidate pairs in JForex's "AAA/BBB" form, preferred first: quote/account, then account/quote. */
    public static String[] candidates(InstrumentSpec instrument, String account) {
        return new String[] {instrument.quote() + "/" + account, account + "/" + instrument.quote()};
    }

    /**
     * A conversion read from {@code pair} ("AAA/BBB", one of {@link #candidates}), starting at {@code fallback}.
     *
     * @throws IllegalArgumentException when the pair does not link the quote and account currencies
     */
    public static QuoteConversion of(InstrumentSpec instrument, String account, String pair, double fallback) {
        String[] c = candidates(instrument, account);
        if (pair.equals(c[0])) return new QuoteConversion(pair, false, fallback);
        if (pair.equals(c[1])) return new QuoteConversion(pair, true, fallback);
        throw new IllegalArgumentException(pair + " does not convert " + instrument.quote() + " into " + account
                + "; expected " + c[0] + " or " + c[1]);
    }

    /** The conversion instrument, "AAA/BBB". */
    public String symbol() { return symbol; }

    /**
     * A quote of the conversion instrument (prices as decimals) without a time; see
     * {@link #onQuote(long, double, double)}.
     *
     * @return true when the quote was taken
     */
    public boolean onQuote(double bid, double ask) {
        return onQuote(Long.MIN_VALUE, bid, ask);
    }

    /**
     * A quote of the conversion instrument at {@code timeMs} (ms UTC; {@code Long.MIN_VALUE} when
     * unknown). A bad quote — a price that is zero, negative, NaN or infinite, or a crossed one
     * (bid above ask) — is refused and counted ({@link #refusedQuotes()}); the rate stays at the last
     * good quote. O(1), no allocation.
     *
     * @return true when the quote was taken
     */
    public boolean onQuote(long timeMs, double bid, double ask) {
        if (!(bid > 0) || !(ask > 0) || Double.isInfinite(bid) || Double.isInfinite(ask) || bid > ask) {
            refused++;
            return false;
        }
        double mid = (bid + ask) * 0.5;
        rate = inverse ? 1.0 / mid : mid;
        if (timeMs != Long.MIN_VALUE) lastQuoteMs = timeMs;
        return true;
    }

    /** Bad quotes refused so far. */
    public long refusedQuotes() { return refused; }

    /** Time of the last good timed quote, ms UTC; {@code Long.MIN_VALUE} before the first. */
    public long lastQuoteMs() { return lastQuoteMs; }

    /**
     * True when the rate is older than {@code maxAgeMs} at {@code nowMs}: no timed good quote yet
     * (the rate is still the fallback) or the last one is too old.
     */
    public boolean isStale(long nowMs, long maxAgeMs) {
        return lastQuoteMs == Long.MIN_VALUE || nowMs - lastQuoteMs > maxAgeMs;
    }

    /** The last rate (independent of the traded price). */
    @Override
    public double rate(double price) {
        return rate;
    }

    @Override
    public String toString() {
        return (inverse ? "1/" : "") + symbol + " = " + rate;
    }
}
