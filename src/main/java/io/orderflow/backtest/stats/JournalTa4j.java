package io.orderflow.backtest.stats;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseBarSeriesBuilder;
import org.ta4j.core.BaseTradingRecord;
import org.ta4j.core.Trade;
import org.ta4j.core.TradingRecord;
import org.ta4j.core.num.DoubleNum;
import org.ta4j.core.num.Num;

import io.orderflow.trades.ClosedTrade;

/**
 * Builds ta4j 0.15 objects from a trade journal so that ta4j's own criteria can be applied to a
 * backtest whose trades were filled tick by tick (long and short, several at once, in the account
 * currency), which a price-based ta4j record cannot express directly. Two constructions:
 *
 * <ul>
 * <li><b>Ledger</b> ({@link #ledgerSeries}/{@link #ledgerRecord}): two bars per closed trade, closes
 * {@code B} and {@code B + netProfitLoss}, and one long ta4j position of amount 1 from the first bar
 * to the second, so ta4j's position profit equals the trade's net profit and loss. {@code B} is one
 * more than the sum of all absolute results, so prices stay positive. Bar times are ordinal
 * (one second apart from the first exit), not market times.</li>
 * <li><b>Closed equity</b> ({@link #closedEquitySeries}/{@link #closedEquityRecord}): bar 0 closes at
 * the deposit, bar k at the equity after the k-th close; one long position of amount 1 over the
 * whole series, so ta4j's cash flow is equity over deposit and its maximum drawdown is the closed-
 * trade drawdown of the account.</li>
 * </ul>
 * All numbers are {@link DoubleNum}. Stateless; thread-safe.
 */
public final class JournalTa4j {
    private JournalTa4j() {
    }

    /** Ledger series: two bars per trade (see the class comment). */
    public static BarSeries ledgerSeries(List<ClosedTrade> trades) {
        BarSeries s = new BaseBarSeriesBuilder().withName("trade ledger").withNumTypeOf(DoubleNum.class).build();
        double base = 1;
        for (ClosedTrade t : trades) base += Math.abs(t.profitLoss());
        long start = trades.isEmpty() ? 0 : trades.get(0).exitTimeMs();
        for (int i = 0; i < trades.size(); i++) {
            double pl = trades.get(i).profitLoss();
            addFlat(s, start + 2_000L * i, base);
            addFlat(s, start + 2_000L * i + 1_000, base + pl);
        }
        return s;
    }

    /** Ledger record over {@link #ledgerSeries}: one long position of amount 1 per trade. */
    public static TradingRecord ledgerRecord(BarSeries ledger) {
        TradingRecord r = new BaseTradingRecord(Trade.TradeType.BUY);
        Num one = ledger.numOf(1);
        for (int i = 0; i + 1 < ledger.getBarCount(); i += 2) {
            r.enter(i, ledger.getBar(i).getClosePrice(), one);
            r.exit(i + 1, ledger.getBar(i + 1).getClosePrice(), one);
        }
        return r;
    }

    /** Closed-equity series: the deposit, then the equity after each close (see the class comment). */
    public static BarSeries closedEquitySeries(double initialDeposit, long startMs, List<ClosedTrade> trades) {
        BarSeries s = new BaseBarSeriesBuilder().withName("closed equity").withNumTypeOf(DoubleNum.class).build();
        long last = startMs;
        addFlat(s, last, initialDeposit);
        double equity = initialDeposit;
        for (ClosedTrade t : trades) {
            equity += t.profitLoss();
            last = Math.max(last + 1, t.exitTimeMs());
            addFlat(s, last, equity);
        }
        return s;
    }

    /** One long position of amount 1 held from the first to the last bar of {@code equity}. */
    public static TradingRecord closedEquityRecord(BarSeries equity) {
        TradingRecord r = new BaseTradingRecord(Trade.TradeType.BUY);
        Num one = equity.numOf(1);
        if (equity.getBarCount() >= 2) {
            r.enter(0, equity.getBar(0).getClosePrice(), one);
            int end = equity.getEndIndex();
            r.exit(end, equity.getBar(end).getClosePrice(), one);
        }
        return r;
    }

    private static void addFlat(BarSeries s, long timeMs, double price) {
        ZonedDateTime end = ZonedDateTime.ofInstant(Instant.ofEpochMilli(timeMs), ZoneOffset.UTC);
        s.addBar(end, price, price, price, price, 0);
    }
}
