package io.orderflow.backtest.stats;

import java.util.ArrayList;
import java.util.List;

import io.orderflow.backtest.journal.ClosedTrade;
import io.orderflow.backtest.report.ReportModel.ConfirmationRow;

/**
 * The confirmed-versus-unconfirmed table from the journal: trades tagged {@code <tag>=true} (or the
 * bare flag {@code #<tag>}) against those tagged {@code <tag>=false}; untagged trades are left out.
 * Hit rate = share with a positive net result; expectancy = mean net result and mean R.
 * Stateless; thread-safe.
 */
public final class ConfirmationTable {
    /** The tag the strategy engine sets on each entry. */
    public static final String DEFAULT_TAG = "orderflow_confirmed";

    private ConfirmationTable() {
    }

    /** Two rows, "confirmed" then "unconfirmed". */
    public static List<ConfirmationRow> fromTrades(List<ClosedTrade> trades, String tag) {
        List<ConfirmationRow> rows = new ArrayList<>();
        rows.add(row("confirmed", trades, tag, "true"));
        rows.add(row("unconfirmed", trades, tag, "false"));
        return rows;
    }

    private static ConfirmationRow row(String group, List<ClosedTrade> trades, String tag, String value) {
        int n = 0, wins = 0, withR = 0;
        double sum = 0, sumR = 0;
        for (ClosedTrade t : trades) {
            if (!value.equals(t.tags().get(tag))) continue;
            n++;
            if (t.isWin()) wins++;
            sum += t.profitLoss();
            if (!Double.isNaN(t.rMultiple())) {
                sumR += t.rMultiple();
                withR++;
            }
        }
        return new ConfirmationRow(group, n, wins, n == 0 ? Double.NaN : (double) wins / n,
                n == 0 ? Double.NaN : sum / n, withR == 0 ? Double.NaN : sumR / withR);
    }
}
