package io.orderflow.strategy.risk;

/**
 * Converts an amount in the instrument's quote currency into the account currency: the value of
 * one unit of quote currency in account currency at a price.
 *
 * <p>The documented rule ({@link #derived}): 1 when the quote currency is the account currency
 * (EURUSD on a USD account); {@code 1 / price} when the base currency is (USDJPY on a USD account:
 * yen ÷ USDJPY = dollars), using the price the trade is being sized or marked at; otherwise a rate
 * must be supplied — a fixed one from the configuration offline, the live cross rate in JForex
 * (for GBPJPY on a USD account: the USDJPY rate's inverse). Implementations are called on the
 * strategy thread and must not allocate.
 */
public interface QuoteToAccountRate {
    /** Account-currency value of one unit of quote currency when the instrument trades at {@code price}. */
    double rate(double price);

    /** A constant rate. */
    static QuoteToAccountRate fixed(final double rate) {
        if (!(rate > 0) || Double.isInfinite(rate)) throw new IllegalArgumentException("rate must be > 0");
        return new QuoteToAccountRate() {
            @Override
            public double rate(double price) { return rate; }

            @Override
            public String toString() { return "fixed " + rate; }
        };
    }

    /**
     * The rule for an instrument {@code base/quote} and an account in {@code account}: 1 when quote
     * is the account currency, 1/price when base is.
     *
     * @throws IllegalArgumentException when neither is the account currency
     */
    static QuoteToAccountRate derived(String base, String quote, String account) {
        if (quote.equals(account)) return fixed(1.0);
        if (base.equals(account)) {
            return new QuoteToAccountRate() {
                @Override
                public double rate(double price) { return 1.0 / price; }

                @Override
                public String toString() { return "1/price"; }
            };
        }
        throw new IllegalArgumentException("no rule converts " + quote + " into " + account + " for " + base + "/"
                + quote + ": supply a rate");
    }
}
