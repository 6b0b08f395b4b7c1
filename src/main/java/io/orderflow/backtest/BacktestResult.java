package io.orderflow.backtest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.orderflow.backtest.stats.BacktestStatistics;
import io.orderflow.backtest.stats.EquityCurve;
import io.orderflow.market.Bar;
import io.orderflow.market.InstrumentSpec;
import io.orderflow.trades.ClosedTrade;

/** The outcome of one run: journal, statistics, equity and (optionally) bars. Immutable once returned. */
public final class BacktestResult {
    private final BacktestConfig config;
    private final InstrumentSpec instrument;
    private final String source;
    private final String accountCurrency;
    private final List<ClosedTrade> trades;
    private final BacktestStatistics statistics;
    private final EquityCurve sessionEquity;
    private final EquityCurve barEquity;
    private final List<Bar> bars;
    private final int rejections;
    private final List<String> rejectionSamples;
    private final String dataProblems;

    BacktestResult(BacktestConfig config, InstrumentSpec instrument, String source, String accountCurrency,
                   List<ClosedTrade> trades, BacktestStatistics statistics, EquityCurve sessionEquity,
                   EquityCurve barEquity, List<Bar> bars, int rejections, List<String> rejectionSamples,
                   String dataProblems) {
        this.config = config;
        this.instrument = instrument;
        this.source = source;
        this.accountCurrency = accountCurrency;
        this.trades = Collections.unmodifiableList(new ArrayList<>(trades));
        this.statistics = statistics;
        this.sessionEquity = sessionEquity;
        this.barEquity = barEquity;
        this.bars = Collections.unmodifiableList(new ArrayList<>(bars));
        this.rejections = rejections;
        this.rejectionSamples = Collections.unmodifiableList(new ArrayList<>(rejectionSamples));
        this.dataProblems = dataProblems;
    }

    public BacktestConfig config() { return config; }

    public InstrumentSpec instrument() { return instrument; }

    /** Description of the tick source. */
    public String source() { return source; }

    public String accountCurrency() { return accountCurrency; }

    /** Closed trades in closing order. */
    public List<ClosedTrade> trades() { return trades; }

    public BacktestStatistics statistics() { return statistics; }

    /** Equity at the end of each returns session. */
    public EquityCurve sessionEquity() { return sessionEquity; }

    /** Equity at each bar end; null unless series were collected. */
    public EquityCurve barEquity() { return barEquity; }

    /** Bars (including the last partial one); empty unless series were collected. */
    public List<Bar> bars() { return bars; }

    /** Number of rejected intents. */
    public int rejections() { return rejections; }

    /** The first rejections verbatim. */
    public List<String> rejectionSamples() { return rejectionSamples; }

    /** Summary of skipped or missing input ("no problems" when clean; "" when the source does not tell). */
    public String dataProblems() { return dataProblems; }
}
