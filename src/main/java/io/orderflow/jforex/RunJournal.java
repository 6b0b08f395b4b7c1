package io.orderflow.jforex;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import io.orderflow.trades.ClosedTrade;

/**
 * The run's record of closed trades and the wording of the host's log lines about them: each closed
 * trade is kept in memory, appended to the trade journal file when there is one
 * ({@link TradeJournalFile}; a write error is logged, never thrown into the platform), counted
 * (net profit and loss in account currency, wins) and announced with a {@code CLOSED} line. Also
 * formats prices (integer points at the instrument's point scale, {@code "-"} for 0 = none) and
 * amounts (millions, trailing zeros dropped) for every host log line, and the stop summary.
 *
 * <p>Threading: the strategy thread only; not thread-safe. Recording a trade allocates (a journal
 * row, a log line): it happens once per closed trade, never per tick.
 */
final class RunJournal {
    private final int pointScale;
    private final String accountCurrency;
    private final HostLog log;
    private final List<ClosedTrade> closedTrades = new ArrayList<>();
    private TradeJournalFile file;
    private double netProfit;
    private int wins;

    /**
     * @param pointScale      decimals of one price point of the instrument (EURUSD 5)
     * @param accountCurrency the account currency named in log lines (e.g. {@code "USD"})
     * @param log             where the lines go
     */
    RunJournal(int pointScale, String accountCurrency, HostLog log) {
        this.pointScale = pointScale;
        this.accountCurrency = accountCurrency;
        this.log = log;
    }

    /** Appends every later closed trade to {@code file} (null: memory and log only). */
    void setFile(TradeJournalFile file) {
        this.file = file;
    }

    /**
     * Records one closed trade: kept, counted by its net profit and loss ({@link ClosedTrade#profitLoss},
     * account currency), appended to the file and logged as
     * {@code CLOSED <label> <reason> @ <exit price> P/L <+net> <currency>[ (<+R> R)]}.
     */
    void record(ClosedTrade trade) {
        closedTrades.add(trade);
        double net = trade.profitLoss();
        netProfit += net;
        if (net > 0) wins++;
        if (file != null) {
            try {
                file.append(trade);
            } catch (IOException e) {
                log.error("trade journal " + file.file() + ": " + e.getMessage());
            }
        }
        log.info(String.format(Locale.ROOT, "CLOSED %s %s @ %s P/L %+.2f %s%s", trade.label(), trade.closeReason(),
                price(trade.exitPrice()), net, accountCurrency,
                Double.isNaN(trade.rMultiple()) ? "" : String.format(Locale.ROOT, " (%+.2f R)", trade.rMultiple())));
    }

    /**
     * The stop summary line.
     *
     * @param ticks          live ticks processed
     * @param bars           bars closed by the engine
     * @param entriesSent    entry orders sent to the platform
     * @param rejections     entries refused (by the host, the platform or a reconciliation)
     * @param openPositions  positions still open at the platform
     */
    String stopSummary(long ticks, long bars, int entriesSent, int rejections, int openPositions) {
        return String.format(Locale.ROOT,
                "stop: %,d ticks, %d bars, %d entries sent, %d rejected, %d trades closed (%d won), net P/L %+.2f %s, "
                        + "%d position(s) left open%s",
                ticks, bars, entriesSent, rejections, closedTrades.size(), wins, netProfit, accountCurrency,
                openPositions, openPositions == 0 ? "" : " (kept with their stop and target; a restart adopts them)");
    }

    /** Closes the journal file, if any; an error is logged. */
    void close() {
        if (file == null) return;
        try {
            file.close();
        } catch (IOException e) {
            log.error("trade journal " + file.file() + ": " + e.getMessage());
        }
    }

    /** Trades recorded, in closing order (unmodifiable view). */
    List<ClosedTrade> closedTrades() { return Collections.unmodifiableList(closedTrades); }

    /** Sum of the recorded trades' net profit and loss, account currency. */
    double netProfit() { return netProfit; }

    /** Recorded trades with a positive net profit and loss. */
    int wins() { return wins; }

    /** A price of {@code points} at this instrument's scale as plain decimal text; {@code "-"} for 0 (none). */
    String price(long points) {
        return price(points, pointScale);
    }

    /** A price of {@code points} at {@code pointScale} decimals as plain decimal text; {@code "-"} for 0 (none). */
    static String price(long points, int pointScale) {
        if (points == 0) return "-";
        return BigDecimal.valueOf(points, pointScale).toPlainString();
    }

    /** An amount in millions as plain decimal text without trailing zeros, rounded to one unit (1e-6 million). */
    static String amount(double amount) {
        return BigDecimal.valueOf(roundAmount(amount)).stripTrailingZeros().toPlainString();
    }

    /** Amount rounded to 1e-6 million (one unit): removes binary noise, keeps every 0.001 step. */
    static double roundAmount(double amount) {
        return Math.round(amount * 1e6) / 1e6;
    }
}
