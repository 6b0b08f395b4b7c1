package io.orderflow.backtest.broker;

import java.util.Locale;

import io.orderflow.market.InstrumentSpec;

/**
 * Converts the quote currency of one instrument, and US dollars, into the account currency, using
 * only that instrument's own prices (the replay carries no other instrument's ticks).
 *
 * <p>The account currency must be the instrument's quote currency or {@code USD}:
 * <ul>
 * <li>quote → account: 1 when the account is in the quote currency; when the account is USD: 1 for
 * {@code xxxUSD}, {@code 1/price} for {@code USDxxx}, and the fixed {@code usdPerQuote} rate of the
 * configuration for a cross such as GBPJPY;</li>
 * <li>USD → account: 1 for a USD account; for a quote-currency account: 1 for {@code xxxUSD},
 * {@code price} for {@code USDxxx}, {@code 1/usdPerQuote} for a cross;</li>
 * <li>base → USD (commission notional): 1 for {@code USDxxx}, {@code price} for {@code xxxUSD},
 * {@code price × usdPerQuote} for a cross.</li>
 * </ul>
 * "price" is the price of the tick at which the amount arises: the fill price for commissions and
 * margin, the mid of the closing tick for profit and loss. Immutable; thread-safe.
 */
public final class AccountConversion {
    private enum Mode { ONE, PRICE, INVERSE_PRICE, FIXED }

    private final String accountCurrency;
    private final Mode quoteToAccount;
    private final Mode usdToAccount;
    private final Mode baseToUsd;
    private final double usdPerQuote;

    /**
     * @param usdPerQuote US dollars per unit of the quote currency, needed only for crosses without
     *                    USD (NaN when not given)
     * @param usdAmounts  whether amounts in USD (commissions) will be converted
     * @throws IllegalArgumentException when the account currency is neither the quote currency nor
     *                                  USD, or a needed fixed rate is missing
     */
    public AccountConversion(InstrumentSpec spec, String accountCurrency, double usdPerQuote, boolean usdAmounts) {
        String account = accountCurrency.toUpperCase(Locale.ROOT);
        String base = spec.base();
        String quote = spec.quote();
        boolean quoteIsUsd = "USD".equals(quote);
        boolean baseIsUsd = "USD".equals(base);
        boolean cross = !quoteIsUsd && !baseIsUsd;
        if (!account.equals(quote) && !"USD".equals(account)) {
            throw new IllegalArgumentException("account currency " + account + " is not supported for "
                    + spec.symbol() + ": use the quote currency " + quote + " or USD");
        }
        if (cross && !(usdPerQuote > 0) && (usdAmounts || !account.equals(quote))) {
            throw new IllegalArgumentException(spec.symbol() + " has no USD leg: commissions in USD"
                    + (account.equals(quote) ? "" : " and a USD account") + " need a fixed rate 'usdPerQuote' (USD per 1 "
                    + quote + "), since the replay carries no USD" + quote + " ticks");
        }
        this.accountCurrency = account;
        this.usdPerQuote = usdPerQuote;
        if (account.equals(quote)) {
            quoteToAccount = Mode.ONE;
            usdToAccount = quoteIsUsd ? Mode.ONE : baseIsUsd ? Mode.PRICE : Mode.FIXED;
        } else { // USD account, quote not USD
            quoteToAccount = baseIsUsd ? Mode.INVERSE_PRICE : Mode.FIXED;
            usdToAccount = Mode.ONE;
        }
        baseToUsd = baseIsUsd ? Mode.ONE : quoteIsUsd ? Mode.PRICE : Mode.FIXED;
        // (FIXED modes are only reached when the rate was given or no USD amount is ever converted)
    }

    /** The account currency code, upper case. */
    public String accountCurrency() { return accountCurrency; }

    /** Account-currency value of one unit of the quote currency when the instrument trades at {@code price}. */
    public double quoteToAccount(double price) {
        switch (quoteToAccount) {
            case ONE: return 1;
            case INVERSE_PRICE: return 1 / price;
            default: return usdPerQuote;
        }
    }

    /** Account-currency value of one US dollar when the instrument trades at {@code price}. */
    public double usdToAccount(double price) {
        switch (usdToAccount) {
            case ONE: return 1;
            case PRICE: return price;
            default: return 1 / usdPerQuote;
        }
    }

    /** US-dollar value of one unit of the base currency when the instrument trades at {@code price}. */
    public double baseToUsd(double price) {
        switch (baseToUsd) {
            case ONE: return 1;
            case PRICE: return price;
            default: return price * usdPerQuote;
        }
    }
}
