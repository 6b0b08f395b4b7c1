package io.orderflow.backtest.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.List;
import java.util.Map;

import io.orderflow.backtest.BacktestResult;
import io.orderflow.backtest.broker.BrokerConfig;
import io.orderflow.backtest.stats.ConfirmationTable;
import io.orderflow.backtest.stats.EquityCurve;
import io.orderflow.market.Bar;
import io.orderflow.market.InstrumentSpec;
import io.orderflow.trades.ClosedTrade;

/**
 * Fills a {@link ReportModel} with what a backtest itself knows: BID price bars (as JForex charts
 * show by default), trades, the equity curve, statistics, the confirmation table and notes. The
 * order-flow panes, profile and footprint are added by the analytics code. Stateless.
 */
public final class ReportModels {
    private ReportModels() {
    }

    public static ReportModel fromResult(BacktestResult r, String title) {
        ReportModel m = new ReportModel();
        InstrumentSpec spec = r.instrument();
        m.title = title;
        m.instrument = spec.symbol();
        m.priceDecimals = spec.pointScale();
        m.accountCurrency = r.accountCurrency();
        m.barPeriodMs = r.config().bars().periodMs();
        long first = r.statistics().get("firstTickMs") > 0 ? (long) r.statistics().get("firstTickMs") : 0;
        long last = (long) r.statistics().get("lastTickMs");
        m.subtitle = spec.slashName() + " · " + minute(first) + " → " + minute(last) + " UTC · " + r.config().bars();
        for (Bar b : r.bars()) {
            m.bars.add(new ReportModel.PriceBar(b.startMs(), spec.toPrice(b.bidOpen()), spec.toPrice(b.bidHigh()),
                    spec.toPrice(b.bidLow()), spec.toPrice(b.bidClose()), b.bidVolume() + b.askVolume()));
        }
        for (ClosedTrade t : r.trades()) {
            m.trades.add(new ReportModel.TradeMark(t.label(), t.side().name(), t.entryTimeMs(), spec.toPrice(t.entryPrice()),
                    t.exitTimeMs(), spec.toPrice(t.exitPrice()), t.initialStop() == 0 ? 0 : spec.toPrice(t.initialStop()),
                    t.initialTarget() == 0 ? 0 : spec.toPrice(t.initialTarget()), t.profitLoss(), t.rMultiple(),
                    t.closeReason().name(), t.reason(), t.entryTags().confirmation().journalValue()));
        }
        EquityCurve eq = r.barEquity();
        if (eq != null) {
            m.equityTimes = eq.times();
            m.equity = eq.values();
        }
        m.confirmation.addAll(ConfirmationTable.fromTrades(r.trades()));
        for (Map.Entry<String, Object> e : r.statistics().asMap().entrySet()) m.statistics.put(e.getKey(), e.getValue());
        m.notes.add("Source: " + r.source());
        m.notes.add("Broker: " + describe(r.config().broker()));
        if (!r.dataProblems().isEmpty()) m.notes.add("Data: " + r.dataProblems());
        if (r.rejections() > 0) {
            List<String> s = r.rejectionSamples();
            m.notes.add(r.rejections() + " rejected order(s); first: " + (s.isEmpty() ? "" : s.get(0)));
        }
        return m;
    }

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    /** A time as people read it in a heading: to the minute, UTC ("2019-02-04 00:00"). */
    static String minute(long ms) {
        return MINUTE.format(Instant.ofEpochMilli(ms));
    }

    /** The broker's settings in words, numbers rounded ("deposit 100,000 USD, leverage 1:100, ..."). */
    static String describe(BrokerConfig b) {
        StringBuilder s = new StringBuilder();
        s.append("deposit ").append(String.format(Locale.ROOT, "%,.0f", b.initialDeposit())).append(' ')
                .append(b.accountCurrency() == null ? "(quote currency)" : b.accountCurrency());
        s.append(", leverage 1:").append(String.format(Locale.ROOT, "%.0f", b.leverage()));
        s.append(", latency ").append(b.latencyMs()).append(" ms");
        s.append(", slippage ").append(b.slippagePoints()).append(" points");
        s.append(", commission ").append(String.format(Locale.ROOT, "%.2f", b.commissionUsdPerMillion()))
                .append(" USD per million per side");
        s.append(b.marginCutPercent() > 0 ? String.format(Locale.ROOT, ", margin cut at %.0f %%", b.marginCutPercent())
                : ", no margin cut");
        if (!Double.isNaN(b.usdPerQuote())) s.append(String.format(Locale.ROOT, ", %.5f USD per quote unit", b.usdPerQuote()));
        return s.toString();
    }
}
