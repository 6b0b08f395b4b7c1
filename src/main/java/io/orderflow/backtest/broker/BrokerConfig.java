package io.orderflow.backtest.broker;

import java.util.Locale;

/**
 * Settings of the {@link SimulatedBroker}. Immutable; build with {@link #builder()}.
 *
 * <p>Units: deposit in the account currency; latency in ms; slippage in points of the instrument;
 * commission in US dollars per million US dollars of traded notional, per side (Dukascopy's way of
 * quoting it); leverage as a multiple (100 = 1:100); margin-cut level as use of leverage in percent.
 */
public final class BrokerConfig {
    private final double initialDeposit;
    private final String accountCurrency;
    private final double leverage;
    private final long latencyMs;
    private final long slippagePoints;
    private final double commissionUsdPerMillion;
    private final double marginCutPercent;
    private final double usdPerQuote;

    private BrokerConfig(Builder b) {
        this.initialDeposit = b.initialDeposit;
        this.accountCurrency = b.accountCurrency;
        this.leverage = b.leverage;
        this.latencyMs = b.latencyMs;
        this.slippagePoints = b.slippagePoints;
        this.commissionUsdPerMillion = b.commissionUsdPerMillion;
        this.marginCutPercent = b.marginCutPercent;
        this.usdPerQuote = b.usdPerQuote;
    }

    public static Builder builder() { return new Builder(); }

    /** A builder preset with this configuration's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.initialDeposit = initialDeposit;
        b.accountCurrency = accountCurrency;
        b.leverage = leverage;
        b.latencyMs = latencyMs;
        b.slippagePoints = slippagePoints;
        b.commissionUsdPerMillion = commissionUsdPerMillion;
        b.marginCutPercent = marginCutPercent;
        b.usdPerQuote = usdPerQuote;
        return b;
    }

    /** Starting balance in the account currency. */
    public double initialDeposit() { return initialDeposit; }

    /** Account currency code; null means "the instrument's quote currency". */
    public String accountCurrency() { return accountCurrency; }

    /** Leverage multiple: open notional may reach {@code leverage × equity}. */
    public double leverage() { return leverage; }

    /** Delay between a decision and the earliest tick that can execute it, ms. */
    public long latencyMs() { return latencyMs; }

    /** Adverse slippage on market fills (entries, requested exits, stop-losses), points. */
    public long slippagePoints() { return slippagePoints; }

    /** Commission per side in USD per million USD of notional. */
    public double commissionUsdPerMillion() { return commissionUsdPerMillion; }

    /** Use of leverage (percent) at which every position is closed; 0 disables the margin cut. */
    public double marginCutPercent() { return marginCutPercent; }

    /** USD per unit of quote currency for crosses without USD (NaN when not given). */
    public double usdPerQuote() { return usdPerQuote; }

    @Override
    public String toString() {
        return "BrokerConfig{deposit=" + initialDeposit + " " + (accountCurrency == null ? "(quote)" : accountCurrency)
                + ", leverage=" + leverage + ", latencyMs=" + latencyMs + ", slippagePoints=" + slippagePoints
                + ", commissionUsdPerMillion=" + commissionUsdPerMillion + ", marginCutPercent=" + marginCutPercent
                + (Double.isNaN(usdPerQuote) ? "" : ", usdPerQuote=" + usdPerQuote) + "}";
    }

    /** Builder with the defaults: 100,000 in the quote currency, 1:100, no latency, slippage or commission, margin cut at 200%. */
    public static final class Builder {
        private double initialDeposit = 100_000;
        private String accountCurrency;
        private double leverage = 100;
        private long latencyMs;
        private long slippagePoints;
        private double commissionUsdPerMillion;
        private double marginCutPercent = 200;
        private double usdPerQuote = Double.NaN;

        private Builder() {
        }

        public Builder initialDeposit(double v) {
            if (!(v > 0) || Double.isInfinite(v)) throw new IllegalArgumentException("initialDeposit must be > 0, was " + v);
            initialDeposit = v;
            return this;
        }

        /** Account currency: the instrument's quote currency or USD; null = quote currency. */
        public Builder accountCurrency(String v) {
            accountCurrency = v == null ? null : v.toUpperCase(Locale.ROOT);
            return this;
        }

        public Builder leverage(double v) {
            if (!(v >= 1) || Double.isInfinite(v)) throw new IllegalArgumentException("leverage must be >= 1, was " + v);
            leverage = v;
            return this;
        }

        public Builder latencyMs(long v) {
            if (v < 0) throw new IllegalArgumentException("latencyMs must be >= 0, was " + v);
            latencyMs = v;
            return this;
        }

        public Builder slippagePoints(long v) {
            if (v < 0) throw new IllegalArgumentException("slippagePoints must be >= 0 (always adverse), was " + v);
            slippagePoints = v;
            return this;
        }

        public Builder commissionUsdPerMillion(double v) {
            if (!(v >= 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException("commissionUsdPerMillion must be >= 0, was " + v);
            }
            commissionUsdPerMillion = v;
            return this;
        }

        public Builder marginCutPercent(double v) {
            if (!(v == 0 || v >= 100) || Double.isInfinite(v)) {
                throw new IllegalArgumentException("marginCutPercent must be 0 (off) or >= 100, was " + v);
            }
            marginCutPercent = v;
            return this;
        }

        public Builder usdPerQuote(double v) {
            if (!(v > 0) || Double.isInfinite(v)) throw new IllegalArgumentException("usdPerQuote must be > 0, was " + v);
            usdPerQuote = v;
            return this;
        }

        public BrokerConfig build() { return new BrokerConfig(this); }
    }
}
