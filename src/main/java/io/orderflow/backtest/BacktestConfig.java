package io.orderflow.backtest;

import java.util.Objects;

import io.orderflow.backtest.broker.BrokerConfig;
import io.orderflow.backtest.stats.StatisticsCalculator;
import io.orderflow.market.SessionAnchor;

/**
 * Everything about a run except the ticks and the strategy. Immutable; build with {@link #builder()}.
 *
 * <ul>
 * <li>{@code broker}: account, fills and costs ({@link BrokerConfig});</li>
 * <li>{@code bars}: the bars the strategy receives (default 1-minute time bars);</li>
 * <li>{@code returnsSession}: the day whose end equity makes one Sharpe return (default the FX day,
 * 17:00 New York); {@code periodsPerYear} annualises it (default 260);</li>
 * <li>{@code collectSeries}: keep every bar and a per-bar equity sample for the report (memory grows
 * with the number of bars); off for sweeps and benchmarks.</li>
 * </ul>
 */
public final class BacktestConfig {
    private final BrokerConfig broker;
    private final BarSpec bars;
    private final SessionAnchor returnsSession;
    private final double periodsPerYear;
    private final boolean collectSeries;

    private BacktestConfig(Builder b) {
        this.broker = b.broker;
        this.bars = b.bars;
        this.returnsSession = b.returnsSession;
        this.periodsPerYear = b.periodsPerYear;
        this.collectSeries = b.collectSeries;
    }

    public static Builder builder() { return new Builder(); }

    public Builder toBuilder() {
        return new Builder().broker(broker).bars(bars).returnsSession(returnsSession).periodsPerYear(periodsPerYear)
                .collectSeries(collectSeries);
    }

    public BrokerConfig broker() { return broker; }

    public BarSpec bars() { return bars; }

    public SessionAnchor returnsSession() { return returnsSession; }

    public double periodsPerYear() { return periodsPerYear; }

    public boolean collectSeries() { return collectSeries; }

    @Override
    public String toString() {
        return "BacktestConfig{" + broker + ", bars=" + bars + ", returns per " + returnsSession + ", collectSeries="
                + collectSeries + "}";
    }

    public static final class Builder {
        private BrokerConfig broker = BrokerConfig.builder().build();
        private BarSpec bars = BarSpec.time(60_000);
        private SessionAnchor returnsSession = SessionAnchor.FX_NEW_YORK;
        private double periodsPerYear = StatisticsCalculator.FX_SESSIONS_PER_YEAR;
        private boolean collectSeries = true;

        private Builder() {
        }

        public Builder broker(BrokerConfig v) { broker = Objects.requireNonNull(v, "broker"); return this; }

        public Builder bars(BarSpec v) { bars = Objects.requireNonNull(v, "bars"); return this; }

        public Builder returnsSession(SessionAnchor v) { returnsSession = Objects.requireNonNull(v, "returnsSession"); return this; }

        public Builder periodsPerYear(double v) {
            if (!(v > 0)) throw new IllegalArgumentException("periodsPerYear must be > 0, was " + v);
            periodsPerYear = v;
            return this;
        }

        public Builder collectSeries(boolean v) { collectSeries = v; return this; }

        public BacktestConfig build() { return new BacktestConfig(this); }
    }
}
