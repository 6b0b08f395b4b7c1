package io.orderflow.backtest.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.orderflow.backtest.BacktestResult;
import io.orderflow.backtest.journal.ClosedTrade;
import io.orderflow.backtest.stats.ConfirmationTable;
import io.orderflow.backtest.stats.EquityCurve;
import io.orderflow.market.Bar;
import io.orderflow.market.InstrumentSpec;

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
        m.subtitle = spec.slashName() + " · " + Instant.ofEpochMilli(first) + " → " + Instant.ofEpochMilli(last)
                + " · " + r.config().bars();
        for (Bar b : r.bars()) {
            m.bars.add(new ReportModel.PriceBar(b.startMs(), spec.toPrice(b.bidOpen()), spec.toPrice(b.bidHigh()),
                    spec.toPrice(b.bidLow()), spec.toPrice(b.bidClose()), b.bidVolume() + b.askVolume()));
        }
        for (ClosedTrade t : r.trades()) {
            m.trades.add(new ReportModel.TradeMark(t.label(), t.side().name(), t.entryTimeMs(), spec.toPrice(t.entryPrice()),
                    t.exitTimeMs(), spec.toPrice(t.exitPrice()), t.initialStop() == 0 ? 0 : spec.toPrice(t.initialStop()),
                    t.initialTarget() == 0 ? 0 : spec.toPrice(t.initialTarget()), t.profitLoss(), t.rMultiple(),
                    t.closeReason().name(), t.reason(), t.tags().get(ConfirmationTable.DEFAULT_TAG)));
        }
        EquityCurve eq = r.barEquity();
        if (eq != null) {
            m.equityTimes = eq.times();
            m.equity = eq.values();
        }
        m.confirmation.addAll(ConfirmationTable.fromTrades(r.trades(), ConfirmationTable.DEFAULT_TAG));
        for (Map.Entry<String, Object> e : r.statistics().asMap().entrySet()) m.statistics.put(e.getKey(), e.getValue());
        m.notes.add("Source: " + r.source());
        m.notes.add("Broker: " + r.config().broker());
        if (!r.dataProblems().isEmpty()) m.notes.add("Data: " + r.dataProblems());
        if (r.rejections() > 0) {
            List<String> s = r.rejectionSamples();
            m.notes.add(r.rejections() + " rejected order(s); first: " + (s.isEmpty() ? "" : s.get(0)));
        }
        return m;
    }
}
